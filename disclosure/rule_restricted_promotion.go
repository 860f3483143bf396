package disclosure

import "github.com/influencekit/influencekit"

// RuleRestrictedPromotion (error): the post's category may be promoted in
// the jurisdiction only with a condition the post lacks: shown only to
// adults ("adults-only": [Post.AgeGated]; Italy's alcohol, France's
// gambling), with a warning the law words ("warning": MiCA's statement
// on crypto-asset marketing in the EU, the CNMV's in Spain, the FCA's risk
// warning in the UK), which the message quotes and which must appear in
// the caption, an overlay or the transcript, with the approval of whom
// the law names ("approval": in the UK an FCA-authorised person approves
// an influencer's promotion of crypto-assets or investments, and
// [Post.Approval] records its reference), or without an offer of a reward
// for investing, signing up or referring others ("no-inducement": the
// FCA bars them for crypto-assets; the finding spans the offer). Where a
// campaign must be notified to a regulator once the posting account has
// enough followers ("notify-from": Spain's CNMV from 100,000 for
// crypto-assets, [Post.Followers]), the finding is an info saying so:
// the post may be lawful, the data cannot show the notice was given.
// Where the creator must show a registration number in the post
// ("registration-number": in India, ASCI asks a creator who gives
// investment advice to show their SEBI registration, "INA000012345" for
// an investment adviser, "INH000001234" for a research analyst), the
// caption or an overlay must hold one of that form, and the message
// quotes the requirement: the regulator asks for the number shown to the
// follower, not recorded ([Post.Approval] does not meet it). An
// organic post ([NoConnection]) is not judged. The finding spans the
// caption's product word that showed the category, or the whole caption
// for a declared one or one an overlay or the transcript showed
// ([Report.CategoryOverlay], [Report.CategoryTranscript] say where). Each
// message starts with the authority whose rule the pack's line states
// (its authority=: the FCA for the UK's crypto lines, the European Union
// (MiCA) for MiCA's statement), or the pack's.
const RuleRestrictedPromotion Rule = "restricted-promotion"

// ruleRestrictedPromotion declares restricted-promotion. A finding cites
// the source of the pack's category line it applies.
var ruleRestrictedPromotion = ruleSpec{
	rule:     RuleRestrictedPromotion,
	severity: influencekit.SeverityError,
	cites:    citeCategoryLine,
	when:     factCategory,
	messages: []string{
		restrictedAdults:  "{line-authority} rules allow posts for {category} only where minors cannot see them: switch on the platform's age-gating",
		restrictedWarning: "{line-authority} rules require this warning on posts for {category}: add {line-text}",
		restrictedApproval: "{line-authority} rules require a sponsored post for {category} to have the approval of {line-text}, and the post " +
			"records none: have it approved and record the approval's reference",
		restrictedNotify: "{line-authority} rules require a campaign for {category} from an account with {line-followers} followers or " +
			"more to be notified to {line-text}, which the post's data cannot show: check it was",
		restrictedInducement: "{line-authority} rules for {category} bar offers of a reward for investing, signing up or referring " +
			"others, and {label} is one: remove the offer",
		restrictedNumber: "{line-authority} rules for {category} ask that {line-text}, and neither the caption nor an overlay " +
			"shows a registration number ({line-form}): add it to the post",
	},
}

// restricted-promotion's messages.
const (
	restrictedAdults = iota
	restrictedWarning
	restrictedApproval
	restrictedNotify
	restrictedInducement
	restrictedNumber
)

// checkRestrictedPromotion applies [RuleRestrictedPromotion]: a finding
// for each condition of the post's category that the post does not meet.
func checkRestrictedPromotion(in *ruleContext, out []record) []record {
	for _, line := range in.categoryHits[:in.nCategoryHits] {
		r := record{id: idRestrictedPromotion, label: in.categoryAt, spoken: -1, line: line}
		switch in.categories[line].cond {
		case condAdultsOnly:
			r.msg = restrictedAdults
		case condWarning:
			r.msg = restrictedWarning
		case condApproval:
			r.msg = restrictedApproval
		case condNotify:
			r.msg = restrictedNotify
		case condNoInducement:
			r.msg, r.label = restrictedInducement, inducementAt(in.found)
		case condRegistrationNumber:
			r.msg = restrictedNumber
		default:
			continue
		}
		out = append(out, r)
	}
	return out
}

package disclosure

import "github.com/influencekit/influencekit"

// RuleProhibitedPromotion (error): the jurisdiction bars influencers from
// promoting the post's category: outright ("banned"), or in a sponsored
// post ("banned-paid": France's nicotine products, cosmetic surgery and
// CFDs; Italy's tobacco, gambling and prescription medicines; the UK's
// less-healthy food). The category is [Post.Category], or the one the
// post's product words show (the caption's, else an overlay's, else the
// transcript's: [Report.Category]); the finding spans the caption's word,
// or the whole caption for a declared category or one read elsewhere
// ([Report.CategoryOverlay], [Report.CategoryTranscript] say where). Where the ban has an exemption the
// post's data cannot decide (the UK's small businesses), the finding is a
// warning that says so; where an approval reference shows the exemption
// ("approval-exempts": France's crypto-asset providers registered with the
// AMF as PSAN), a post that records one ([Post.Approval]) is not reported,
// and the warning says to record it. Each message starts with the
// authority whose rule the pack's line states (its authority=: AGCOM for
// Italy's gambling ban), or the pack's.
const RuleProhibitedPromotion Rule = "prohibited-promotion"

// ruleProhibitedPromotion declares prohibited-promotion. A finding cites
// the source of the pack's category line it applies.
var ruleProhibitedPromotion = ruleSpec{
	rule:     RuleProhibitedPromotion,
	severity: influencekit.SeverityError,
	cites:    citeCategoryLine,
	when:     factCategory,
	messages: []string{
		prohibitedBanned:    "{line-authority} rules bar influencers from promoting {category}: do not publish the post",
		prohibitedPaid:      "{line-authority} rules bar sponsored posts for {category}: do not publish it as a sponsored post",
		prohibitedExemption: "{line-authority} rules bar sponsored posts for {category} unless {line-text}, which the post's data cannot show: check it before publishing",
		prohibitedExemptionApproval: "{line-authority} rules bar sponsored posts for {category} unless {line-text}: record the registration " +
			"as the post's approval reference, or do not publish it as a sponsored post",
	},
}

// prohibited-promotion's messages.
const (
	prohibitedBanned = iota
	prohibitedPaid
	prohibitedExemption
	prohibitedExemptionApproval
)

// checkProhibitedPromotion applies [RuleProhibitedPromotion]: a finding
// for each ban of the post's category that the post falls under.
func checkProhibitedPromotion(in *ruleContext, out []record) []record {
	for _, line := range in.categoryHits[:in.nCategoryHits] {
		cr := &in.categories[line]
		r := record{id: idProhibitedPromotion, label: in.categoryAt, spoken: -1, line: line}
		switch {
		case cr.cond != condBanned && cr.cond != condBannedPaid:
			continue
		case cr.approvalExempts:
			r.msg = prohibitedExemptionApproval
		case cr.text != "":
			r.msg = prohibitedExemption
		case cr.cond == condBannedPaid:
			r.msg = prohibitedPaid
		}
		out = append(out, r)
	}
	return out
}

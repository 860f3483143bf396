package disclosure

import "github.com/influencekit/influencekit"

// RuleIncentivizedReview (error): the caption offers a reward for a
// review or a rating, or one that depends on what the review says ("leave
// a 5-star review and DM me for a free serum"), in any of the pack's
// languages (its incentive rows). A gift with a request for an honest
// review, or "review coming soon", is none. Reported on the offer, with
// no fix: the offer must go.
const RuleIncentivizedReview Rule = "incentivized-review"

// ruleIncentivizedReview declares incentivized-review. A finding cites the
// pack's review-source: ftc-16-cfr-465 (16 CFR 465.4) in the US,
// uk-dmcc-reviews in the UK, eu-ucpd (Annex I 23b-c) in the EU.
var ruleIncentivizedReview = ruleSpec{
	rule:      RuleIncentivizedReview,
	severity:  influencekit.SeverityError,
	cites:     citeDirective,
	directive: "review-source",
	when:      factIncentive,
	messages: []string{
		"{label} offers a reward for a review or a rating, which {authority} rules bar: offer nothing for reviews, and never for what they say",
	},
}

// checkIncentivizedReview applies [RuleIncentivizedReview]: a finding on
// each offer of a reward for a review.
func checkIncentivizedReview(in *ruleContext, out []record) []record {
	for i, f := range in.found {
		if f.kind == termIncentive {
			out = append(out, record{id: idIncentivizedReview, label: int32(i), spoken: -1})
		}
	}
	return out
}

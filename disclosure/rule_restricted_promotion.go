package disclosure

import "github.com/influencekit/influencekit"

// RuleRestrictedPromotion (error): the post's category may be promoted in
// the jurisdiction only with a condition the post lacks: shown only to
// adults ("adults-only": [Post.AgeGated]; Italy's alcohol, France's
// gambling), or with a warning the law words ("warning": MiCA's statement
// on crypto-asset marketing in the EU, the CNMV's in Spain, the FCA's risk
// warning in the UK), which the message quotes and which must appear in
// the caption, an overlay or the transcript. An organic post
// ([NoConnection]) is not judged. The finding spans the caption's product
// word that showed the category, or the whole caption for a declared one
// or one an overlay or the transcript showed ([Report.CategoryOverlay],
// [Report.CategoryTranscript] say where).
const RuleRestrictedPromotion Rule = "restricted-promotion"

// ruleRestrictedPromotion declares restricted-promotion. A finding cites
// the source of the pack's category line it applies.
var ruleRestrictedPromotion = ruleSpec{
	rule:     RuleRestrictedPromotion,
	severity: influencekit.SeverityError,
	cites:    citeCategoryLine,
	when:     factCategory,
	messages: []string{
		restrictedAdults:  "{authority} rules allow posts for {category} only where minors cannot see them: switch on the platform's age-gating",
		restrictedWarning: "{authority} rules require this warning on posts for {category}: add {line-text}",
	},
}

// restricted-promotion's messages.
const (
	restrictedAdults = iota
	restrictedWarning
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
		default:
			continue
		}
		out = append(out, r)
	}
	return out
}

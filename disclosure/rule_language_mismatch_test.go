package disclosure

import "testing"

// TestRuleLanguageMismatch: France wants a label in French.
func TestRuleLanguageMismatch(t *testing.T) {
	runRuleCases(t, RuleLanguageMismatch, []ruleCase{
		{why: "English only in France", post: Post{Caption: "#ad J'adore", Jurisdiction: FR}, want: []string{"#ad"}},
		{why: "French in France", post: Post{Caption: "Publicité J'adore", Jurisdiction: FR}},
		{why: "the US has no language rule", post: Post{Caption: "#ad Loving it"}},
	})
}

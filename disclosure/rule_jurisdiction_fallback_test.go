package disclosure

import "testing"

// TestRuleJurisdictionFallback: an undeclared jurisdiction is checked
// against the US tables, and says so.
func TestRuleJurisdictionFallback(t *testing.T) {
	runRuleCases(t, RuleJurisdictionFallback, []ruleCase{
		{why: "undeclared", post: Post{Caption: "#ad Loving it", Jurisdiction: Jurisdiction(200)}, want: []string{""}},
		{why: "declared", post: Post{Caption: "#ad Loving it", Jurisdiction: IE}},
		{why: "a market added last is declared, with its own pack", post: Post{Caption: "#reclame Mijn routine", Jurisdiction: BE}},
		{why: "the first value after the declared ones is not", post: Post{Caption: "#ad Loving it", Jurisdiction: BE + 1}, want: []string{""}},
	})
}

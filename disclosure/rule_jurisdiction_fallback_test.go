package disclosure

import "testing"

// TestRuleJurisdictionFallback: an undeclared jurisdiction is checked
// against the US tables, and says so.
func TestRuleJurisdictionFallback(t *testing.T) {
	runRuleCases(t, RuleJurisdictionFallback, []ruleCase{
		{why: "undeclared", post: Post{Caption: "#ad Loving it", Jurisdiction: Jurisdiction(200)}, want: []string{""}},
		{why: "declared", post: Post{Caption: "#ad Loving it", Jurisdiction: IE}},
	})
}

package disclosure

import "testing"

// TestRuleUnsubstantiatedClaim: health and results claims.
func TestRuleUnsubstantiatedClaim(t *testing.T) {
	runRuleCases(t, RuleUnsubstantiatedClaim, []ruleCase{
		{why: "a claim", post: Post{Caption: "#ad This serum is clinically proven"}, want: []string{"clinically proven"}},
		{why: "no claim", post: Post{Caption: "#ad This serum is lovely"}},
	})
}

package disclosure

import "testing"

// TestRuleAmbiguousDisclosure: ambiguous labels without a clear one.
func TestRuleAmbiguousDisclosure(t *testing.T) {
	runRuleCases(t, RuleAmbiguousDisclosure, []ruleCase{
		{why: "a gift hashtag alone", post: Post{Caption: "#gifted Loving this serum"}, want: []string{"#gifted"}},
		{why: "with a clear label", post: Post{Caption: "#ad #gifted Loving this serum"}},
		{why: "UK: Sponsored at the start is ambiguous", post: Post{Caption: "Sponsored - loving this serum", Jurisdiction: UK}, want: []string{"Sponsored -"}},
	})
}

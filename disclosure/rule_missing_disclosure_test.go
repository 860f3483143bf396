package disclosure

import "testing"

// TestRuleMissingDisclosure: a caption with no label of any clarity.
func TestRuleMissingDisclosure(t *testing.T) {
	runRuleCases(t, RuleMissingDisclosure, []ruleCase{
		{why: "no label at all", post: Post{Caption: "Loving this serum"}, want: []string{""}},
		{why: "a clear label", post: Post{Caption: "#ad Loving this serum"}},
		{why: "a vague label is judged by vague-disclosure", post: Post{Caption: "Loving this serum #spon"}},
		{why: "a declared organic post needs none", post: Post{Caption: "Loving this serum", Connection: NoConnection}},
	})
}

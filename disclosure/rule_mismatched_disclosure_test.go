package disclosure

import "testing"

// TestRuleMismatchedDisclosure: labels must disclose the declared
// connection.
func TestRuleMismatchedDisclosure(t *testing.T) {
	runRuleCases(t, RuleMismatchedDisclosure, []ruleCase{
		{why: "a paid post with a gift label", post: Post{Caption: "#gifted Loving it", Connection: Paid}, want: []string{"#gifted"}},
		{why: "a gift post with a gift label", post: Post{Caption: "#gifted Loving it", Connection: Gift}},
		{why: "a paid post with a paid label", post: Post{Caption: "#ad #gifted Loving it", Connection: Paid}},
		{why: "undeclared", post: Post{Caption: "#gifted Loving it"}},
	})
}

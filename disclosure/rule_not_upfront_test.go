package disclosure

import (
	"testing"

	"github.com/influencekit/influencekit"
)

// TestRuleNotUpfront: other text before the best label.
func TestRuleNotUpfront(t *testing.T) {
	runRuleCases(t, RuleNotUpfront, []ruleCase{
		{why: "a label after text", post: Post{Caption: "Loving this serum #ad"}, want: []string{"#ad"}},
		{why: "a label first", post: Post{Caption: "#ad Loving this serum"}},
		{why: "an organic post is not judged", post: Post{Caption: "Loving this serum #ad", Connection: NoConnection}},
		{why: "past the fold it is below-fold instead", post: Post{Caption: longText(200) + " #ad", Platform: influencekit.Instagram}},
	})
}

// longText returns n characters of plain words.
func longText(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = "word "[i%5]
	}
	return string(b)
}

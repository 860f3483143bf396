package disclosure

import (
	"testing"

	"github.com/influencekit/influencekit"
)

// TestRuleBelowFold: the best label past the platform's fold.
func TestRuleBelowFold(t *testing.T) {
	runRuleCases(t, RuleBelowFold, []ruleCase{
		{why: "past Instagram's fold", post: Post{Caption: longText(200) + " #ad", Platform: influencekit.Instagram}, want: []string{"#ad"}},
		{why: "before the fold", post: Post{Caption: "Loving it #ad", Platform: influencekit.Instagram}},
		{why: "no platform, no fold", post: Post{Caption: longText(200) + " #ad"}},
	})
}

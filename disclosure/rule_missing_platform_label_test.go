package disclosure

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/influencekit/influencekit"
)

// TestRuleMissingPlatformLabel: a declared sponsored post leaves the
// platform's paid-partnership label off where the guidance asks for it.
func TestRuleMissingPlatformLabel(t *testing.T) {
	runRuleCases(t, RuleMissingPlatformLabel, []ruleCase{
		{why: "Ireland: a paid Instagram post with the label off", post: Post{Caption: "#ad new serum", Jurisdiction: IE, Platform: influencekit.Instagram, Connection: Paid}, want: []string{""}},
		{why: "Ireland: the label on", post: Post{Caption: "#ad new serum", Jurisdiction: IE, Platform: influencekit.Instagram, Connection: Paid, PlatformLabel: true}},
		{why: "Ireland: a gifted TikTok with the label off", post: Post{Caption: "#gifted new serum", Jurisdiction: IE, Platform: influencekit.TikTok, Connection: Gift}, want: []string{""}},
		{why: "Ireland: a blog has no such label", post: Post{Caption: "#ad new serum", Jurisdiction: IE, Platform: influencekit.Blog, Connection: Paid}},
		{why: "Ireland: an undeclared connection is not known to be sponsored", post: Post{Caption: "#ad new serum", Jurisdiction: IE, Platform: influencekit.Instagram}},
		{why: "Ireland: an organic post", post: Post{Caption: "new serum", Jurisdiction: IE, Platform: influencekit.Instagram, Connection: NoConnection}},
		{why: "the UK recommends it", post: Post{Caption: "#ad new serum", Jurisdiction: UK, Platform: influencekit.YouTube, Connection: Paid}, want: []string{""}},
		{why: "the US does not ask for it", post: Post{Caption: "#ad new serum", Platform: influencekit.Instagram, Connection: Paid}},
	})
}

// TestMissingPlatformLabelSeverity: an error where the pack requires the
// label, a warning where it recommends it, and a policy's severity wins.
func TestMissingPlatformLabelSeverity(t *testing.T) {
	severity := func(c *Checker, j Jurisdiction) string {
		r := c.Check(Post{Caption: "#ad new serum", Jurisdiction: j, Platform: influencekit.Instagram, Connection: Paid})
		for _, f := range r.Findings {
			if f.Rule == RuleMissingPlatformLabel {
				return f.Severity.String()
			}
		}
		return "no finding"
	}
	assert.Equal(t, "error", severity(defaultChecker(), IE))
	assert.Equal(t, "error", severity(defaultChecker(), BR))
	assert.Equal(t, "warning", severity(defaultChecker(), UK))
	c, err := NewChecker(Options{Severity: map[Rule]influencekit.Severity{RuleMissingPlatformLabel: influencekit.SeverityInfo}})
	if assert.NoError(t, err) {
		assert.Equal(t, "info", severity(c, IE))
	}
}

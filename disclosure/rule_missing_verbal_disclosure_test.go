package disclosure

import (
	"testing"
	"time"
)

// TestRuleMissingVerbalDisclosure: a transcript must say the label early.
func TestRuleMissingVerbalDisclosure(t *testing.T) {
	runRuleCases(t, RuleMissingVerbalDisclosure, []ruleCase{
		{why: "no spoken label", post: Post{Caption: "#ad", Transcript: []Segment{{Start: 0, Text: "hi all"}}}, want: []string{""}},
		{why: "said in the first seconds", post: Post{Caption: "#ad", Transcript: []Segment{{Start: 2 * time.Second, Text: "this video is sponsored by Glow Co"}}}},
		{why: "said too late", post: Post{Caption: "#ad", Transcript: []Segment{{Start: 0, Text: "hi"}, {Start: time.Minute, Text: "this is an ad"}}}, want: []string{""}},
		{why: "no transcript", post: Post{Caption: "#ad"}},
	})
}

package disclosure

import (
	"testing"
	"time"

	"github.com/influencekit/influencekit"
)

// TestRuleLiveDisclosureGap: a live stream repeats its spoken label.
func TestRuleLiveDisclosureGap(t *testing.T) {
	said := func(at time.Duration) Segment {
		return Segment{Start: at, Text: "this stream is sponsored by Glow Co"}
	}
	runRuleCases(t, RuleLiveDisclosureGap, []ruleCase{
		{why: "said once in an hour", post: Post{Caption: "#ad", Format: influencekit.Live, Duration: time.Hour, Transcript: []Segment{said(0)}}, want: []string{""}},
		{why: "said every ten minutes", post: Post{Caption: "#ad", Format: influencekit.Live, Duration: 30 * time.Minute,
			Transcript: []Segment{said(0), said(10 * time.Minute), said(20 * time.Minute)}}},
		{why: "not a live stream", post: Post{Caption: "#ad", Duration: time.Hour, Transcript: []Segment{said(0)}}},
	})
}

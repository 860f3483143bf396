package disclosure

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/influencekit/influencekit"
)

// TestRuleLabelNotThroughout: in France the on-screen label covers the
// whole video; in Germany every story frame shows one.
func TestRuleLabelNotThroughout(t *testing.T) {
	sec := time.Second
	runRuleCases(t, RuleLabelNotThroughout, []ruleCase{
		{why: "France: a label for 3 of 30 seconds", post: Post{Caption: "Publicité Ma routine", Jurisdiction: FR, Format: influencekit.Reel, Duration: 30 * sec,
			Overlays: []Overlay{{End: 3 * sec, Text: "Publicité"}}}, want: []string{""}},
		{why: "France: a label for the whole reel", post: Post{Caption: "Publicité Ma routine", Jurisdiction: FR, Format: influencekit.Reel, Duration: 30 * sec,
			Overlays: []Overlay{{End: 30 * sec, Text: "Publicité"}}}},
		{why: "France: consecutive labelled overlays cover the reel", post: Post{Caption: "Publicité Ma routine", Jurisdiction: FR, Duration: 20 * sec,
			Overlays: []Overlay{{End: 12 * sec, Text: "Publicité"}, {Start: 12 * sec, End: 20 * sec, Text: "Collaboration commerciale"}}}},
		{why: "France: a hole in the middle and one at the end are two findings", post: Post{Caption: "Publicité Ma routine", Jurisdiction: FR, Duration: 20 * sec,
			Overlays: []Overlay{{End: 5 * sec, Text: "Publicité"}, {Start: 8 * sec, End: 15 * sec, Text: "Publicité"}}}, want: []string{"", ""}},
		{why: "France: without a Duration the last overlay's end bounds the video", post: Post{Caption: "Publicité Ma routine", Jurisdiction: FR,
			Overlays: []Overlay{{End: 5 * sec, Text: "Publicité"}, {Start: 5 * sec, End: 9 * sec, Text: "ma routine"}}}, want: []string{""}},
		{why: "France: a post without overlays is not judged", post: Post{Caption: "Publicité Ma routine", Jurisdiction: FR, Duration: 30 * sec}},
		{why: "France: an organic post is not judged", post: Post{Caption: "Ma routine", Jurisdiction: FR, Duration: 30 * sec, Connection: NoConnection,
			Overlays: []Overlay{{End: 3 * sec, Text: "ma routine"}}}},
		{why: "Germany: a story frame without its label", post: Post{Caption: "Werbung", Jurisdiction: DE, Format: influencekit.Story,
			Overlays: []Overlay{{End: 5 * sec, Text: "Werbung"}, {Start: 5 * sec, End: 10 * sec, Text: "Mein Lieblingsserum"}}}, want: []string{""}},
		{why: "Germany: every story frame labelled", post: Post{Caption: "Werbung", Jurisdiction: DE, Format: influencekit.Story,
			Overlays: []Overlay{{End: 5 * sec, Text: "Werbung"}, {Start: 5 * sec, End: 10 * sec, Text: "Anzeige: Mein Lieblingsserum"}}}},
		{why: "Germany: a reel is no story and is not judged frame by frame", post: Post{Caption: "Werbung", Jurisdiction: DE, Format: influencekit.Reel,
			Overlays: []Overlay{{End: 5 * sec, Text: "Werbung"}, {Start: 5 * sec, End: 10 * sec, Text: "Mein Lieblingsserum"}}}},
		{why: "the US asks for no on-screen label", post: Post{Caption: "#ad My routine", Duration: 30 * sec, Overlays: []Overlay{{End: 3 * sec, Text: "#ad"}}}},
	})
}

// TestLabelNotThroughoutStretch: the message names the stretch without a
// label.
func TestLabelNotThroughoutStretch(t *testing.T) {
	r := Check(Post{Caption: "Publicité Ma routine", Jurisdiction: FR, Duration: 30 * time.Second,
		Overlays: []Overlay{{End: 3 * time.Second, Text: "Publicité"}}})
	if assert.Len(t, r.Findings, 1) {
		assert.Contains(t, r.Findings[0].Message, "from 0:03 to 0:30")
		assert.Equal(t, "fr-loi-2023-451", r.Findings[0].Source)
		assert.Empty(t, r.Findings[0].Fixes)
	}
}

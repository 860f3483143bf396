package disclosure

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestOverlayLabels: overlay text is read for labels like the caption,
// and an on-screen label counts for the rules that ask whether the post
// is disclosed at all.
func TestOverlayLabels(t *testing.T) {
	sec := time.Second
	rows := []struct {
		why  string
		post Post
		want []Rule // the rules that fire, in order
	}{
		{"an overlay's clear label discloses a caption without one",
			Post{Caption: "Loving this serum", Overlays: []Overlay{{End: 5 * sec, Text: "#ad"}}}, nil},
		{"an overlay's French label discloses a French reel",
			Post{Caption: "Ma routine du soir", Jurisdiction: FR, Overlays: []Overlay{{End: 5 * sec, Text: "Publicité"}}}, nil},
		{"an overlay without a label discloses nothing",
			Post{Caption: "Loving this serum", Overlays: []Overlay{{End: 5 * sec, Text: "new drop!"}}}, []Rule{RuleMissingDisclosure}},
		{"an overlay's vague label is still a label, and vague-disclosure judges it when the caption has none",
			Post{Caption: "Loving this serum", Overlays: []Overlay{{End: 5 * sec, Text: "#spon"}}}, []Rule{RuleVagueDisclosure}},
		{"the caption's vague label is judged, not again the overlay's: one finding per rule",
			Post{Caption: "Loving this serum #spon", Overlays: []Overlay{{End: 5 * sec, Text: "#collab"}}}, []Rule{RuleVagueDisclosure}},
		{"a clear overlay label outranks the caption's vague one",
			Post{Caption: "Loving this serum #spon", Overlays: []Overlay{{End: 5 * sec, Text: "Sponsored by Glow Co"}}}, nil},
		{"a clear overlay label outranks the caption's ambiguous one",
			Post{Caption: "Loving this serum #gifted", Overlays: []Overlay{{End: 5 * sec, Text: "#ad"}}}, []Rule{}},
		{"an on-screen label in French answers a French caption's English label",
			Post{Caption: "#ad Ma routine", Jurisdiction: FR, Overlays: []Overlay{{End: 5 * sec, Text: "Collaboration commerciale"}}}, nil},
		{"an on-screen English label does not answer the French law",
			Post{Caption: "#ad Ma routine", Jurisdiction: FR, Overlays: []Overlay{{End: 5 * sec, Text: "#sponsored"}}}, []Rule{RuleLanguageMismatch}},
		{"a paid label on screen answers a paid post whose caption only says gift",
			Post{Caption: "#gifted Loving this serum", Connection: Paid, Overlays: []Overlay{{End: 5 * sec, Text: "#ad"}}}, nil},
		{"a gift label on screen does not answer a paid post's caption gift label",
			Post{Caption: "#gifted Loving this serum", Connection: Paid, Overlays: []Overlay{{End: 5 * sec, Text: "#gifted"}}},
			[]Rule{RuleAmbiguousDisclosure, RuleMismatchedDisclosure}},
		{"an editing label on the picture discloses the retouching",
			Post{Caption: "Publicité Nouvelle crème", Jurisdiction: FR, Edited: true, Overlays: []Overlay{{End: 5 * sec, Text: "Publicité - Images retouchées"}}}, nil},
		{"an overlay's label is no caption label: the caption's placement is still judged",
			Post{Caption: "Loving this serum #ad", Overlays: []Overlay{{End: 5 * sec, Text: "#ad"}}}, []Rule{RuleNotUpfront}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			var got []Rule
			for _, f := range Check(row.post).Findings {
				got = append(got, f.Rule)
			}
			if len(row.want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, row.want, got)
		})
	}
}

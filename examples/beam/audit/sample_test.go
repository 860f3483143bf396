package audit

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/disclosure"
)

// TestSampleMix: the generated posts carry what a post promotes and
// shows in a realistic mix, so that an audit of them meets every kind:
// declared and undeclared categories, a category shown only on screen,
// each alteration, virtual creators, age gates, approvals, the platforms'
// labels, videos with and without on-screen labels.
func TestSampleMix(t *testing.T) {
	posts := Sample(5_000, 11)
	count := map[string]int{}
	for _, sp := range posts {
		p := samplePostOf(t, sp)
		require.NoError(t, p.Validate(), "%+v", sp)
		require.NotContains(t, sp.Caption, "%!", "every shape takes the brand or none")
		r := disclosure.Check(p)
		count["alteration "+sp.Alteration]++
		count["category judged "+r.Category.String()]++
		switch {
		case sp.Category != "":
			count["declared"]++
		case r.CategorySpan != nil:
			count["read in the caption"]++
		case r.CategoryOverlay != nil:
			count["read on screen"]++
			assert.Contains(t, sp.Caption, "@", "a shape that shows its product on screen names the brand in the caption")
		}
		for _, f := range r.Findings {
			count[string(f.Rule)]++
		}
		for _, flag := range []struct {
			on   bool
			name string
		}{{sp.VirtualCreator, "virtual"}, {sp.AgeGated, "age-gated"}, {sp.PlatformLabel, "platform label"},
			{len(sp.Overlays) > 0, "overlays"}, {sp.Duration > 0, "duration"}, {sp.Approval != "", "approval"}} {
			if flag.on {
				count[flag.name]++
			}
		}
	}
	for _, kind := range []string{"alteration none", "alteration retouched", "alteration generated", "alteration deep-fake",
		"category judged alcohol", "category judged crypto", "category judged nicotine", "category judged gambling",
		"category judged other", "category judged unknown",
		"declared", "read in the caption", "read on screen", "virtual", "age-gated", "platform label", "overlays", "duration", "approval",
		"prohibited-promotion", "restricted-promotion", "undisclosed-ai-content", "label-not-throughout", "missing-platform-label"} {
		assert.Positive(t, count[kind], "the sample has %s", kind)
	}
	assert.InDelta(t, len(posts)/3, count["declared"], float64(len(posts))/20, "about a third declare their category")
	assert.Less(t, count["alteration generated"]+count["alteration deep-fake"], len(posts)/10, "AI-made posts are a few")
}

// TestSampleFilesReadAsGenerated: a generated post reads back, from a JSON
// line and from a CSV row, as the post the reference builds from it.
func TestSampleFilesReadAsGenerated(t *testing.T) {
	posts := Sample(300, 5)
	var jsonl, csv bytes.Buffer
	require.NoError(t, WriteJSONLines(&jsonl, posts))
	require.NoError(t, WriteCSV(&csv, posts))
	for name, text := range map[string]string{"s.jsonl": jsonl.String(), "s.csv": csv.String()} {
		recs, dead := read(t, name, text)
		require.Empty(t, dead, name)
		require.Len(t, recs, len(posts), name)
		for i, r := range recs {
			assert.Equal(t, samplePostOf(t, posts[i]), r.Post(), "%s: post %s", name, posts[i].ID)
		}
	}
}

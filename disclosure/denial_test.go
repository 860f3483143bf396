package disclosure

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// TestReadDenials: a label that a negation before it or a denying answer
// after it takes back is no label, and the text's first denial is
// recorded, in every pack's languages; other labels stay.
func TestReadDenials(t *testing.T) {
	c, err := NewChecker(Options{})
	require.NoError(t, err)
	rows := []struct {
		why    string
		j      Jurisdiction
		text   string
		labels []string // the labels left, as written
		denial string   // the first denial, or "" for none
	}{
		{why: "a negated hashtag", text: "no #ad, just love", denial: "no #ad"},
		{why: "a negation with an article", text: "This is not an #ad here", denial: "is not an #ad"},
		{why: "a denial row", text: "not sponsored, love it", denial: "not sponsored"},
		{why: "an answered question", text: "Sponsored? Nope! Love it", denial: "Sponsored? Nope"},
		{why: "an answer of two words", text: "Ad? No way", denial: "Ad? No way"},
		{why: "an answer that goes on is none", text: "Ad? No idea why", labels: []string{"Ad"}},
		{why: "an emoji before the answer", text: "Ad? 🙅 No!", denial: "Ad? 🙅 No"},
		{why: "a pause before the answer", text: "Sponsored?... Nope", denial: "Sponsored?... Nope"},
		{why: "a label answered yes stays", text: "Sponsored? Yes!", labels: []string{"Sponsored"}},
		{why: "a negation in another clause does not reach", text: "not today, #ad", labels: []string{"#ad"}},
		{why: "a negation glued to the label is none", text: "no#ad", labels: []string{"#ad"}},
		{why: "a later label stays beside an earlier denial", text: "not sponsored. Ad: well, gifted", labels: []string{"Ad:"}, denial: "not sponsored"},
		{why: "French: a negated statement", j: FR, text: "ce n'est pas une collaboration commerciale", denial: "pas une collaboration commerciale"},
		{why: "French: a spaced question mark", j: FR, text: "Sponsorisé ? Non.", denial: "Sponsorisé ? Non"},
		{why: "Dutch: a negated brand phrase", j: NL, text: "niet in samenwerking met @glowco", denial: "niet in samenwerking met @glowco"},
		{why: "German: an answered Werbung", j: DE, text: "Werbung? Nein!", denial: "Werbung? Nein"},
		{why: "German: a denial row", j: DE, text: "keine Werbung", denial: "keine Werbung"},
		{why: "Italian: a denial row", j: IT, text: "non sponsorizzato", denial: "non sponsorizzato"},
		{why: "Spanish: a denial row", j: ES, text: "no es publicidad", denial: "no es publicidad"},
		{why: "no label, no denial", text: "loving this serum"},
	}
	brand := lex.NewBrand("")
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			m, fallback := c.tableFor(row.j)
			require.False(t, fallback)
			var win lex.Window
			sc := c.readText(m, row.text, &brand, nil, &win)
			var labels []string
			for _, f := range sc.found {
				if f.kind == termLabel {
					labels = append(labels, row.text[f.start:f.end])
				}
			}
			assert.Equal(t, row.labels, labels, "labels left")
			denial := ""
			for _, f := range sc.found {
				if f.kind == termDenial {
					denial = row.text[f.start:f.end]
					break
				}
			}
			assert.Equal(t, row.denial, denial, "first denial")
		})
	}
}

// FuzzReadDenials feeds the denial reading any text in any built-in
// jurisdiction and asserts: no panic; it only ever turns labels into
// denials, in place, each spanning its label and lying inside the text,
// and keeps the terms in text order.
func FuzzReadDenials(f *testing.F) {
	for _, s := range []string{
		"no #ad, just love", "Sponsored? Nope!", "Ad? No way", "Paid partnership? Never. I bought this myself",
		"ce n'est pas une collaboration commerciale", "niet in samenwerking met @glowco", "Werbung? Nein!",
		"Sponsored?", "not", "? no", "#ad?\xff no", "no\u200b #ad", "Ad ?? !! nope 😀", "AD BLOCKERS", "ad@x.de #ad-free",
	} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(FR))
	}
	c, err := NewChecker(Options{})
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string, j uint8) {
		m, _ := c.tableFor(Jurisdiction(int(j) % len(c.tables)))
		brand := lex.NewBrand("")
		var win lex.Window
		sc := c.scanText(m, text, &brand, nil, &win)
		before := append([]foundLabel(nil), sc.found...)
		m.readDenials(text, sc.found, &brand, &win)
		require.Len(t, sc.found, len(before), "nothing is dropped")
		for i, f := range sc.found {
			if f == before[i] {
				continue
			}
			b := before[i]
			require.Equal(t, termLabel, b.kind, "only labels are taken back")
			require.Equal(t, termDenial, f.kind, "a label taken back is a denial")
			require.True(t, 0 <= f.start && f.start <= b.start && b.end <= f.end && f.end <= len(text), "denial [%d,%d) spans label [%d,%d) in %q", f.start, f.end, b.start, b.end, text)
			if i > 0 {
				require.LessOrEqual(t, sc.found[i-1].start, f.start, "terms stay in text order")
			}
		}
	})
}

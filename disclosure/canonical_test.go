package disclosure_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// assertCanonical checks issue 12's item 5 on p's caption: its NFC and
// NFD forms (golang.org/x/text/unicode/norm) get the same verdict, the
// same findings' rules and the same labels, each label's Text being its
// span of that form's own bytes; and Autofix of the NFD form adds no
// label that the NFC form does not get.
func assertCanonical(t *testing.T, p disclosure.Post) {
	t.Helper()
	nfc, nfd := p, p
	nfc.Caption, nfd.Caption = norm.NFC.String(p.Caption), norm.NFD.String(p.Caption)
	rc, rd := disclosure.Check(nfc), disclosure.Check(nfd)
	assert.Equal(t, rc.Compliant(), rd.Compliant(), "verdict of %q", p.Caption)
	assert.Equal(t, ruleList(rc), ruleList(rd), "rules of %q", p.Caption)
	if assert.Len(t, rd.Disclosures, len(rc.Disclosures), "labels of %q", p.Caption) {
		for i, l := range rd.Disclosures {
			c := rc.Disclosures[i]
			assert.Equal(t, nfd.Caption[l.Start:l.End], l.Text, "NFD label %d on its own bytes", i)
			assert.Equal(t, c.Text, norm.NFC.String(l.Text), "label %d of %q", i, p.Caption)
			assert.Equal(t, c.Clarity, l.Clarity, "label %d of %q", i, p.Caption)
			assert.Equal(t, c.Connection, l.Connection, "label %d of %q", i, p.Caption)
		}
	}
	fc, fd := nfc, nfd
	fc.Caption, fd.Caption = disclosure.Autofix(nfc), disclosure.Autofix(nfd)
	assert.Equal(t, len(disclosure.Check(fc).Disclosures), len(disclosure.Check(fd).Disclosures), "Autofix of the NFD form of %q adds no second label", p.Caption)
}

// TestCanonicalEquivalence: the captions, then a property test
// over random captions built from accented label words and text.
func TestCanonicalEquivalence(t *testing.T) {
	for _, row := range []struct {
		why  string
		post disclosure.Post
	}{
		{"French Publicité with e + combining acute, as pasted from macOS", disclosure.Post{Caption: "Publicite\u0301 Ma nouvelle crème", Jurisdiction: disclosure.FR}},
		{"Italian Pubblicità with a + combining grave", disclosure.Post{Caption: "Pubblicita\u0300 la mia crema", Jurisdiction: disclosure.IT}},
		{"Spanish colaboración with o + combining acute", disclosure.Post{Caption: "En colaboracio\u0301n con @glowco: mi crema", Jurisdiction: disclosure.ES}},
		{"German Verfügung with u + combining diaeresis", disclosure.Post{Caption: "Kostenlos zur Verfu\u0308gung gestellt von @glowco", Jurisdiction: disclosure.DE}},
		{"a hashtag with a combining mark", disclosure.Post{Caption: "#publicite\u0301 ma crème", Jurisdiction: disclosure.FR}},
	} {
		t.Run(row.why, func(t *testing.T) {
			d := row.post
			d.Caption = norm.NFD.String(d.Caption)
			r := disclosure.Check(d)
			require.NotEmpty(t, r.Disclosures, "the decomposed label is found")
			assertCanonical(t, row.post)
			assert.Equal(t, 1, strings.Count(disclosure.Autofix(d), disclosure.Check(d).Disclosures[0].Text), "Autofix adds no second label")
		})
	}

	pieces := []string{
		"Publicité", "publicité", "#publicité", "Pubblicità", "#pubblicità", "colaboración", "En colaboración con @glowco",
		"Collaboration commerciale", "Werbung", "Verfügung", "kostenlos zur Verfügung gestellt", "#ad", "Ad:", "sponsored by",
		"crème", "café", "naïve", "Ångström", "señora", "über", "déjà vu", "한국", "Ελληνικά", "ﬁne", "ｆｕｌｌ",
		"≠", "=\u0338", "a\u0323\u0301", "\u0301", "e\u0301", " ", " ", "\n", ". ", ", ", ": ", "#", "!", "(", ")",
	}
	rng := rand.New(rand.NewPCG(12, 2026))
	for range 2000 {
		var b strings.Builder
		for range 1 + rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		p := disclosure.Post{Caption: b.String(), Jurisdiction: disclosure.Jurisdictions()[rng.IntN(len(disclosure.Jurisdictions()))], Platform: influencekit.Instagram}
		assertCanonical(t, p)
		if t.Failed() {
			return // one counter-example is enough to read
		}
	}
}

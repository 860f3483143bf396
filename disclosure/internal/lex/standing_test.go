package lex

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// matchAt returns the text of the match Compile(patterns) finds at the
// start of text under ctx, or "" for none.
func matchAt(t *testing.T, m *Matcher, text string, ctx Context) string {
	t.Helper()
	cur := NewTokenizer(text)
	var key Key
	first, ok := cur.Next(&key)
	require.True(t, ok)
	n := m.First(key.Bytes())
	if n == NoNode {
		return ""
	}
	var win Window
	brand := NewBrand("")
	mt, ok := MatchGrowing(m, n, first, cur, &win, &brand, ctx)
	if !ok {
		return ""
	}
	return text[mt.Start:mt.End]
}

// TestStandingLabels: a match stands as a label only where it is one,
// never as part of a compound, an address or an ordinary sentence.
func TestStandingLabels(t *testing.T) {
	m, err := Compile([]Pattern{
		{Text: "#ad"},
		{Text: "ad", Position: LineStart},
		{Text: "werbung", Position: LineStart},
		{Text: "my|the|meine", Position: Opener},
	})
	require.NoError(t, err)
	line := Context{LineStart: true}
	rows := []struct {
		why, text string
		ctx       Context
		want      string
	}{
		{"a hashtag alone", "#ad new drop", Context{}, "#ad"},
		{"a hashtag joined to a word by a hyphen is a compound", "#ad-free living", Context{}, ""},
		{"a hashtag before a spaced dash stands", "#ad - new drop", Context{}, "#ad"},
		{"a hashtag glued to another hashtag stands", "#ad#glow", Context{}, "#ad"},
		{"a word before an e-mail's @ is its local part", "ad@brand.com", line, ""},
		{"a word before a lower-case domain is part of it", "ad.brand.com rocks", line, ""},
		{"a word before a full stop and a capital ends a sentence", "Ad.Loving it", line, "Ad"},
		{"first on its line, then the end", "ad", line, "ad"},
		{"first on its line, then a line break", "Ad\nnew drop", line, "Ad"},
		{"then punctuation", "Ad, loving it", line, "Ad"},
		{"then an emoji", "Ad 😀 loving it", line, "Ad"},
		{"then a mention", "Ad @glowco loving it", line, "Ad"},
		{"then a capitalized word", "Werbung Mein neues Serum", line, "Werbung"},
		{"then an opener", "Werbung meine neue Creme", line, "Werbung"},
		{"then an ordinary lower-case word: its subject", "Werbung nervt mich total", line, ""},
		{"in capitals before lower case", "AD loving this", line, "AD"},
		{"in capitals before capitals: a shouted sentence", "AD BLOCKERS ARE GREAT", line, ""},
		{"not first on its line", "ad blockers", Context{}, ""},
		{"after a sentence, ending its own", "Ad.", Context{AfterStop: true}, "Ad"},
		{"after a sentence, going on", "Ad Loving", Context{AfterStop: true}, ""},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			assert.Equal(t, row.want, matchAt(t, m, row.text, row.ctx))
		})
	}
}

// TestInAddress: a token directly after "/", "@" or a dot inside a
// domain continues an address.
func TestInAddress(t *testing.T) {
	rows := []struct {
		why, text string
		at        int
		want      bool
	}{
		{"the start of the text", "ad", 0, false},
		{"after a space", "x ad", 2, false},
		{"after a slash", "glowco.com/ad", 11, true},
		{"after an at sign", "x@ad", 2, true},
		{"after a dot inside a domain", "info.ad@x.de", 5, true},
		{"after a full stop before a capital", "drop.Ad", 5, false},
		{"after a dot with no word before it", ".ad", 1, false},
	}
	for _, row := range rows {
		assert.Equal(t, row.want, inAddress(row.text, row.at), row.why)
	}
}

// TestOpenerIsOneWord: an opener pattern of two words does not compile.
func TestOpenerIsOneWord(t *testing.T) {
	_, err := Compile([]Pattern{{Text: "my new", Position: Opener}})
	assert.ErrorIs(t, err, ErrBadPattern)
	m, err := Compile([]Pattern{{Text: "my", Position: Opener}})
	require.NoError(t, err)
	assert.Equal(t, NoNode, m.First([]byte("my")), "an opener starts no match")
}

package lex

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFillReadsAsNext: filling reads the tokens that Next reads, with the
// same keys and the Tokenizer past each, FillSize at a time, and 0 at the
// end of the text.
func TestFillReadsAsNext(t *testing.T) {
	rows := []struct {
		why  string
		text string
	}{
		{"empty text: nothing to fill", ""},
		{"fewer tokens than a fill", "Glow Co sent me this, for free!"},
		{"exactly one fill", strings.Repeat("a ", FillSize)},
		{"more than one fill, with breaks, emoji and a URL", strings.Repeat("ﬁne\nday 🎁 https://glow.co/x ", 7)},
	}
	for _, row := range rows {
		want := NewTokenizer(row.text)
		tz := NewTokenizer(row.text)
		var ts Tokens
		for {
			n := tz.Fill(&ts)
			require.LessOrEqual(t, n, FillSize, row.why)
			for i := range n {
				var key Key
				tok, ok := want.Next(&key)
				require.True(t, ok, row.why)
				assert.Equal(t, tok, ts.Toks[i], row.why)
				assert.Equal(t, string(key.Bytes()), string(ts.Keys[i].Bytes()), row.why)
				assert.Equal(t, want, ts.Rest[i], row.why)
			}
			if n < FillSize {
				var key Key
				_, ok := want.Next(&key)
				assert.False(t, ok, "%s: a short fill ends the text", row.why)
				assert.Zero(t, tz.Fill(&ts), row.why)
				break
			}
		}
	}
}

// TestBack: the tokenizer for the words before a token starts at a token
// at most back bytes before it, and reads nothing of the token itself.
func TestBack(t *testing.T) {
	const text = "Glow Co sent me this"
	rows := []struct {
		why      string
		at, back int
		want     string // the tokens read, as written
	}{
		{"the whole text before at when it is within back", 13, 20, "Glow Co sent"},
		{"past the first space in the back bytes", 13, 7, "sent"},
		{"a cut word is skipped to the next token", 13, 10, "Co sent"},
		{"no space in the back bytes: nothing", 12, 3, ""},
		{"at the start: nothing", 0, 10, ""},
	}
	for _, row := range rows {
		tz := Back(text, row.at, row.back)
		var got []string
		var key Key
		for {
			tok, ok := tz.Next(&key)
			if !ok {
				break
			}
			got = append(got, text[tok.Start:tok.End])
		}
		assert.Equal(t, row.want, strings.Join(got, " "), row.why)
	}
}

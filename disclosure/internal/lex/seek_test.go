package lex

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestTokenizerAt: a tokenizer moved to the start of a token, or to the
// spaces before one, reads on from there with the text's offsets; one
// moved outside the text reads nothing more.
func TestTokenizerAt(t *testing.T) {
	rows := []struct {
		why  string
		at   int
		want string // the first token read, as written, "" for none
	}{
		{"at a token's start", 10, "me"},
		{"at the spaces before a token", 9, "me"},
		{"at the text's start", 0, "Glow"},
		{"past the end", 99, ""},
		{"before the start", -3, "Glow"},
	}
	const text = "Glow sent me this"
	for _, row := range rows {
		tz := NewTokenizer(text).At(row.at)
		var key Key
		tok, ok := tz.Next(&key)
		if row.want == "" {
			assert.False(t, ok, row.why)
			continue
		}
		if assert.True(t, ok, row.why) {
			assert.Equal(t, row.want, text[tok.Start:tok.End], row.why)
		}
	}
}

package lex

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

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

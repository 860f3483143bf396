package lex

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestMatchGrowsTheWindow: the matcher reads only the window, which reads
// as far as the matcher asks, so a match is as long as its pattern needs,
// however many tokens that is.
func TestMatchGrowsTheWindow(t *testing.T) {
	m, err := Compile([]Pattern{{Text: "visit {any} for more"}, {Text: "thanks {brand} for"}})
	require.NoError(t, err)
	domain := strings.Repeat("shop.", 60) + "example"
	rows := []struct {
		why, text string
		brand     string
		wantRow   int
		wantEnd   int // -1: no match
	}{
		{"a word in the slot", "visit Tess for more", "", 0, len("visit Tess for more")},
		{"a domain name of 61 dots in the slot: 123 tokens read ahead", "visit " + domain + " for more", "", 0, len("visit " + domain + " for more")},
		{"the text ends inside the pattern", "visit " + domain + " for", "", 0, -1},
		{"a brand of eight words", "thanks a b c d e f g h for", "A B C D E F G H", 1, len("thanks a b c d e f g h for")},
	}
	var win Window
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			cur := NewTokenizer(row.text)
			var key Key
			first, ok := cur.Next(&key)
			require.True(t, ok)
			n := m.First(key.Bytes())
			require.NotEqual(t, NoNode, n)
			brand := NewBrand(row.brand)
			mt, ok := MatchGrowing(m, n, first, cur, &win, &brand, Context{})
			if row.wantEnd < 0 {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, row.wantRow, mt.Row)
			assert.Equal(t, row.wantEnd, mt.End)
			next := win.Resume(cur, mt.Next)
			_, more := next.Next(&key)
			assert.False(t, more, "the scan goes on after the match: here the end of the text")
		})
	}
}

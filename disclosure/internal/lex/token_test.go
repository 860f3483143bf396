package lex

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// readAll returns the tokens of s with their normalized texts, read by
// next, or by nextAt alone (the general path, without next's one-loop
// reading of plain ASCII words, hashtags and mentions) when general is
// set.
func readAll(s string, general bool) (toks []Token, keys []string) {
	t := Tokenizer{s: s}
	var nb Key
	for {
		var tok Token
		var ok bool
		if general {
			tok, ok = t.nextAt(&nb, t.pos)
		} else {
			tok, ok = t.Next(&nb)
		}
		if !ok {
			return toks, keys
		}
		toks = append(toks, tok)
		keys = append(keys, string(nb.Bytes()))
	}
}

// checkFastPath fails when next and the general path read s differently,
// or when a Token's afterBreak flag disagrees with the gap before it.
func checkFastPath(t *testing.T, s string) {
	t.Helper()
	fast, fastKeys := readAll(s, false)
	slow, slowKeys := readAll(s, true)
	if len(fast) != len(slow) {
		t.Fatalf("%q: next reads %d tokens, the general path %d", s, len(fast), len(slow))
	}
	end := 0
	for i := range fast {
		if fast[i] != slow[i] || fastKeys[i] != slowKeys[i] {
			t.Fatalf("%q: Token %d: next reads %+v %q, the general path %+v %q", s, i, fast[i], fastKeys[i], slow[i], slowKeys[i])
		}
		if got, want := fast[i].AfterBreak(), NewlineIn(s, end, fast[i].Start); got != want {
			t.Fatalf("%q: Token %d: afterBreak = %v, the gap before it says %v", s, i, got, want)
		}
		end = fast[i].End
	}
}

// TestTokenizerFastPath holds next's one-loop path for plain ASCII words,
// hashtags and mentions to the general path, on the texts where they
// could part: every way such a Token can end or go on.
func TestTokenizerFastPath(t *testing.T) {
	for _, s := range []string{
		"Hello world, this is #ad for @glowco!",
		"don't stop", "ad-free", "image-affiliate link", "a'", "a-", "'a", "-a",
		"@glow.co @glow. @glow.🎉", "#ad#sponsored", "#ad's", "#ad-free", "#", "@", "# ad", "#🎉",
		"http://x.com www.x.com https://x", "hello wow http", "What? Why. H",
		"Publicite\u0301 caf\u00e9 na\u00efve", "word\u200bword", "wordé", "word😀", "Ｈello",
		"line\nbreak\r\nagain \n\n #ad", "tab\tand\vform\ffeed", "trailing ", "   ", "",
		"x_y 42 _ 4ever", "#paid_partnership #_ad_ #ad__ #___", "#paid-partnership #ad- #ad-- #-ad #a-_-b", string(make([]byte, 300)), "a" + string(make([]byte, 0)) + "b",
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b",
		// Keys at their bound, where the run is read apart from its key:
		// a word and a tag one byte short of, at and past MaxKey, and a
		// tag whose separators alone take it past.
		strings.Repeat("w", MaxKey-1) + " " + strings.Repeat("w", MaxKey) + " " + strings.Repeat("W", MaxKey+1),
		"#" + strings.Repeat("t", MaxKey-2) + " #" + strings.Repeat("t", MaxKey-1) + " #" + strings.Repeat("T", MaxKey),
		"#" + strings.Repeat("a_", MaxKey-2) + " #" + strings.Repeat("_a", MaxKey) + " @" + strings.Repeat("m", MaxKey),
	} {
		checkFastPath(t, s)
	}
	for _, s := range loadCorpus(t) {
		checkFastPath(t, s)
	}
}

// FuzzTokenizerFastPath is TestTokenizerFastPath on any text.
func FuzzTokenizerFastPath(f *testing.F) {
	for _, s := range []string{"Hello #ad @glow.co don't", "a\nb\r\nc", "www.x.com wow", "é#ad"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkFastPath(t, s)
	})
}

// loadCorpus reads the realistic captions of the disclosure package's
// testdata.
func loadCorpus(tb testing.TB) []string {
	tb.Helper()
	data, err := os.ReadFile("../../testdata/captions.txt")
	require.NoError(tb, err)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	require.GreaterOrEqual(tb, len(lines), 50)
	return lines
}

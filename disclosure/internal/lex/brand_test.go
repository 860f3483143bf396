package lex

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPlainBrandInfo checks Brand.readPlain, the shortcut for plain
// ASCII names, against the Tokenizer on the names where it could differ.
func TestPlainBrandInfo(t *testing.T) {
	for _, tc := range []struct{ why, name string }{
		{why: "two words", name: "Glow Co"},
		{why: "leading, trailing and repeated spaces", name: "  Glow   Co "},
		{why: "digits", name: "Studio 54"},
		{why: "a word starting like a URL without its punctuation", name: "www http"},
		{why: "more words than a name keeps", name: "a b c d e f g h i j"},
		{why: "a word longer than the words buffer", name: "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnop q"},
		{why: "more letters than the squashed buffer", name: "abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz"},
		{why: "a word longer than a Token's normalized text", name: "x" + strings.Repeat("y", 200)},
		{why: "spaces only", name: "   "},
	} {
		t.Run(tc.why, func(t *testing.T) {
			assert.True(t, plainASCIIName(tc.name), "the shortcut must apply")
			plain, tokenized := readBoth(tc.name)
			assert.Equal(t, tokenized, plain)
		})
	}
	assert.False(t, plainASCIIName("Glow-Co"), "punctuation goes through the Tokenizer")
	assert.False(t, plainASCIIName("glow_co"), "'_' is a word byte the squashed name drops")
	assert.False(t, plainASCIIName("Glow\tCo"), "only ' ' separates words here")
	assert.False(t, plainASCIIName("Glöw"), "non-ASCII goes through the Tokenizer")
}

// FuzzPlainBrandInfo checks that the plain-name shortcut reads every name
// it accepts as the Tokenizer does.
func FuzzPlainBrandInfo(f *testing.F) {
	for _, s := range []string{"Glow Co", " a  b ", "Studio 54", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if name == "" || !plainASCIIName(name) {
			return
		}
		if got, want := readBoth(name); got != want {
			t.Errorf("readPlain(%q) = %+v, the Tokenizer reads %+v", name, got, want)
		}
	})
}

// readBoth reads name with the plain-name shortcut and with the
// Tokenizer.
func readBoth(name string) (plain, tokenized Brand) {
	plain.readPlain(name)
	tokenized.readTokenized(name)
	return plain, tokenized
}

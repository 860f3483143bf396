package lex

import (
	"testing"
	"unicode"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// TestPlainSymbolRanges backs ReadRune's shortcut: every rune isPlainSymbol
// accepts has no NFKC mapping, no case, and is neither a letter, digit,
// mark, space, punctuation nor an invisible character.
func TestPlainSymbolRanges(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if !isPlainSymbol(r) {
			continue
		}
		s := string(r)
		require.Empty(t, norm.NFKC.PropertiesString(s).Decomposition(), "%U", r)
		require.Equal(t, r, unicode.ToLower(r), "%U", r)
		require.Equal(t, ClassSymbol, classOf(r), "%U", r)
	}
}

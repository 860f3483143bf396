package lex

import "strings"

// URLs in a caption: where one starts and where it ends, read as one
// token up to the next space.

// isURLStart reports whether s starts with "http://", "https://" or "www."
// in any case.
func isURLStart(s string) bool {
	if len(s) < 4 || s[1]|0x20 != 't' && s[1]|0x20 != 'w' {
		return false // most words starting with "h" or "w": "with", "have"
	}
	return hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "www.")
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// scanURL returns the end of the URL starting at i: the next space.
func (t *Tokenizer) scanURL(i int) int {
	var scratch [RuneScratch]byte
	s := t.s
	for i < len(s) {
		c := ReadRune(s, i, &scratch)
		if c.class == ClassSpace {
			return i
		}
		i += c.size
	}
	return i
}

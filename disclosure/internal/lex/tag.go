package lex

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A hashtag is typed in a hurry and cannot hold spaces: "#partenariatrémunéré"
// is written "#partenariatremunere", "#partenariat_rémunéré" or
// "#partenariat-remunere", and "#bezahltePartnerschaft" as
// "#bezahlte_partnerschaft".
// The Tokenizer therefore reads a Hashtag's key folded further than a
// word's: the separators '_' and '-' between its word characters are
// dropped (a hyphen then no longer ends the tag, so "#ad-free" is the one
// tag "#adfree", not "#ad"), and the accents (combining diacritical marks,
// U+0300 to U+036F) are taken off its Latin, Greek and Cyrillic letters:
// "é" reads "e", "ü" reads "u". Patterns are tokenized by the same
// Tokenizer, so a pattern's hashtag folds the same way, and "#publicité"
// in a pack matches all four spellings above. Marks of other scripts
// (Devanagari vowel signs, Hebrew points) are kept: they are letters there.

// TagKey returns the key the Tokenizer reads for the hashtag "#"+s, without
// its '#': s case-folded, its '_' and '-' separators dropped and its accents
// taken off ("Partenariat_Rémunéré" is "partenariatremunere"). It is how a
// brand-tag suffix is compared with a caption's hashtags. s that is not one
// hashtag's body (it holds a space or punctuation) is returned as read up to
// there.
func TagKey(s string) string {
	tz := Tokenizer{s: "#" + s}
	var nb Key
	tok, ok := tz.Next(&nb)
	if !ok || tok.Kind != Hashtag {
		return ""
	}
	return string(nb.Bytes()[1:])
}

// foldMarks takes the accents off the letters of the normalized text b,
// in place, and returns the new length: a letter whose canonical
// decomposition is a base letter and combining diacritical marks becomes
// the base letter, and a combining diacritical mark on its own is dropped.
// The result is never longer than b.
func foldMarks(b []byte) int {
	w := 0
	for r := 0; r < len(b); {
		c := b[r]
		if c < utf8.RuneSelf {
			b[w] = c
			w++
			r++
			continue
		}
		rn, size := utf8.DecodeRune(b[r:])
		if isDiacritic(rn) {
			r += size
			continue
		}
		if d := norm.NFD.Properties(b[r : r+size]).Decomposition(); len(d) > 0 {
			base, bn := utf8.DecodeRune(d)
			if bn <= size && onlyDiacritics(d[bn:]) {
				w += utf8.EncodeRune(b[w:], base)
				r += size
				continue
			}
		}
		w += copy(b[w:], b[r:r+size])
		r += size
	}
	return w
}

// isDiacritic reports the Combining Diacritical Marks block, the accents
// of Latin, Greek and Cyrillic letters.
func isDiacritic(r rune) bool { return 0x300 <= r && r <= 0x36F }

// onlyDiacritics reports whether p holds combining diacritical marks only.
func onlyDiacritics(p []byte) bool {
	for len(p) > 0 {
		r, n := utf8.DecodeRune(p)
		if !isDiacritic(r) {
			return false
		}
		p = p[n:]
	}
	return true
}

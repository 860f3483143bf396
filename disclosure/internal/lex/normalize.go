package lex

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Class is what a rune (after normalization) can do in a Token.
type Class uint8

const (
	ClassSpace     Class = iota // separates tokens
	ClassInvisible              // zero-width, bidi controls, variation selectors: skipped
	ClassWord                   // letter, digit, mark, '_'
	ClassHash                   // '#'
	ClassAt                     // '@'
	ClassJoiner                 // apostrophe or hyphen: inside a word only
	ClassDot                    // '.': inside a @mention only
	ClassPunct                  // other punctuation and ASCII symbols: a Token each
	ClassSymbol                 // emoji and other symbols, invalid bytes: a Token each
)

// RuneScratch holds the normalized form of one rune. The longest NFKC
// expansion of a single code point (U+FDFA) is 33 bytes.
const RuneScratch = 48

// FoldedRune is one rune of the caption after NFKC and case folding.
type FoldedRune struct {
	n     int   // bytes of the normalized form in the scratch
	size  int   // bytes consumed from the caption
	class Class // class of the first normalized rune
	// flags holds runeAltered and runeCombining. One field for both keeps
	// the struct at four fields, which the compiler keeps in registers.
	flags uint8
}

const (
	// runeAltered: NFKC applied a compatibility mapping (stylized,
	// fullwidth).
	runeAltered uint8 = 1 << iota
	// runeCombining: the rune may compose with the one before it (a
	// combining accent such as U+0301, a Hangul vowel or final jamo): the
	// Token's text is then composed (NFC) so that "e\u0301" reads as "é".
	runeCombining
)

// Altered reports a rune NFKC changed by a compatibility mapping.
func (fr FoldedRune) Altered() bool { return fr.flags&runeAltered != 0 }

// Class returns the class of the first normalized rune.
func (fr FoldedRune) Class() Class { return fr.class }

// Len returns the bytes of the normalized form written to the scratch.
func (fr FoldedRune) Len() int { return fr.n }

// Size returns the bytes the rune takes in the text.
func (fr FoldedRune) Size() int { return fr.size }

func (fr FoldedRune) combining() bool { return fr.flags&runeCombining != 0 }

// ReadRune normalizes the rune at s[i:] into out: NFKC (golang.org/x/text/
// unicode/norm) and then Unicode case folding, one code point at a time so
// that every normalized byte maps back to the original rune's bytes.
//
// Canonical decompositions are left composed (so "é" stays one rune, as
// NFC keeps it); compatibility mappings are applied and flagged as altered:
// mathematical bold "𝐚" becomes "a", fullwidth "＃" becomes "#".
// Folding is the simple case fold of each code point plus the full folds
// that matter for Latin text ("ß" to "ss"); the tests check it against
// golang.org/x/text/cases.Fold for every term in the tables.
func ReadRune(s string, i int, out *[RuneScratch]byte) FoldedRune {
	if b := s[i]; b < utf8.RuneSelf {
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		out[0] = b
		return FoldedRune{n: 1, size: 1, class: ASCIIClass(b)}
	}
	return readNonASCII(s, i, out)
}

// readNonASCII is ReadRune for a rune outside ASCII, kept apart so that
// ReadRune's ASCII path stays small enough to inline.
func readNonASCII(s string, i int, out *[RuneScratch]byte) FoldedRune {
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size <= 1 {
		return FoldedRune{size: 1, class: ClassSymbol}
	}
	if isPlainSymbol(r) {
		copy(out[:], s[i:i+size])
		return FoldedRune{n: size, size: size, class: ClassSymbol}
	}
	if isInvisible(r) {
		return FoldedRune{size: size, class: ClassInvisible}
	}
	src := s[i : i+size]
	props := norm.NFKC.PropertiesString(src)
	// Runes that compose with the one before them all lie at or above
	// U+0300 (combining diacritical marks); the Latin-1 letters below skip
	// the question.
	fr := FoldedRune{size: size}
	if r >= 0x300 && !props.BoundaryBefore() {
		fr.flags = runeCombining
	}
	if d := props.Decomposition(); len(d) > 0 {
		if c := norm.NFC.PropertiesString(src).Decomposition(); !bytes.Equal(c, d) {
			fr.flags |= runeAltered
			n := 0
			for j := 0; j < len(d); {
				c, w := utf8.DecodeRune(d[j:])
				if j == 0 {
					fr.class = classOf(foldRune(c))
				}
				n = putFolded(out, n, c)
				j += w
			}
			fr.n = n
			return fr
		}
	}
	fr.class = classOf(foldRune(r))
	fr.n = putFolded(out, 0, r)
	return fr
}

// putFolded writes the case fold of c at out[n:] and returns the new
// length; output that would not fit is dropped.
func putFolded(out *[RuneScratch]byte, n int, c rune) int {
	c = foldRune(c)
	if c == 'ß' {
		return putString(out, n, "ss")
	}
	if n+utf8.UTFMax <= len(out) {
		n += utf8.EncodeRune(out[n:], c)
	}
	return n
}

func putString(out *[RuneScratch]byte, n int, s string) int {
	if n+len(s) <= len(out) {
		n += copy(out[n:], s)
	}
	return n
}

// foldRune returns the case fold of r: its lower case, with the final
// sigma folded to sigma as Unicode's CaseFolding.txt does. 'ß' is expanded
// by the caller.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	switch r {
	case '\u2019', '\u02bc':
		return '\'' // typographic apostrophes: "isn’t" is "isn't"
	case 'ς':
		return 'σ'
	case 'ẞ':
		return 'ß'
	}
	return unicode.ToLower(r)
}

// isPlainSymbol reports runes of the emoji blocks (Miscellaneous Symbols
// and Pictographs to Symbols and Pictographs Extended-A, U+1F300-U+1FAFF,
// and Miscellaneous Symbols and Dingbats up to U+2767): symbols with no
// NFKC mapping and no case, so ReadRune skips the table lookups for them.
// TestPlainSymbolRanges checks that claim against the Unicode tables.
func isPlainSymbol(r rune) bool {
	return 0x1F300 <= r && r <= 0x1FAFF || 0x2600 <= r && r <= 0x2767
}

// isInvisible reports format characters (zero-width space, joiners, word
// joiner, soft hyphen, BOM, bidi controls: category Cf) and variation
// selectors: they change nothing a reader sees, so matching skips them.
func isInvisible(r rune) bool {
	if 0xFE00 <= r && r <= 0xFE0F || 0xE0100 <= r && r <= 0xE01EF {
		return true
	}
	return unicode.Is(unicode.Cf, r)
}

// asciiClasses is the class of each ASCII byte: a constant table, built
// once and never written.
var asciiClasses = func() (t [utf8.RuneSelf]Class) {
	for b := range t {
		switch c := byte(b); {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '_':
			t[b] = ClassWord
		case c == ' ', c == '\n', c == '\t', c == '\r', c == '\v', c == '\f', c < ' ', c == 0x7f:
			t[b] = ClassSpace // other control characters separate tokens too
		case c == '#':
			t[b] = ClassHash
		case c == '@':
			t[b] = ClassAt
		case c == '\'', c == '-':
			t[b] = ClassJoiner
		case c == '.':
			t[b] = ClassDot
		default:
			t[b] = ClassPunct
		}
	}
	return t
}()

// ASCIIClass returns the class of an ASCII byte; b must be below 0x80.
func ASCIIClass(b byte) Class { return asciiClasses[b&0x7f] }

func classOf(r rune) Class {
	if r < utf8.RuneSelf {
		return ASCIIClass(byte(r))
	}
	switch {
	case unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsMark(r), unicode.IsNumber(r):
		return ClassWord
	case unicode.IsSpace(r):
		return ClassSpace
	case r == '\u2010', r == '\u2011':
		return ClassJoiner // hyphens
	case unicode.IsPunct(r):
		return ClassPunct
	case isInvisible(r):
		return ClassInvisible
	}
	return ClassSymbol
}

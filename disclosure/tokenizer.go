package disclosure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// tokenKind is what a token is. Whitespace is not a token.
type tokenKind uint8

const (
	tokWord    tokenKind = iota + 1 // letters and digits, with inner apostrophes and hyphens: "don't", "ad-free"
	tokHashtag                      // '#' and word characters: "#ad"; "#ad#sponsored" is two tokens
	tokMention                      // '@' and word characters or inner dots: "@glow.co"
	tokURL                          // "http://", "https://" or "www." up to the next space
	tokPunct                        // one punctuation character or ASCII symbol: ":", "[", "%"
	tokSymbol                       // one emoji, other symbol or invalid byte
)

// maxNorm bounds the normalized bytes kept for one token. Longer tokens are
// marked tooLong and never match a term.
const maxNorm = 128

// normBuf receives a token's normalized (NFKC, case-folded) text.
type normBuf struct {
	b [maxNorm]byte
	n int
}

func (nb *normBuf) bytes() []byte { return nb.b[:nb.n] }

// token is one token of a caption. Offsets are into the original caption.
//
// It has four fields, so that the compiler keeps a token in registers
// (a larger struct is copied through memory on every call to next).
type token struct {
	kind       tokenKind
	flags      tokenFlags
	start, end int // [start, end) in the caption; trailing invisible characters excluded
}

// tokenFlags are what the tokenizer saw while reading a token.
type tokenFlags uint8

const (
	tokAltered    tokenFlags = 1 << iota // a compatibility mapping or an inner invisible character was seen through
	tokTooLong                           // the normalized text did not fit in a normBuf
	tokCombining                         // a rune that composes with the one before it was read: compose before matching
	tokHyphenated                        // a word with an inner hyphen or apostrophe: "image-affiliate", "don't"
	tokAfterBreak                        // a line break ("\n" or "\r") lies between the tokenizer's position and the token
)

func (tok token) altered() bool    { return tok.flags&tokAltered != 0 }
func (tok token) tooLong() bool    { return tok.flags&tokTooLong != 0 }
func (tok token) combining() bool  { return tok.flags&tokCombining != 0 }
func (tok token) hyphenated() bool { return tok.flags&tokHyphenated != 0 }
func (tok token) afterBreak() bool { return tok.flags&tokAfterBreak != 0 }

// set sets f when on is true.
func (tok *token) set(f tokenFlags, on bool) {
	if on {
		tok.flags |= f
	}
}

// tokenizer walks a caption once, left to right. It is a small value: a
// copy is an independent cursor, which is how matching looks ahead.
type tokenizer struct {
	s   string
	pos int
}

// next reads the next token, writing its normalized text to nb. It returns
// false at the end of the caption. A plain ASCII word, hashtag or mention,
// the common tokens, is read here in one loop; anything else (a URL, a
// word that goes on past an apostrophe, hyphen or non-ASCII rune, a
// mention with a dot, any other token) by nextAt.
func (t *tokenizer) next(nb *normBuf) (token, bool) {
	s := t.s
	i := t.pos
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i == len(s) {
		return t.nextAt(nb, i)
	}
	tok := token{kind: tokWord, start: i}
	n, j := 0, i
	switch s[i] {
	case '#', '@':
		if i+1 == len(s) || asciiWordLower[s[i+1]] == 0 {
			return t.nextAt(nb, i)
		}
		tok.kind = tokHashtag
		if s[i] == '@' {
			tok.kind = tokMention
		}
		nb.b[0] = s[i]
		n, j = 1, i+1
	case 'h', 'H', 'w', 'W':
		if isURLStart(s[i:]) {
			return t.nextAt(nb, i)
		}
	default:
		if asciiWordLower[s[i]] == 0 {
			return t.nextAt(nb, i)
		}
	}
	buf := nb.b[:]
	for ; j < len(s); j++ {
		b := asciiWordLower[s[j]]
		if b == 0 {
			break
		}
		if n < len(buf) {
			buf[n] = b
			n++
		} else {
			tok.flags |= tokTooLong
		}
	}
	// What ends the token here must end it in nextAt too: ASCII
	// punctuation or space (an apostrophe or hyphen goes on in a word, a
	// dot in a mention).
	if j < len(s) {
		switch c := s[j]; {
		case c >= utf8.RuneSelf,
			tok.kind == tokWord && (c == '\'' || c == '-'),
			tok.kind == tokMention && c == '.':
			return t.nextAt(nb, i)
		}
	}
	nb.n = n
	tok.end = j
	t.pos = j
	return tok, true
}

// nextAt is next from i on, for any token.
func (t *tokenizer) nextAt(nb *normBuf, i int) (token, bool) {
	s := t.s
	var first byte // the first byte, lower-cased, when it is ASCII
	var fr foldedRune
	lineBreak := false
	for {
		if i >= len(s) {
			t.pos = i
			return token{}, false
		}
		if b := s[i]; b < utf8.RuneSelf {
			c := asciiClass(b)
			if c == classSpace {
				lineBreak = lineBreak || b == '\n' || b == '\r'
				i++
				continue
			}
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			first = b
			fr = foldedRune{n: 1, size: 1, class: c}
			nb.n = 0
			break
		}
		var scratch [runeScratch]byte
		fr = readRune(s, i, &scratch)
		if fr.class != classSpace && fr.class != classInvisible {
			// Fits: a rune's form is at most runeScratch bytes.
			nb.n = copy(nb.b[:], scratch[:fr.n])
			break
		}
		i += fr.size
	}
	tok := token{start: i}
	tok.set(tokAfterBreak, lineBreak)
	tok.set(tokAltered, fr.altered())
	tok.set(tokCombining, fr.combining())
	switch fr.class {
	case classWord:
		if b := s[i] | 0x20; (b == 'h' || b == 'w') && isURLStart(s[i:]) {
			tok.kind = tokURL
			end := t.scanURL(i)
			tok.end, t.pos = end, end
			return tok, true
		}
		tok.kind = tokWord
	case classHash, classAt:
		tok.kind = tokHashtag
		if fr.class == classAt {
			tok.kind = tokMention
		}
		// A '#' or '@' starts a tag only when a word character follows.
		if p, _, ok := t.peekPast(i + fr.size); !ok || p != classWord {
			tok.kind = tokPunct
		}
	case classJoiner, classDot, classPunct:
		tok.kind = tokPunct
	default:
		tok.kind = tokSymbol
	}
	if first != 0 {
		nb.b[0] = first
		nb.n = 1
	}
	i += fr.size
	tok.end = i
	if tok.kind == tokPunct || tok.kind == tokSymbol {
		t.pos = t.markSymbol(&tok, nb, i)
		return tok, true
	}
	t.pos = t.extend(&tok, nb, i)
	if tok.combining() && !tok.tooLong() {
		tok.set(tokTooLong, !composeNFC(nb))
	}
	return tok, true
}

// markSymbol adds to the punctuation or symbol token tok, read up to i,
// the combining marks written on it ("=\u0338" is "≠"), as NFC would
// compose them, and returns where the token ends.
func (t *tokenizer) markSymbol(tok *token, nb *normBuf, i int) int {
	s := t.s
	for i < len(s) && s[i] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRuneInString(s[i:]); r < 0x300 || isPlainSymbol(r) {
			break // the common case: another emoji or letter
		}
		var scratch [runeScratch]byte
		c := readRune(s, i, &scratch)
		if !c.combining() {
			break
		}
		tok.appendNorm(nb, scratch[:c.n])
		tok.flags |= tokCombining
		i += c.size
		tok.end = i
	}
	if tok.combining() && !tok.tooLong() {
		tok.set(tokTooLong, !composeNFC(nb))
	}
	return i
}

// extend reads the rest of the word, hashtag or mention tok from i and
// returns where it ends. Runs of ASCII letters and digits, and the ASCII
// space or punctuation that ends most words, are read without readRune.
func (t *tokenizer) extend(tok *token, nb *normBuf, i int) int {
	s := t.s
	for i < len(s) {
		if b := asciiWordLower[s[i]]; b != 0 {
			n := nb.n
			for {
				if n < len(nb.b) {
					nb.b[n] = b
					n++
				} else {
					tok.flags |= tokTooLong
				}
				i++
				if i == len(s) {
					break
				}
				if b = asciiWordLower[s[i]]; b == 0 {
					break
				}
			}
			nb.n = n
			tok.end = i
			continue
		}
		if b := s[i]; b < utf8.RuneSelf {
			// Only an apostrophe or hyphen inside a word, or a dot inside
			// a mention, may go on; any other ASCII byte ends the token.
			if c := asciiClass(b); !(c == classJoiner && tok.kind == tokWord || c == classDot && tok.kind == tokMention) {
				break
			}
		}
		var scratch [runeScratch]byte
		c := readRune(s, i, &scratch)
		switch {
		case c.class == classWord:
		case c.class == classInvisible || (c.class == classJoiner && tok.kind == tokWord) || (c.class == classDot && tok.kind == tokMention):
			// Only inside the token: a word character must follow.
			p, at, ok := t.peekPast(i + c.size)
			if !ok || p != classWord {
				return tok.end
			}
			if c.class == classInvisible {
				tok.flags |= tokAltered
				i = at // past the whole run of invisible characters
				continue
			}
		default:
			return tok.end
		}
		tok.set(tokAltered, c.altered())
		tok.set(tokCombining, c.combining())
		tok.set(tokHyphenated, c.class == classJoiner)
		tok.appendNorm(nb, scratch[:c.n])
		i += c.size
		tok.end = i
	}
	return tok.end
}

// composeNFC puts a token's normalized text that holds combining runes
// in NFC (golang.org/x/text/unicode/norm), so that canonically equivalent
// text reads the same: "Publicite\u0301" is "publicité". It reports false
// when the result no longer fits (the token is then tooLong). A function
// of nb alone, so that the caller's token stays in registers.
func composeNFC(nb *normBuf) bool {
	// A copy, so that nb (on the caller's stack) never escapes: this path
	// allocates only for text with combining runes.
	res := norm.NFC.String(string(nb.b[:nb.n]))
	if len(res) > len(nb.b) {
		return false
	}
	nb.n = copy(nb.b[:], res)
	return true
}

// peekPast returns the class and offset of the first visible rune at or
// after j, skipping invisible ones; ok is false at the end of the caption.
func (t *tokenizer) peekPast(j int) (class runeClass, at int, ok bool) {
	var peek [runeScratch]byte
	s := t.s
	for j < len(s) {
		if b := s[j]; b < utf8.RuneSelf {
			return asciiClass(b), j, true
		}
		p := readRune(s, j, &peek)
		if p.class != classInvisible {
			return p.class, j, true
		}
		j += p.size
	}
	return 0, j, false
}

// asciiWordLower maps an ASCII letter, digit or '_' to its lower case
// and every other byte to 0. Read-only.
var asciiWordLower = func() (t [256]byte) {
	for b := range 128 {
		if isASCIIWordByte(byte(b)) {
			t[b] = byte(unicode.ToLower(rune(b)))
		}
	}
	return t
}()

// isASCIIWordByte reports ASCII letters, digits and '_'.
func isASCIIWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

// appendNorm adds normalized bytes to nb, marking the token tooLong when
// they do not fit.
func (tok *token) appendNorm(nb *normBuf, p []byte) {
	if nb.n+len(p) > len(nb.b) {
		tok.flags |= tokTooLong
		return
	}
	nb.n += copy(nb.b[nb.n:], p)
}

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
func (t *tokenizer) scanURL(i int) int {
	var scratch [runeScratch]byte
	s := t.s
	for i < len(s) {
		c := readRune(s, i, &scratch)
		if c.class == classSpace {
			return i
		}
		i += c.size
	}
	return i
}

package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Kind is what a Token is. Whitespace is not a Token.
type Kind uint8

const (
	Word    Kind = iota + 1 // letters and digits, with inner apostrophes and hyphens: "don't", "ad-free"
	Hashtag                 // '#' and word characters, read folded (TagKey): "#ad"; "#ad#sponsored" is two tokens
	Mention                 // '@' and word characters or inner dots: "@glow.co"
	URL                     // "http://", "https://" or "www." up to the next space
	Punct                   // one punctuation character or ASCII symbol: ":", "[", "%"
	Symbol                  // one emoji, other symbol or invalid byte
)

// MaxKey bounds the normalized bytes kept for one Token. Longer tokens are
// marked tooLong and never match a term.
const MaxKey = 128

// Key receives a Token's normalized (NFKC, case-folded) text.
type Key struct {
	b [MaxKey]byte
	n int
}

// Bytes returns the normalized text. It is valid until the Key is written
// again.
func (nb *Key) Bytes() []byte { return nb.b[:nb.n] }

// Token is one Token of a caption. Offsets are into the original caption.
//
// It has four fields, so that the compiler keeps a Token in registers
// (a larger struct is copied through memory on every call to next).
type Token struct {
	Kind       Kind
	flags      tokenFlags
	Start, End int // [Start, End) in the text; trailing invisible characters excluded
}

// tokenFlags are what the Tokenizer saw while reading a Token.
type tokenFlags uint8

const (
	tokAltered    tokenFlags = 1 << iota // a compatibility mapping or an inner invisible character was seen through
	tokTooLong                           // the normalized text did not fit in a Key
	tokCombining                         // a rune that composes with the one before it was read: compose before matching
	tokHyphenated                        // a word with an inner hyphen or apostrophe: "image-affiliate", "don't"
	tokAfterBreak                        // a line break ("\n" or "\r") lies between the Tokenizer's position and the Token
)

// Altered reports a Token read through a compatibility mapping or an inner
// invisible character.
func (tok Token) Altered() bool { return tok.flags&tokAltered != 0 }

// TooLong reports a Token whose normalized text did not fit in a Key: it
// never matches a term.
func (tok Token) TooLong() bool { return tok.flags&tokTooLong != 0 }

func (tok Token) combining() bool { return tok.flags&tokCombining != 0 }

// Hyphenated reports a word with an inner hyphen or apostrophe.
func (tok Token) Hyphenated() bool { return tok.flags&tokHyphenated != 0 }

// AfterBreak reports a line break between the previous Token and this one.
func (tok Token) AfterBreak() bool { return tok.flags&tokAfterBreak != 0 }

// SetAltered marks tok as read through normalization when on is true.
func (tok *Token) SetAltered(on bool) { tok.set(tokAltered, on) }

// set sets f when on is true.
func (tok *Token) set(f tokenFlags, on bool) {
	if on {
		tok.flags |= f
	}
}

// Tokenizer walks a caption once, left to right. It is a small value: a
// copy is an independent cursor, which is how matching looks ahead.
type Tokenizer struct {
	s   string
	pos int
}

// NewTokenizer returns a Tokenizer at the start of s.
func NewTokenizer(s string) Tokenizer { return Tokenizer{s: s} }

// Text returns the text t reads.
func (t *Tokenizer) Text() string { return t.s }

// next reads the next Token, writing its normalized text to nb. It returns
// false at the end of the caption. A plain ASCII word, hashtag or mention,
// the common tokens, is read here in one loop; anything else (a URL, a
// word that goes on past an apostrophe, hyphen or non-ASCII rune, a
// mention with a dot, any other Token) by nextAt.
func (t *Tokenizer) Next(nb *Key) (Token, bool) {
	s := t.s
	i := t.pos
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i == len(s) {
		return t.nextAt(nb, i)
	}
	tok := Token{Kind: Word, Start: i}
	n, j := 0, i
	switch s[i] {
	case '#', '@':
		if i+1 == len(s) || asciiWordLower[s[i+1]] == 0 {
			return t.nextAt(nb, i)
		}
		tok.Kind = Hashtag
		if s[i] == '@' {
			tok.Kind = Mention
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
	// One loop of a few instructions a byte writes the run of ASCII
	// word bytes to the key, as far as the key has room; the rest of a
	// run too long for it is only read past. A tag with a separator in
	// it is read again by appendTagRun, which drops the separators.
	dst := nb.b[n:]
	src := s[j:]
	if len(src) > len(dst) {
		src = src[:len(dst)]
	}
	dst = dst[:len(src)]
	k := 0
	for k < len(src) {
		b := asciiWordLower[src[k]]
		if b == 0 {
			break
		}
		dst[k] = b
		k++
	}
	run := j + k
	if k == len(dst) {
		for run < len(s) && asciiWordLower[s[run]] != 0 {
			run++
			tok.flags |= tokTooLong
		}
	}
	n += k
	if tok.Kind == Hashtag && strings.IndexByte(s[j:run], '_') >= 0 {
		tok.flags &^= tokTooLong
		n = appendTagRun(nb, n-k, s[j:run], &tok)
	}
	j = run
	// What ends the Token here must end it in nextAt too: ASCII
	// punctuation or space (an apostrophe or hyphen goes on in a word, a
	// dot in a mention).
	if j < len(s) {
		switch c := s[j]; {
		case c >= utf8.RuneSelf,
			tok.Kind == Word && (c == '\'' || c == '-'),
			tok.Kind == Hashtag && c == '-',
			tok.Kind == Mention && c == '.':
			return t.nextAt(nb, i)
		}
	}
	nb.n = n
	tok.End = j
	t.pos = j
	return tok, true
}

// appendTagRun writes word, a run of ASCII word bytes of a hashtag, to
// nb's key after its first n bytes, lower-cased and without its
// separators ("#paid_partnership": TagKey), and returns the key's new
// length, marking tok too long when the key does not fit.
func appendTagRun(nb *Key, n int, word string, tok *Token) int {
	for k := 0; k < len(word); k++ {
		switch b := asciiWordLower[word[k]]; {
		case b == '_':
		case n < len(nb.b):
			nb.b[n] = b
			n++
		default:
			tok.flags |= tokTooLong
		}
	}
	return n
}

// nextAt is next from i on, for any Token.
func (t *Tokenizer) nextAt(nb *Key, i int) (Token, bool) {
	s := t.s
	var first byte // the first byte, lower-cased, when it is ASCII
	var fr FoldedRune
	lineBreak := false
	for {
		if i >= len(s) {
			t.pos = i
			return Token{}, false
		}
		if b := s[i]; b < utf8.RuneSelf {
			c := ASCIIClass(b)
			if c == ClassSpace {
				lineBreak = lineBreak || b == '\n' || b == '\r'
				i++
				continue
			}
			if 'A' <= b && b <= 'Z' {
				b += 'a' - 'A'
			}
			first = b
			fr = FoldedRune{n: 1, size: 1, class: c}
			nb.n = 0
			break
		}
		var scratch [RuneScratch]byte
		fr = ReadRune(s, i, &scratch)
		if fr.class != ClassSpace && fr.class != ClassInvisible {
			// Fits: a rune's form is at most RuneScratch bytes.
			nb.n = copy(nb.b[:], scratch[:fr.n])
			break
		}
		i += fr.size
	}
	tok := Token{Start: i}
	tok.set(tokAfterBreak, lineBreak)
	tok.set(tokAltered, fr.Altered())
	tok.set(tokCombining, fr.combining())
	switch fr.class {
	case ClassWord:
		if b := s[i] | 0x20; (b == 'h' || b == 'w') && isURLStart(s[i:]) {
			tok.Kind = URL
			end := t.scanURL(i)
			tok.End, t.pos = end, end
			return tok, true
		}
		tok.Kind = Word
	case ClassHash, ClassAt:
		tok.Kind = Hashtag
		if fr.class == ClassAt {
			tok.Kind = Mention
		}
		// A '#' or '@' starts a tag only when a word character follows.
		if p, _, ok := t.peekPast(i + fr.size); !ok || p != ClassWord {
			tok.Kind = Punct
		}
	case ClassJoiner, ClassDot, ClassPunct:
		tok.Kind = Punct
	default:
		tok.Kind = Symbol
	}
	if first != 0 {
		nb.b[0] = first
		nb.n = 1
	}
	i += fr.size
	tok.End = i
	if tok.Kind == Punct || tok.Kind == Symbol {
		t.pos = t.markSymbol(&tok, nb, i)
		return tok, true
	}
	t.pos = t.extend(&tok, nb, i)
	if tok.combining() && !tok.TooLong() {
		tok.set(tokTooLong, !composeNFC(nb))
	}
	if tok.Kind == Hashtag {
		nb.n = foldMarks(nb.b[:nb.n])
	}
	return tok, true
}

// markSymbol adds to the punctuation or symbol Token tok, read up to i,
// the combining marks written on it ("=\u0338" is "≠"), as NFC would
// compose them, and returns where the Token ends.
func (t *Tokenizer) markSymbol(tok *Token, nb *Key, i int) int {
	s := t.s
	for i < len(s) && s[i] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRuneInString(s[i:]); r < 0x300 || isPlainSymbol(r) {
			break // the common case: another emoji or letter
		}
		var scratch [RuneScratch]byte
		c := ReadRune(s, i, &scratch)
		if !c.combining() {
			break
		}
		tok.appendNorm(nb, scratch[:c.n])
		tok.flags |= tokCombining
		i += c.size
		tok.End = i
	}
	if tok.combining() && !tok.TooLong() {
		tok.set(tokTooLong, !composeNFC(nb))
	}
	return i
}

// extend reads the rest of the word, hashtag or mention tok from i and
// returns where it ends. Runs of ASCII letters and digits, and the ASCII
// space or punctuation that ends most words, are read without ReadRune.
func (t *Tokenizer) extend(tok *Token, nb *Key, i int) int {
	s := t.s
	for i < len(s) {
		if b := asciiWordLower[s[i]]; b != 0 {
			n := nb.n
			for {
				switch {
				case b == '_' && tok.Kind == Hashtag:
					// A separator inside a tag: not part of its key (TagKey).
				case n < len(nb.b):
					nb.b[n] = b
					n++
				default:
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
			tok.End = i
			continue
		}
		if b := s[i]; b < utf8.RuneSelf {
			// Only an apostrophe or hyphen inside a word, a hyphen inside
			// a hashtag, or a dot inside a mention, may go on; any other
			// ASCII byte ends the Token.
			if c := ASCIIClass(b); !(c == ClassJoiner && tok.Kind == Word || b == '-' && tok.Kind == Hashtag || c == ClassDot && tok.Kind == Mention) {
				break
			}
		}
		var scratch [RuneScratch]byte
		c := ReadRune(s, i, &scratch)
		tagHyphen := c.class == ClassJoiner && tok.Kind == Hashtag && scratch[0] != '\''
		switch {
		case c.class == ClassWord:
		case c.class == ClassInvisible || (c.class == ClassJoiner && tok.Kind == Word) || tagHyphen || (c.class == ClassDot && tok.Kind == Mention):
			// Only inside the Token: a word character must follow.
			p, at, ok := t.peekPast(i + c.size)
			if !ok || p != ClassWord {
				return tok.End
			}
			if c.class == ClassInvisible {
				tok.flags |= tokAltered
				i = at // past the whole run of invisible characters
				continue
			}
			if tagHyphen {
				// A separator inside a tag ("#paid-partnership") is not
				// part of its key (TagKey).
				i += c.size
				tok.End = i
				continue
			}
		default:
			return tok.End
		}
		tok.set(tokAltered, c.Altered())
		tok.set(tokCombining, c.combining())
		tok.set(tokHyphenated, c.class == ClassJoiner)
		tok.appendNorm(nb, scratch[:c.n])
		i += c.size
		tok.End = i
	}
	return tok.End
}

// composeNFC puts a Token's normalized text that holds combining runes
// in NFC (golang.org/x/text/unicode/norm), so that canonically equivalent
// text reads the same: "Publicite\u0301" is "publicité". It reports false
// when the result no longer fits (the Token is then tooLong). A function
// of nb alone, so that the caller's Token stays in registers.
func composeNFC(nb *Key) bool {
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
func (t *Tokenizer) peekPast(j int) (class Class, at int, ok bool) {
	var peek [RuneScratch]byte
	s := t.s
	for j < len(s) {
		if b := s[j]; b < utf8.RuneSelf {
			return ASCIIClass(b), j, true
		}
		p := ReadRune(s, j, &peek)
		if p.class != ClassInvisible {
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

// appendNorm adds normalized bytes to nb, marking the Token tooLong when
// they do not fit.
func (tok *Token) appendNorm(nb *Key, p []byte) {
	if nb.n+len(p) > len(nb.b) {
		tok.flags |= tokTooLong
		return
	}
	nb.n += copy(nb.b[nb.n:], p)
}

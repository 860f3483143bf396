package lex

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// Where a token stands in its text: inside an e-mail address or a domain,
// glued to the word before it, bounded by words or not.

// domainByte reports a byte that goes on a domain name after a dot: a
// lower-case ASCII letter or a digit. After a capital the dot ends a
// sentence written without a space ("Ad.Loving it").
func domainByte(b byte) bool {
	return 'a' <= b && b <= 'z' || '0' <= b && b <= '9'
}

// inAddress reports a token at s[i:] that continues an e-mail address, a
// link or a domain written without a scheme: directly after a "/", an
// "@", or a "." between a word and a lower-case letter or digit
// ("info.ad@x.de", "glowco.com/ad"; not "New drop.Ad: …").
func inAddress(s string, i int) bool {
	if i == 0 {
		return false
	}
	switch s[i-1] {
	case '/', '@':
		return true
	case '.':
		return i >= 2 && isASCIIWordByte(s[i-2]) && domainByte(s[i])
	}
	return false
}

// NewlineIn reports a line break ("\n" or "\r") in s[from:to].
func NewlineIn(s string, from, to int) bool {
	for i := from; i < to && i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return true
		}
	}
	return false
}

// GluedAfter reports a "/" or dash at s[i:] that glues the word before it
// to a word after it ("AD/HD", "Ad–Vert"): a short label word written so
// is part of another word, not a label.
func GluedAfter(s string, i int) bool {
	for _, sep := range [...]string{"/", "-", "\u2013", "\u2014"} {
		if strings.HasPrefix(s[i:], sep) && i+len(sep) < len(s) && StartsWord(s, i+len(sep)) {
			return true
		}
	}
	return false
}

// isGlueSeparator reports "/" and the dashes, which join two words into
// one when written without spaces ("AD/HD", "Ad–Vert").
func isGlueSeparator(s string) bool {
	switch s {
	case "/", "-", "\u2013", "\u2014":
		return true
	}
	return false
}

// WordBounded reports whether s[start:end], not empty, starts and ends
// with a letter or digit.
func WordBounded(s string, start, end int) bool {
	if start >= end {
		return false
	}
	_, size := utf8.DecodeLastRuneInString(s[start:end])
	return StartsWord(s, start) && StartsWord(s, end-size)
}

// StartsWord reports whether a letter or digit starts s[i:].
func StartsWord(s string, i int) bool {
	var scratch [RuneScratch]byte
	return ReadRune(s, i, &scratch).class == ClassWord
}

// GluedPart returns the last part of a hyphenated word that reads as an
// affiliate label of its own ("image-affiliate", "amazon-affiliate"), as
// its normalized text and its start in the text; ok is false for any
// other word, and for a negated compound ("non-affiliate"). Real
// descriptions glue the label to the word before it; the part keeps its
// own meaning.
func GluedPart(text string, tok Token, key []byte) (part []byte, start int, ok bool) {
	if tok.Kind != Word || len(key) < len("x-aff") {
		return nil, 0, false
	}
	k := bytes.LastIndexByte(key, '-')
	if k <= 0 || k == len(key)-1 {
		return nil, 0, false
	}
	o := strings.LastIndexByte(text[tok.Start:tok.End], '-')
	if o <= 0 {
		return nil, 0, false
	}
	part = key[k+1:]
	switch string(part) {
	case "affiliate", "affiliates", "affiliatelink", "affiliatelinks", "afflink", "afflinks":
	default:
		return nil, 0, false
	}
	switch string(key[:k]) {
	case "non", "not", "no", "un":
		return nil, 0, false
	}
	return part, tok.Start + o + 1, true
}

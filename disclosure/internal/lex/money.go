package lex

import (
	"unicode"
	"unicode/utf8"
)

// An amount of money, what a {money} slot matches: a number with a
// currency sign before or after it, with or without a space between them
// but on one line: "£50", "$1,000", "€ 20", "50€", "49.99 €", "₹1,00,000",
// "¥1000", "$5k". A sign is one rune of Unicode's currency symbols (Sc:
// "$", "£", "€", "¥", "₹", "₩"...), or one or two letters written against
// a "$" ("R$50", "US$20", "A$10"). The number is ASCII digits, with
// groups joined by "," or "." written without spaces ("1,000", "1.000,50")
// and an optional "k", "m" or "bn" after its last digit.
//
// The tokenizer reads an amount as it reads any text (a sign outside
// ASCII is a Symbol token, "$" a Punct one, each digit group a Word):
// only a match that reaches a {money} slot reads the tokens again, so
// the scan of ordinary text does no more work for the slot.

// moneyAt reads an amount starting at token i of win. It returns a Token
// spanning it (altered when any of its tokens was read through
// normalization) and the window index past it; ok is false when no
// amount starts at i.
func moneyAt(win *Window, i int) (amount Token, next int, ok bool) {
	s := win.text()
	if sign, after, ok := signAt(win, i, true); ok {
		num, end, ok := numberAt(win, after)
		if !ok || NewlineIn(s, sign.End, num.Start) {
			return Token{}, i, false
		}
		return spanning(sign, num), end, true
	}
	num, after, ok := numberAt(win, i)
	if !ok {
		return Token{}, i, false
	}
	// After a number, only a currency rune: "50 €", "50$"; a letter
	// prefix stands against its "$" before a number ("US$20", not "20 US$").
	sign, end, ok := signAt(win, after, false)
	if !ok || NewlineIn(s, num.End, sign.Start) {
		return Token{}, i, false
	}
	return spanning(num, sign), end, true
}

// spanning returns a Token from first's start to last's end, altered when
// either is.
func spanning(first, last Token) Token {
	first.End = last.End
	first.set(tokAltered, last.Altered())
	return first
}

// signAt reads a currency sign at token i of win: a currency rune, or,
// when prefix is true, one or two ASCII letters written against a "$"
// ("R$", "US$"). It returns the sign's span and the window index past it.
func signAt(win *Window, i int, prefix bool) (sign Token, next int, ok bool) {
	tok, key, ok := win.at(i)
	if !ok {
		return Token{}, i, false
	}
	if (tok.Kind == Punct || tok.Kind == Symbol) && isCurrencyKey(key) {
		return tok, i + 1, true
	}
	if !prefix || tok.Kind != Word || len(key) == 0 || len(key) > 2 || !asciiLetters(key) {
		return Token{}, i, false
	}
	dollar, dkey, ok := win.at(i + 1)
	if !ok || dollar.Start != tok.End || dollar.Kind != Punct || string(dkey) != "$" {
		return Token{}, i, false
	}
	return spanning(tok, dollar), i + 2, true
}

// numberAt reads a number at token i of win: a word of ASCII digits,
// groups of digits each joined to the one before by "," or "." without
// spaces, and an optional "k", "m" or "bn" on the last. It returns the
// number's span and the window index past it.
func numberAt(win *Window, i int) (num Token, next int, ok bool) {
	tok, key, ok := win.at(i)
	if !ok || tok.Kind != Word {
		return Token{}, i, false
	}
	digits, suffixed := numberKey(key)
	if !digits {
		return Token{}, i, false
	}
	num, next = tok, i+1
	for !suffixed {
		sep, skey, ok := win.at(next)
		if !ok || sep.Start != num.End || sep.Kind != Punct || string(skey) != "," && string(skey) != "." {
			break
		}
		group, gkey, ok := win.at(next + 1)
		if !ok || group.Start != sep.End || group.Kind != Word {
			break
		}
		if digits, suffixed = numberKey(gkey); !digits {
			break
		}
		num, next = spanning(num, group), next+2
	}
	return num, next, true
}

// numberKey reports whether key is ASCII digits, with "k", "m" or "bn"
// after them (suffixed).
func numberKey(key []byte) (digits, suffixed bool) {
	n := 0
	for n < len(key) && '0' <= key[n] && key[n] <= '9' {
		n++
	}
	if n == 0 {
		return false, false
	}
	switch string(key[n:]) {
	case "":
		return true, false
	case "k", "m", "bn":
		return true, true
	}
	return false, false
}

// isCurrencyKey reports whether key, a token's normalized text, is one
// currency sign: a rune of Unicode's Sc category.
func isCurrencyKey(key []byte) bool {
	r, size := utf8.DecodeRune(key)
	return size > 0 && size == len(key) && unicode.Is(unicode.Sc, r)
}

// asciiLetters reports whether key is only ASCII letters.
func asciiLetters(key []byte) bool {
	for _, b := range key {
		if b < 'a' || b > 'z' {
			return false
		}
	}
	return true
}

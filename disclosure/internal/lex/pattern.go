package lex

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// ErrBadPattern is wrapped by errors for a pattern that does not compile.
var ErrBadPattern = errors.New("disclosure: bad term pattern")

// ElemKind is what one element of an expanded pattern matches.
type ElemKind uint8

const (
	ElemLiteral ElemKind = iota // one token with this normalized text
	ElemBrand                   // the post's brand
	ElemAny                     // any one word
	ElemName                    // one word with a capital first letter in the text
	ElemMoney                   // an amount of money: a number with a currency sign before or after it (moneyAt)
)

// Elem is one element of an expanded pattern.
type Elem struct {
	Kind ElemKind
	Text string // normalized, for ElemLiteral
}

// Position says where a pattern counts.
type Position uint8

const (
	// Anywhere: the pattern counts wherever it stands.
	Anywhere Position = iota
	// LineStart: at the start of a line (only punctuation or emoji before
	// it there), or as a sentence of its own ("New drop. Sponsored.").
	LineStart
	// AfterPurchase: after a cue (a word about buying or links, or an
	// affiliate label) earlier in the sentence: [Context].Cue.
	AfterPurchase
	// CreatorVoice: not in a sentence addressed to the follower:
	// [Context].Addressed.
	CreatorVoice
	// SameLine: no line break inside the match.
	SameLine
	// Opener: the pattern is never matched; its words (each expansion one
	// token) open a phrase of their own: an article, a possessive or
	// personal pronoun, a negation ("my", "la", "meine", "keine"). A
	// LineStart match followed by one of them stands apart from it as a
	// label does ("Werbung meine neue Creme"), where a LineStart match
	// followed by another lower-case word opens an ordinary sentence
	// ("Werbung nervt mich total").
	Opener
)

// Pattern is one row a Matcher compiles: a space-separated list of
// pieces, each a literal token ("#ad", "paid"), alternatives "a|b", an
// optional piece "a?", words joined by '+' ("thank+you"), or a slot:
// "{brand}", "{any}" (one word), "{name}" (a capitalized word) or
// "{money}" (an amount with its currency sign: "£50", "$1,000", "50 €",
// "₹500", "R$50"). It must start with a literal piece.
type Pattern struct {
	Text     string
	Position Position
}

// ExpandPattern turns a pattern with alternatives and optional pieces into
// every sequence of elements it stands for.
func ExpandPattern(p string) ([][]Elem, error) {
	seqs := [][]Elem{nil}
	for _, piece := range strings.Fields(p) {
		optional := false
		if len(piece) > 1 && strings.HasSuffix(piece, "?") {
			optional = true
			piece = piece[:len(piece)-1]
		}
		alts := []string{piece}
		if len(piece) > 1 && strings.Contains(piece, "|") {
			alts = strings.Split(piece, "|")
		}
		var choices [][]Elem
		for _, alt := range alts {
			es, err := pieceElems(alt)
			if err != nil {
				return nil, fmt.Errorf("%w %q: %w", ErrBadPattern, p, err)
			}
			choices = append(choices, es)
		}
		if optional {
			choices = append(choices, nil)
		}
		seqs = extend(seqs, choices)
	}
	return seqs, nil
}

// extend returns every sequence of seqs followed by every choice, in
// order. Each sequence owns the spare capacity of its backing array: the
// first choice is appended in place (which writes only past the prefix
// the other choices copy), so a pattern of n plain pieces expands in time
// linear in n, not quadratic (a team's 20,000-word term took half a
// minute when every piece copied the sequence so far).
func extend(seqs, choices [][]Elem) [][]Elem {
	next := seqs[:0]
	if len(choices) > 1 {
		next = make([][]Elem, 0, len(seqs)*len(choices))
	}
	for _, s := range seqs {
		for i, c := range choices {
			if i == 0 {
				next = append(next, append(s, c...))
			} else {
				next = append(next, append(slices.Clip(s), c...))
			}
		}
	}
	return next
}

// pieceElems tokenizes one alternative of a piece; '+' joins words.
func pieceElems(alt string) ([]Elem, error) {
	switch alt {
	case "":
		return nil, errors.New("empty alternative")
	case "{brand}":
		return []Elem{{Kind: ElemBrand}}, nil
	case "{any}":
		return []Elem{{Kind: ElemAny}}, nil
	case "{name}":
		return []Elem{{Kind: ElemName}}, nil
	case "{money}":
		return []Elem{{Kind: ElemMoney}}, nil
	}
	var es []Elem
	tz := Tokenizer{s: strings.ReplaceAll(alt, "+", " ")}
	var nb Key
	for {
		tok, ok := tz.Next(&nb)
		if !ok {
			break
		}
		if tok.Kind == URL || tok.Kind == Symbol || tok.TooLong() {
			return nil, fmt.Errorf("%q is not a literal token", alt)
		}
		es = append(es, Elem{Kind: ElemLiteral, Text: string(nb.Bytes())})
	}
	if len(es) == 0 {
		return nil, fmt.Errorf("%q has no token", alt)
	}
	return es, nil
}

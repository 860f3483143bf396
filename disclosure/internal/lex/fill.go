package lex

import "unicode/utf8"

// FillSize is how many tokens one [Tokenizer.Fill] reads.
const FillSize = 16

// Tokens is a run of up to FillSize tokens read ahead from a text, with
// their normalized text: a reader of a short window of a text (a clause
// around a verb) fills it with one call to [Tokenizer.Fill] and reads the
// tokens from it by index, rather than calling the Tokenizer for each.
// It is kilobytes, and meant for the stack.
type Tokens struct {
	Toks [FillSize]Token
	Keys [FillSize]Key
	// Rest is the Tokenizer past each token: where a reader goes on past
	// it, a match from it reads on, or a new Fill starts.
	Rest [FillSize]Tokenizer
}

// Fill reads the next tokens of t, up to FillSize, into into, moves t past
// them, and returns how many it read: 0 at the end of the text. Tokens
// past the count are left as they were.
func (t *Tokenizer) Fill(into *Tokens) int {
	n := 0
	for n < FillSize {
		tok, ok := t.Next(&into.Keys[n])
		if !ok {
			break
		}
		into.Toks[n], into.Rest[n] = tok, *t
		n++
	}
	return n
}

// Back returns a Tokenizer over s[:at] for the words before the token at
// at: it starts after the first space in the back bytes before at, so
// that it starts at a token, or at at when those bytes hold no space, and
// at 0 when at is back bytes or fewer into s. 0 <= at <= len(s).
func Back(s string, at, back int) Tokenizer {
	t := Tokenizer{s: s[:at], pos: at}
	if at <= back {
		t.pos = 0
		return t
	}
	for i := at - back; i < at; i++ {
		if s[i] < utf8.RuneSelf && ASCIIClass(s[i]) == ClassSpace {
			t.pos = i + 1
			break
		}
	}
	return t
}

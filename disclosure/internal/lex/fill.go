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
	// after is the Tokenizer's position after each token.
	after [FillSize]int
	s     string
}

// Fill reads the next tokens of t, up to FillSize, into into, moves t past
// them, and returns how many it read: 0 at the end of the text. Tokens
// past the count are left as they were.
func (t *Tokenizer) Fill(into *Tokens) int {
	into.s = t.s
	n := 0
	for n < FillSize {
		tok, ok := t.Next(&into.Keys[n])
		if !ok {
			break
		}
		into.Toks[n], into.after[n] = tok, t.pos
		n++
	}
	return n
}

// After returns a Tokenizer over the text ts was filled from, positioned
// after its token i: where a reader goes on past that token, a match
// from it reads on, or a new Fill starts.
func (ts *Tokens) After(i int) Tokenizer {
	return Tokenizer{s: ts.s, pos: ts.after[i]}
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

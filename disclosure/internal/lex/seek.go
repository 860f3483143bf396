package lex

// At returns a Tokenizer over t's text at byte i, which must be where a
// token or the spaces before one start: a reader that goes back to read
// the words before a token it has seen starts there.
func (t Tokenizer) At(i int) Tokenizer {
	return Tokenizer{s: t.s, pos: min(max(i, 0), len(t.s))}
}

package lex

import "unicode/utf8"

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

package disclosure

import (
	"unicode/utf8"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// The denial reading: after the scan of a text, the labels that the text
// takes back. It reads any text a post shows or says (the caption, a
// transcript segment, an on-screen text) through [Checker.readText], so
// that every source denies alike.

// maxNegationLookBack bounds, in bytes, how far before a label
// readDenials looks for a negation: the longest negation rows
// ("ce n'est pas une", "this is not a") fit with room to spare.
const maxNegationLookBack = 48

// takenBack reports whether a negation just before text[start:end] or a
// denying answer after it takes the label there back, and the span of
// the denial: the label with its negation or its question and answer.
func (m *matcher) takenBack(text string, start, end int, brand *brandInfo, win *lex.Window) (int, int, bool) {
	if s, ok := m.negatedAt(text, start, brand, win); ok {
		return s, end, true
	}
	if e, ok := m.answeredAt(text, end, brand, win); ok {
		return start, e, true
	}
	return start, end, false
}

// negatedAt reports a negation row matching the text that ends just
// before start, spaces aside, in the same clause, and where it starts.
func (m *matcher) negatedAt(text string, start int, brand *brandInfo, win *lex.Window) (int, bool) {
	if m.negation == nil {
		return 0, false
	}
	end := start
	for end > 0 && isSpaceByte(text[end-1]) && text[end-1] != '\n' {
		end--
	}
	if end == start && start > 0 || end == 0 || !m.endsNegation(text, end) {
		return 0, false // glued to the text before it ("Great#ad"), first, or after another word
	}
	from := clauseBefore(text, end)
	clause := text[from:end]
	cur := lex.NewTokenizer(clause)
	var key lex.Key
	for {
		tok, ok := cur.Next(&key)
		if !ok {
			return 0, false
		}
		k := key.Bytes()
		if tok.TooLong() || m.negation.Miss(k) {
			continue
		}
		n := m.negation.First(k)
		if n == lex.NoNode {
			continue
		}
		if mt, ok := lex.MatchGrowing(m.negation, n, tok, cur, win, brand, lex.Context{}); ok && mt.End == len(clause) {
			return from + mt.Start, true
		}
	}
}

// endsNegation reports whether the word that ends at end is the last
// word of a negation (matcher.negationEnds): the one word read for most
// labels.
func (m *matcher) endsNegation(text string, end int) bool {
	from := end
	for from > 0 && !isSpaceByte(text[from-1]) && end-from < lex.MaxKey {
		from--
	}
	cur := lex.NewTokenizer(text[from:end])
	var key lex.Key
	last := false
	for {
		tok, ok := cur.Next(&key)
		if !ok {
			return last
		}
		_, last = m.negationEnds[string(key.Bytes())]
		last = last && !tok.TooLong()
	}
}

// clauseBefore returns where the clause that ends at end starts: after
// the last line break or clause punctuation before it, at most
// maxNegationLookBack bytes back and at a token boundary.
func clauseBefore(text string, end int) int {
	limit := max(0, end-maxNegationLookBack)
	for i := end - 1; i >= limit; i-- {
		switch text[i] {
		case '\n', '\r', '.', '!', '?', ',', ';', ':', '(', '[', '|':
			return i + 1
		}
	}
	if limit == 0 {
		return 0
	}
	for i := limit; i < end; i++ {
		if isSpaceByte(text[i]) {
			return i + 1 // past a word the bound cut
		}
	}
	return end
}

// answeredAt reports a label ending at end that the text asks as a
// question and answers with an answer row ("Sponsored? Nope!"), and
// where the answer ends. Emoji and dots may come between ("Ad? 🙅 No",
// "Sponsored?... Nope"). The answer must end there too: punctuation, an
// emoji, a line break or the end of the text follows it, not another
// word ("Ad? No idea what this is" is no answer).
func (m *matcher) answeredAt(text string, end int, brand *brandInfo, win *lex.Window) (int, bool) {
	if m.answer == nil {
		return 0, false
	}
	i := end
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i == len(text) || text[i] != '?' {
		return 0, false
	}
	for i < len(text) && (text[i] == '?' || text[i] == '!') {
		i++
	}
	rest := text[i:]
	cur := lex.NewTokenizer(rest)
	var key lex.Key
	tok, ok := cur.Next(&key)
	for ok && (tok.Kind == lex.Symbol || tok.Kind == lex.Punct && isEllipsis(key.Bytes())) {
		tok, ok = cur.Next(&key) // an emoji or a pause before the answer: "Ad? 🙅 No", "Sponsored?... Nope"
	}
	if !ok || tok.Kind != lex.Word || tok.TooLong() {
		return 0, false
	}
	n := m.answer.First(key.Bytes())
	if n == lex.NoNode {
		return 0, false
	}
	mt, ok := lex.MatchGrowing(m.answer, n, tok, cur, win, brand, lex.Context{})
	if !ok {
		return 0, false
	}
	j := mt.End
	for j < len(rest) && rest[j] == ' ' {
		j++
	}
	if j < len(rest) && lex.StartsWord(rest, j) {
		return 0, false
	}
	return i + mt.End, true
}

// isEllipsis reports a pause written as punctuation: ".", "…".
func isEllipsis(key []byte) bool {
	return string(key) == "." || string(key) == "…"
}

// isSpaceByte reports an ASCII byte the tokenizer treats as a separator.
func isSpaceByte(b byte) bool {
	return b < utf8.RuneSelf && lex.ASCIIClass(b) == lex.ClassSpace
}

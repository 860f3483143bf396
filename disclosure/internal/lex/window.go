package lex

// Window is the tokens after a candidate token, read by the scan that
// owns it and handed to [Matcher.Match], which reads tokens only from it.
// It grows on the scan's request: Match marks it short when it wanted a
// token past the ones read ([Window.Short]), and the scan grows it and
// matches again. Its room grows as a match needs (a term, a brand of
// several words, a domain name of any length in an {any} slot) and is
// kept: a scan keeps one Window for all its candidates, and a program
// reuses Windows (a sync.Pool) rather than growing a new one per text.
type Window struct {
	cur   Tokenizer // where the next token to read starts
	n     int       // tokens read
	eof   bool      // the text has no token after the n read
	short bool      // Match asked for a token past n before eof
	toks  []Token
	after []int // the tokenizer's position after each token
	keys  []Key
}

// Reset empties w for the tokens that cur reads next.
func (w *Window) Reset(cur Tokenizer) {
	w.cur, w.n, w.eof, w.short = cur, 0, false, false
}

// Grow reads up to k more tokens into w and reports whether it read any.
func (w *Window) Grow(k int) bool {
	n0 := w.n
	for ; k > 0 && !w.eof; k-- {
		if w.n == len(w.keys) {
			w.toks, w.after, w.keys = append(w.toks, Token{}), append(w.after, 0), append(w.keys, Key{})
		}
		tok, ok := w.cur.Next(&w.keys[w.n])
		if !ok {
			w.eof = true
			break
		}
		w.toks[w.n], w.after[w.n] = tok, w.cur.pos
		w.n++
	}
	return w.n > n0
}

// Len returns the number of tokens read.
func (w *Window) Len() int { return w.n }

// Short reports whether the last Match wanted a token past those read,
// before the end of the text: growing w and matching again may find a
// longer term.
func (w *Window) Short() bool { return w.short && !w.eof }

// Resume returns a Tokenizer positioned after the first next tokens of
// w: where a scan goes on after a match whose Next is next.
func (w *Window) Resume(start Tokenizer, next int) Tokenizer {
	if next <= 0 {
		return start
	}
	return Tokenizer{s: start.s, pos: w.after[next-1]}
}

// at returns token i of w and its normalized text; ok is false past the
// tokens read, and then w is marked short unless the text ended.
func (w *Window) at(i int) (tok Token, key []byte, ok bool) {
	if i >= w.n {
		if !w.eof {
			w.short = true
		}
		return Token{}, nil, false
	}
	return w.toks[i], w.keys[i].Bytes(), true
}

// text returns the text w's tokens are read from.
func (w *Window) text() string { return w.cur.s }

// MatchGrowing matches from the candidate first, whose trie state is n,
// over win filled with the tokens cur reads next: a few at first, more
// while the matcher asks for them ([Window.Short]). It is the loop a
// scan runs at each candidate.
func MatchGrowing(m *Matcher, n Node, first Token, cur Tokenizer, win *Window, b *Brand, ctx Context) (Match, bool) {
	win.Reset(cur)
	if !m.trie.leaf(n) {
		// A term goes on past the candidate: the matcher reads at least
		// the next token. A candidate that ends every term it starts
		// ("#ad") needs none, unless its position asks (Window.Short).
		win.Grow(1)
	}
	for {
		mt, ok := m.Match(n, first, win, b, ctx)
		if !win.Short() || !win.Grow(max(1, win.Len())) {
			return mt, ok
		}
	}
}

// MatchToken matches at the candidate tok, whose normalized text is key
// and whose state is n (from First, or NoNode), as MatchGrowing does; when that
// finds nothing and tok is a hyphenated word, it matches from the part
// after its last hyphen that reads as a label of its own (GluedPart),
// with only the sentence's cue and address from ctx.
func MatchToken(m *Matcher, n Node, tok Token, key []byte, cur Tokenizer, win *Window, b *Brand, ctx Context) (Match, bool) {
	if n != noNode {
		if mt, ok := MatchGrowing(m, n, tok, cur, win, b, ctx); ok || !tok.Hyphenated() {
			return mt, ok
		}
	}
	if !tok.Hyphenated() {
		return Match{}, false
	}
	part, at, ok := GluedPart(cur.s, tok, key)
	if !ok {
		return Match{}, false
	}
	pn := m.first.lookup(part)
	if pn == noNode {
		return Match{}, false
	}
	inner := tok
	inner.Start = at
	return MatchGrowing(m, pn, inner, cur, win, b, Context{Cue: ctx.Cue, Addressed: ctx.Addressed})
}

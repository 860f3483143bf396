package lex

import "sync"

// Window is the tokens after a candidate token, which a scan hands to
// [Matcher.Match] from the place its tokenizer has reached. The matcher
// reads tokens only through the Window, by index; the Window reads each
// from the text the first time it is asked for it, so that a match reads
// as far as its patterns go and no further, and no token twice. Its room
// grows as a match needs it, for a term, a brand of several words or a
// domain name of any length in an {any} slot, and is kept: a program
// reuses Windows (a sync.Pool, or a field of pooled scratch space) rather
// than growing a new one per text.
type Window struct {
	cur   Tokenizer // where the next token to read starts
	n     int       // tokens read
	eof   bool      // the text has no token after the n read
	toks  []Token
	after []int // the tokenizer's position after each token
	keys  []Key
}

// windows recycles Windows for the scans that hold none of their own: a
// Window is kilobytes, with the room earlier scans grew, which a scan
// would otherwise clear on the stack or grow again for every text. A
// Window holds nothing a scan can see: each candidate resets it.
var windows = sync.Pool{New: func() any { return new(Window) }}

// GetWindow returns a Window from the pool the package's scans share;
// give it back with [PutWindow] once the scan is done.
func GetWindow() *Window { return windows.Get().(*Window) }

// PutWindow returns w, which the caller no longer uses, to the pool.
func PutWindow(w *Window) { windows.Put(w) }

// Reset empties w for the tokens that cur reads next.
func (w *Window) Reset(cur Tokenizer) {
	w.cur, w.n, w.eof = cur, 0, false
}

// Len returns the number of tokens read.
func (w *Window) Len() int { return w.n }

// Resume returns a Tokenizer positioned after the first next tokens of
// w: where a scan goes on after a match whose Next is next.
func (w *Window) Resume(start Tokenizer, next int) Tokenizer {
	if next <= 0 {
		return start
	}
	return Tokenizer{s: start.s, pos: w.after[next-1]}
}

// at returns token i of w and its normalized text, reading the tokens up
// to it from the text if they have not been read; ok is false past the
// end of the text.
func (w *Window) at(i int) (tok Token, key []byte, ok bool) {
	for i >= w.n {
		if w.eof || !w.read() {
			return Token{}, nil, false
		}
	}
	return w.toks[i], w.keys[i].Bytes(), true
}

// read reads one more token into w and reports whether there was one.
func (w *Window) read() bool {
	if w.n == len(w.keys) {
		w.toks, w.after, w.keys = append(w.toks, Token{}), append(w.after, 0), append(w.keys, Key{})
	}
	tok, ok := w.cur.Next(&w.keys[w.n])
	if !ok {
		w.eof = true
		return false
	}
	w.toks[w.n], w.after[w.n] = tok, w.cur.pos
	w.n++
	return true
}

// text returns the text w's tokens are read from.
func (w *Window) text() string { return w.cur.s }

// MatchGrowing matches from the candidate first, whose trie state is n,
// over win reset to the tokens cur reads next: the window grows as the
// match reads on. It is what a scan does at each candidate.
func MatchGrowing(m *Matcher, n Node, first Token, cur Tokenizer, win *Window, b *Brand, ctx Context) (Match, bool) {
	win.Reset(cur)
	return m.Match(n, first, win, b, ctx)
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

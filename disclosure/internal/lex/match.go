package lex

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Matcher is a compiled list of patterns: every expansion of every
// pattern in one trie over normalized tokens, so that the tokens after a
// candidate are read once however many patterns share a prefix.
// Immutable, safe for concurrent use.
type Matcher struct {
	trie *trie
	// first indexes the root's literal edges, the first tokens of all
	// patterns, in an open-addressing table keyed by a token's first,
	// middle and last bytes and length (firstIndex): most tokens are
	// rejected by one load of an empty slot, without hashing their text.
	first firstIndex
}

// Node is the trie state after a candidate's first token; 0 is none.
type Node = nodeID

// NoNode is the Node of a token that starts no pattern.
const NoNode = noNode

// Compile expands and indexes every pattern; a match reports the index of
// its pattern as Row. Where two patterns match the same tokens, the
// earlier one wins. An [Opener] pattern is not matched: its words, one
// token each, are the openers LineStart matches read.
func Compile(patterns []Pattern) (*Matcher, error) {
	root := newTrieBuilder()
	openers := map[string]struct{}{}
	for i, p := range patterns {
		pats, err := ExpandPattern(p.Text)
		if err != nil {
			return nil, err
		}
		if p.Position == Opener {
			for _, elems := range pats {
				if len(elems) != 1 || elems[0].Kind != ElemLiteral {
					return nil, fmt.Errorf("%w %q: an opener is one word", ErrBadPattern, p.Text)
				}
				openers[elems[0].Text] = struct{}{}
			}
			continue
		}
		for _, elems := range pats {
			if len(elems) == 0 || elems[0].Kind != ElemLiteral {
				return nil, fmt.Errorf("%w %q: must start with a literal", ErrBadPattern, p.Text)
			}
			n := root
			for _, e := range elems {
				n = n.child(e)
			}
			if n.row < 0 {
				n.row = i
				n.position = p.Position
			}
		}
	}
	m := &Matcher{trie: root.flatten()}
	m.trie.openers = openers
	m.first = newFirstIndex(m.trie)
	return m, nil
}

// Starts returns how many different first tokens the patterns have.
func (m *Matcher) Starts() int { return len(m.first.kids) }

// Miss reports, from one slot, that no pattern starts with key: true for
// most tokens (it is small enough to be inlined). False says nothing: ask
// First.
func (m *Matcher) Miss(key []byte) bool { return m.first.miss(key) }

// First returns the state after a first token whose normalized text is
// key, or NoNode when no pattern starts with it.
func (m *Matcher) First(key []byte) Node { return m.first.lookup(key) }

// Context is what the scan knows about the text before a candidate
// token, which positioned patterns read.
type Context struct {
	// LineStart: the token starts a line (only punctuation or emoji
	// before it on its line), where LineStart patterns count.
	LineStart bool
	// AfterStop: the token before ends a sentence ("." "!" "?"); a
	// LineStart pattern counts there too when the match also ends its
	// sentence: "New drop. Sponsored".
	AfterStop bool
	// Cue: a cue came earlier in the sentence, where AfterPurchase
	// patterns count.
	Cue bool
	// Addressed: the sentence speaks to the follower, where CreatorVoice
	// patterns do not count.
	Addressed bool
}

// Match is a pattern found at a token.
type Match struct {
	Row   int
	Start int
	End   int // end of the last matched token
	// Next is the Window index of the token after the match: 0 when the
	// match is its first token alone.
	Next    int
	Altered bool // some matched token was seen through normalization
	Single  bool // the match is one token
	ctx     Context
	// glued: the last token matched is a "/" or dash written between two
	// words without spaces ("AD/HD", "Ad/Vert"): no pattern may end there.
	glued bool
}

// Match returns the longest pattern starting with first, whose trie state
// is n (from First), reading the tokens after first from win only; b is
// the post's brand, a plain input ({brand} slots read it). Among matches
// of equal length the earlier pattern wins.
func (m *Matcher) Match(n Node, first Token, win *Window, b *Brand, ctx Context) (Match, bool) {
	best := Match{Row: -1}
	if inAddress(win.text(), first.Start) {
		return best, false
	}
	m.trie.walk(n, Match{Start: first.Start, End: first.End, Altered: first.Altered(), Single: true, ctx: ctx}, win, b, &best)
	return best, best.Row >= 0
}

// allows reports whether a pattern positioned p counts for res.
func (res *Match) allows(p Position, win *Window, openers map[string]struct{}) bool {
	switch p {
	case LineStart:
		return res.labelPosition(win, openers)
	case AfterPurchase:
		return res.ctx.Cue
	case CreatorVoice:
		return !res.ctx.Addressed
	case SameLine:
		return !NewlineIn(win.text(), res.Start, res.End)
	}
	return true
}

// labelPosition reports whether a match of a LineStart pattern stands
// where a label does: first on its line and set off from the words after
// it (setOff), or a sentence of its own.
func (res *Match) labelPosition(win *Window, openers map[string]struct{}) bool {
	if !res.ctx.LineStart && !res.ctx.AfterStop {
		return false
	}
	tok, k, ok := win.at(res.Next)
	if !ok || NewlineIn(win.text(), res.End, tok.Start) {
		return true
	}
	if res.ctx.LineStart && setOff(win.text(), res.Start, res.End, tok, k, openers) {
		return true
	}
	return tok.Kind == Punct && len(k) == 1 && (k[0] == '.' || k[0] == '!')
}

// setOff reports whether the words s[start:end], first on their line,
// stand apart from next (normalized text key), the token after them on
// the same line, as a label does. A label word that merely opens an
// ordinary sentence ("Ad blockers are the best", "Werbung nervt mich
// total", "Publicidad engañosa") is its subject, not a label; one
// followed by punctuation, an emoji, a hashtag, a mention or a link ("Ad:
// …", "Werbung | Glow Co", "Ad @glowco"), by a word that opens a
// sentence of its own with a capital ("Werbung Mein neues Serum") or a
// phrase of its own (an [Opener]: "Publicité mon teint"), or written in
// capitals before a word that is not ("AD new drop"; not "AD BLOCKERS
// ARE THE BEST") is set off.
func setOff(s string, start, end int, next Token, key []byte, openers map[string]struct{}) bool {
	if next.Kind != Word {
		return true
	}
	if _, ok := openers[string(key)]; ok {
		return true
	}
	if upperCase(s[start:end]) {
		return !upperCase(s[next.Start:next.End]) // "AD new drop", not "AD BLOCKERS ARE THE BEST"
	}
	return capitalized(s, next.Start)
}

// upperCase reports whether s has at least two upper-case letters and no
// lower-case one: "AD", "WERBUNG", "PAID AD". Letters of a script without
// case ("विज्ञापन") are neither: such a word is never written in capitals.
func upperCase(s string) bool {
	upper := 0
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		}
	}
	return upper >= 2
}

// walk explores the trie from n, where res has matched so far, keeping
// the longest match in best. Depth is bounded by the longest pattern.
func (t *trie) walk(n nodeID, res Match, win *Window, b *Brand, best *Match) {
	nd := &t.nodes[n]
	s := win.text()
	if nd.row >= 0 && !res.glued && !res.partOfWord(s) && (nd.position == Anywhere || res.allows(nd.position, win, t.openers)) && (best.Row < 0 || res.End > best.End || res.End == best.End && int(nd.row) < best.Row) {
		*best = res
		best.Row = int(nd.row)
	}
	t.walkOn(n, res, win, b, best)
}

// walkOn explores the pieces after n without taking a pattern that ends
// at n itself.
func (t *trie) walkOn(n nodeID, res Match, win *Window, b *Brand, best *Match) {
	if t.leaf(n) {
		return
	}
	tok, key, ok := win.at(res.Next)
	if !ok || tok.TooLong() {
		return
	}
	if c := t.litChild(n, key); c != noNode {
		t.walk(c, res.extended(tok, res.Next+1, win), win, b, best)
	}
	nd := &t.nodes[n]
	if nd.any != noNode && tok.Kind == Word {
		t.walk(nd.any, res.extended(tok, res.Next+1, win), win, b, best)
		if dt, next, ok := domainName(tok, res.Next+1, win); ok {
			t.walk(nd.any, res.extended(dt, next, win), win, b, best)
		}
	}
	if nd.name != noNode && tok.Kind == Word && capitalized(win.text(), tok.Start) {
		t.walk(nd.name, res.extended(tok, res.Next+1, win), win, b, best)
	}
	if nd.money != noNode {
		if amount, next, ok := moneyAt(win, res.Next); ok {
			t.walk(nd.money, res.extended(amount, next, win), win, b, best)
		}
	}
	if nd.brand != noNode {
		t.walkBrand(nd.brand, res, tok, key, win, b, best)
	}
}

// walkBrand matches a brand slot starting at tok (at res.Next): a mention
// of the brand, the brand's words in order, its squashed name as one
// word, or without a Brand any mention, or one to three words when more
// pieces follow.
func (t *trie) walkBrand(n nodeID, res Match, tok Token, key []byte, win *Window, b *Brand, best *Match) {
	next := res.Next + 1
	switch {
	case tok.Kind == Mention && (!b.set || b.MatchesHandle(key[1:])):
		t.walk(n, res.extended(tok, next, win), win, b, best)
		return
	case tok.Kind != Word:
		return
	case b.set && b.matchesSquashed(key):
		t.walk(n, res.extended(tok, next, win), win, b, best)
		return
	}
	if b.set {
		for name := b; name != nil; name = name.alt {
			t.walkBrandWords(n, res, tok, key, win, name, b, best)
		}
		return
	}
	if t.leaf(n) {
		return // a trailing brand slot without a Brand is a mention only
	}
	for w := 0; w < 3; w++ {
		if w > 0 {
			var ok bool
			tok, _, ok = win.at(res.Next)
			if !ok || tok.Kind != Word {
				return
			}
		}
		res = res.extended(tok, res.Next+1, win)
		// Words stand for the brand only when more pieces follow: a
		// pattern ending at the brand slot needs a mention ("thanks
		// @glowco"), or "thanks for watching" would be "thanks <brand>".
		t.walkOn(n, res, win, b, best)
	}
}

// walkBrandWords matches the words of one of the brand's names, name,
// starting at tok; b is the whole brand the walk goes on with.
func (t *trie) walkBrandWords(n nodeID, res Match, tok Token, key []byte, win *Window, name, b *Brand, best *Match) {
	if name.nwords < 2 || string(key) != string(name.word(0)) {
		return
	}
	res = res.extended(tok, res.Next+1, win)
	for w := 1; w < name.nwords; w++ {
		tok, key, ok := win.at(res.Next)
		if !ok || tok.Kind != Word || string(key) != string(name.word(w)) {
			return
		}
		res = res.extended(tok, res.Next+1, win)
	}
	t.walk(n, res, win, b, best)
}

// domainName extends the word tok into a domain name written as one
// ("XTgamer.de", "shop.example.com": words joined by dots without
// spaces), which stands for one word in {any}; next is the window index
// past tok. ok is false when no dot and word follow directly.
func domainName(tok Token, next int, win *Window) (Token, int, bool) {
	s := win.text()
	if tok.End+1 >= len(s) || s[tok.End] != '.' || !isASCIIWordByte(s[tok.End+1]) {
		return tok, next, false // the common case, decided without reading a token
	}
	grown := false
	for {
		dot, _, ok := win.at(next)
		if !ok || dot.Start != tok.End || dot.Kind != Punct || s[dot.Start] != '.' {
			break
		}
		word, _, ok := win.at(next + 1)
		if !ok || word.Start != dot.End || word.Kind != Word {
			break
		}
		tok.End, next, grown = word.End, next+2, true
		tok.set(tokAltered, word.Altered())
	}
	return tok, next, grown
}

// capitalized reports whether the word at s[i:] starts with an upper-case
// letter as written: "Tess", "TYT", "Ｔess".
func capitalized(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return 'A' <= c && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// extended returns res grown by tok, with next the window index past it.
func (res Match) extended(tok Token, next int, win *Window) Match {
	s := win.text()
	res.glued = tok.Kind == Punct && tok.Start == res.End && isGlueSeparator(s[tok.Start:tok.End]) &&
		tok.End < len(s) && StartsWord(s, tok.End)
	res.End = tok.End
	res.Next = next
	res.Altered = res.Altered || tok.Altered()
	res.Single = false
	return res
}

// partOfWord reports a match that does not stand as a label of its own
// because it is part of a longer word, compound or address: a short word
// glued by "/" or a dash to the word after it ("AD/HD"), a hashtag that
// a hyphen joins to a word ("#ad-free", "#werbung-frei"), or text that
// runs on into an e-mail address or a domain name ("ad@brand.com",
// "ad.brand.com").
func (res *Match) partOfWord(s string) bool {
	if res.Single {
		if s[res.Start] == '#' {
			if res.End+1 < len(s) && s[res.End] == '-' && StartsWord(s, res.End+1) {
				return true
			}
		} else if res.End-res.Start <= 3 && GluedAfter(s, res.End) {
			return true
		}
	}
	if res.End+1 >= len(s) {
		return false
	}
	switch s[res.End] {
	case '@':
		return isASCIIWordByte(s[res.End+1])
	case '.':
		return domainByte(s[res.End+1])
	}
	return false
}

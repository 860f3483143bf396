package disclosure

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// errBadPattern is wrapped by errors for a term table row that does not
// compile; the shipped tables are checked by the tests.
var errBadPattern = errors.New("disclosure: bad term pattern")

type elemKind uint8

const (
	elemLiteral elemKind = iota // one token with this normalized text
	elemBrand                   // the post's brand
	elemAny                     // any one word
	elemName                    // one word with a capital first letter in the text
)

type elem struct {
	kind elemKind
	text string // normalized, for elemLiteral
}

// matcher is a compiled term table: every expansion of every row in one
// trie over normalized tokens, so that the tokens after a candidate are
// read once however many terms share a prefix. Immutable, safe for
// concurrent use.
type matcher struct {
	table *termTable
	trie  *trie
	// first indexes the root's literal edges, the first tokens of all terms, in an
	// open-addressing table keyed by a token's first, middle and last
	// bytes and length (firstIndex): most tokens are rejected by one load
	// of an empty slot, without hashing their text.
	first firstIndex
	// insertMessage and insertText are the insert-label fix's message and
	// inserted text ("Insert \"#ad\" at the start", "#ad "), and
	// placementTodo the advice of a placement finding on a phrase label:
	// made once per table, as nearly every finding offers them.
	insertMessage, insertText, placementTodo string
	// missingMessage is missing-disclosure's message, the most common.
	missingMessage string
}

// compileTable expands and indexes every row of t. Where two rows match
// the same tokens, the earlier row wins.
func compileTable(t *termTable) (*matcher, error) {
	m := &matcher{table: t,
		insertMessage:  message("Insert %q at the start", t.defaultLabel),
		insertText:     t.defaultLabel + " ",
		placementTodo:  message("put %q at the start of the caption, or move the label there", t.defaultLabel),
		missingMessage: message("no disclosure label: add a clear label such as %q at the start of the caption", t.defaultLabel),
	}
	root := newTrieBuilder()
	for i, row := range t.terms {
		pats, err := expandPattern(row.pattern)
		if err != nil {
			return nil, err
		}
		for _, elems := range pats {
			if len(elems) == 0 || elems[0].kind != elemLiteral {
				return nil, fmt.Errorf("%w %q: must start with a literal", errBadPattern, row.pattern)
			}
			n := root
			for _, e := range elems {
				n = n.child(e)
			}
			if n.row < 0 {
				n.row = i
				n.position = row.position
			}
		}
	}
	m.trie = root.flatten()
	m.first = newFirstIndex(m.trie)
	return m, nil
}

// expandPattern turns a pattern with alternatives and optional pieces into
// every sequence of elements it stands for.
func expandPattern(p string) ([][]elem, error) {
	seqs := [][]elem{nil}
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
		var choices [][]elem
		for _, alt := range alts {
			es, err := pieceElems(alt)
			if err != nil {
				return nil, fmt.Errorf("%w %q: %w", errBadPattern, p, err)
			}
			choices = append(choices, es)
		}
		if optional {
			choices = append(choices, nil)
		}
		var next [][]elem
		for _, s := range seqs {
			for _, c := range choices {
				next = append(next, append(slices.Clip(s), c...))
			}
		}
		seqs = next
	}
	return seqs, nil
}

// pieceElems tokenizes one alternative of a piece; '+' joins words.
func pieceElems(alt string) ([]elem, error) {
	switch alt {
	case "":
		return nil, errors.New("empty alternative")
	case "{brand}":
		return []elem{{kind: elemBrand}}, nil
	case "{any}":
		return []elem{{kind: elemAny}}, nil
	case "{name}":
		return []elem{{kind: elemName}}, nil
	}
	var es []elem
	tz := tokenizer{s: strings.ReplaceAll(alt, "+", " ")}
	var nb normBuf
	for {
		tok, ok := tz.next(&nb)
		if !ok {
			break
		}
		if tok.kind == tokURL || tok.kind == tokSymbol || tok.tooLong() {
			return nil, fmt.Errorf("%q is not a literal token", alt)
		}
		es = append(es, elem{kind: elemLiteral, text: string(nb.bytes())})
	}
	if len(es) == 0 {
		return nil, fmt.Errorf("%q has no token", alt)
	}
	return es, nil
}

// match is a term found at a token.
type match struct {
	row     int
	start   int
	end     int       // end of the last matched token
	after   tokenizer // cursor after the match
	altered bool      // some matched token was seen through normalization
	single  bool      // the match is one token
	// lineStart: the match starts a line (only punctuation or emoji before
	// it on its line), where lineStart rows count.
	lineStart bool
	// afterStop: the token before the match ends a sentence (".", "!",
	// "?"); a lineStart row counts there too when the match also ends its
	// sentence: "New drop. Sponsored".
	afterStop bool
	// cue: a termCue word or an affiliate label came earlier in the
	// sentence, where afterPurchase rows count.
	cue bool
	// addressed: the sentence speaks to the follower ("Earn a percentage
	// back...", "You get a cut..."), where creatorVoice rows do not count.
	addressed bool
	// glued: the last token matched is a "/" or dash written between two
	// words without spaces ("AD/HD", "Ad/Vert"): no term may end there.
	glued bool
}

// allows reports whether a row positioned p counts for this match.
func (res *match) allows(p termPosition) bool {
	switch p {
	case lineStart:
		return res.labelPosition()
	case afterPurchase:
		return res.cue
	case creatorVoice:
		return !res.addressed
	case sameLine:
		return !newlineIn(res.after.s, res.start, res.end)
	}
	return true
}

// labelPosition reports whether a match of a lineStart row stands where
// a label does: first on its line, or a sentence of its own.
func (res *match) labelPosition() bool {
	if res.lineStart {
		return true
	}
	if !res.afterStop {
		return false
	}
	cur := res.after
	var nb normBuf
	tok, ok := cur.next(&nb)
	if !ok || newlineIn(cur.s, res.end, tok.start) {
		return true
	}
	k := nb.bytes()
	return tok.kind == tokPunct && len(k) == 1 && (k[0] == '.' || k[0] == '!')
}

// matchAt returns the longest term starting with tok, whose normalized
// text is key; after is the cursor just past tok; lineStart says tok
// starts a line and afterStop that it follows the end of a sentence,
// where rows positioned lineStart count (match.labelPosition); cue that
// a word about buying or links came earlier in the sentence, where rows
// positioned afterPurchase count. Among matches of
// equal length the earlier row wins.
func (m *matcher) matchAt(tok token, key []byte, after tokenizer, b *brandInfo, ctx matchContext) (match, bool) {
	if tok.tooLong() || tok.kind == tokURL || tok.kind == tokSymbol {
		return match{}, false
	}
	n := m.first.lookup(key)
	if n == noNode {
		return match{}, false
	}
	return m.matchFrom(n, tok, after, b, ctx)
}

// matchFrom is matchAt once the first token's trie state n is known.
func (m *matcher) matchFrom(n nodeID, tok token, after tokenizer, b *brandInfo, ctx matchContext) (match, bool) {
	best := match{row: -1}
	m.trie.walk(n, match{start: tok.start, end: tok.end, after: after, altered: tok.altered(), single: true,
		lineStart: ctx.lineStart, afterStop: ctx.afterStop, cue: ctx.cue, addressed: ctx.addressed}, b, &best)
	return best, best.row >= 0
}

// matchContext is what the scan knows about the text before a token,
// which positioned rows read: see match's fields of the same names.
type matchContext struct {
	lineStart, afterStop, cue, addressed bool
}

// gluedPart returns the last part of a hyphenated word that reads as an
// affiliate label of its own ("image-affiliate", "amazon-affiliate"), as
// its normalized text and its start in the caption; ok is false for any
// other word, and for a negated compound ("non-affiliate"). Real
// descriptions glue the label to the word before it; the part keeps its
// own meaning.
func gluedPart(caption string, tok token, key []byte) (part []byte, start int, ok bool) {
	if tok.kind != tokWord || len(key) < len("x-aff") {
		return nil, 0, false
	}
	k := bytes.LastIndexByte(key, '-')
	if k <= 0 || k == len(key)-1 {
		return nil, 0, false
	}
	o := strings.LastIndexByte(caption[tok.start:tok.end], '-')
	if o <= 0 {
		return nil, 0, false
	}
	part = key[k+1:]
	switch string(part) {
	case "affiliate", "affiliates", "affiliatelink", "affiliatelinks", "afflink", "afflinks":
	default:
		return nil, 0, false
	}
	switch string(key[:k]) {
	case "non", "not", "no", "un":
		return nil, 0, false
	}
	return part, tok.start + o + 1, true
}

// mayStart reports whether some term starts with key.
func (m *matcher) mayStart(key []byte) bool {
	return !m.first.miss(key) && m.first.lookup(key) != noNode
}

// firstIndex is an open-addressing hash table from a term's first token
// to its trie state: the root's literal edges. Its hash reads four
// numbers of the key (firstHash), so rejecting a token costs the same
// whatever its length; only a token landing on an occupied slot is
// compared byte for byte. Immutable after newFirstIndex.
type firstIndex struct {
	slots []uint32 // index+1 into kids; 0 is an empty slot
	kids  []litKid // the root's literal edges
	keys  string   // the trie's keys
	shift uint     // 64 - log2(len(slots))
}

// newFirstIndex indexes the root's literal edges of t, keeping at most
// one slot in eight occupied so that probe runs stay short.
func newFirstIndex(t *trie) firstIndex {
	root := &t.nodes[rootNode]
	x := firstIndex{kids: t.kids[root.kid0 : root.kid0+root.nkid], keys: t.keys}
	bits := uint(10)
	for 1<<bits < 8*len(x.kids) {
		bits++
	}
	x.slots, x.shift = make([]uint32, 1<<bits), 64-bits
	for i := range x.kids {
		h := firstHash(t.key(&x.kids[i]), x.shift)
		for x.slots[h] != 0 {
			h = (h + 1) & uint(len(x.slots)-1)
		}
		x.slots[h] = uint32(i + 1)
	}
	return x
}

// firstHash mixes a key's first, middle and last bytes and its length
// (Fibonacci hashing) into a slot index.
func firstHash[K ~string | ~[]byte](key K, shift uint) uint {
	n := uint(len(key))
	if n == 0 {
		return 0
	}
	v := uint64(key[0]) | uint64(key[n>>1])<<8 | uint64(key[n-1])<<16 | uint64(n)<<24
	return uint((v * 0x9E3779B97F4A7C15) >> shift)
}

// lookup returns the trie state after the first token key, or noNode when
// no term starts with key.
func (x *firstIndex) lookup(key []byte) nodeID {
	if len(key) == 0 || len(x.slots) == 0 {
		return noNode
	}
	mask := uint(len(x.slots) - 1)
	for h := firstHash(key, x.shift); ; h = (h + 1) & mask {
		e := x.slots[h]
		if e == 0 {
			return noNode
		}
		if k := &x.kids[e-1]; x.keys[k.key0:k.key0+k.keyLen] == string(key) {
			return k.node
		}
	}
}

// miss reports, from one slot, that no term starts with key: true for
// most tokens, where it spares the scan a call to lookup (it is small
// enough to be inlined). False says nothing: ask lookup.
func (x *firstIndex) miss(key []byte) bool {
	h := firstHash(key, x.shift)
	return h >= uint(len(x.slots)) || x.slots[h] == 0
}

// walk explores the trie from n, where res has matched so far, keeping
// the longest match in best. Depth is bounded by the longest term.
func (t *trie) walk(n nodeID, res match, b *brandInfo, best *match) {
	nd := &t.nodes[n]
	if nd.row >= 0 && !res.glued && !(res.single && res.end-res.start <= 3 && res.after.s[res.start] != '#' && gluedAfter(res.after.s, res.end)) && (nd.position == anywhere || res.allows(nd.position)) && (best.row < 0 || res.end > best.end || res.end == best.end && int(nd.row) < best.row) {
		*best = res
		best.row = int(nd.row)
	}
	t.walkOn(n, res, b, best)
}

// walkOn explores the pieces after n without taking a term that ends at
// n itself.
func (t *trie) walkOn(n nodeID, res match, b *brandInfo, best *match) {
	if t.leaf(n) {
		return
	}
	var nb normBuf
	cur := res.after
	tok, ok := cur.next(&nb)
	if !ok || tok.tooLong() {
		return
	}
	if c := t.litChild(n, nb.bytes()); c != noNode {
		t.walk(c, res.extended(tok, cur), b, best)
	}
	nd := &t.nodes[n]
	if nd.any != noNode && tok.kind == tokWord {
		t.walk(nd.any, res.extended(tok, cur), b, best)
		if dt, dc, ok := domainName(tok, cur); ok {
			t.walk(nd.any, res.extended(dt, dc), b, best)
		}
	}
	if nd.name != noNode && tok.kind == tokWord && capitalized(cur.s, tok.start) {
		t.walk(nd.name, res.extended(tok, cur), b, best)
	}
	if nd.brand != noNode {
		t.walkBrand(nd.brand, res, tok, nb.bytes(), cur, b, best)
	}
}

// walkBrand matches a brand slot starting at tok: a mention of the brand,
// the brand's words in order, its squashed name as one word, or without a
// Brand any mention, or one to three words when more pieces follow.
func (t *trie) walkBrand(n nodeID, res match, tok token, key []byte, cur tokenizer, b *brandInfo, best *match) {
	switch {
	case tok.kind == tokMention && (!b.set || b.matchesHandle(key[1:])):
		t.walk(n, res.extended(tok, cur), b, best)
		return
	case tok.kind != tokWord:
		return
	case b.set && b.matchesSquashed(key):
		t.walk(n, res.extended(tok, cur), b, best)
		return
	}
	if b.set {
		for name := b; name != nil; name = name.alt {
			t.walkBrandWords(n, res, tok, key, cur, name, b, best)
		}
		return
	}
	if t.leaf(n) {
		return // a trailing brand slot without a Brand is a mention only
	}
	var nb normBuf
	for w := 0; w < 3; w++ {
		if w > 0 {
			var ok bool
			tok, ok = cur.next(&nb)
			if !ok || tok.kind != tokWord {
				return
			}
		}
		res = res.extended(tok, cur)
		// Words stand for the brand only when more pieces follow: a
		// term ending at the brand slot needs a mention ("thanks @glowco"),
		// or "thanks for watching" would be "thanks <brand>".
		t.walkOn(n, res, b, best)
	}
}

// walkBrandWords matches the words of one of the brand's names, name,
// starting at tok; b is the whole brand the walk goes on with.
func (t *trie) walkBrandWords(n nodeID, res match, tok token, key []byte, cur tokenizer, name, b *brandInfo, best *match) {
	if name.nwords < 2 || string(key) != string(name.word(0)) {
		return
	}
	res = res.extended(tok, cur)
	var nb normBuf
	for w := 1; w < name.nwords; w++ {
		tok, ok := cur.next(&nb)
		if !ok || tok.kind != tokWord || string(nb.bytes()) != string(name.word(w)) {
			return
		}
		res = res.extended(tok, cur)
	}
	t.walk(n, res, b, best)
}

// domainName extends the word tok into a domain name written as one
// ("XTgamer.de", "shop.example.com": words joined by dots without
// spaces), which stands for one word in {any}; cur is the cursor past
// tok. ok is false when no dot and word follow directly.
func domainName(tok token, cur tokenizer) (token, tokenizer, bool) {
	if tok.end+1 >= len(cur.s) || cur.s[tok.end] != '.' || !isASCIIWordByte(cur.s[tok.end+1]) {
		return tok, cur, false // the common case, decided without reading a token
	}
	var nb normBuf
	grown := false
	for {
		next := cur
		dot, ok := next.next(&nb)
		if !ok || dot.start != tok.end || dot.kind != tokPunct || cur.s[dot.start] != '.' {
			break
		}
		word, ok := next.next(&nb)
		if !ok || word.start != dot.end || word.kind != tokWord {
			break
		}
		tok.end, cur, grown = word.end, next, true
		tok.set(tokAltered, word.altered())
	}
	return tok, cur, grown
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

// extended returns res grown by tok, with after the cursor past it.
func (res match) extended(tok token, after tokenizer) match {
	res.glued = tok.kind == tokPunct && tok.start == res.end && isGlueSeparator(after.s[tok.start:tok.end]) &&
		tok.end < len(after.s) && startsWord(after.s, tok.end)
	res.end = tok.end
	res.after = after
	res.altered = res.altered || tok.altered()
	res.single = false
	return res
}

// newlineIn reports a line break ("\n" or "\r") in s[from:to]: in the gap
// between two tokens, or inside a match. (The scan reads the gap before
// each token from the token's afterBreak flag instead.)
func newlineIn(s string, from, to int) bool {
	for i := from; i < to && i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return true
		}
	}
	return false
}

// gluedAfter reports a "/" or dash at s[i:] that glues the word before it
// to a word after it ("AD/HD", "Ad–Vert"): a short label word written so
// is part of another word, not a label.
func gluedAfter(s string, i int) bool {
	for _, sep := range [...]string{"/", "-", "\u2013", "\u2014"} {
		if strings.HasPrefix(s[i:], sep) && i+len(sep) < len(s) && startsWord(s, i+len(sep)) {
			return true
		}
	}
	return false
}

// isGlueSeparator reports "/" and the dashes, which join two words into
// one when written without spaces ("AD/HD", "Ad–Vert").
func isGlueSeparator(s string) bool {
	switch s {
	case "/", "-", "\u2013", "\u2014":
		return true
	}
	return false
}

// startsWord reports whether a letter or digit starts s[i:].
func startsWord(s string, i int) bool {
	var scratch [runeScratch]byte
	return readRune(s, i, &scratch).class == classWord
}

// brandTag reports the brand tag row that the hashtag key ("#glowcopartner")
// matches, if any.
func (m *matcher) brandTag(key []byte, b *brandInfo) (brandTagRow, bool) {
	if !b.set || len(key) < 2 || key[0] != '#' {
		return brandTagRow{}, false
	}
	body := key[1:]
	for name := b; name != nil; name = name.alt {
		sq := name.squash[:name.sn]
		if len(body) <= len(sq) || string(body[:len(sq)]) != string(sq) {
			continue
		}
		rest := body[len(sq):]
		if len(rest) > 1 && rest[0] == '_' { // "#chase_partner" (per ftc-faqs, the brand and the role)
			rest = rest[1:]
		}
		for _, bt := range m.table.brandTags {
			if string(rest) == bt.suffix {
				return bt, true
			}
		}
	}
	return brandTagRow{}, false
}

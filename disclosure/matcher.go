package disclosure

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// errBadPattern is wrapped by errors for a term table row that does not
// compile; the shipped tables are checked by the tests.
var errBadPattern = errors.New("disclosure: bad term pattern")

type elemKind uint8

const (
	elemLiteral elemKind = iota // one token with this normalized text
	elemBrand                   // the post's brand
	elemAny                     // any one word
)

type elem struct {
	kind elemKind
	text string // normalized, for elemLiteral
}

// pattern is one expansion of a term row: no alternatives or optional
// pieces left.
type pattern struct {
	elems []elem
	row   int // index into termTable.terms
}

// matcher is a compiled term table: immutable, safe for concurrent use.
type matcher struct {
	table   *termTable
	byFirst map[string][]pattern // keyed by the first element's text; longest pattern first
	// filter[b] has bit min(len, 63) set when some key starts with byte b
	// and has that length: most tokens skip the map lookup.
	filter [256]uint64
}

// compileTable expands and indexes every row of t.
func compileTable(t *termTable) (*matcher, error) {
	m := &matcher{table: t, byFirst: make(map[string][]pattern)}
	for i, row := range t.terms {
		pats, err := expandPattern(row.pattern)
		if err != nil {
			return nil, err
		}
		for _, elems := range pats {
			if len(elems) == 0 || elems[0].kind != elemLiteral {
				return nil, fmt.Errorf("%w %q: must start with a literal", errBadPattern, row.pattern)
			}
			key := elems[0].text
			m.byFirst[key] = append(m.byFirst[key], pattern{elems: elems, row: i})
			m.filter[key[0]] |= 1 << min(len(key), 63)
		}
	}
	for _, ps := range m.byFirst {
		// Longest first; among equals, the earlier row wins.
		slices.SortStableFunc(ps, func(a, b pattern) int { return len(b.elems) - len(a.elems) })
	}
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
	}
	var es []elem
	tz := tokenizer{s: strings.ReplaceAll(alt, "+", " ")}
	var nb normBuf
	for {
		tok, ok := tz.next(&nb)
		if !ok {
			break
		}
		if tok.kind == tokURL || tok.kind == tokSymbol || tok.tooLong {
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
}

// candidates returns the patterns whose first element is key.
func (m *matcher) candidates(key []byte) []pattern {
	if len(key) == 0 || m.filter[key[0]]&(1<<min(len(key), 63)) == 0 {
		return nil
	}
	return m.byFirst[string(key)]
}

// matchAt tries every pattern starting with tok (whose normalized text is
// key) and returns the longest that matches; after is the cursor just past
// tok.
func (m *matcher) matchAt(tok token, key []byte, after tokenizer, b *brandInfo) (match, bool) {
	if tok.tooLong || tok.kind == tokURL || tok.kind == tokSymbol {
		return match{}, false
	}
	for _, p := range m.candidates(key) {
		res := match{row: p.row, start: tok.start, end: tok.end, after: after, altered: tok.altered, single: true}
		if matchRest(p.elems[1:], &res, b) {
			return res, true
		}
	}
	return match{}, false
}

// matchRest matches elems from res.after, extending res on success.
// Brand slots backtrack over their few possible lengths.
func matchRest(elems []elem, res *match, b *brandInfo) bool {
	if len(elems) == 0 {
		return true
	}
	var nb normBuf
	e := elems[0]
	switch e.kind {
	case elemLiteral, elemAny:
		cur := res.after
		tok, ok := cur.next(&nb)
		if !ok || tok.tooLong {
			return false
		}
		if e.kind == elemLiteral && string(nb.bytes()) != e.text || e.kind == elemAny && tok.kind != tokWord {
			return false
		}
		saved := *res
		res.extend(tok, cur)
		if matchRest(elems[1:], res, b) {
			return true
		}
		*res = saved
		return false
	}
	// elemBrand: a mention, the brand's words, or (without a brand and with
	// more pieces to come) one to three words.
	saved := *res
	cur := res.after
	tok, ok := cur.next(&nb)
	if !ok || tok.tooLong {
		return false
	}
	if tok.kind == tokMention && (!b.set || b.matchesHandle(nb.bytes()[1:])) ||
		tok.kind == tokWord && b.set && b.matchesSquashed(nb.bytes()) {
		res.extend(tok, cur)
		if matchRest(elems[1:], res, b) {
			return true
		}
		*res = saved
	}
	if tok.kind != tokWord {
		return false
	}
	if b.set {
		if b.nwords < 2 {
			return false
		}
		// The brand's words in order: "Glow Co".
		for w := 0; w < b.nwords; w++ {
			if w > 0 {
				tok, ok = cur.next(&nb)
			}
			if !ok || tok.kind != tokWord || string(nb.bytes()) != string(b.word(w)) {
				*res = saved
				return false
			}
			res.extend(tok, cur)
		}
		if matchRest(elems[1:], res, b) {
			return true
		}
		*res = saved
		return false
	}
	if len(elems) == 1 {
		return false
	}
	for w := 0; w < 3; w++ {
		if w > 0 {
			tok, ok = cur.next(&nb)
			if !ok || tok.kind != tokWord {
				break
			}
		}
		res.extend(tok, cur)
		if matchRest(elems[1:], res, b) {
			return true
		}
	}
	*res = saved
	return false
}

func (res *match) extend(tok token, after tokenizer) {
	res.end = tok.end
	res.after = after
	res.altered = res.altered || tok.altered
	res.single = false
}

// brandTag reports the brand tag row that the hashtag key ("#glowcopartner")
// matches, if any.
func (m *matcher) brandTag(key []byte, b *brandInfo) (brandTagRow, bool) {
	if !b.set || len(key) < 2 || key[0] != '#' {
		return brandTagRow{}, false
	}
	body := key[1:]
	sq := b.squash[:b.sn]
	if len(body) <= len(sq) || string(body[:len(sq)]) != string(sq) {
		return brandTagRow{}, false
	}
	rest := body[len(sq):]
	for _, bt := range m.table.brandTags {
		if string(rest) == bt.suffix {
			return bt, true
		}
	}
	return brandTagRow{}, false
}

package adread

import (
	"cmp"
	"slices"
	"strings"
	"sync"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// Evidence is one signal found in a text: its weight and its byte span.
type Evidence struct {
	Signal     Signal
	Weight     int
	Start, End int
}

// Reader is the phrase table compiled once: the phrases into a lexer
// Matcher, the item words into a set. Immutable, safe for concurrent use.
type Reader struct {
	m     *lex.Matcher
	items map[string]bool
}

// Compiled returns the Reader of the package's phrase table, compiled on
// first use.
var Compiled = sync.OnceValue(func() *Reader {
	r, err := compile()
	if err != nil {
		panic(err) // the shipped table compiles: TestCuesCompile
	}
	return r
})

func compile() (*Reader, error) {
	patterns := make([]lex.Pattern, len(cues))
	for i, row := range cues {
		patterns[i] = lex.Pattern{Text: row.pattern}
	}
	m, err := lex.Compile(patterns)
	if err != nil {
		return nil, err
	}
	items := make(map[string]bool)
	for _, w := range strings.Split(itemWords, "|") {
		items[w] = true
	}
	return &Reader{m: m, items: items}, nil
}

// Scan is one pass over a text: the brand mentions, discount codes and
// affiliate links it holds, as values of the caller's type E, and the
// signals found, for [Scan.Read].
type Scan[E any] struct {
	Mentions []E // @mentions of the brand, or of anyone without one
	Codes    []E // discount codes
	Links    []E // affiliate links
	Found
}

// Found is what a scan found that a reading weighs.
type Found struct {
	mentions []mention
	hits     []hit
}

// mention is an @mention's span and sentence.
type mention struct {
	start, end, sentence int
}

// hit is a signal found by the scan, before the sentence rules.
type hit struct {
	signal     Signal
	weight     int
	start, end int
	sentence   int
	mention    bool // counts only with an @mention in its sentence
}

// ScanText walks text once with the lexer. It collects brand mentions,
// discount codes, affiliate and tracking links, and the phrase table's
// phrases, each with the sentence it is in; span makes the caller's value
// of a mention, code or link. A phrase hides the phrases that would start
// inside it; mentions, codes and links inside a phrase still count.
func ScanText[E any](r *Reader, text string, brand *lex.Brand, span func(start, end int) E) Scan[E] {
	var sc Scan[E]
	cur := lex.NewTokenizer(text)
	var nb lex.Key
	win := lex.GetWindow()
	defer lex.PutWindow(win)
	awaitingCode := false
	sentence, hidden := 0, 0
	afterMention := -1 // the start of the mention just before, or -1
	for {
		tok, ok := cur.Next(&nb)
		if !ok {
			return sc
		}
		key := nb.Bytes()
		if tok.AfterBreak() {
			sentence++
		}
		if tok.Start >= hidden && tok.Kind != lex.URL && tok.Kind != lex.Symbol && !tok.TooLong() && !r.m.Miss(key) {
			if n := r.m.First(key); n != lex.NoNode {
				if mt, ok := lex.MatchGrowing(r.m, n, tok, cur, win, brand, lex.Context{}); ok {
					hidden = mt.End
					if row := &cues[mt.Row]; row.signal != Unknown {
						sc.hit(hit{signal: row.signal, weight: row.weight, start: mt.Start, end: mt.End, sentence: sentence, mention: row.mention})
					}
				}
			}
		}
		mentionStart := afterMention
		afterMention = -1
		switch tok.Kind {
		case lex.Mention:
			if !tok.TooLong() && (!brand.Set() || brand.MatchesHandle(key[1:])) {
				if cap(sc.Mentions) == 0 {
					sc.Mentions, sc.mentions = make([]E, 0, 4), make([]mention, 0, 4)
				}
				sc.Mentions = append(sc.Mentions, span(tok.Start, tok.End))
				sc.mentions = append(sc.mentions, mention{start: tok.Start, end: tok.End, sentence: sentence})
				afterMention = tok.Start
			}
			awaitingCode = false
		case lex.Hashtag:
			if !tok.TooLong() && TagSuffix(key[1:]) != "" {
				sc.hit(hit{signal: Partnership, weight: tagWeight, start: tok.Start, end: tok.End, sentence: sentence})
			}
			awaitingCode = false
		case lex.URL:
			raw := text[tok.Start:tok.End]
			switch readLink(raw) {
			case affiliateLink:
				sc.Links = append(sc.Links, span(tok.Start, tok.End))
				sc.hit(hit{signal: AffiliateLink, weight: affiliateWeight, start: tok.Start, end: tok.End, sentence: sentence})
			case trackingLink:
				sc.hit(hit{signal: TrackingLink, weight: trackingWeight, start: tok.Start, end: tok.End, sentence: sentence})
			}
			awaitingCode = false
		case lex.Word:
			if mentionStart >= 0 && r.items[string(key)] && !lex.NewlineIn(text, mentionStart, tok.Start) {
				// "@brand top": the item after the account that sells it.
				sc.hit(hit{signal: ProductCredit, weight: creditWeight, start: mentionStart, end: tok.End, sentence: sentence})
			}
			switch {
			case awaitingCode && string(key) == "is":
			case awaitingCode && LooksLikeCode(text[tok.Start:tok.End]):
				sc.Codes = append(sc.Codes, span(tok.Start, tok.End))
				sc.hit(hit{signal: DiscountCode, weight: codeWeight, start: tok.Start, end: tok.End, sentence: sentence})
				awaitingCode = false
			case isCodeWord(key):
				awaitingCode = true
			default:
				awaitingCode = false
			}
		case lex.Punct:
			// "code: MAX20", "code - MAX20", "code \"MAX20\"" keep waiting.
			if len(key) == 1 && (key[0] == '.' || key[0] == '!' || key[0] == '?') {
				sentence++
			}
		default:
			awaitingCode = false
		}
	}
}

// hit records a signal, making room for a caption's usual few at once.
func (f *Found) hit(h hit) {
	if cap(f.hits) == 0 {
		f.hits = make([]hit, 0, 4)
	}
	f.hits = append(f.hits, h)
}

// isCodeWord reports a word after which a discount code may follow.
func isCodeWord(w []byte) bool {
	switch string(w) {
	case "code", "coupon", "promocode", "couponcode":
		return true
	}
	return false
}

// TagSuffix reports the brand-role suffix a hashtag's body ends with
// after a brand's name ("#glowcopartner", "#acmeambassador"), or "".
func TagSuffix(body []byte) string {
	for _, s := range tagSuffixes {
		if len(body) > len(s) && string(body[len(body)-len(s):]) == s {
			return s
		}
	}
	if len(body) > len("sponsored") && string(body[:len("sponsored")]) == "sponsored" {
		return "sponsored"
	}
	return ""
}

// brandMentions finds the mentions no people credit covers ("photo by @x"
// names a person, not a brand), sweeping mentions and credits together so
// that a reading stays linear in the text.
type brandMentions struct {
	f     *Found
	first int // the first uncredited mention anywhere, or -1
	// The last sentence asked about and its answer: hits come in text
	// order, so each sentence is searched once, and mentions and credits
	// are swept forward only.
	lastSentence, lastAt, next, credit int
}

func newBrandMentions(f *Found) brandMentions {
	b := brandMentions{f: f, first: -1, lastSentence: -1, lastAt: -1}
	credit := 0
	for i := range f.mentions {
		if !f.credited(i, &credit) {
			b.first = i
			break
		}
	}
	return b
}

// credited reports whether a people credit covers mention i; *h sweeps
// the hits forward, so calls must come with i increasing. People credits
// are phrase-table hits, which never overlap and come in text order.
func (f *Found) credited(i int, h *int) bool {
	at := f.mentions[i].start
	for *h < len(f.hits) && (f.hits[*h].signal != PeopleCredit || f.hits[*h].end <= at) {
		*h++
	}
	return *h < len(f.hits) && f.hits[*h].start <= at
}

// in returns the first uncredited mention in sentence s, or -1. Calls
// must come with sentences in nondecreasing order.
func (b *brandMentions) in(s int) int {
	if s == b.lastSentence {
		return b.lastAt
	}
	b.lastSentence, b.lastAt = s, -1
	ms := b.f.mentions
	for b.next < len(ms) && ms[b.next].sentence < s {
		b.next++
	}
	for ; b.next < len(ms) && ms[b.next].sentence == s; b.next++ {
		if !b.f.credited(b.next, &b.credit) {
			b.lastAt = b.next
			break
		}
	}
	return b.lastAt
}

// Read applies the sentence rules to what the scan found, after the
// label evidence ev holds (the caller's, in ev's buffer), and scores:
// the sum over the signals found of each signal's largest weight (the
// smallest, for a signal against an ad). It returns the score and the
// evidence sorted by span, without repeats.
func (f *Found) Read(ev []Evidence) (int, []Evidence) {
	lastContext := -1 // the last sentence given a BrandInContext
	brands := newBrandMentions(f)
	for _, h := range f.hits {
		at := brands.in(h.sentence)
		if h.mention && at < 0 {
			continue
		}
		if at < 0 && h.weight > 0 {
			at = brands.first
		}
		ev = append(ev, Evidence{Signal: h.signal, Weight: h.weight, Start: h.start, End: h.end})
		if h.weight > 0 && at >= 0 && h.sentence != lastContext {
			lastContext = h.sentence
			mn := f.mentions[at]
			ev = append(ev, Evidence{Signal: BrandInContext, Weight: contextWeight, Start: mn.start, End: mn.end})
		}
	}
	if len(ev) == 0 {
		return 0, ev
	}
	slices.SortStableFunc(ev, func(a, b Evidence) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Signal, b.Signal))
	})
	ev = slices.Compact(ev)
	var best [Appearance + 1]int
	for _, e := range ev {
		if e.Signal > Appearance {
			continue
		}
		if b := &best[e.Signal]; e.Weight > 0 && e.Weight > *b || e.Weight < 0 && e.Weight < *b {
			*b = e.Weight
		}
	}
	score := 0
	for _, w := range best {
		score += w
	}
	return score, ev
}

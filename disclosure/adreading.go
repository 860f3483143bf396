package disclosure

import (
	"cmp"
	"net/url"
	"slices"
	"strings"
	"sync"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// AdEvidence is one signal [ReadAd] found in a caption: a disclosure
// label, a phrase of the signal table, a code, a link, or an @mention in
// a commercial sentence.
type AdEvidence struct {
	Signal AdSignal `json:"signal"`
	// Weight is what the signal adds to the score: positive for an ad,
	// negative against one. Only the largest weight of each signal counts
	// (the smallest for a negative one); see [AdReading.Score].
	Weight int    `json:"weight"`
	Start  int    `json:"start"` // byte offset into Post.Caption, inclusive
	End    int    `json:"end"`   // byte offset into Post.Caption, exclusive
	Text   string `json:"text"`  // Caption[Start:End]
}

// AdReading is how a post's text reads as an ad or not, with the
// evidence. It is a value: it marshals every field and unmarshals back to
// an equal value.
type AdReading struct {
	// Ad reports Score >= [AdThreshold].
	Ad bool `json:"ad"`
	// Score sums, over the signals found, each signal's largest weight
	// (the smallest, for a signal against an ad): a caption that says
	// "shop" three times gains 1, not 3. 0 for a caption without
	// signals; no fixed bounds.
	Score int `json:"score"`
	// Signals lists every signal found, in caption order (by Start); empty,
	// never nil, when there are none.
	Signals []AdEvidence `json:"signals"`
}

// ReadAd reads whether p is an ad from its text, with the default policy.
// See [Checker.ReadAd].
func ReadAd(p Post) AdReading { return defaultChecker().ReadAd(p) }

// ReadAd reads whether p is an ad from its text alone: it weighs the
// disclosure labels c's [Checker.Check] finds and the signals of the
// package's signal table (see the package doc's "Sponsored-content mix"
// for the signals, their weights and the threshold), and reports every
// signal with its span. A caption that says little reads as organic.
//
// Without a [Post.Brand], a vague "thanks @someone" is not a label here:
// anyone may be thanked. With a Brand, only its @mentions are brand tags
// (AdBrandInContext, product credits). p.Connection is not read: see
// [Checker.SponsoredMix] for declared connections.
//
// ReadAd is safe for concurrent use and never panics.
func (c *Checker) ReadAd(p Post) AdReading {
	brand := newBrandInfos(&p)
	var sc adScan
	sc.scan(p.Caption, &brand)
	return sc.reading(p.Caption, c.adLabels(&p, &brand))
}

// adLabels returns the disclosure labels c's Check finds in p, without a
// vague thank-you when p has no Brand: "Thank you @photographer" names no
// sponsor. It runs Check's scan of the caption, not its rules: the labels
// are the same (TestAdLabelsAreChecks holds them to it) at about half of
// Check's cost. brand is p's brand, read by newBrandInfos.
func (c *Checker) adLabels(p *Post, brand *brandInfo) []Label {
	m, _ := c.tableFor(p.Jurisdiction)
	var backing [8]foundLabel
	sc := c.scanPost(m, p.Caption, brand, backing[:0])
	var labels []Label
	for _, f := range sc.found {
		if f.kind != termLabel {
			continue
		}
		l := Label{Start: f.start, End: f.end, Text: p.Caption[f.start:f.end], Clarity: f.clarity, Connection: f.connection, Source: m.table.rowSource(f.row)}
		if p.Brand == "" && l.Clarity == Vague && isThanks(l.Text) {
			continue
		}
		labels = append(labels, l)
	}
	fillLabelsUTF16(labels, p.Caption)
	return labels
}

// isThanks reports whether text starts with a word of thanks.
func isThanks(text string) bool {
	cur := lex.NewTokenizer(text)
	var nb lex.Key
	tok, ok := cur.Next(&nb)
	if !ok || tok.Kind != lex.Word {
		return false
	}
	switch string(nb.Bytes()) {
	case "thanks", "thank", "thankyou", "thx", "ty":
		return true
	}
	return false
}

// adHit is a signal found by scanAd, before the sentence rules.
type adHit struct {
	signal     AdSignal
	weight     int
	start, end int
	sentence   int
	mention    bool // counts only with an @mention in its sentence
}

// adScan is one pass over a caption for the ad reading and the mix.
type adScan struct {
	mentions  []Evidence // @mentions of the Brand, or of anyone without one
	sentences []int      // the sentence of each mention
	codes     []Evidence
	links     []Evidence // affiliate links
	hits      []adHit
}

// adTable is the signal table compiled once: the phrases into a
// term-table trie, the item words into a set.
type adTable struct {
	m     *matcher
	items map[string]bool
}

var compiledAdTable = sync.OnceValue(func() *adTable {
	t := &termTable{terms: make([]termRow, len(adCues))}
	for i, row := range adCues {
		t.terms[i] = termRow{pattern: row.pattern}
	}
	m, err := compileTable(t)
	if err != nil {
		panic(err) // the shipped table compiles: TestAdCuesCompile
	}
	items := make(map[string]bool)
	for _, w := range strings.Split(adItems, "|") {
		items[w] = true
	}
	return &adTable{m: m, items: items}
})

// adTagSuffix reports the brand-role suffix a hashtag's body ends with
// after a brand's name ("#glowcopartner", "#acmeambassador"), or "".
func adTagSuffix(body []byte) string {
	for _, s := range adTagSuffixes {
		if len(body) > len(s) && string(body[len(body)-len(s):]) == s {
			return s
		}
	}
	if len(body) > len("sponsored") && string(body[:len("sponsored")]) == "sponsored" {
		return "sponsored"
	}
	return ""
}

// scanAd walks caption once with Check's tokenizer. It collects brand
// mentions, discount codes, affiliate and tracking links, and the signal
// table's phrases, each with the sentence it is in. A phrase hides the
// phrases that would start inside it; mentions, codes and links inside a
// phrase still count.
func (sc *adScan) scan(caption string, brand *brandInfo) {
	t := compiledAdTable()
	m := t.m
	cur := lex.NewTokenizer(caption)
	var nb lex.Key
	var win lex.Window
	awaitingCode := false
	sentence, hidden := 0, 0
	afterMention := -1 // the start of the mention just before, or -1
	evidence := func(t lex.Token) Evidence { return Evidence{Start: t.Start, End: t.End, Text: caption[t.Start:t.End]} }
	for {
		tok, ok := cur.Next(&nb)
		if !ok {
			return
		}
		key := nb.Bytes()
		if tok.AfterBreak() {
			sentence++
		}
		if tok.Start >= hidden && tok.Kind != lex.URL && tok.Kind != lex.Symbol && !tok.TooLong() && !m.lex.Miss(key) {
			if n := m.lex.First(key); n != lex.NoNode {
				if mt, ok := matchGrowing(m.lex, n, tok, cur, &win, brand, lex.Context{}); ok {
					hidden = mt.End
					if row := &adCues[mt.Row]; row.signal != UnknownAdSignal {
						sc.hit(adHit{signal: row.signal, weight: row.weight, start: mt.Start, end: mt.End, sentence: sentence, mention: row.mention})
					}
				}
			}
		}
		mentionStart := afterMention
		afterMention = -1
		switch tok.Kind {
		case lex.Mention:
			if !tok.TooLong() && (!brand.Set() || brand.MatchesHandle(key[1:])) {
				if cap(sc.mentions) == 0 {
					sc.mentions, sc.sentences = make([]Evidence, 0, 4), make([]int, 0, 4)
				}
				sc.mentions = append(sc.mentions, evidence(tok))
				sc.sentences = append(sc.sentences, sentence)
				afterMention = tok.Start
			}
			awaitingCode = false
		case lex.Hashtag:
			if !tok.TooLong() && adTagSuffix(key[1:]) != "" {
				sc.hit(adHit{signal: AdPartnership, weight: adTagWeight, start: tok.Start, end: tok.End, sentence: sentence})
			}
			awaitingCode = false
		case lex.URL:
			raw := caption[tok.Start:tok.End]
			switch {
			case isAffiliateURL(raw):
				sc.links = append(sc.links, evidence(tok))
				sc.hit(adHit{signal: AdAffiliateLink, weight: adAffiliateWeight, start: tok.Start, end: tok.End, sentence: sentence})
			case isTrackingURL(raw):
				sc.hit(adHit{signal: AdTrackingLink, weight: adTrackingWeight, start: tok.Start, end: tok.End, sentence: sentence})
			}
			awaitingCode = false
		case lex.Word:
			if mentionStart >= 0 && t.items[string(key)] && !lex.NewlineIn(caption, mentionStart, tok.Start) {
				// "@brand top": the item after the account that sells it.
				sc.hit(adHit{signal: AdProductCredit, weight: adCreditWeight, start: mentionStart, end: tok.End, sentence: sentence})
			}
			switch {
			case awaitingCode && string(key) == "is":
			case awaitingCode && looksLikeCode(caption[tok.Start:tok.End]):
				sc.codes = append(sc.codes, evidence(tok))
				sc.hit(adHit{signal: AdDiscountCode, weight: adCodeWeight, start: tok.Start, end: tok.End, sentence: sentence})
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
func (sc *adScan) hit(h adHit) {
	if cap(sc.hits) == 0 {
		sc.hits = make([]adHit, 0, 4)
	}
	sc.hits = append(sc.hits, h)
}

// isCodeWord reports a word after which a discount code may follow.
func isCodeWord(w []byte) bool {
	switch string(w) {
	case "code", "coupon", "promocode", "couponcode":
		return true
	}
	return false
}

// brandMentions finds the mentions no people credit covers ("photo by @x"
// names a person, not a brand), sweeping mentions and credits together so
// that a reading stays linear in the caption.
type brandMentions struct {
	sc    *adScan
	first int // the first uncredited mention anywhere, or -1
	// The last sentence asked about and its answer: hits come in caption
	// order, so each sentence is searched once, and mentions and credits
	// are swept forward only.
	lastSentence, lastAt, next, credit int
}

func newBrandMentions(sc *adScan) brandMentions {
	b := brandMentions{sc: sc, first: -1, lastSentence: -1, lastAt: -1}
	credit := 0
	for i := range sc.mentions {
		if !sc.credited(i, &credit) {
			b.first = i
			break
		}
	}
	return b
}

// credited reports whether a people credit covers mention i; *h sweeps
// the hits forward, so calls must come with i increasing. People credits
// are phrase-table hits, which never overlap and come in caption order.
func (sc *adScan) credited(i int, h *int) bool {
	at := sc.mentions[i].Start
	for *h < len(sc.hits) && (sc.hits[*h].signal != AdPeopleCredit || sc.hits[*h].end <= at) {
		*h++
	}
	return *h < len(sc.hits) && sc.hits[*h].start <= at
}

// in returns the first uncredited mention in sentence s, or -1. Calls
// must come with sentences in nondecreasing order.
func (b *brandMentions) in(s int) int {
	if s == b.lastSentence {
		return b.lastAt
	}
	b.lastSentence, b.lastAt = s, -1
	ms := b.sc.sentences
	for b.next < len(ms) && ms[b.next] < s {
		b.next++
	}
	for ; b.next < len(ms) && ms[b.next] == s; b.next++ {
		if !b.sc.credited(b.next, &b.credit) {
			b.lastAt = b.next
			break
		}
	}
	return b.lastAt
}

// reading applies the sentence rules to the scan, adds the labels, and
// scores.
func (sc *adScan) reading(caption string, labels []Label) AdReading {
	var ev []AdEvidence
	if n := len(sc.hits) + len(labels); n > 0 {
		ev = make([]AdEvidence, 0, n+2)
	}
	for _, l := range labels {
		w := 0
		if int(l.Clarity) < len(adLabelWeights) {
			w = adLabelWeights[l.Clarity]
		}
		ev = append(ev, AdEvidence{Signal: AdLabel, Weight: w, Start: l.Start, End: l.End, Text: l.Text})
	}
	lastContext := -1 // the last sentence given an AdBrandInContext
	brands := newBrandMentions(sc)
	for _, h := range sc.hits {
		at := brands.in(h.sentence)
		if h.mention && at < 0 {
			continue
		}
		if at < 0 && h.weight > 0 {
			at = brands.first
		}
		ev = append(ev, AdEvidence{Signal: h.signal, Weight: h.weight, Start: h.start, End: h.end, Text: caption[h.start:h.end]})
		if h.weight > 0 && at >= 0 && h.sentence != lastContext {
			lastContext = h.sentence
			mn := sc.mentions[at]
			ev = append(ev, AdEvidence{Signal: AdBrandInContext, Weight: adContextWeight, Start: mn.Start, End: mn.End, Text: mn.Text})
		}
	}
	if len(ev) == 0 {
		return AdReading{Signals: []AdEvidence{}}
	}
	slices.SortStableFunc(ev, func(a, b AdEvidence) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Signal, b.Signal))
	})
	ev = slices.CompactFunc(ev, func(a, b AdEvidence) bool { return a == b })
	var best [AdAppearance + 1]int
	for _, e := range ev {
		if e.Signal > AdAppearance {
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
	return AdReading{Ad: score >= AdThreshold, Score: score, Signals: ev}
}

// trackingParams are the campaign parameters of Google Analytics' UTM
// scheme (per ga-utm): a link that carries them was made to measure a
// campaign.
var trackingParams = [...]string{"utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term"}

// isTrackingURL reports whether raw, a URL as written in a caption,
// carries campaign tracking parameters.
func isTrackingURL(raw string) bool {
	_, query, ok := strings.Cut(raw, "?")
	if !ok {
		return false
	}
	q, err := url.ParseQuery(strings.TrimRight(query, ".,;:!?)]}\"'"))
	if err != nil && len(q) == 0 {
		return false
	}
	for _, p := range trackingParams {
		if q.Has(p) {
			return true
		}
	}
	return false
}

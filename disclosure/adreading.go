package disclosure

import (
	"github.com/influencekit/influencekit/disclosure/internal/adread"
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
// package's signal table (the signals, their weights and the threshold
// are listed below), and reports every signal with its span. A caption that says little reads as organic.
//
// Without a [Post.Brand], a vague "thanks @someone" is not a label here:
// anyone may be thanked. With a Brand, only its @mentions are brand tags
// (AdBrandInContext, product credits). p.Connection is not read: see
// [Checker.SponsoredMix] for declared connections.
//
// ReadAd is safe for concurrent use and never panics.
//
// The signals are
// data, each row with the reason a marketer reads it so, and no row names
// a brand, an account or a product:
//
//	label               +6 clear, +4 ambiguous, +3 vague   Check's labels
//	discount-code       +3   "code MAX20"
//	affiliate-link      +3   amzn.to, LTK, ShopMy... (see SponsoredMix)
//	partnership         +3   "partnered with", "campaign for @x", "#<brand>partner"; +2 "working with @x"
//	thanks-for-product  +3   "@x thank you for my new wig", with an @mention in the sentence
//	own-product         +3   "my new collection", "our annual sale", "use my code"
//	product-credit      +2   "DRESS: @x", "wearing @x", "@x leggings", "from @x"
//	tracking-link       +2   a link with utm_ campaign parameters
//	offer               +2   "sale", "20% off", "free shipping", "limited edition"
//	giveaway            +2   "giveaway", "chance to win", "to enter"
//	shop-cue            +1   "link in bio", "swipe up", "shop"; +2 "shop now", "available at @x"
//	launch              +1   "launching", "just dropped", "new" beside an @mention
//	brand-in-context    +1   an @mention in a post with another signal for an ad
//	people-credit       -1   "photo by @x", "hair by @x"
//	personal            -2   "happy birthday", "my best friend", "our wedding"
//	charity             -2   "fundraiser", "donate", "charity"
//	appearance          -2   "tune in", "tonight on", "episode", "concert", "tickets"
//
// Each signal counts once, with its largest weight (the smallest, for one
// against an ad), and the score is their sum. AdThreshold is 3: one
// strong signal is an ad, or two weaker ones (a product credit beside a
// brand's account; an offer and a call to buy); a caption that says
// little, or whose signals for an ad are outweighed, reads as organic.
// Phrases match whole tokens after Check's normalization; at one place
// the longest phrase wins, and phrases that are no evidence ("thanks for
// the support", "coffee shop", "drop a comment") hide shorter readings.
//
// Measured on 503 real Instagram captions of 2017-2020 that people
// labelled as ads or not (per huber-2023 (Thales Bertaglia, Stefan Huber
// and others, "Closing the Loop", 2023); ties left out), one post at a
// time: precision 0.905, recall 0.576, F1 0.704; on instasynth's 40
// synthetic captions precision 0.909, recall 0.500. Ten of the ads found
// are one account's "<dish> from @restaurant" posts: without the "from @x"
// credit F1 there is 0.66, a fairer guess for other accounts. The reading
// cannot see what the text does not say: the image (a product worn without
// a tag), the platform's own "Paid partnership" tag, whether the creator's
// account is a brand's own account (a shop posting its own sale reads as
// an ad only when it says "our sale"), or a deal behind a bare @mention;
// nor can it tell a brand's account from a person's, so "thank you @x for
// this amazing animation" reads as thanks for a product. Most ads in that
// corpus carry no label and no code.
func (c *Checker) ReadAd(p Post) AdReading {
	brand := newBrandInfos(&p)
	var backing [16]adread.Evidence
	ev := backing[:0]
	c.eachAdLabel(&p, &brand, func(l Label) { ev = append(ev, labelEvidence(l)) })
	_, r := readAd(&p, &brand, ev)
	return r
}

// readAd scans p's caption for the ad reading's signals and scores them
// with the label evidence ev holds: the scan, for its mentions, codes and
// links, and the reading. brand is p's brand, read by newBrandInfos.
func readAd(p *Post, brand *brandInfo, ev []adread.Evidence) (adread.Scan[Evidence], AdReading) {
	sc := adread.ScanText(adread.Compiled(), p.Caption, brand, evidenceSpan(p.Caption))
	return sc, adReading(p.Caption, &sc.Found, ev)
}

// adReading scores what a scan found, with the label evidence ev holds,
// and returns the reading as the package's AdReading.
func adReading(caption string, found *adread.Found, ev []adread.Evidence) AdReading {
	score, ev := found.Read(ev)
	if len(ev) == 0 {
		return AdReading{Signals: []AdEvidence{}}
	}
	signals := make([]AdEvidence, len(ev))
	for i, e := range ev {
		signals[i] = AdEvidence{Signal: AdSignal(e.Signal), Weight: e.Weight, Start: e.Start, End: e.End, Text: caption[e.Start:e.End]}
	}
	return AdReading{Ad: score >= AdThreshold, Score: score, Signals: signals}
}

// labelEvidence is a label's AdLabel evidence, weighed by its clarity.
func labelEvidence(l Label) adread.Evidence {
	w := 0
	if int(l.Clarity) < len(adLabelWeights) {
		w = adLabelWeights[l.Clarity]
	}
	return adread.Evidence{Signal: adread.Label, Weight: w, Start: l.Start, End: l.End}
}

// evidenceSpan returns the function that makes a scan's Evidence of a
// span of caption.
func evidenceSpan(caption string) func(start, end int) Evidence {
	return func(start, end int) Evidence { return Evidence{Start: start, End: end, Text: caption[start:end]} }
}

// adLabels returns the disclosure labels c's Check finds in p, without a
// vague thank-you when p has no Brand: "Thank you @photographer" names no
// sponsor. brand is p's brand, read by newBrandInfos.
func (c *Checker) adLabels(p *Post, brand *brandInfo) []Label {
	var labels []Label
	c.eachAdLabel(p, brand, func(l Label) { labels = append(labels, l) })
	fillLabelsUTF16(labels, p.Caption)
	return labels
}

// eachAdLabel calls yield with each label adLabels returns, in caption
// order, without its UTF-16 span. It runs Check's scan of the caption,
// not its rules: the labels are the same (TestAdLabelsAreChecks holds
// them to it) at about half of Check's cost.
func (c *Checker) eachAdLabel(p *Post, brand *brandInfo, yield func(Label)) {
	m, _ := c.tableFor(p.Jurisdiction)
	var backing [8]foundLabel
	win := lex.GetWindow()
	defer lex.PutWindow(win)
	sc := c.scanPost(m, p.Caption, brand, backing[:0], win)
	for _, f := range sc.found {
		if f.kind != termLabel {
			continue
		}
		l := Label{Start: f.start, End: f.end, Text: p.Caption[f.start:f.end], Clarity: f.clarity, Connection: f.connection, Source: m.table.rowSource(f.row)}
		if p.Brand == "" && l.Clarity == Vague && isThanks(l.Text) {
			continue
		}
		yield(l)
	}
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

// adLabelWeights is AdLabel's weight by clarity: a clear label alone is
// an ad, and so is any disclosure attempt.
var adLabelWeights = [...]int{Clear: 6, Ambiguous: 4, Vague: 3}

// AdThreshold is the score at or above which [ReadAd] reads a post as an
// ad: one strong signal (a code, an affiliate link, a partnership, thanks
// for a product, the creator's own product), or two weaker ones (a
// product credit and a call to buy; an offer and a launch).
const AdThreshold = 3

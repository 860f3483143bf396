package disclosure

import (
	"sync"
	"unicode/utf8"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// Check lints p under c's policy. It is safe for concurrent use and never
// panics.
//
// Where a label must stand. Placement rules judge the post's best label: the earliest clear label,
// or where there is none, the earliest ambiguous one. A risky label
// buried among hashtags or past the fold ("#gifted" as the 2nd of four
// hashtags at the end) is still buried or late, and those findings keep
// their error severity (olg-celle-2017 (OLG Celle, 13 U 53/17) found
// "#ad" so placed inadequate). Once the best label is upfront, later labels need no
// placement. When it is both late and past the fold, only below-fold is
// reported. Other labels, emoji and punctuation before a label do not
// make it late. A hashtag run is the hashtags between two words or URLs;
// @mentions, emoji and punctuation do not break it.
//
// A disclosure sentence that opens the caption is upfront, even when its
// clearest words come later in it: "Links below are affiliate links: I
// earn a small commission if you buy through them" and "Company X gave
// me free product to try" disclose from their first word. The opening
// sentence runs to the first ".", "!" or "?" or line break after some
// text; it is a disclosure sentence when its first label is a statement
// (several tokens, starting and ending with a word: "affiliate links",
// "gave me free product", "sponsored by Glow Co") and only words run into
// that label: at most 6 of them, or 12 when they speak of buying or links
// ("If you buy something through the links below, I may earn a
// commission"), with no punctuation, hashtag or URL between. Every label
// of a disclosure sentence is upfront. A tag after other content is still
// late: in "Loving this serum, #ad" and "Loving it, sponsored by Glow Co"
// the label comes after content the follower reads first.
//
// The visible prefix is counted in characters as the platform counts them:
// Instagram 125, TikTok 150, Facebook 110 and LinkedIn 140 in UTF-16 units
// (an emoji outside the Basic Multilingual Plane is two), YouTube 100 and
// Pinterest 50 in code points (caption-truncation (The visible caption
// before a platform's "more" cut, as commonly reported by social-media
// guides)). A label starting at character
// 125 (0-based) on Instagram is below the fold; at 124 it is not. X,
// Twitch, Snapchat, Threads, blogs and UnknownPlatform have no fold.
//
// Spoken labels. When [Post.Transcript] is not empty, each Segment's Text is read like a
// caption with the post's jurisdiction's table, and its clear labels are
// the spoken ones ("This video is sponsored by Glow Co", "Ad:", "this is
// an ad"; "Werbung" in Germany). A label counts from its segment's Start;
// a transcript gives no finer timing. missing-verbal-disclosure fires
// when none starts within the first 30 seconds, inclusive: a label at
// 0:30.0 passes, at 0:30.1 it does not (mighty-micro ("The mighty
// micro-influencer", a small-business guide)). For Format Live,
// live-disclosure-gap fires for each stretch of more than 15 minutes
// (inclusive bound again) without one: from the start to the first label,
// between labels, and from the last label to the end ([Post.Duration], or
// the last segment's Start when later). [Options.VerbalWithin] and
// [Options.LiveGap] change both thresholds.
//
// A finding about the transcript has Start == End == 0, since those are
// caption offsets, no Fixes (what is said needs a person), and a
// Transcript span: the segment index and byte offsets of the spoken label
// it is about (the late first label, the label ending a gap; Segment -1
// when there is none) and the stretch of the video [From, To].
//
// Statements. Statements disclose as well as tags: no special wording is needed
// (ftc-faqs (FTC, "FTC's Endorsement Guides: What People Are Asking")). A
// plain statement that the creator was paid ("I was paid by
// Glow Co to...", "they paid me to review it"), was given the product
// ("Company X gave me free product to try", "<brand> sent me this for
// free", "cadeau gekregen van", "kostenlos zur Verfügung gestellt", "m'a
// offert", "me lo han regalado", "mi hanno regalato") or earns from the
// links is a clear label, with or without [Post.Brand], in every table's
// languages (a table that asks for its own language reports the others
// as language-mismatch). Only the creator speaking counts: copy addressed
// to the follower ("Earn a percentage back on every purchase with
// @card", "Get a cut of every sale you refer", "Make a few bucks on the
// side", "No extra cost to you: free shipping") is no disclosure, and
// denials ("nobody sent me this") are none either.
//
// Long descriptions (YouTube, Pinterest, blogs) disclose affiliate links
// in sentences. An explanation that the creator earns ("I receive a small
// commission if you buy through these links", "I may earn a commission",
// "at no extra cost to you", "earn advertising fees") is a Clear label
// with [Connection] Affiliate. A bare mention that links are affiliate
// links ("Affiliate links below", "(affiliate)", "some links may be
// affiliate", "(aff link)", "#afflink", "{affiliate}", "image-affiliate
// link") and a plea to support the creator by buying through them
// ("Support the channel by shopping through my link", "Shop on Amazon to
// support my channel": support tied to buying or a link in the same
// sentence) are Ambiguous under
// the FTC (Mathur, Narayanan and Chetty, CSCW 2018, found them poorly
// understood) and Vague in the UK, where "affiliate" alone is inadequate.
// Denials ("not affiliated with", "I don't get a commission") and topics
// ("how affiliate marketing works", "support the channel by subscribing")
// are no label. TestMathurCorpus measures this on the 2,250 YouTube
// descriptions of mathur-2018 (Arunesh Mathur, Arvind Narayanan, Marshini
// Chetty, "Endorsements on Social Media", 2018), when the project's
// evaluation corpora are beside the repository.
//
// A check runs in four stages, each producing a plain value the next
// reads: the caption's normalized tokens and the labels they match
// ([Checker.scanPost]), the facts the rules read about those labels
// ([captionFacts]), the findings of each rule of the registry and the
// [Report] with its fixes.
func (c *Checker) Check(p Post) Report {
	m, fallback := c.tableFor(p.Jurisdiction)
	brand := newBrandInfos(&p)
	out := getFindingSet(m)
	defer out.release()
	var backing [8]foundLabel
	sc := c.scanPost(m, p.Caption, &brand, backing[:0], &out.win)
	in := c.facts(&p, m, sc, fallback)
	if c.needs&(needSpoken|needSpokenDenial) != 0 && len(p.Transcript) > 0 && p.Connection != NoConnection {
		in.spoken, in.spokenDenial = c.spokenLabels(m, p, &brand, &out.win)
	}
	for id := range numRules {
		if !c.off[id] {
			id.check(&in, out)
		}
	}
	return out.report(c, p.Caption, sc.found)
}

// tableFor returns the compiled table of j, or the US one with fallback
// set for a value outside the declared constants.
func (c *Checker) tableFor(j Jurisdiction) (m *matcher, fallback bool) {
	if int(j) < len(c.tables) && c.tables[j] != nil {
		return c.tables[j], false
	}
	return c.tables[US], true
}

// captionFacts is what the rules read about a post: its labels, found by
// the scan, and the facts derived from them once. No rule reads the
// caption's tokens.
type captionFacts struct {
	post   *Post
	table  *termTable
	policy *Checker
	// found lists the terms the scan found: labels, editing labels and
	// claims, in caption order.
	found []foundLabel
	// editing: an editing label ("#filtered") was found.
	editing bool
	// best is the index in found of the label the placement rules judge:
	// the earliest clear label, or where there is none the earliest
	// ambiguous one; -1 for neither. clear says found[best] is clear.
	best  int
	clear bool
	// ambiguous and vague say some label of that clarity was found.
	ambiguous, vague bool
	// fallback: the post's Jurisdiction has no table; table is the US one.
	fallback bool
	// spoken lists the transcript's clear labels by time, for the rules
	// that need them (needSpoken); empty without a transcript, for a
	// NoConnection post, or when every such rule is off.
	spoken []spokenLabel
	// denial is the caption's first denial: where it says the post is
	// not sponsored (readDenials); none when its end is 0.
	denial denialSpan
	// spokenDenial is the transcript's first denial, for the rules that
	// need it (needSpokenDenial), read with the spoken labels.
	spokenDenial spokenDenial
	// fold is where the best label stands against the platform's fold,
	// for the rules that need it (needFold); the zero value when the post
	// is not placed or every such rule is off.
	fold foldFact
}

// foldFact is where the best label starts against the platform's fold.
type foldFact struct {
	// at is the character (counted from 1) at which the best label
	// starts, exact only when past is set; chars is the platform's fold.
	at, chars int
	// past: the label starts at or past the fold.
	past bool
}

// facts derives the rules' facts from a scan.
func (c *Checker) facts(p *Post, m *matcher, sc scan, fallback bool) captionFacts {
	in := captionFacts{post: p, table: m.table, policy: c, found: sc.found, editing: sc.editing, denial: sc.denial, best: -1, fallback: fallback}
	for i, f := range sc.found {
		if f.kind != termLabel {
			continue
		}
		if f.clarity == Ambiguous && p.Connection == Gift && f.connection == Gift && m.table.giftClear(f) {
			// The declared gift is what "#gifted" says (giftClear): the
			// label the report lists is clear too.
			sc.found[i].clarity = Clear
			f.clarity = Clear
		}
		switch f.clarity {
		case Clear:
			if !in.clear {
				in.best, in.clear = i, true
			}
		case Ambiguous:
			in.ambiguous = true
			if in.best < 0 {
				in.best = i
			}
		case Vague:
			in.vague = true
		}
	}
	if c.needs&needFold != 0 && in.placed() {
		in.fold.at, in.fold.chars, in.fold.past = in.pastFold()
	}
	return in
}

// isSpaceByte reports an ASCII byte the tokenizer treats as a separator.
func isSpaceByte(b byte) bool {
	return b < utf8.RuneSelf && lex.ASCIIClass(b) == lex.ClassSpace
}

// findingSets recycles findingSets between checks, so that a check's
// scratch space costs no allocation. It holds no state a check can see.
var findingSets = sync.Pool{New: func() any {
	return &findingSet{
		findings: make([]pendingFinding, 0, 8),
		fixes:    make([]pendingFix, 0, 16),
		edits:    make([]pendingEdit, 0, 24),
		buf:      make([]byte, 0, 512),
	}
}}

// maxPooledFindings bounds the findings a pooled findingSet keeps room
// for: one megabyte of "#spon" is not kept for the next check.
const maxPooledFindings = 1 << 10

// getFindingSet returns an empty findingSet for a check against m's table.
func getFindingSet(m *matcher) *findingSet {
	s := findingSets.Get().(*findingSet)
	s.table = m
	return s
}

// release empties s and returns it to the pool.
func (s *findingSet) release() {
	if cap(s.findings) > maxPooledFindings {
		return
	}
	s.table = nil
	s.findings, s.fixes, s.edits, s.buf = s.findings[:0], s.fixes[:0], s.edits[:0], s.buf[:0]
	findingSets.Put(s)
}

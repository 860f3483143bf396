package disclosure

import (
	"slices"
	"time"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// DefaultVerbalWithin is how early a video's first spoken disclosure must
// start: within its first 30 seconds (the checklist of mighty-micro ("The
// mighty micro-influencer", a small-business guide): "verbal disclosure in
// videos within the first 30 seconds"). [Options.VerbalWithin]
// overrides it.
const DefaultVerbalWithin = 30 * time.Second

// DefaultLiveGap is the longest a live stream may go without a spoken
// disclosure: 15 minutes (ftc-101 (FTC, "Disclosures 101 for Social Media
// Influencers") and ftc-faqs (FTC, "FTC's Endorsement Guides: What People
// Are Asking"): in a live stream, repeat the disclosure periodically; the 15 minutes are this package's reading
// of "periodically"). [Options.LiveGap] overrides it.
const DefaultLiveGap = 15 * time.Minute

// TranscriptSpan says where in [Post.Transcript] a finding applies. A
// Finding about the transcript has Start == End == 0 (they are caption
// offsets) and a non-nil Transcript.
type TranscriptSpan struct {
	// Segment indexes [Post.Transcript]: the segment holding the spoken
	// label the finding is about (the late first label, or the label that
	// ends a gap), or -1 when there is none (nothing was said, or the gap
	// runs to the end of the stream).
	Segment int
	// Start and End are byte offsets into that segment's Text, [Start,
	// End), spanning the spoken label; 0, 0 when Segment is -1.
	Start, End int
	// From and To bound the stretch of the video the finding is about,
	// measured from its beginning: [0, 30s] for missing-verbal-disclosure,
	// the silent stretch for live-disclosure-gap.
	From, To time.Duration
}

// spokenLabel is a clear label found in a transcript segment.
type spokenLabel struct {
	segment    int
	start, end int // byte offsets into the segment's Text
	at         time.Duration
}

// formatDuration writes d as "m:ss" or "h:mm:ss", with tenths of a second
// when d has them ("0:30.1").
func formatDuration(d time.Duration) string {
	var b [16]byte
	return string(appendDuration(b[:0], d))
}

// spoken is what a reading of every segment of a transcript found.
type spoken struct {
	// labels are the clear labels said, sorted by time.
	labels []spokenLabel
	// denial is the earliest denial said, when denied.
	denial spokenLabel
	denied bool
	// ai: some segment says the content is AI-made ("this video was made
	// with AI").
	ai bool
	// product is the first product word of the first segment that says
	// one; its category is UnknownCategory for none.
	product productWord
}

// spokenLabels reads every segment of p's transcript like a caption
// ([Checker.readText]): its clear labels, sorted by time, the earliest
// denial said, whether it says the content is AI-made, and its first
// product word. A label is said at its segment's Start: a transcript
// gives no finer timing. Negative starts count as 0. win is the caption
// scan's token window.
func (c *Checker) spokenLabels(m *matcher, p *Post, brand *brandInfo, win *lex.Window) spoken {
	var s spoken
	var backing [8]foundLabel
	for i, seg := range p.Transcript {
		sc := c.readText(m, seg.Text, brand, backing[:0], win)
		s.ai = s.ai || sc.ai
		if s.product.category == UnknownCategory {
			s.product = productIn(m.table, sc.found, i)
		}
		for _, f := range sc.found {
			at := max(seg.Start, 0)
			switch {
			case f.kind == termLabel && f.clarity == Clear:
				s.labels = append(s.labels, spokenLabel{segment: i, start: f.start, end: f.end, at: at})
			case f.kind == termDenial && (!s.denied || at < s.denial.at):
				s.denial, s.denied = spokenLabel{segment: i, start: f.start, end: f.end, at: at}, true
			}
		}
	}
	slices.SortStableFunc(s.labels, func(a, b spokenLabel) int {
		switch {
		case a.at < b.at:
			return -1
		case a.at > b.at:
			return 1
		}
		return 0
	})
	return s
}

// spokenAIOrProduct reads the segments of p's transcript in order until
// it has what it is asked: whether some segment says the content is
// AI-made (wantAI), and the first product word said (wantProduct). It is
// the reading of a post whose transcript spokenLabels does not read.
// win is the scans' token window, the caller's.
func (c *Checker) spokenAIOrProduct(m *matcher, p *Post, brand *brandInfo, win *lex.Window, wantAI, wantProduct bool) (ai bool, product productWord) {
	var backing [8]foundLabel
	for i, seg := range p.Transcript {
		if !wantAI && !wantProduct {
			break
		}
		sc := c.scanText(m, seg.Text, brand, backing[:0], win)
		if wantAI && sc.ai {
			ai, wantAI = true, false
		}
		if wantProduct {
			if product = productIn(m.table, sc.found, i); product.category != UnknownCategory {
				wantProduct = false
			}
		}
	}
	return ai, product
}

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

// spokenLabels finds the clear labels of every segment of p's transcript,
// sorted by time, and the earliest denial said (denied false for none):
// each segment is read like a caption ([Checker.readText]). A label is
// said at its segment's Start: a transcript gives no finer timing.
// Negative starts count as 0. win is the caption scan's token window.
func (c *Checker) spokenLabels(m *matcher, p *Post, brand *brandInfo, win *lex.Window) (labels []spokenLabel, denial spokenLabel, denied bool) {
	var backing [8]foundLabel
	for i, seg := range p.Transcript {
		sc := c.readText(m, seg.Text, brand, backing[:0], win)
		for _, f := range sc.found {
			at := max(seg.Start, 0)
			switch {
			case f.kind == termLabel && f.clarity == Clear:
				labels = append(labels, spokenLabel{segment: i, start: f.start, end: f.end, at: at})
			case f.kind == termDenial && (!denied || at < denial.at):
				denial, denied = spokenLabel{segment: i, start: f.start, end: f.end, at: at}, true
			}
		}
	}
	slices.SortStableFunc(labels, func(a, b spokenLabel) int {
		switch {
		case a.at < b.at:
			return -1
		case a.at > b.at:
			return 1
		}
		return 0
	})
	return labels, denial, denied
}

// spokenAILabel reports whether some segment of p's transcript says the
// content is AI-made ("this video was made with AI"). win is the scans'
// token window, the caller's.
func (c *Checker) spokenAILabel(m *matcher, p *Post, brand *brandInfo, win *lex.Window) bool {
	var backing [8]foundLabel
	for _, seg := range p.Transcript {
		if c.scanText(m, seg.Text, brand, backing[:0], win).ai {
			return true
		}
	}
	return false
}

package disclosure

import (
	"slices"
	"strconv"
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

// spokenDenial is a denial said in a transcript segment.
type spokenDenial struct {
	segment int
	span    denialSpan // byte offsets into the segment's Text
}

// spokenLabels finds the clear labels of every segment, sorted by time,
// and the earliest denial said (by segment Start, then order). A label is
// said at its segment's Start: a transcript gives no finer timing.
// Negative starts count as 0. win is the scans' token window, the
// caller's.
func (c *Checker) spokenLabels(m *matcher, p Post, brand *brandInfo, win *lex.Window) ([]spokenLabel, spokenDenial) {
	var labels []spokenLabel
	var denial spokenDenial
	var backing [8]foundLabel
	for i, seg := range p.Transcript {
		sc := c.readText(m, seg.Text, brand, backing[:0], win)
		if sc.denial.found() && (!denial.span.found() || max(seg.Start, 0) < max(p.Transcript[denial.segment].Start, 0)) {
			denial = spokenDenial{segment: i, span: sc.denial}
		}
		for _, f := range sc.found {
			if f.kind == termLabel && f.clarity == Clear {
				labels = append(labels, spokenLabel{segment: i, start: f.start, end: f.end, at: max(seg.Start, 0)})
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
	return labels, denial
}

// formatDuration writes d as "m:ss" or "h:mm:ss", with tenths of a second
// when d has them ("0:30.1").
func formatDuration(d time.Duration) string {
	if d < 0 {
		d = 0
	}
	tenths := int64(d / (100 * time.Millisecond))
	s := tenths / 10
	h, m, sec := s/3600, s/60%60, s%60
	var b []byte
	if h > 0 {
		b = strconv.AppendInt(b, h, 10)
		b = append(b, ':')
		if m < 10 {
			b = append(b, '0')
		}
	}
	b = strconv.AppendInt(b, m, 10)
	b = append(b, ':')
	if sec < 10 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, sec, 10)
	if t := tenths % 10; t != 0 {
		b = append(b, '.', byte('0'+t))
	}
	return string(b)
}

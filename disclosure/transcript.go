package disclosure

import (
	"slices"
	"strconv"
	"time"

	"github.com/influencekit/influencekit"
)

// DefaultVerbalWithin is how early a video's first spoken disclosure must
// start: within its first 30 seconds (mighty-micro's checklist: "verbal
// disclosure in videos within the first 30 seconds"). Options.VerbalWithin
// overrides it.
const DefaultVerbalWithin = 30 * time.Second

// DefaultLiveGap is the longest a live stream may go without a spoken
// disclosure: 15 minutes (ftc-101 and ftc-faqs: in a live stream, repeat
// the disclosure periodically; the 15 minutes are this package's reading
// of "periodically"). Options.LiveGap overrides it.
const DefaultLiveGap = 15 * time.Minute

// TranscriptSpan says where in Post.Transcript a finding applies. A
// Finding about the transcript has Start == End == 0 (they are caption
// offsets) and a non-nil Transcript.
type TranscriptSpan struct {
	// Segment indexes Post.Transcript: the segment holding the spoken
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

// spokenLabels finds the clear labels of every segment, sorted by time.
// A label is said at its segment's Start: a transcript gives no finer
// timing. Negative starts count as 0.
func (c *Checker) spokenLabels(m *matcher, p Post, brand *brandInfo) []spokenLabel {
	var labels []spokenLabel
	var backing [8]foundLabel
	for i, seg := range p.Transcript {
		sc := c.scanCaption(m, seg.Text, brand, backing[:0])
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
	return labels
}

// transcriptFindings applies missing-verbal-disclosure and, for a live
// stream, live-disclosure-gap. A post without a transcript gets neither.
func (c *Checker) transcriptFindings(m *matcher, p Post, brand *brandInfo, add func(id ruleID, msg string, span *TranscriptSpan)) {
	if len(p.Transcript) == 0 || (c.off[idMissingVerbal] && c.off[idLiveGap]) {
		return
	}
	labels := c.spokenLabels(m, p, brand)
	t := m.table
	within := c.verbalWithin
	if len(labels) == 0 {
		add(idMissingVerbal,
			message("no spoken disclosure in the transcript: say %q (or another clear label) in the first %s of the video", t.defaultLabel, formatDuration(within)),
			&TranscriptSpan{Segment: -1, To: within})
	} else if first := labels[0]; first.at > within {
		text := p.Transcript[first.segment].Text[first.start:first.end]
		add(idMissingVerbal,
			message("the first spoken disclosure, %q, comes at %s (segment %s): say it in the first %s of the video",
				text, formatDuration(first.at), strconv.Itoa(first.segment), formatDuration(within)),
			&TranscriptSpan{Segment: first.segment, Start: first.start, End: first.end, To: within})
	}
	if p.Format != influencekit.Live {
		return
	}
	end := p.Duration
	for _, seg := range p.Transcript {
		end = max(end, seg.Start)
	}
	gap := c.liveGap
	prev := time.Duration(0)
	for _, l := range labels {
		if l.at-prev > gap {
			text := p.Transcript[l.segment].Text[l.start:l.end]
			add(idLiveGap,
				message("no spoken disclosure for %s, from %s until %q at %s: repeat it at least every %s of a live stream",
					formatDuration(l.at-prev), formatDuration(prev), text, formatDuration(l.at), formatDuration(gap)),
				&TranscriptSpan{Segment: l.segment, Start: l.start, End: l.end, From: prev, To: l.at})
		}
		prev = l.at
	}
	if end-prev > gap {
		add(idLiveGap,
			message("no spoken disclosure for the last %s of the stream, from %s to its end at %s: repeat it at least every %s of a live stream",
				formatDuration(end-prev), formatDuration(prev), formatDuration(end), formatDuration(gap)),
			&TranscriptSpan{Segment: -1, From: prev, To: end})
	}
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

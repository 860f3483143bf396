package disclosure

import "time"

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

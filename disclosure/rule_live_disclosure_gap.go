package disclosure

import (
	"time"

	"github.com/influencekit/influencekit"
)

// RuleLiveDisclosureGap (error): in a Live post's transcript, clear
// spoken labels are more than 15 minutes ([Options.LiveGap]) apart, or
// that far from the start or the end. One finding per gap.
const RuleLiveDisclosureGap Rule = "live-disclosure-gap"

// ruleLiveDisclosureGap declares live-disclosure-gap. It needs the spoken
// labels.
var ruleLiveDisclosureGap = ruleSpec{
	rule:     RuleLiveDisclosureGap,
	severity: influencekit.SeverityError,
	sources:  []string{"ftc-faqs"},
	needs:    needSpoken,
}

// checkLiveDisclosureGap applies [RuleLiveDisclosureGap]: in a Live post's
// transcript, clear spoken labels more than [Options].LiveGap (or the
// pack's "live-gap") apart, or
// that far from the start or the end of the stream. One finding per gap.
func checkLiveDisclosureGap(in *captionFacts, out *findingSet) {
	p := in.post
	if len(p.Transcript) == 0 || p.Connection == NoConnection || p.Format != influencekit.Live {
		return
	}
	end := p.Duration
	for _, seg := range p.Transcript {
		end = max(end, seg.Start)
	}
	gap := in.liveGap()
	prev := time.Duration(0)
	for _, l := range in.spoken {
		if l.at-prev > gap {
			text := p.Transcript[l.segment].Text[l.start:l.end]
			out.addTranscript(idLiveDisclosureGap,
				out.message("no spoken disclosure for %s, from %s until %q at %s: repeat it at least every %s of a live stream",
					formatDuration(l.at-prev), formatDuration(prev), text, formatDuration(l.at), formatDuration(gap)),
				&TranscriptSpan{Segment: l.segment, Start: l.start, End: l.end, From: prev, To: l.at})
		}
		prev = l.at
	}
	if end-prev > gap {
		out.addTranscript(idLiveDisclosureGap,
			out.message("no spoken disclosure for the last %s of the stream, from %s to its end at %s: repeat it at least every %s of a live stream",
				formatDuration(end-prev), formatDuration(prev), formatDuration(end), formatDuration(gap)),
			&TranscriptSpan{Segment: -1, From: prev, To: end})
	}
}

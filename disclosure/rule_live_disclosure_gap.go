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
	when:     factTranscript,
	messages: []string{
		gapBeforeLabel: "no spoken disclosure for {length}, from {from} until {spoken} at {to}: repeat it at least every {gap} of a live stream",
		gapToEnd:       "no spoken disclosure for the last {length} of the stream, from {from} to its end at {to}: repeat it at least every {gap} of a live stream",
	},
}

// live-disclosure-gap's messages.
const (
	gapBeforeLabel = iota // a gap that a spoken label ends
	gapToEnd              // a gap that runs to the end of the stream
)

// checkLiveDisclosureGap applies [RuleLiveDisclosureGap]: in a Live post's
// transcript, clear spoken labels more than [Options].LiveGap (or the
// pack's "live-gap") apart, or
// that far from the start or the end of the stream. One finding per gap.
func checkLiveDisclosureGap(in *ruleContext, out []record) []record {
	if len(in.transcript) == 0 || in.connection == NoConnection || in.format != influencekit.Live {
		return out
	}
	end := in.duration
	for _, seg := range in.transcript {
		end = max(end, seg.Start)
	}
	prev := time.Duration(0)
	for i, l := range in.spoken {
		if l.at-prev > in.liveGap {
			out = append(out, record{id: idLiveDisclosureGap, msg: gapBeforeLabel, transcript: true, label: -1, spoken: int32(i), from: prev, to: l.at})
		}
		prev = l.at
	}
	if end-prev > in.liveGap {
		out = append(out, record{id: idLiveDisclosureGap, msg: gapToEnd, transcript: true, label: -1, spoken: -1, from: prev, to: end})
	}
	return out
}

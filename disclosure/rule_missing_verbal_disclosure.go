package disclosure

import (
	"strconv"

	"github.com/influencekit/influencekit"
)

// RuleMissingVerbalDisclosure (error): a transcript has no clear spoken
// label starting in its first 30 seconds ([Options.VerbalWithin]).
// [Finding.Transcript] says where the first label is, if any.
const RuleMissingVerbalDisclosure Rule = "missing-verbal-disclosure"

// ruleMissingVerbalDisclosure declares missing-verbal-disclosure. It needs
// the spoken labels.
var ruleMissingVerbalDisclosure = ruleSpec{
	rule:     RuleMissingVerbalDisclosure,
	severity: influencekit.SeverityError,
	sources:  []string{"mighty-micro"},
	needs:    needSpoken,
}

// checkMissingVerbalDisclosure applies [RuleMissingVerbalDisclosure]: a
// transcript whose first clear spoken label starts later than
// [Options].VerbalWithin or the pack's "verbal-within", or that has none. A post without a transcript,
// or declaring [NoConnection], gets no finding.
func checkMissingVerbalDisclosure(in *captionFacts, out *findingSet) {
	p := in.post
	if len(p.Transcript) == 0 || p.Connection == NoConnection {
		return
	}
	within := in.verbalWithin()
	if len(in.spoken) == 0 {
		out.addTranscript(idMissingVerbalDisclosure,
			out.message("no spoken disclosure in the transcript: say %q (or another clear label) in the first %s of the video", in.table.defaultLabel, formatDuration(within)),
			&TranscriptSpan{Segment: -1, To: within})
		return
	}
	if first := in.spoken[0]; first.at > within {
		text := p.Transcript[first.segment].Text[first.start:first.end]
		out.addTranscript(idMissingVerbalDisclosure,
			out.message("the first spoken disclosure, %q, comes at %s (segment %s): say it in the first %s of the video",
				text, formatDuration(first.at), strconv.Itoa(first.segment), formatDuration(within)),
			&TranscriptSpan{Segment: first.segment, Start: first.start, End: first.end, To: within})
	}
}

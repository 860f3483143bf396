package disclosure

import "github.com/influencekit/influencekit"

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
	when:     factTranscript,
	messages: []string{
		verbalNone: "no spoken disclosure in the transcript: say {default} (or another clear label) in the first {to} of the video",
		verbalLate: "the first spoken disclosure, {spoken}, comes at {spoken-at} (segment {segment}): say it in the first {to} of the video",
	},
}

// missing-verbal-disclosure's messages.
const (
	verbalNone = iota // no spoken label at all
	verbalLate        // the first comes too late
)

// checkMissingVerbalDisclosure applies [RuleMissingVerbalDisclosure]: a
// transcript whose first clear spoken label starts later than
// [Options].VerbalWithin or the pack's "verbal-within", or that has none. A post without a transcript,
// or declaring [NoConnection], gets no finding.
func checkMissingVerbalDisclosure(in *ruleContext, out []record) []record {
	if len(in.transcript) == 0 || in.connection == NoConnection {
		return out
	}
	switch {
	case len(in.spoken) == 0:
		out = append(out, record{id: idMissingVerbalDisclosure, msg: verbalNone, transcript: true, label: -1, spoken: -1, to: in.verbalWithin})
	case in.spoken[0].at > in.verbalWithin:
		out = append(out, record{id: idMissingVerbalDisclosure, msg: verbalLate, transcript: true, label: -1, spoken: 0, to: in.verbalWithin})
	}
	return out
}

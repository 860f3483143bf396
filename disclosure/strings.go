package disclosure

import (
	"strconv"

	"github.com/influencekit/influencekit"
)

// String returns f on one line for a log, in the manner of a compiler
// diagnostic: its span, severity, rule and message.
//
//	46-49 error buried-disclosure: the label "#ad" is one of 3 hashtags in a row, ...
//	error missing-disclosure: no disclosure label: add a clear label such as "#ad" ...
//	transcript[1] 0:00-0:30 error missing-verbal-disclosure: the first spoken disclosure, ...
//
// The span is in bytes of the caption, [Start, End); a finding about the
// whole caption has none, and one about the transcript gives the segment
// (none when no segment holds a label) and the stretch of the video.
func (f Finding) String() string {
	var b []byte
	switch {
	case f.Transcript != nil:
		b = append(b, "transcript"...)
		if f.Transcript.Segment >= 0 {
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(f.Transcript.Segment), 10)
			b = append(b, ']')
		}
		b = append(b, ' ')
		b = append(b, formatDuration(f.Transcript.From)...)
		b = append(b, '-')
		b = append(b, formatDuration(f.Transcript.To)...)
		b = append(b, ' ')
	case f.Start != 0 || f.End != 0:
		b = strconv.AppendInt(b, int64(f.Start), 10)
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(f.End), 10)
		b = append(b, ' ')
	}
	b = append(b, f.Severity.String()...)
	b = append(b, ' ')
	b = append(b, f.Rule...)
	b = append(b, ": "...)
	b = append(b, f.Message...)
	return string(b)
}

// String summarizes r on one line for a log: whether it is compliant, how
// many findings of each severity, and how many labels.
//
//	compliant: no findings, 1 label
//	not compliant: 3 findings (2 errors, 1 warning), 1 label
//	not compliant: 1 finding (1 error), no labels
//
// Print each Finding for the details.
func (r Report) String() string {
	var b []byte
	if r.Compliant() {
		b = append(b, "compliant: "...)
	} else {
		b = append(b, "not compliant: "...)
	}
	b = appendCount(b, len(r.Findings), "finding", "findings")
	if len(r.Findings) > 0 {
		var bySeverity [influencekit.SeverityError + 1]int
		other := 0
		for _, f := range r.Findings {
			if f.Severity <= influencekit.SeverityError {
				bySeverity[f.Severity]++
			} else {
				other++
			}
		}
		b = append(b, " ("...)
		sep := false
		for _, s := range []struct {
			n           int
			one, plural string
		}{
			{bySeverity[influencekit.SeverityError], "error", "errors"},
			{bySeverity[influencekit.SeverityWarning], "warning", "warnings"},
			{bySeverity[influencekit.SeverityInfo], "info", "infos"},
			{other, "of another severity", "of other severities"},
		} {
			if s.n == 0 {
				continue
			}
			if sep {
				b = append(b, ", "...)
			}
			b = strconv.AppendInt(b, int64(s.n), 10)
			b = append(b, ' ')
			if s.n == 1 {
				b = append(b, s.one...)
			} else {
				b = append(b, s.plural...)
			}
			sep = true
		}
		b = append(b, ')')
	}
	b = append(b, ", "...)
	b = appendCount(b, len(r.Disclosures), "label", "labels")
	return string(b)
}

// appendCount appends "no <plural>", "1 <one>" or "N <plural>".
func appendCount(b []byte, n int, one, plural string) []byte {
	switch n {
	case 0:
		b = append(b, "no "...)
		return append(b, plural...)
	case 1:
		b = append(b, "1 "...)
		return append(b, one...)
	}
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, ' ')
	return append(b, plural...)
}

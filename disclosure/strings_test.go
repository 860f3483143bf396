package disclosure

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"

	"github.com/influencekit/influencekit"
)

func TestFindingString(t *testing.T) {
	rows := []struct {
		why  string
		f    Finding
		want string
	}{
		{"a finding on a span of the caption starts with its byte offsets",
			Finding{Rule: RuleBuriedDisclosure, Severity: influencekit.SeverityError, Start: 38, End: 41, Message: "move it"},
			"38-41 error buried-disclosure: move it"},
		{"a finding about the whole caption has no span",
			Finding{Rule: RuleMissingDisclosure, Severity: influencekit.SeverityError, Message: "add #ad"},
			"error missing-disclosure: add #ad"},
		{"a finding about the transcript names the segment and the stretch of video",
			Finding{Rule: RuleMissingVerbalDisclosure, Severity: influencekit.SeverityError, Message: "say it",
				Transcript: &TranscriptSpan{Segment: 1, Start: 0, End: 9, To: 30 * time.Second}},
			"transcript[1] 0:00-0:30 error missing-verbal-disclosure: say it"},
		{"a transcript finding with no segment (a gap to the end) names none",
			Finding{Rule: RuleLiveDisclosureGap, Severity: influencekit.SeverityError, Message: "repeat it",
				Transcript: &TranscriptSpan{Segment: -1, From: 20 * time.Minute, To: time.Hour + 1500*time.Millisecond}},
			"transcript 20:00-1:00:01.5 error live-disclosure-gap: repeat it"},
		{"a warning", Finding{Rule: RuleUnsubstantiatedClaim, Severity: influencekit.SeverityWarning, Start: 4, End: 21, Message: "support it"},
			"4-21 warning unsubstantiated-claim: support it"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			assert.Equal(t, row.want, row.f.String())
		})
	}
}

func TestReportString(t *testing.T) {
	rows := []struct {
		why  string
		post Post
		want string
	}{
		{why: "a clean post", post: Post{Caption: "#ad Loving this serum"}, want: "compliant: no findings, 1 label"},
		{why: "several findings are counted by severity, errors first",
			post: Post{Caption: "Loving this serum, clinically proven #ad"},
			want: "not compliant: 2 findings (1 error, 1 warning), 1 label"},
		{why: "a post with no label", post: Post{Caption: "Loving this serum"},
			want: "not compliant: 1 finding (1 error), no labels"},
		{why: "warnings alone keep a post compliant", post: Post{Caption: "#ad clinically proven, guaranteed results"},
			want: "compliant: 2 findings (2 warnings), 1 label"},
		{why: "an info", post: Post{Caption: "#ad fine", Jurisdiction: Jurisdiction(200)},
			want: "compliant: 1 finding (1 info), 1 label"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			assert.Equal(t, row.want, Check(row.post).String())
		})
	}
	assert.Equal(t, "compliant: no findings, no labels", Report{}.String(), "the zero Report")
}

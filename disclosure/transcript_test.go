package disclosure_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

const (
	missingVerbal = disclosure.RuleMissingVerbalDisclosure
	liveGap       = disclosure.RuleLiveDisclosureGap
)

// sec is a duration in seconds with tenths: sec(29.9).
func sec(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }

func TestTranscriptVerbalDisclosure(t *testing.T) {
	caption := "#ad new serum"
	intro := disclosure.Segment{Start: 0, Text: "Hey everyone, welcome back to my channel"}
	rows := []struct {
		why        string
		transcript []disclosure.Segment
		format     influencekit.Format
		jur        disclosure.Jurisdiction
		rules      []disclosure.Rule
		span       *disclosure.TranscriptSpan
	}{
		{why: "no transcript: no spoken rule applies"},
		{why: "a label in the first segment", transcript: []disclosure.Segment{{Start: 0, Text: "This video is sponsored by Glow Co."}}},
		{why: "a label at 29.9 s is within the first 30 s", transcript: []disclosure.Segment{intro, {Start: sec(29.9), Text: "Quick note: this is an ad."}}},
		{why: "a label at exactly 30 s is within them: the bound is inclusive", transcript: []disclosure.Segment{intro, {Start: sec(30), Text: "Quick note: this video is sponsored."}}},
		{why: "a label at 30.1 s is too late", transcript: []disclosure.Segment{intro, {Start: sec(30.1), Text: "Quick note: this video is sponsored."}},
			rules: []disclosure.Rule{missingVerbal}, span: &disclosure.TranscriptSpan{Segment: 1, Start: 12, End: 35, To: sec(30)}},
		{why: "no spoken label at all", transcript: []disclosure.Segment{intro, {Start: sec(5), Text: "Let's get into it"}},
			rules: []disclosure.Rule{missingVerbal}, span: &disclosure.TranscriptSpan{Segment: -1, To: sec(30)}},
		{why: "a vague spoken label does not count", transcript: []disclosure.Segment{{Start: 0, Text: "Big thanks to my partner for this"}, {Start: sec(40), Text: "Paid partnership with Glow Co"}},
			rules: []disclosure.Rule{missingVerbal}, span: &disclosure.TranscriptSpan{Segment: 1, Start: 0, End: 29, To: sec(30)}},
		{why: "a denial is no label, and denies a connection", transcript: []disclosure.Segment{{Start: 0, Text: "This is not sponsored, I bought it myself"}},
			rules: []disclosure.Rule{disclosure.RuleDeniedConnection, missingVerbal}, span: &disclosure.TranscriptSpan{Segment: 0, Start: 8, End: 21}},
		{why: "segments out of order are read by time", transcript: []disclosure.Segment{{Start: sec(90), Text: "more later"}, {Start: sec(10), Text: "Ad: Glow Co paid for this video"}}},
		{why: "German: a spoken Werbung counts", jur: disclosure.DE, transcript: []disclosure.Segment{{Start: sec(3), Text: "Werbung: Glow Co hat dieses Video bezahlt"}}},
		{why: "German: a spoken \"sponsored\" is not clear there", jur: disclosure.DE, transcript: []disclosure.Segment{{Start: sec(3), Text: "This video is sponsored"}},
			rules: []disclosure.Rule{missingVerbal}, span: &disclosure.TranscriptSpan{Segment: -1, To: sec(30)}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			p := disclosure.Post{Caption: caption, Transcript: row.transcript, Format: row.format, Jurisdiction: row.jur, Brand: "Glow Co"}
			if row.jur == disclosure.DE {
				p.Caption = "Werbung neues Serum"
			}
			r := disclosure.Check(p)
			assert.Equal(t, row.rules, ruleList(r))
			assertWellFormed(t, p, r)
			if row.span != nil {
				require.NotEmpty(t, r.Findings)
				assert.Equal(t, row.span, r.Findings[0].Transcript)
				assert.Equal(t, 0, r.Findings[0].Start, "Start and End are caption offsets")
				assert.Equal(t, 0, r.Findings[0].End)
				assert.Empty(t, r.Findings[0].Fixes, "what is said in a video needs a person")
			}
		})
	}
}

func TestTranscriptLiveGaps(t *testing.T) {
	label := func(at time.Duration) disclosure.Segment {
		return disclosure.Segment{Start: at, Text: "reminder: this stream is sponsored by Glow Co"}
	}
	chat := func(at time.Duration) disclosure.Segment {
		return disclosure.Segment{Start: at, Text: "thanks for the follows"}
	}
	rows := []struct {
		why        string
		transcript []disclosure.Segment
		duration   time.Duration
		format     influencekit.Format
		spans      []disclosure.TranscriptSpan // of the live-disclosure-gap findings, in order
	}{
		{why: "labels every 15 minutes exactly: no gap is longer", format: influencekit.Live, duration: 45 * time.Minute,
			transcript: []disclosure.Segment{label(0), label(15 * time.Minute), label(30 * time.Minute), chat(40 * time.Minute)}},
		{why: "15 minutes and a tenth between labels is a gap", format: influencekit.Live, duration: 20 * time.Minute,
			transcript: []disclosure.Segment{label(0), chat(time.Minute), label(15*time.Minute + sec(0.1))},
			spans:      []disclosure.TranscriptSpan{{Segment: 2, Start: 10, End: 45, From: 0, To: 15*time.Minute + sec(0.1)}}},
		{why: "the last label more than 15 minutes before the end", format: influencekit.Live, duration: time.Hour,
			transcript: []disclosure.Segment{label(0), label(10 * time.Minute)},
			spans:      []disclosure.TranscriptSpan{{Segment: -1, From: 10 * time.Minute, To: time.Hour}}},
		{why: "without a Duration the last segment ends the stream", format: influencekit.Live,
			transcript: []disclosure.Segment{label(0), chat(14 * time.Minute), chat(26 * time.Minute)},
			spans:      []disclosure.TranscriptSpan{{Segment: -1, From: 0, To: 26 * time.Minute}}},
		{why: "two gaps are two findings", format: influencekit.Live, duration: 40 * time.Minute,
			transcript: []disclosure.Segment{label(0), label(20 * time.Minute)},
			spans: []disclosure.TranscriptSpan{
				{Segment: 1, Start: 10, End: 45, From: 0, To: 20 * time.Minute},
				{Segment: -1, From: 20 * time.Minute, To: 40 * time.Minute},
			}},
		{why: "a video that is not live has no gap rule", format: influencekit.Video, duration: time.Hour,
			transcript: []disclosure.Segment{label(0)}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			p := disclosure.Post{Caption: "#ad live now", Format: row.format, Duration: row.duration, Transcript: row.transcript, Brand: "Glow Co"}
			r := disclosure.Check(p)
			assertWellFormed(t, p, r)
			var spans []disclosure.TranscriptSpan
			for _, f := range r.Findings {
				require.Equal(t, liveGap, f.Rule, "only gaps in these rows")
				require.NotNil(t, f.Transcript)
				spans = append(spans, *f.Transcript)
			}
			assert.Equal(t, row.spans, spans)
		})
	}
}

func TestTranscriptOptions(t *testing.T) {
	p := disclosure.Post{Caption: "#ad", Format: influencekit.Live, Duration: 30 * time.Minute, Transcript: []disclosure.Segment{
		{Start: sec(45), Text: "Ad: this stream is paid for by Glow Co"},
	}}
	assert.Equal(t, []disclosure.Rule{liveGap, missingVerbal}, ruleList(disclosure.Check(p)), "default: 30 s and 15 min")

	c, err := disclosure.NewChecker(disclosure.Options{VerbalWithin: time.Minute, LiveGap: 30 * time.Minute})
	require.NoError(t, err)
	assert.Empty(t, c.Check(p).Findings, "a team allowing a minute and half-hourly reminders")

	c, err = disclosure.NewChecker(disclosure.Options{VerbalWithin: 10 * time.Second, Severity: map[disclosure.Rule]influencekit.Severity{liveGap: influencekit.SeverityWarning}})
	require.NoError(t, err)
	r := c.Check(p)
	assert.Equal(t, []disclosure.Rule{liveGap, missingVerbal}, ruleList(r))
	assert.Equal(t, influencekit.SeverityWarning, r.Findings[0].Severity)
	assert.Contains(t, r.Findings[1].Message, "first 0:10")

	c, err = disclosure.NewChecker(disclosure.Options{Off: []disclosure.Rule{missingVerbal, liveGap}})
	require.NoError(t, err)
	assert.Empty(t, c.Check(p).Findings, "both rules off")

	for _, o := range []disclosure.Options{{VerbalWithin: -time.Second}, {LiveGap: -time.Minute}} {
		_, err := disclosure.NewChecker(o)
		assert.ErrorIs(t, err, disclosure.ErrInvalidOption)
	}
}

func TestTranscriptMessages(t *testing.T) {
	p := disclosure.Post{Caption: "#ad", Format: influencekit.Live, Duration: time.Hour + 5*time.Minute, Transcript: []disclosure.Segment{
		{Start: 0, Text: "hi chat"},
		{Start: sec(30.1), Text: "this stream is sponsored"},
	}}
	r := disclosure.Check(p)
	require.Equal(t, []disclosure.Rule{liveGap, missingVerbal}, ruleList(r))
	assert.Equal(t, "no spoken disclosure for the last 1:04:29.9 of the stream, from 0:30.1 to its end at 1:05:00: repeat it at least every 15:00 of a live stream", r.Findings[0].Message)
	assert.Equal(t, "the first spoken disclosure, \"this stream is sponsored\", comes at 0:30.1 (segment 1): say it in the first 0:30 of the video", r.Findings[1].Message)
}

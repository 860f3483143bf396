package disclosure

import (
	"fmt"
	"slices"
	"time"

	"github.com/influencekit/influencekit"
)

// The JSON forms of a report's parts besides its findings: the labels
// found, a finding's transcript span and the description of a rule.

type labelJSON struct {
	Start      int        `json:"start"`
	End        int        `json:"end"`
	StartUTF16 *int       `json:"start_utf16"`
	EndUTF16   *int       `json:"end_utf16"`
	Text       string     `json:"text"`
	Clarity    Clarity    `json:"clarity"`
	Connection Connection `json:"connection"`
	Source     *string    `json:"source"`
}

// MarshalJSON implements json.Marshaler:
//
//	{"start": 0, "end": 3, "start_utf16": 0, "end_utf16": 3, "text": "#ad",
//	 "clarity": "clear", "connection": "paid"}
//
// The span is in bytes and in UTF-16 code units, as in
// [Finding.MarshalJSON], with its errors.
func (l Label) MarshalJSON() ([]byte, error) {
	s16, e16, err := spanUTF16("label", l.Start, l.End, l.StartUTF16, l.EndUTF16)
	if err != nil {
		return nil, err
	}
	if validLabel(&l) {
		return appendLabel(nil, &l), nil
	}
	return marshal(labelJSON{Start: l.Start, End: l.End, StartUTF16: &s16, EndUTF16: &e16,
		Text: l.Text, Clarity: l.Clarity, Connection: l.Connection, Source: sourceJSON(l.Source)})
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form, with
// [Finding.UnmarshalJSON]'s rules for the span.
func (l *Label) UnmarshalJSON(data []byte) error {
	var w labelJSON
	if err := decodeStrict(data, &w, labelSchema); err != nil {
		return err
	}
	s16, e16, err := readSpan("label", w.Start, w.End, w.StartUTF16, w.EndUTF16)
	if err != nil {
		return err
	}
	key, err := readSource("label", w.Source)
	if err != nil {
		return err
	}
	*l = Label{Start: w.Start, End: w.End, Text: w.Text, Clarity: w.Clarity, Connection: w.Connection, Source: key, StartUTF16: s16, EndUTF16: e16}
	return nil
}

type transcriptSpanJSON struct {
	Segment int     `json:"segment"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	From    seconds `json:"from"`
	To      seconds `json:"to"`
}

// MarshalJSON implements json.Marshaler:
//
//	{"segment": 1, "start": 5, "end": 8, "from": 0, "to": 30}
//
// start and end are byte offsets into the segment's text; from and to are
// seconds from the beginning of the video, exact to the nanosecond.
func (s TranscriptSpan) MarshalJSON() ([]byte, error) {
	return appendTranscriptSpan(nil, &s), nil
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form. Times
// outside time.Duration's range are errors wrapping ErrInvalidDuration.
func (s *TranscriptSpan) UnmarshalJSON(data []byte) error {
	var w transcriptSpanJSON
	if err := decodeStrict(data, &w, transcriptSpanSchema); err != nil {
		return err
	}
	*s = TranscriptSpan{Segment: w.Segment, Start: w.Start, End: w.End, From: time.Duration(w.From), To: time.Duration(w.To)}
	return nil
}

type textSpanJSON struct {
	Index int `json:"index"`
	Start int `json:"start"`
	End   int `json:"end"`
}

// MarshalJSON implements json.Marshaler:
//
//	{"index": 0, "start": 10, "end": 15}
//
// index is the overlay's or segment's index; start and end are byte
// offsets into its text. A negative index or a span no text can have
// (negative, end before start) is an error wrapping ErrInvalidOffset.
func (s TextSpan) MarshalJSON() ([]byte, error) {
	if err := checkTextSpan(s); err != nil {
		return nil, err
	}
	return appendTextSpan(nil, &s), nil
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form, with
// its errors.
func (s *TextSpan) UnmarshalJSON(data []byte) error {
	var w textSpanJSON
	if err := decodeStrict(data, &w, textSpanSchema); err != nil {
		return err
	}
	t := TextSpan(w)
	if err := checkTextSpan(t); err != nil {
		return err
	}
	*s = t
	return nil
}

// checkTextSpan returns an error wrapping ErrInvalidOffset for a
// TextSpan no overlay or segment can have.
func checkTextSpan(s TextSpan) error {
	switch {
	case s.Index < 0:
		return fmt.Errorf("%w: text span index %d", ErrInvalidOffset, s.Index)
	case s.Start < 0 || s.End < s.Start:
		return fmt.Errorf("%w: text span [%d, %d) in bytes", ErrInvalidOffset, s.Start, s.End)
	}
	return nil
}

type ruleInfoJSON struct {
	Rule     Rule                  `json:"rule"`
	Severity influencekit.Severity `json:"severity"`
	Sources  []Source              `json:"sources"`
}

// MarshalJSON implements json.Marshaler: the rule, its default severity
// and [RuleInfo.Sources], each with the authority, document, URL and year
// filed under its key, as for asa-influencers-guide (ASA/CAP and CMA,
// "Influencers' guide to making clear that ads are ads"):
//
//	{"rule": "missing-disclosure", "severity": "error",
//	 "sources": [{"key": "asa-influencers-guide", "authority": ...,
//	 "document": ..., "url": ..., "year": 2023}, ...]}
func (ri RuleInfo) MarshalJSON() ([]byte, error) {
	return marshal(ruleInfoJSON{Rule: ri.Rule, Severity: ri.Severity, Sources: orEmpty(ri.Sources())})
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form. The
// sources member may be left out; when present it must list the rule's
// [RuleInfo.Sources] as the package has them, or the error wraps
// [ErrUnknownSource].
func (ri *RuleInfo) UnmarshalJSON(data []byte) error {
	var w ruleInfoJSON
	if err := decodeStrict(data, &w, ruleInfoSchema); err != nil {
		return err
	}
	v := RuleInfo{Rule: w.Rule, Severity: w.Severity}
	if w.Sources != nil && !slices.Equal(w.Sources, orEmpty(v.Sources())) {
		return fmt.Errorf("%w: rule %q lists other sources than the package's", ErrUnknownSource, string(w.Rule))
	}
	*ri = v
	return nil
}

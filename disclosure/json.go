package disclosure

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"github.com/influencekit/influencekit"
)

// The JSON forms of this package's types are written by hand here rather
// than by struct tags, so that lists are [] instead of null, durations are
// seconds and spans carry their UTF-16 positions. Every reader is strict:
// a member the form does not have, one in another case ("Caption") and one
// given twice are errors, so that a misspelt "jurisdicton" cannot silently
// check a post under the wrong rules.
// A list read as [] or null becomes a nil slice, as Check returns it, so
// that what Check returns round-trips to an equal value.

// ErrMissingCaption is wrapped by [Post.UnmarshalJSON]'s error for an object
// without a "caption" member (or with "caption": null).
var ErrMissingCaption = errors.New("disclosure: post has no caption")

// ErrInvalidJSON is wrapped by the JSON readers' errors for text that is
// not JSON, a member the form does not have (member names are exact: case
// counts), a member given twice, or a member of the wrong JSON type. The
// messages name members by their JSON path ("transcript.text")
// and never Go types, so that a program may show them to its users.
var ErrInvalidJSON = errors.New("disclosure: invalid JSON")

// decodeStrict decodes one JSON value into v with json.Unmarshal, then
// rejects members that s does not name or that come twice, and rewrites
// encoding/json's errors (which name Go types) in JSON terms.
func decodeStrict(data []byte, v any, s *schema) error {
	err := json.Unmarshal(data, v)
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case err == nil:
		return s.check(data)
	case errors.As(err, &syntax):
		return jsonError(influencekit.ErrJSONSyntax, "%s at byte %d of the %s", syntax.Error(), syntax.Offset, s.what)
	case errors.As(err, &typ):
		if typ.Field == "" {
			return jsonError(influencekit.ErrJSONType, "a JSON %s where %s belongs", typ.Value, jsonKind(typ.Type, s.what))
		}
		return jsonError(influencekit.ErrJSONType, "%s %q is a JSON %s, want %s", s.what, typ.Field, typ.Value, jsonKind(typ.Type, s.what))
	}
	return err
}

// jsonError returns an error that reads "disclosure: invalid JSON: " and
// the formatted detail, and that wraps both [ErrInvalidJSON] and kind, one
// of the root package's JSON sentinels ([influencekit.ErrJSONSyntax],
// [influencekit.ErrJSONType], [influencekit.ErrUnknownMember],
// [influencekit.ErrRepeatedMember]), as every package's JSON readers do.
func jsonError(kind error, format string, args ...any) error {
	return &readError{fmt.Errorf("%w: "+format, append([]any{ErrInvalidJSON}, args...)...), kind}
}

// readError is a JSON reader's error: err's message, wrapping err and kind.
type readError struct{ err, kind error }

func (e *readError) Error() string   { return e.err.Error() }
func (e *readError) Unwrap() []error { return []error{e.err, e.kind} }

// The schemas of the wire forms.
var (
	reportSchema         = schemaOf[reportJSON]("report")
	spanSchema           = schemaOf[categorySpanJSON]("span")
	findingSchema        = schemaOf[findingJSON]("finding")
	fixSchema            = schemaOf[fixJSON]("fix")
	editSchema           = schemaOf[editJSON]("edit")
	labelSchema          = schemaOf[labelJSON]("label")
	transcriptSpanSchema = schemaOf[transcriptSpanJSON]("transcript span")
	textSpanSchema       = schemaOf[textSpanJSON]("text span")
	ruleInfoSchema       = schemaOf[ruleInfoJSON]("rule info")
	evidenceSchema       = schemaOf[evidenceJSON]("evidence")
	mixPostSchema        = schemaOf[mixPostJSON]("mix post")
	mixSchema            = schemaOf[mixJSON]("mix")
)

// jsonKind says in JSON terms what a value of type t is written as, in
// the words every reader of the module uses: "an array", "true or false".
func jsonKind(t reflect.Type, what string) string {
	switch {
	case t == reflect.TypeFor[seconds]():
		return "a number of seconds"
	case reflect.PointerTo(t).Implements(textUnmarshalerType):
		return "a string"
	}
	switch t.Kind() {
	case reflect.Pointer:
		return jsonKind(t.Elem(), what)
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "a " + what + " object"
	}
	return "a number"
}

// marshal is json.Marshal without HTML escaping: the encoder that holds
// the value decides (json.Marshal escapes "<", ">" and "&" in what a
// MarshalJSON returns; an Encoder with SetEscapeHTML(false) leaves them).
// json.Marshal is the fast path; only output that may hold such an escape
// (any "\u00") is written again by an Encoder that does not escape.
func marshal(v any) ([]byte, error) {
	out, err := json.Marshal(v)
	if err != nil || !bytes.Contains(out, []byte(`\u00`)) {
		return out, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// orEmpty returns s, or an empty non-nil slice for nil, so that it
// marshals as [].
func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// orNil returns s, or nil when it is empty, so that [] reads back as the
// nil slice Check returns.
func orNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

type reportJSON struct {
	Findings           []Finding `json:"findings"`
	Disclosures        []Label   `json:"disclosures"`
	Category           Category  `json:"category"`
	CategorySpan       *Span     `json:"category_span,omitempty"`
	CategoryOverlay    *TextSpan `json:"category_overlay,omitempty"`
	CategoryTranscript *TextSpan `json:"category_transcript,omitempty"`
	Compliant          bool      `json:"compliant"`
}

// MarshalJSON implements json.Marshaler:
//
//	{"findings": [...], "disclosures": [...], "category": "alcohol",
//	 "category_span": {"start": 4, "end": 8, "start_utf16": 4, "end_utf16": 8},
//	 "compliant": false}
//
// Both lists are [] when empty. category is [Report.Category]'s name
// ("unknown" when none was judged); category_span, its span, is present
// only when Check read the category from the caption, category_overlay
// ({"index": 0, "start": 10, "end": 15}, see [TextSpan.MarshalJSON]) only
// when it read it from an overlay, category_transcript only when it read
// it from the transcript. compliant is r.Compliant(), for readers in other
// languages; UnmarshalJSON ignores it.
//
// The JSON forms of the package. Every result type has one other
// languages read ([Report], [Finding], [Fix], [Edit], [Label],
// [TranscriptSpan], [TextSpan], [RuleInfo], [Mix] and its parts): snake_case members,
// [] for empty lists, enums as names, times as seconds; [Post] and
// [Segment] read strictly, as other services send them. What [Check]
// returns reads back as an equal value. A finding and a label carry
// "source", the SOURCES.md key they rest on (null for none; an unknown key
// is an error wrapping [ErrUnknownSource]). Spans are byte offsets, and a
// [Finding], a [Label] and an [Edit] carry the same span in UTF-16 code
// units (start_utf16, end_utf16: the indexes of a JavaScript string, from
// their StartUTF16 and EndUTF16 fields), so that a JavaScript, Java or C#
// program applies a fix's edits to its own string of the caption. Go code
// converts any offset with [ConvertOffset]; invalid UTF-8 counts one unit
// a byte, as encoding/json writes each bad byte as one U+FFFD.
func (r Report) MarshalJSON() ([]byte, error) {
	if validReport(r) {
		return appendReport(make([]byte, 0, reportJSONSize(r)), r), nil
	}
	return marshal(reportJSON{Findings: orEmpty(r.Findings), Disclosures: orEmpty(r.Disclosures),
		Category: r.Category, CategorySpan: r.CategorySpan, CategoryOverlay: r.CategoryOverlay,
		CategoryTranscript: r.CategoryTranscript, Compliant: r.Compliant()})
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form. An
// empty list reads as nil; a member the form does not have is an error.
func (r *Report) UnmarshalJSON(data []byte) error {
	var w reportJSON
	if err := decodeStrict(data, &w, reportSchema); err != nil {
		return err
	}
	*r = Report{Findings: orNil(w.Findings), Disclosures: orNil(w.Disclosures), Category: w.Category, CategorySpan: w.CategorySpan,
		CategoryOverlay: w.CategoryOverlay, CategoryTranscript: w.CategoryTranscript}
	return nil
}

type categorySpanJSON struct {
	Start      int  `json:"start"`
	End        int  `json:"end"`
	StartUTF16 *int `json:"start_utf16"`
	EndUTF16   *int `json:"end_utf16"`
}

// MarshalJSON implements json.Marshaler:
//
//	{"start": 4, "end": 8, "start_utf16": 4, "end_utf16": 8}
//
// with [Finding.MarshalJSON]'s rules and errors for the span.
func (s Span) MarshalJSON() ([]byte, error) {
	if _, _, err := spanUTF16("span", s.Start, s.End, s.StartUTF16, s.EndUTF16); err != nil {
		return nil, err
	}
	return append(appendSpan([]byte{'{'}, s.Start, s.End, s.StartUTF16, s.EndUTF16), '}'), nil
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form, with
// [Finding.UnmarshalJSON]'s rules for the span.
func (s *Span) UnmarshalJSON(data []byte) error {
	var w categorySpanJSON
	if err := decodeStrict(data, &w, spanSchema); err != nil {
		return err
	}
	s16, e16, err := readSpan("span", w.Start, w.End, w.StartUTF16, w.EndUTF16)
	if err != nil {
		return err
	}
	*s = Span{Start: w.Start, End: w.End, StartUTF16: s16, EndUTF16: e16}
	return nil
}

type findingJSON struct {
	Rule       Rule                  `json:"rule"`
	Severity   influencekit.Severity `json:"severity"`
	Start      int                   `json:"start"`
	End        int                   `json:"end"`
	StartUTF16 *int                  `json:"start_utf16"`
	EndUTF16   *int                  `json:"end_utf16"`
	Message    string                `json:"message"`
	Fixes      []Fix                 `json:"fixes"`
	Transcript *TranscriptSpan       `json:"transcript,omitempty"`
	Overlay    *TextSpan             `json:"overlay,omitempty"`
	Source     *string               `json:"source"`
}

// MarshalJSON implements json.Marshaler:
//
//	{"rule": "not-upfront", "severity": "error", "start": 18, "end": 21,
//	 "start_utf16": 17, "end_utf16": 20, "message": "...", "fixes": [...]}
//
// start and end are byte offsets into the caption; start_utf16 and
// end_utf16 are the same span in UTF-16 code units, the indexes a
// JavaScript string of the caption takes: [Finding.StartUTF16] and
// [Finding.EndUTF16], or the byte offsets when both are 0. The JSON is
// the Finding's exported fields and nothing else. A UTF-16 span that no
// caption can have beside the byte span (more units than bytes, say,
// after code moved Start without StartUTF16) is an error wrapping
// ErrInvalidOffset, rather than JSON that UnmarshalJSON rejects. fixes
// is [] when there are none. transcript is present only for a finding
// about the transcript, overlay ({"index": 0, "start": 0, "end": 7}, see
// [TextSpan.MarshalJSON]) only for one about a label on screen; an
// overlay span with a negative index or end before start is an error
// wrapping ErrInvalidOffset.
func (f Finding) MarshalJSON() ([]byte, error) {
	s16, e16, err := spanUTF16("finding", f.Start, f.End, f.StartUTF16, f.EndUTF16)
	if err != nil {
		return nil, err
	}
	if validFinding(&f) {
		return appendFinding(nil, &f), nil
	}
	return marshal(findingJSON{
		Rule: f.Rule, Severity: f.Severity, Start: f.Start, End: f.End, StartUTF16: &s16, EndUTF16: &e16,
		Message: f.Message, Fixes: orEmpty(f.Fixes), Transcript: f.Transcript, Overlay: f.Overlay, Source: sourceJSON(f.Source),
	})
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form. A
// span that no caption can have (negative, end before start, more UTF-16
// units than bytes) is an error wrapping ErrInvalidOffset; without
// start_utf16 and end_utf16 they are taken to equal the byte offsets.
func (f *Finding) UnmarshalJSON(data []byte) error {
	var w findingJSON
	if err := decodeStrict(data, &w, findingSchema); err != nil {
		return err
	}
	s16, e16, err := readSpan("finding", w.Start, w.End, w.StartUTF16, w.EndUTF16)
	if err != nil {
		return err
	}
	key, err := readSource("finding", w.Source)
	if err != nil {
		return err
	}
	*f = Finding{Rule: w.Rule, Severity: w.Severity, Start: w.Start, End: w.End, Message: w.Message,
		Fixes: orNil(w.Fixes), Transcript: w.Transcript, Overlay: w.Overlay, Source: key, StartUTF16: s16, EndUTF16: e16}
	return nil
}

// sourceJSON returns a source key for a JSON form: null for none.
func sourceJSON(key string) *string {
	if key == "" {
		return nil
	}
	return &key
}

// readSource returns a source key read from JSON: null or absent is none;
// a key [LookupSource] does not know is an error wrapping
// ErrUnknownSource.
func readSource(what string, key *string) (string, error) {
	if key == nil {
		return "", nil
	}
	if _, ok := LookupSource(*key); !ok {
		return "", fmt.Errorf("%w: %s source %q", ErrUnknownSource, what, *key)
	}
	return *key, nil
}

// readSpan checks a span read from JSON and returns its UTF-16 span: the
// byte offsets where start_utf16 and end_utf16 are absent or both 0 (see
// spanUTF16).
func readSpan(what string, start, end int, start16, end16 *int) (int, int, error) {
	s16, e16 := start, end
	if start16 != nil {
		s16 = *start16
	}
	if end16 != nil {
		e16 = *end16
	}
	return spanUTF16(what, start, end, s16, e16)
}

type fixJSON struct {
	Message string `json:"message"`
	Edits   []Edit `json:"edits"`
}

// MarshalJSON implements json.Marshaler: {"message": "Move \"#ad\" to the
// start", "edits": [...]}, edits [] when empty. An edit's span is written
// as [Edit.MarshalJSON] writes it, with its errors.
func (f Fix) MarshalJSON() ([]byte, error) {
	for _, e := range f.Edits {
		if _, _, err := spanUTF16("edit", e.Start, e.End, e.StartUTF16, e.EndUTF16); err != nil {
			return nil, err
		}
	}
	return appendFix(nil, &f), nil
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form.
func (f *Fix) UnmarshalJSON(data []byte) error {
	var w fixJSON
	if err := decodeStrict(data, &w, fixSchema); err != nil {
		return err
	}
	*f = Fix{Message: w.Message, Edits: orNil(w.Edits)}
	return nil
}

type editJSON struct {
	Start      int    `json:"start"`
	End        int    `json:"end"`
	StartUTF16 *int   `json:"start_utf16"`
	EndUTF16   *int   `json:"end_utf16"`
	Text       string `json:"text"`
}

// MarshalJSON implements json.Marshaler:
//
//	{"start": 18, "end": 22, "start_utf16": 17, "end_utf16": 21, "text": ""}
//
// The span is in bytes and in UTF-16 code units, as in
// [Finding.MarshalJSON], with its errors: a JavaScript program applies
// the edit to its string of the caption with caption.slice(0,
// start_utf16) + text + caption.slice(end_utf16).
func (e Edit) MarshalJSON() ([]byte, error) {
	if _, _, err := spanUTF16("edit", e.Start, e.End, e.StartUTF16, e.EndUTF16); err != nil {
		return nil, err
	}
	return appendEdit(nil, &e), nil
}

// UnmarshalJSON implements json.Unmarshaler for MarshalJSON's form, with
// [Finding.UnmarshalJSON]'s rules for the span.
func (e *Edit) UnmarshalJSON(data []byte) error {
	var w editJSON
	if err := decodeStrict(data, &w, editSchema); err != nil {
		return err
	}
	s16, e16, err := readSpan("edit", w.Start, w.End, w.StartUTF16, w.EndUTF16)
	if err != nil {
		return err
	}
	*e = Edit{Start: w.Start, End: w.End, Text: w.Text, StartUTF16: s16, EndUTF16: e16}
	return nil
}

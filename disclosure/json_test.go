package disclosure

import (
	"encoding/json"
	"flag"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/internal/jsonform"
)

var update = flag.Bool("update", false, "rewrite testdata/json/*.json from the current JSON forms")

// samplePost is a post whose report has every part filled: a finding with
// fixes, a label after an emoji (so UTF-16 positions differ from bytes),
// and a finding about the transcript.
var samplePost = Post{
	Caption:      "Glow serum 😍 is my morning fix #glow #skin #ad",
	Platform:     influencekit.Instagram,
	Format:       influencekit.Reel,
	Brand:        "Glow Co",
	Jurisdiction: UK,
	Transcript:   []Segment{{Start: 0, Text: "morning all"}, {Start: 42500 * time.Millisecond, Text: "this video is an ad for Glow Co"}},
	Duration:     95*time.Second + 250*time.Millisecond,
	Edited:       false,
	Connection:   Paid,
	BrandIdentity: BrandIdentity{Name: "Glow Co", LegalEntity: "Glow Cosmetics Ltd",
		TradingNames: []string{"Glow"}, Handles: []string{"@glowco"}},
	Alteration:    Retouched,
	Category:      OtherCategory,
	Approval:      "FRN 123456",
	Followers:     120000,
	PlatformLabel: true,
	Overlays:      []Overlay{{Start: 0, End: 3 * time.Second, Text: "#ad"}, {Start: 3 * time.Second, End: 95*time.Second + 250*time.Millisecond, Text: "Glow serum"}},
}

func sampleReport(t *testing.T) Report {
	t.Helper()
	r := Check(samplePost)
	require.NotEmpty(t, r.Findings)
	require.NotEmpty(t, r.Disclosures)
	var transcript, fixes bool
	for _, f := range r.Findings {
		transcript = transcript || f.Transcript != nil
		fixes = fixes || len(f.Fixes) > 0
	}
	require.True(t, transcript && fixes, "the sample must have a transcript finding and a finding with fixes: %+v", r.Findings)
	return r
}

// TestJSONForms checks every type's JSON against its golden file and
// jsonform's rules, and that every exported field has a member.
func TestJSONForms(t *testing.T) {
	rep := sampleReport(t)
	var withFix, withTranscript Finding
	shown := Check(Post{Caption: "Loving this serum", Connection: Paid, Overlays: []Overlay{{End: 5 * time.Second, Text: "Thanks! #gifted"}}})
	require.NotEmpty(t, shown.Findings)
	require.NotNil(t, shown.Findings[0].Overlay)
	for _, f := range rep.Findings {
		if len(f.Fixes) > 0 && withFix.Rule == "" {
			withFix = f
		}
		if f.Transcript != nil {
			withTranscript = f
		}
	}
	mix, err := SponsoredMix([]Post{
		samplePost,
		{Caption: "Obsessed with @glowco serum, code GLOW20 at https://liketk.it/4abc", Brand: "Glow Co"},
		{Caption: "Sunday walk"},
	})
	require.NoError(t, err)
	rows := []struct {
		name string
		v    any
		omit string // the members the form leaves out when empty, separated by spaces
	}{
		{"report", rep, "category_span category_overlay category_transcript"},
		{"report_category", Report{Category: Alcohol, CategorySpan: &Span{Start: 10, End: 16, StartUTF16: 9, EndUTF16: 15}}, "category_overlay category_transcript"},
		{"report_category_overlay", Check(Post{Caption: "#ad Friday night", Jurisdiction: IT, Overlays: []Overlay{{End: 3 * time.Second, Text: "My spritz 🍹"}}}),
			"category_span category_transcript"},
		{"report_category_transcript", Check(Post{Caption: "#ad New video", Jurisdiction: UK,
			Transcript: []Segment{{Text: "this is an ad"}, {Start: 4 * time.Second, Text: "today I'm staking my coins"}}}), "category_span category_overlay"},
		{"text_span", TextSpan{Index: 1, Start: 11, End: 18}, ""},
		{"finding", withFix, "transcript overlay"},
		{"finding_transcript", withTranscript, "overlay"},
		{"finding_overlay", shown.Findings[0], "transcript"},
		{"fix", withFix.Fixes[0], ""},
		{"edit", withFix.Fixes[0].Edits[len(withFix.Fixes[0].Edits)-1], ""}, // after the emoji: UTF-16 positions differ from bytes
		{"label", rep.Disclosures[0], ""},
		{"transcript_span", *withTranscript.Transcript, ""},
		{"post", samplePost, ""},
		{"segment", samplePost.Transcript[1], ""},
		{"overlay", samplePost.Overlays[1], ""},
		{"rule_info", Rules()[0], ""},
		{"evidence", mix.Posts[1].Codes[0], ""},
		{"mix_post", mix.Posts[1], ""},
		{"mix", mix, ""},
	}
	for _, row := range rows {
		t.Run(row.name, func(t *testing.T) {
			assert.Empty(t, jsonform.Problems(row.v))
			data, err := json.Marshal(row.v)
			require.NoError(t, err)
			diff, err := jsonform.Golden(filepath.Join("testdata", "json", row.name+".json"), data, *update)
			require.NoError(t, err)
			assert.Empty(t, diff)
			assertEveryFieldHasMember(t, reflect.TypeOf(row.v), data, row.omit)
		})
	}
}

// assertEveryFieldHasMember fails when an exported field of the struct
// type t has no member of its snake_case name in data, a JSON object: the
// JSON forms are written by hand, so a field added to the struct must be
// added to its form too.
func assertEveryFieldHasMember(t *testing.T, typ reflect.Type, data []byte, omit string) {
	t.Helper()
	var members map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(data, &members))
	for i := range typ.NumField() {
		f := typ.Field(i)
		if !f.IsExported() || slices.Contains(strings.Fields(omit), snakeCase(f.Name)) {
			continue
		}
		assert.Contains(t, members, snakeCase(f.Name), "%s.%s has no member in its JSON form", typ, f.Name)
	}
}

// snakeCase turns a Go field name into its member name: "ClearlyLabelled"
// is "clearly_labelled", and an initialism is one word: "StartUTF16" is
// "start_utf16".
func snakeCase(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if unicode.IsUpper(r) {
			lowerBefore := i > 0 && !unicode.IsUpper(rs[i-1])
			wordAfter := i > 0 && i+1 < len(rs) && unicode.IsUpper(rs[i-1]) && unicode.IsLower(rs[i+1])
			if lowerBefore || wordAfter {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// TestJSONRoundTrip unmarshals what Marshal wrote and expects an equal
// value, for the sample and every caption of the corpus.
func TestJSONRoundTrip(t *testing.T) {
	roundTrip := func(t *testing.T, v, into any) {
		t.Helper()
		data, err := json.Marshal(v)
		require.NoError(t, err)
		require.NoError(t, json.Unmarshal(data, into))
		assert.Equal(t, v, reflect.ValueOf(into).Elem().Interface(), "%s", data)
	}
	t.Run("sample", func(t *testing.T) {
		roundTrip(t, sampleReport(t), new(Report))
		roundTrip(t, samplePost, new(Post))
		roundTrip(t, Post{Caption: "organic", Connection: NoConnection}, new(Post))
		roundTrip(t, Report{}, new(Report))
		roundTrip(t, RuleInfo{RuleBelowFold, influencekit.SeverityError}, new(RuleInfo))
		mix, err := SponsoredMix([]Post{samplePost, {Caption: "use code MAX20 with @glowco"}})
		require.NoError(t, err)
		roundTrip(t, mix, new(Mix))
	})
	t.Run("corpus", func(t *testing.T) {
		for i, caption := range loadCorpus(t) {
			p := Post{Caption: caption, Platform: influencekit.Platform(i % 12), Jurisdiction: Jurisdiction(i % 8), Edited: i%3 == 0}
			roundTrip(t, Check(p), new(Report))
			roundTrip(t, p, new(Post))
		}
	})
	t.Run("durations", func(t *testing.T) {
		for _, d := range []time.Duration{0, 1, time.Second, 1500 * time.Millisecond, 1<<63 - 1, 42*time.Hour + 7} {
			roundTrip(t, Segment{Start: d, Text: "x"}, new(Segment))
		}
		// A negative start is written as it is but not read back: no
		// segment starts before the video.
		for _, d := range []time.Duration{-1, -1 << 63} {
			data, err := json.Marshal(Segment{Start: d, Text: "x"})
			require.NoError(t, err)
			assert.ErrorIs(t, json.Unmarshal(data, new(Segment)), ErrInvalidDuration, "%s", data)
		}
	})
}

// TestReportCategoryTextJSON: where an overlay or the transcript showed
// the category travels in the report's JSON and reads back equal; the
// reader of a TextSpan is strict.
func TestReportCategoryTextJSON(t *testing.T) {
	posts := []struct {
		why  string
		post Post
	}{
		{"read on screen", Post{Caption: "Pubblicità Il mio venerdì", Jurisdiction: IT, Overlays: []Overlay{{End: time.Second, Text: "Il mio spritz 🍹"}}}},
		{"read in the transcript", Post{Caption: "#ad New video", Jurisdiction: UK, Transcript: []Segment{{Text: "staking made simple"}}}},
		{"read in the caption", Post{Caption: "#ad Staking made simple", Jurisdiction: UK, Transcript: []Segment{{Text: "bitcoin"}}}},
	}
	for _, row := range posts {
		t.Run(row.why, func(t *testing.T) {
			r := Check(row.post)
			require.Equal(t, 1, btoi(r.CategorySpan != nil)+btoi(r.CategoryOverlay != nil)+btoi(r.CategoryTranscript != nil), "one text showed the category")
			data, err := json.Marshal(r)
			require.NoError(t, err)
			var back Report
			require.NoError(t, json.Unmarshal(data, &back))
			assert.Equal(t, r, back, "%s", data)
		})
	}
	errs := []struct {
		why, in string
		want    error
	}{
		{"a member the form does not have", `{"index":0,"start":1,"end":2,"segment":0}`, influencekit.ErrUnknownMember},
		{"a member given twice", `{"index":0,"index":1,"start":1,"end":2}`, influencekit.ErrRepeatedMember},
		{"a string for an offset", `{"index":0,"start":"1","end":2}`, influencekit.ErrJSONType},
		{"a negative index", `{"index":-1,"start":1,"end":2}`, ErrInvalidOffset},
		{"a span that ends before it starts", `{"index":0,"start":3,"end":2}`, ErrInvalidOffset},
		{"a negative start", `{"index":0,"start":-1,"end":2}`, ErrInvalidOffset},
	}
	for _, row := range errs {
		t.Run(row.why, func(t *testing.T) {
			var s TextSpan
			assert.ErrorIs(t, json.Unmarshal([]byte(row.in), &s), row.want)
			var r Report
			assert.ErrorIs(t, json.Unmarshal([]byte(`{"findings":[],"disclosures":[],"category":"alcohol","category_transcript":`+row.in+`}`), &r), row.want, "in a report")
		})
	}
	t.Run("an invalid span is not written", func(t *testing.T) {
		_, err := json.Marshal(Report{Category: Alcohol, CategoryOverlay: &TextSpan{Index: -1}})
		assert.ErrorIs(t, err, ErrInvalidOffset)
		_, err = json.Marshal(TextSpan{Start: 2, End: 1})
		assert.ErrorIs(t, err, ErrInvalidOffset)
	})
}

// TestFindingOverlayJSON: a finding about a label on screen carries its
// overlay span through the JSON and reads back equal; the report's
// reader is strict about the span.
func TestFindingOverlayJSON(t *testing.T) {
	r := Check(Post{Caption: "Loving this serum", Connection: Paid,
		Overlays: []Overlay{{End: time.Second, Text: "new drop"}, {End: 2 * time.Second, Text: "😍 #gifted"}}})
	require.Len(t, r.Findings, 2, "ambiguous-disclosure and mismatched-disclosure on screen")
	for _, f := range r.Findings {
		require.NotNil(t, f.Overlay, "%s", f.Rule)
		assert.Equal(t, TextSpan{Index: 1, Start: 5, End: 12}, *f.Overlay, "the second overlay's \"#gifted\", after a 4-byte emoji and a space")
	}
	data, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"overlay":{"index":1,"start":5,"end":12}`)
	var back Report
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, r, back, "%s", data)

	caption, err := json.Marshal(Check(Post{Caption: "#spon new kicks"}))
	require.NoError(t, err)
	assert.NotContains(t, string(caption), `"overlay"`, "written only when set")

	finding := func(overlay string) string {
		return `{"findings":[{"rule":"vague-disclosure","severity":"error","start":0,"end":0,"message":"m","fixes":[],` +
			`"overlay":` + overlay + `,"source":null}],"disclosures":[],"category":"unknown"}`
	}
	errs := []struct {
		why, in string
		want    error
	}{
		{"a member the span does not have", finding(`{"index":0,"start":1,"end":2,"segment":0}`), influencekit.ErrUnknownMember},
		{"a member the span gives twice", finding(`{"index":0,"start":1,"start":1,"end":2}`), influencekit.ErrRepeatedMember},
		{"the overlay member given twice", strings.Replace(finding(`{"index":0,"start":1,"end":2}`), `"source"`, `"overlay":{"index":0,"start":1,"end":2},"source"`, 1), influencekit.ErrRepeatedMember},
		{"a negative index", finding(`{"index":-1,"start":1,"end":2}`), ErrInvalidOffset},
		{"a span that ends before it starts", finding(`{"index":0,"start":3,"end":2}`), ErrInvalidOffset},
	}
	for _, row := range errs {
		t.Run(row.why, func(t *testing.T) {
			var r Report
			assert.ErrorIs(t, json.Unmarshal([]byte(row.in), &r), row.want)
		})
	}
	t.Run("a valid span reads", func(t *testing.T) {
		var r Report
		require.NoError(t, json.Unmarshal([]byte(finding(`{"index":2,"start":1,"end":2}`)), &r))
		require.Len(t, r.Findings, 1)
		assert.Equal(t, &TextSpan{Index: 2, Start: 1, End: 2}, r.Findings[0].Overlay)
	})
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestEmptyListsAreArrays(t *testing.T) {
	rows := []struct {
		why  string
		v    any
		want string
	}{
		{"a compliant report has no findings and still lists them as []",
			Report{}, `{"findings":[],"disclosures":[],"category":"unknown","compliant":true}`},
		{"a finding without fixes (an unsubstantiated claim) has fixes []",
			Finding{Rule: RuleUnsubstantiatedClaim, Severity: influencekit.SeverityWarning, Start: 4, End: 9, Message: "m"},
			`{"rule":"unsubstantiated-claim","severity":"warning","start":4,"end":9,"start_utf16":4,"end_utf16":9,"message":"m","fixes":[],"source":null}`},
		{"a fix without edits has edits []", Fix{Message: "m"}, `{"message":"m","edits":[]}`},
		{"a post without transcript has transcript []",
			Post{Caption: "hi"},
			`{"caption":"hi","platform":"unknown","format":"unknown","brand":"","jurisdiction":"US","transcript":[],"duration":0,"edited":false,"connection":"unknown",` +
				`"alteration":"none","virtual_creator":false,"category":"unknown","age_gated":false,"approval":"","followers":0,"platform_label":false,"overlays":[]}`},
		{"a mix post with no evidence lists it all as []",
			MixPost{Sponsorship: Organic}, `{"sponsorship":"organic","labels":[],"mentions":[],"codes":[],"links":[],"score":0,"signals":[]}`},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			data, err := json.Marshal(row.v)
			require.NoError(t, err)
			assert.JSONEq(t, row.want, string(data))
		})
	}
}

func TestJSONHTMLEscapingIsTheEncodersChoice(t *testing.T) {
	f := Finding{Rule: RuleNotUpfront, Message: `"H&M <3"`}
	data, err := json.Marshal(f)
	require.NoError(t, err)
	assert.Contains(t, string(data), `\u0026`, "json.Marshal escapes HTML, as it does for any value")
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	require.NoError(t, enc.Encode(Report{Findings: []Finding{f}}))
	assert.Contains(t, b.String(), `H&M <3`, "an Encoder with SetEscapeHTML(false) reaches the nested forms")
}

func TestPostUnmarshalJSON(t *testing.T) {
	defaults := Post{Platform: influencekit.TikTok, Brand: "Glow Co", Jurisdiction: FR, Connection: Gift}
	rows := []struct {
		why     string
		in      string
		want    Post
		wantErr error // nil: no error
		errText string
	}{
		{why: "absent members keep the defaults the caller filled in",
			in:   `{"caption":"#ad hi"}`,
			want: Post{Caption: "#ad hi", Platform: influencekit.TikTok, Brand: "Glow Co", Jurisdiction: FR, Connection: Gift}},
		{why: "every member is read, enum names in any case, times exactly in seconds",
			in: `{"caption":"c","platform":"YouTube","format":"Live","brand":"","jurisdiction":"gb","edited":true,"connection":"NONE",` +
				`"duration":3600.000000001,"transcript":[{"start":12.5,"text":"a"},{"start":1e-3,"text":"b"}]}`,
			want: Post{Caption: "c", Platform: influencekit.YouTube, Format: influencekit.Live, Jurisdiction: UK, Edited: true,
				Connection: NoConnection, Duration: time.Hour + 1,
				Transcript: []Segment{{Start: 12500 * time.Millisecond, Text: "a"}, {Start: time.Millisecond, Text: "b"}}}},
		{why: "a duration past half a nanosecond rounds away from zero",
			in:   `{"caption":"c","duration":0.0000000015}`,
			want: Post{Caption: "c", Platform: influencekit.TikTok, Brand: "Glow Co", Jurisdiction: FR, Connection: Gift, Duration: 2}},
		{why: "the caption is required: a post without one is a mistake in the sender",
			in: `{"platform":"instagram"}`, wantErr: ErrMissingCaption},
		{why: "a misspelt member must not check the post under the default jurisdiction",
			in: `{"caption":"c","jurisdicton":"UK"}`, wantErr: ErrInvalidJSON, errText: `post has no member "jurisdicton"`},
		{why: "a member name in another case is not the member: encoding/json alone would take it",
			in: `{"caption":"c","Jurisdiction":"UK"}`, wantErr: ErrInvalidJSON, errText: `post has no member "Jurisdiction"`},
		{why: "a member given twice is an error: encoding/json alone would keep the last",
			in: `{"caption":"#ad","caption":"no label"}`, wantErr: ErrInvalidJSON, errText: `post has member "caption" twice`},
		{why: "segments are checked for unknown members too",
			in: `{"caption":"c","transcript":[{"start":1,"text":"a"},{"start":2,"txt":"b"}]}`, wantErr: ErrInvalidJSON, errText: `post transcript has no member "txt"`},
		{why: "an escaped member name is read as its text",
			in:   `{"capt\u0069on":"c"}`,
			want: Post{Caption: "c", Platform: influencekit.TikTok, Brand: "Glow Co", Jurisdiction: FR, Connection: Gift}},
		{why: "an unknown connection is an error naming it",
			in: `{"caption":"c","connection":"sponsored"}`, wantErr: ErrUnknownConnection},
		{why: "a duration beyond time.Duration's range is an error, not a wrapped value",
			in: `{"caption":"c","duration":1e10}`, wantErr: ErrInvalidDuration},
		{why: "a negative duration is no length of a video",
			in: `{"caption":"c","duration":-1}`, wantErr: ErrInvalidDuration, errText: "duration -1 is negative"},
		{why: "a segment cannot start before the video",
			in: `{"caption":"c","transcript":[{"start":1,"text":"a"},{"start":-0.5,"text":"b"}]}`, wantErr: ErrInvalidDuration, errText: "transcript[1] starts at -0.5"},
		{why: "segments out of order are read as sent: Check orders spoken labels by start",
			in: `{"caption":"c","transcript":[{"start":20,"text":"a"},{"start":5,"text":"b"}]}`,
			want: Post{Caption: "c", Platform: influencekit.TikTok, Brand: "Glow Co", Jurisdiction: FR, Connection: Gift,
				Transcript: []Segment{{Start: 20 * time.Second, Text: "a"}, {Start: 5 * time.Second, Text: "b"}}}},
		{why: "a segment after the duration is read: a live stream's last stretch runs to the later of the two",
			in: `{"caption":"c","duration":10,"transcript":[{"start":20,"text":"a"}]}`,
			want: Post{Caption: "c", Platform: influencekit.TikTok, Brand: "Glow Co", Jurisdiction: FR, Connection: Gift,
				Duration: 10 * time.Second, Transcript: []Segment{{Start: 20 * time.Second, Text: "a"}}}},
		{why: "seconds as a string are not a number",
			in: `{"caption":"c","transcript":[{"start":"12","text":"a"}]}`, wantErr: ErrInvalidDuration},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			p := defaults
			err := json.Unmarshal([]byte(row.in), &p)
			if row.errText != "" {
				assert.ErrorContains(t, err, row.errText)
			}
			switch {
			case row.wantErr != nil:
				assert.ErrorIs(t, err, row.wantErr)
			case row.errText != "":
			default:
				require.NoError(t, err)
				assert.Equal(t, row.want, p)
			}
		})
	}
}

func TestSpanUnmarshalJSON(t *testing.T) {
	rows := []struct {
		why     string
		span    string // the span members of a label's and an edit's JSON
		wantErr bool
		want16  [2]int
	}{
		{"UTF-16 positions are kept", `"start":5,"end":8,"start_utf16":3,"end_utf16":6`, false, [2]int{3, 6}},
		{"without UTF-16 positions they equal the byte offsets", `"start":5,"end":8`, false, [2]int{5, 8}},
		{"more UTF-16 units than bytes cannot be", `"start":5,"end":8,"start_utf16":6,"end_utf16":8`, true, [2]int{}},
		{"a span that ends before it starts", `"start":8,"end":5`, true, [2]int{}},
		{"a negative UTF-16 start", `"start":5,"end":8,"start_utf16":-1,"end_utf16":2`, true, [2]int{}},
		{"a negative byte start", `"start":-1,"end":8`, true, [2]int{}},
	}
	forms := []struct {
		name string
		into func() any
		rest string // the members after the span
	}{
		{"label", func() any { return new(Label) }, `"text":"#ad","clarity":"clear","connection":"paid"`},
		{"edit", func() any { return new(Edit) }, `"text":"#ad "`},
	}
	for _, form := range forms {
		for _, row := range rows {
			t.Run(form.name+"/"+row.why, func(t *testing.T) {
				v := form.into()
				err := json.Unmarshal([]byte("{"+row.span+","+form.rest+"}"), v)
				if row.wantErr {
					assert.ErrorIs(t, err, ErrInvalidOffset)
					return
				}
				require.NoError(t, err)
				out, err := json.Marshal(v)
				require.NoError(t, err)
				var back struct {
					S int `json:"start_utf16"`
					E int `json:"end_utf16"`
				}
				require.NoError(t, json.Unmarshal(out, &back))
				assert.Equal(t, row.want16, [2]int{back.S, back.E})
			})
		}
	}
}

func TestEditUnmarshalJSONIsStrict(t *testing.T) {
	rows := []struct {
		why  string
		in   string
		want string
	}{
		{"a member the form does not have", `{"start":0,"end":0,"txt":"#ad "}`, `edit has no member "txt"`},
		{"a member in another case", `{"start":0,"end":0,"Start_UTF16":0,"text":"#ad "}`, `edit has no member "Start_UTF16"`},
		{"a member given twice", `{"start":0,"end":0,"end_utf16":0,"end_utf16":0,"text":"#ad "}`, `edit has member "end_utf16" twice`},
		{"a string for a UTF-16 offset", `{"start":0,"end":0,"start_utf16":"0","text":"#ad "}`, `edit "start_utf16" is a JSON string, want a number`},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			var e Edit
			err := json.Unmarshal([]byte(row.in), &e)
			assert.ErrorIs(t, err, ErrInvalidJSON)
			assert.ErrorContains(t, err, row.want)
		})
	}
}

func TestParseSeconds(t *testing.T) {
	rows := []struct {
		why  string
		in   string
		want time.Duration
		bad  bool
	}{
		{"an integer", "30", 30 * time.Second, false},
		{"a fraction", "12.5", 12500 * time.Millisecond, false},
		{"JavaScript writes small numbers with an exponent", "1e-7", 100, false},
		{"an upper-case exponent with a sign", "2.5E+1", 25 * time.Second, false},
		{"leading zeros in the fraction", "0.000000001", 1, false},
		{"below half a nanosecond rounds to zero", "0.0000000004", 0, false},
		{"negative times are kept (Check counts them as 0)", "-1.5", -1500 * time.Millisecond, false},
		{"the largest Duration", "9223372036.854775807", 1<<63 - 1, false},
		{"the smallest Duration", "-9223372036.854775808", -1 << 63, false},
		{"one nanosecond past the largest", "9223372036.854775808", 0, true},
		{"a huge exponent is out of range without computing 10^1000000", "1e1000000", 0, true},
		{"a tiny exponent is zero without computing it", "1e-1000000", 0, false},
		{"not a number", "abc", 0, true},
		{"no digits after the point", "1.", 0, true},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			got, err := parseSeconds(row.in)
			if row.bad {
				assert.ErrorIs(t, err, ErrInvalidDuration)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, row.want, got)
		})
	}
}

// FuzzPostJSON reads any bytes as a Post: it never panics, and a post it
// accepts writes JSON that reads back as the same post.
func FuzzPostJSON(f *testing.F) {
	f.Add([]byte(`{"caption":"#ad hi","platform":"instagram","transcript":[{"start":1e-3,"text":"x"}],"duration":12.5}`))
	f.Add([]byte(`{"caption":"\ud83d\ude0d #ad","jurisdiction":"GB","connection":"none"}`))
	f.Add([]byte(`{"caption":"c","duration":-0.0000000005}`))
	f.Add([]byte(`{"caption":"c","alteration":"Deep-Fake","category":"less-healthy-food","overlays":[{"start":0,"end":2.5,"text":"Image virtuelle"}],"age_gated":true,"platform_label":true,"virtual_creator":true}`))
	f.Add([]byte(`{"caption":"c","overlays":[{"start":3,"end":1,"text":"x"}]}`))
	f.Add([]byte(`{"caption":"#ad Staking","jurisdiction":"UK","category":"crypto","approval":"FRN 123456","followers":9223372036854775807}`))
	f.Add([]byte(`{"caption":"c","followers":-0,"approval":"\u00e9"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p Post
		if json.Unmarshal(data, &p) != nil {
			return
		}
		out, err := json.Marshal(p)
		require.NoError(t, err)
		var back Post
		require.NoError(t, json.Unmarshal(out, &back), "%s", out)
		assert.Equal(t, p, back)
	})
}

// FuzzReportJSON checks any caption's report, round-trips it, and
// compares its UTF-16 spans with utf16.Encode over the caption's prefix.
func FuzzReportJSON(f *testing.F) {
	f.Add("Love it 😍 #glow #skin #ad", uint8(1))
	f.Add("🇫🇷 Publicité\xff #ad", uint8(3))
	f.Fuzz(func(t *testing.T, caption string, j uint8) {
		r := Check(Post{Caption: caption, Jurisdiction: Jurisdiction(j % 9), Platform: influencekit.Instagram})
		out, err := json.Marshal(r)
		require.NoError(t, err)
		var back Report
		require.NoError(t, json.Unmarshal(out, &back), "%s", out)
		assert.Equal(t, r, back)
		for _, sp := range reportSpans(t, r) {
			assert.Equal(t, utf16Len(caption[:sp.Start]), sp.StartUTF16)
			assert.Equal(t, utf16Len(caption[:sp.End]), sp.EndUTF16)
		}
	})
}

// postMethod marks a row that calls Post.UnmarshalJSON directly.
type postMethod struct{}

// TestJSONErrorsNameNoGoTypes: a service shows these errors to whoever
// sent the JSON, who knows JSON and not Go.
func TestJSONErrorsNameNoGoTypes(t *testing.T) {
	rows := []struct {
		why  string
		in   string
		into any
		want string
	}{
		{"a number for a string", `{"caption": 5}`, new(Post), `post "caption" is a JSON number, want a string`},
		{"a string for a boolean", `{"caption":"c","edited":"yes"}`, new(Post), `post "edited" is a JSON string, want true or false`},
		{"a number for an enum name", `{"caption":"c","platform":7}`, new(Post), `post "platform" is a JSON number, want a string`},
		{"an object for a list", `{"caption":"c","transcript":{}}`, new(Post), `post "transcript" is a JSON object, want an array`},
		{"a wrong type inside a segment", `{"caption":"c","transcript":[{"start":1,"text":5}]}`, new(Post), `"transcript.text" is a JSON number, want a string`},
		{"seconds as a string", `{"caption":"c","duration":"12"}`, new(Post), `seconds must be a JSON number, not "12"`},
		{"a list for a post", `[1]`, new(Post), `a JSON array where a post object belongs`},
		{"broken JSON is found by encoding/json itself, in JSON terms", `{"caption": "c"`, new(Post), `unexpected end of JSON input`},
		{"a string for a list of findings", `{"findings":"none","disclosures":[]}`, new(Report), `report "findings" is a JSON string, want an array`},
		{"a string for an offset", `{"start":"5","end":8,"text":"#ad","clarity":"clear","connection":"paid"}`, new(Label), `label "start" is a JSON string, want a number`},
		{"text after the value, when the method is called directly", `{"caption":"c"} {}`, postMethod{}, `invalid character '{' after top-level value`},
		{"an unknown member of a mix", `{"posts":[],"labeled":1}`, new(Mix), `mix has no member "labeled"`},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			var err error
			if _, direct := row.into.(postMethod); direct {
				err = new(Post).UnmarshalJSON([]byte(row.in))
			} else {
				err = json.Unmarshal([]byte(row.in), row.into)
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), row.want)
			for _, goWord := range []string{"Go ", "JSON.", "disclosure.", "influencekit.", "struct", "[]", "uint8", "int64"} {
				assert.NotContains(t, err.Error(), goWord)
			}
		})
	}
}

// TestPostBrandIdentityRoundTrips: a post's brand identity travels in its
// JSON form and comes back, and a post without one writes no member.
func TestPostBrandIdentityRoundTrips(t *testing.T) {
	data, err := json.Marshal(samplePost)
	require.NoError(t, err)
	var back Post
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, samplePost.BrandIdentity, back.BrandIdentity)

	data, err = json.Marshal(Post{Caption: "#ad hi"})
	require.NoError(t, err)
	assert.NotContains(t, string(data), "brand_identity")
}

// TestMovedSpanRoundTrips: a Finding, Edit or Label whose span a caller
// changes writes JSON that reads back with that span. Its UTF-16 span is
// exported data the caller moves with it (ConvertOffset) or clears; a
// stale one that no caption can have is a marshalling error, never JSON
// the reader rejects.
func TestMovedSpanRoundTrips(t *testing.T) {
	caption := "Glow 😍✨ serum, so good #ad"
	r := Check(Post{Caption: caption, Platform: influencekit.Instagram})
	require.NotEmpty(t, r.Findings)
	require.NotEmpty(t, r.Disclosures)
	at := strings.Index(caption, "serum")
	utf16At := func(offset int) int {
		n, err := ConvertOffset(caption, offset, UTF16)
		require.NoError(t, err)
		return n
	}
	rows := []struct {
		why      string
		move     func(start, end, start16, end16 *int)
		want16   [2]int // the UTF-16 span read back
		wantErr  bool
		wantSpan [2]int // the byte span read back
	}{
		{"moved with its UTF-16 span, counted with ConvertOffset", func(s, e, s16, e16 *int) {
			*s, *e = at, at+len("serum")
			*s16, *e16 = utf16At(*s), utf16At(*e)
		}, [2]int{utf16At(at), utf16At(at + len("serum"))}, false, [2]int{at, at + len("serum")}},
		{"moved with its UTF-16 span cleared: written as the byte offsets", func(s, e, s16, e16 *int) {
			*s, *e, *s16, *e16 = at, at+len("serum"), 0, 0
		}, [2]int{at, at + len("serum")}, false, [2]int{at, at + len("serum")}},
		{"moved to the start, a stale UTF-16 span past it cannot be", func(s, e, s16, e16 *int) {
			*s, *e = 0, 4
		}, [2]int{}, true, [2]int{}},
	}
	for _, row := range rows {
		t.Run("finding/"+row.why, func(t *testing.T) {
			f := r.Findings[len(r.Findings)-1]
			row.move(&f.Start, &f.End, &f.StartUTF16, &f.EndUTF16)
			data, err := json.Marshal(f)
			if row.wantErr {
				assert.ErrorIs(t, err, ErrInvalidOffset)
				return
			}
			require.NoError(t, err)
			var back Finding
			require.NoError(t, json.Unmarshal(data, &back), "%s", data)
			assert.Equal(t, row.wantSpan, [2]int{back.Start, back.End})
			assert.Equal(t, row.want16, [2]int{back.StartUTF16, back.EndUTF16})
		})
		t.Run("edit/"+row.why, func(t *testing.T) {
			e := Edit{Start: r.Disclosures[0].Start, End: r.Disclosures[0].End, StartUTF16: r.Disclosures[0].StartUTF16, EndUTF16: r.Disclosures[0].EndUTF16}
			row.move(&e.Start, &e.End, &e.StartUTF16, &e.EndUTF16)
			data, err := json.Marshal(e)
			if row.wantErr {
				assert.ErrorIs(t, err, ErrInvalidOffset)
				return
			}
			require.NoError(t, err)
			var back Edit
			require.NoError(t, json.Unmarshal(data, &back), "%s", data)
			assert.Equal(t, row.wantSpan, [2]int{back.Start, back.End})
			assert.Equal(t, row.want16, [2]int{back.StartUTF16, back.EndUTF16})
		})
		t.Run("report/"+row.why, func(t *testing.T) {
			rep := Report{Disclosures: slices.Clone(r.Disclosures)}
			l := &rep.Disclosures[0]
			row.move(&l.Start, &l.End, &l.StartUTF16, &l.EndUTF16)
			data, err := json.Marshal(rep)
			if row.wantErr {
				assert.ErrorIs(t, err, ErrInvalidOffset)
				return
			}
			require.NoError(t, err)
			var back Report
			require.NoError(t, json.Unmarshal(data, &back), "%s", data)
			assert.Equal(t, row.wantSpan, [2]int{back.Disclosures[0].Start, back.Disclosures[0].End})
			assert.Equal(t, row.want16, [2]int{back.Disclosures[0].StartUTF16, back.Disclosures[0].EndUTF16})
		})
	}
}

// TestResultsHaveNoHiddenFields: a Report and everything in it is plain
// data, so that its JSON depends on its exported fields alone.
func TestResultsHaveNoHiddenFields(t *testing.T) {
	for _, v := range []any{Report{}, Finding{}, Fix{}, Edit{}, Label{}, TranscriptSpan{}, AdReading{}, AdEvidence{}, Mix{}, MixPost{}, Evidence{}} {
		typ := reflect.TypeOf(v)
		for i := range typ.NumField() {
			assert.True(t, typ.Field(i).IsExported(), "%s.%s is hidden", typ, typ.Field(i).Name)
		}
	}
}

// TestJSONErrorsWrapTheRootSentinels: a program that reads JSON with
// several of the library's packages tells the kinds of error apart with the
// root package's sentinels, for disclosure's readers as for contract's and
// pricing's, while ErrInvalidJSON and the messages stay.
func TestJSONErrorsWrapTheRootSentinels(t *testing.T) {
	rows := []struct {
		why  string
		in   string
		kind error
		text string
	}{
		{"text that is not JSON", `{"caption":"c",}`, influencekit.ErrJSONSyntax, "disclosure: invalid JSON: invalid character"},
		{"a member of the wrong type", `{"caption":"c","edited":"yes"}`, influencekit.ErrJSONType, `post "edited" is a JSON string, want true or false`},
		{"a value that is not an object", `["c"]`, influencekit.ErrJSONType, "a JSON array where"},
		{"a member the post does not have", `{"caption":"c","jurisdicton":"UK"}`, influencekit.ErrUnknownMember, `disclosure: invalid JSON: post has no member "jurisdicton"`},
		{"a member given twice", `{"caption":"#ad","caption":"no label"}`, influencekit.ErrRepeatedMember, `disclosure: invalid JSON: post has member "caption" twice`},
		{"a segment's unknown member", `{"caption":"c","transcript":[{"start":1,"txt":"b"}]}`, influencekit.ErrUnknownMember, `post transcript has no member "txt"`},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			var p Post
			err := p.UnmarshalJSON([]byte(row.in)) // json.Unmarshal would answer a syntax error before the reader
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidJSON, "the package's own sentinel still matches")
			assert.ErrorIs(t, err, row.kind)
			assert.ErrorContains(t, err, row.text)
			for _, other := range []error{influencekit.ErrJSONSyntax, influencekit.ErrJSONType, influencekit.ErrUnknownMember, influencekit.ErrRepeatedMember} {
				if other != row.kind {
					assert.NotErrorIs(t, err, other, "one kind of error, not several")
				}
			}
		})
	}
}

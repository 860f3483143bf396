package disclosure

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
)

// The encoding/json forms the appenders replaced, spelled as plain structs
// with the same tags and member order: what MarshalJSON wrote before the
// appenders (json.Marshal of these, re-encoded without HTML escaping).
type (
	stdEdit struct {
		Start      int    `json:"start"`
		End        int    `json:"end"`
		StartUTF16 int    `json:"start_utf16"`
		EndUTF16   int    `json:"end_utf16"`
		Text       string `json:"text"`
	}
	stdFix struct {
		Message string    `json:"message"`
		Edits   []stdEdit `json:"edits"`
	}
	stdSpan struct {
		Segment int     `json:"segment"`
		Start   int     `json:"start"`
		End     int     `json:"end"`
		From    seconds `json:"from"`
		To      seconds `json:"to"`
	}
	stdFinding struct {
		Rule       Rule                  `json:"rule"`
		Severity   influencekit.Severity `json:"severity"`
		Start      int                   `json:"start"`
		End        int                   `json:"end"`
		StartUTF16 int                   `json:"start_utf16"`
		EndUTF16   int                   `json:"end_utf16"`
		Message    string                `json:"message"`
		Fixes      []stdFix              `json:"fixes"`
		Transcript *stdSpan              `json:"transcript,omitempty"`
		Overlay    *stdTextSpan          `json:"overlay,omitempty"`
		Source     *string               `json:"source"`
	}
	stdLabel struct {
		Start      int        `json:"start"`
		End        int        `json:"end"`
		StartUTF16 int        `json:"start_utf16"`
		EndUTF16   int        `json:"end_utf16"`
		Text       string     `json:"text"`
		Clarity    Clarity    `json:"clarity"`
		Connection Connection `json:"connection"`
		Source     *string    `json:"source"`
	}
	stdCategorySpan struct {
		Start      int `json:"start"`
		End        int `json:"end"`
		StartUTF16 int `json:"start_utf16"`
		EndUTF16   int `json:"end_utf16"`
	}
	stdTextSpan struct {
		Index int `json:"index"`
		Start int `json:"start"`
		End   int `json:"end"`
	}
	stdReport struct {
		Findings           []stdFinding     `json:"findings"`
		Disclosures        []stdLabel       `json:"disclosures"`
		Category           Category         `json:"category"`
		CategorySpan       *stdCategorySpan `json:"category_span,omitempty"`
		CategoryOverlay    *stdTextSpan     `json:"category_overlay,omitempty"`
		CategoryTranscript *stdTextSpan     `json:"category_transcript,omitempty"`
		Compliant          bool             `json:"compliant"`
	}
	stdSegment struct {
		Start seconds `json:"start"`
		Text  string  `json:"text"`
	}
	stdPost struct {
		Caption       string                `json:"caption"`
		Platform      influencekit.Platform `json:"platform"`
		Format        influencekit.Format   `json:"format"`
		Brand         string                `json:"brand"`
		Jurisdiction  Jurisdiction          `json:"jurisdiction"`
		Transcript    []stdSegment          `json:"transcript"`
		Duration      seconds               `json:"duration"`
		Edited        bool                  `json:"edited"`
		Connection    Connection            `json:"connection"`
		BrandIdentity *BrandIdentity        `json:"brand_identity,omitempty"`
		Alteration    Alteration            `json:"alteration"`
		Virtual       bool                  `json:"virtual_creator"`
		Category      Category              `json:"category"`
		AgeGated      bool                  `json:"age_gated"`
		Approval      string                `json:"approval"`
		Followers     int64                 `json:"followers"`
		PlatformLabel bool                  `json:"platform_label"`
		Overlays      []stdOverlay          `json:"overlays"`
	}
	stdOverlay struct {
		Start seconds `json:"start"`
		End   seconds `json:"end"`
		Text  string  `json:"text"`
	}
)

func stdReportOf(r Report) stdReport {
	w := stdReport{Findings: []stdFinding{}, Disclosures: []stdLabel{}, Category: r.Category, Compliant: r.Compliant()}
	if s := r.CategorySpan; s != nil {
		s16, e16, err := spanUTF16("span", s.Start, s.End, s.StartUTF16, s.EndUTF16)
		if err == nil {
			w.CategorySpan = &stdCategorySpan{Start: s.Start, End: s.End, StartUTF16: s16, EndUTF16: e16}
		}
	}
	if s := r.CategoryOverlay; s != nil {
		w.CategoryOverlay = &stdTextSpan{Index: s.Index, Start: s.Start, End: s.End}
	}
	if s := r.CategoryTranscript; s != nil {
		w.CategoryTranscript = &stdTextSpan{Index: s.Index, Start: s.Start, End: s.End}
	}
	for _, f := range r.Findings {
		sf := stdFinding{Rule: f.Rule, Severity: f.Severity, Start: f.Start, End: f.End,
			StartUTF16: f.StartUTF16, EndUTF16: f.EndUTF16, Message: f.Message,
			Fixes: []stdFix{}, Source: sourceJSON(f.Source)}
		for _, x := range f.Fixes {
			fx := stdFix{Message: x.Message, Edits: []stdEdit{}}
			for _, e := range x.Edits {
				fx.Edits = append(fx.Edits, stdEdit{Start: e.Start, End: e.End, StartUTF16: e.StartUTF16,
					EndUTF16: e.EndUTF16, Text: e.Text})
			}
			sf.Fixes = append(sf.Fixes, fx)
		}
		if s := f.Transcript; s != nil {
			sf.Transcript = &stdSpan{Segment: s.Segment, Start: s.Start, End: s.End, From: seconds(s.From), To: seconds(s.To)}
		}
		if s := f.Overlay; s != nil {
			sf.Overlay = &stdTextSpan{Index: s.Index, Start: s.Start, End: s.End}
		}
		w.Findings = append(w.Findings, sf)
	}
	for _, l := range r.Disclosures {
		w.Disclosures = append(w.Disclosures, stdLabel{Start: l.Start, End: l.End, StartUTF16: l.StartUTF16,
			EndUTF16: l.EndUTF16, Text: l.Text, Clarity: l.Clarity, Connection: l.Connection, Source: sourceJSON(l.Source)})
	}
	return w
}

func stdPostOf(p Post) stdPost {
	w := stdPost{Caption: p.Caption, Platform: p.Platform, Format: p.Format, Brand: p.Brand, Jurisdiction: p.Jurisdiction,
		Transcript: []stdSegment{}, Duration: seconds(p.Duration), Edited: p.Edited, Connection: p.Connection,
		Alteration: p.Alteration, Virtual: p.VirtualCreator, Category: p.Category, AgeGated: p.AgeGated,
		Approval: p.Approval, Followers: p.Followers, PlatformLabel: p.PlatformLabel, Overlays: []stdOverlay{}}
	for _, o := range p.Overlays {
		w.Overlays = append(w.Overlays, stdOverlay{Start: seconds(o.Start), End: seconds(o.End), Text: o.Text})
	}
	for _, s := range p.Transcript {
		w.Transcript = append(w.Transcript, stdSegment{Start: seconds(s.Start), Text: s.Text})
	}
	if !p.BrandIdentity.IsZero() {
		w.BrandIdentity = &p.BrandIdentity
	}
	return w
}

// stdJSON encodes v with encoding/json, HTML escaping as asked.
func stdJSON(t testing.TB, v any, escapeHTML bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(escapeHTML)
	require.NoError(t, enc.Encode(v))
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// assertSameJSON checks that a post's and its report's JSON, by their
// MarshalJSON and by json.Marshal (which adds HTML escapes), is byte for
// byte encoding/json's.
func assertSameJSON(t testing.TB, p Post) {
	t.Helper()
	r := Check(p)
	got, err := r.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(stdJSON(t, stdReportOf(r), false)), string(got), "Report.MarshalJSON for %q", p.Caption)
	got, err = json.Marshal(r)
	require.NoError(t, err)
	assert.Equal(t, string(stdJSON(t, stdReportOf(r), true)), string(got), "json.Marshal(Report) for %q", p.Caption)
	for _, f := range r.Findings {
		got, err := f.MarshalJSON()
		require.NoError(t, err)
		assert.Equal(t, string(stdJSON(t, stdReportOf(Report{Findings: []Finding{f}}).Findings[0], false)), string(got))
	}
	got, err = p.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(stdJSON(t, stdPostOf(p), false)), string(got), "Post.MarshalJSON for %q", p.Caption)
	got, err = json.Marshal(p)
	require.NoError(t, err)
	assert.Equal(t, string(stdJSON(t, stdPostOf(p), true)), string(got), "json.Marshal(Post) for %q", p.Caption)
}

// TestAppendersMatchEncodingJSON compares the appenders with encoding/json
// over the corpus, the sample post of the golden files and captions made
// to hold every escape.
func TestAppendersMatchEncodingJSON(t *testing.T) {
	posts := []Post{samplePost}
	for _, c := range loadCorpus(t) {
		posts = append(posts, Post{Caption: c, Brand: "Glow Co", Connection: Paid})
	}
	for _, c := range []string{
		"<b>#ad</b> & \"quotes\" \\ back\x00slash\x1f\b\f\n\r\t\x7f",
		"#ad line\u2028separator\u2029 and \xff\xfe invalid #sponsored",
		"#ad 😍 \u00e9 \u200d #partner <script>&amp;",
		"",
	} {
		posts = append(posts, Post{Caption: c, Brand: "Glow <Co> & \u2028", Transcript: []Segment{{Start: 1500 * time.Millisecond, Text: c}},
			Duration: -time.Nanosecond, Platform: influencekit.TikTok, Jurisdiction: FR, Connection: Gift})
	}
	posts = append(posts,
		Post{Caption: "Pubblicità Il mio venerdì", Jurisdiction: IT, Overlays: []Overlay{{End: time.Second, Text: "Il mio <spritz> & 🍹"}}},
		Post{Caption: "#ad New video", Jurisdiction: UK, Transcript: []Segment{{Text: "hi"}, {Start: time.Second, Text: "staking made simple"}}},
		Post{Caption: "Loving <this> serum", Connection: Paid, Overlays: []Overlay{{End: time.Second, Text: "new & \u2028 drop"}, {End: time.Second, Text: "😍 #gifted"}}})
	for _, p := range posts {
		assertSameJSON(t, p)
	}
}

// TestAppendStringMatchesEncodingJSON checks the escaper byte by byte on
// every single byte and on runes at the edges of its cases.
func TestAppendStringMatchesEncodingJSON(t *testing.T) {
	var inputs []string
	for b := range 256 {
		inputs = append(inputs, string([]byte{byte(b)}), "a"+string([]byte{byte(b)})+"z")
	}
	inputs = append(inputs, "\u2027\u2028\u2029\u202a", "\U0010ffff", "\xed\xa0\x80", "\xe2\x80", "é\xc3")
	for _, s := range inputs {
		for _, html := range []bool{false, true} {
			assert.Equal(t, string(stdJSON(t, s, html)), string(appendJSONString(nil, s, html)), "%q html=%v", s, html)
		}
	}
}

// TestAppendersKeepEnumErrors checks that a value outside an enum's
// declared constants is still an error, as encoding/json made it, and
// that the validity checks agree with MarshalText on every value.
func TestAppendersKeepEnumErrors(t *testing.T) {
	for v := range 256 {
		_, errS := influencekit.Severity(v).MarshalText()
		assert.Equal(t, errS == nil, validFinding(&Finding{Severity: influencekit.Severity(v)}), "severity %d", v)
		_, errC := Clarity(v).MarshalText()
		_, errN := Connection(v).MarshalText()
		assert.Equal(t, errC == nil && errN == nil, validLabel(&Label{Clarity: Clarity(v), Connection: Connection(v)}), "clarity and connection %d", v)
		_, errP := influencekit.Platform(v).MarshalText()
		_, okP := appendPost(nil, &Post{Platform: influencekit.Platform(v)})
		assert.Equal(t, errP == nil, okP, "platform %d", v)
		_, errF := influencekit.Format(v).MarshalText()
		_, okF := appendPost(nil, &Post{Format: influencekit.Format(v)})
		assert.Equal(t, errF == nil, okF, "format %d", v)
	}
	rows := []struct {
		name string
		v    json.Marshaler
	}{
		{"a finding's severity", Finding{Rule: "not-upfront", Severity: 9}},
		{"a report's finding", Report{Findings: []Finding{{Severity: 9}}}},
		{"a label's clarity", Label{Clarity: 99}},
		{"a label's connection", Label{Connection: 99}},
		{"a report's label", Report{Disclosures: []Label{{Connection: 99}}}},
		{"a report's overlay span", Report{CategoryOverlay: &TextSpan{Index: -1}}},
		{"a report's transcript span", Report{CategoryTranscript: &TextSpan{Start: 3, End: 2}}},
		{"a finding's overlay span", Finding{Rule: RuleVagueDisclosure, Overlay: &TextSpan{Index: -1}}},
		{"a report's finding's overlay span", Report{Findings: []Finding{{Rule: RuleVagueDisclosure, Overlay: &TextSpan{Start: 3, End: 2}}}}},
		{"a post's platform", Post{Platform: 99}},
		{"a post's format", Post{Format: 99}},
		{"a post's jurisdiction", Post{Jurisdiction: 99}},
		{"a post's connection", Post{Connection: 99}},
	}
	for _, row := range rows {
		_, err := row.v.MarshalJSON()
		assert.Error(t, err, row.name)
		_, err = json.Marshal(row.v)
		assert.Error(t, err, row.name)
	}
}

// FuzzAppendersMatchEncodingJSON: random captions through Check, then both
// marshallers agree byte for byte.
func FuzzAppendersMatchEncodingJSON(f *testing.F) {
	f.Add("#ad <b>Glow</b> & co\u2028 \xff", "Glow Co")
	f.Add(compliantCaption, "brewhouse")
	f.Add("Loving this serum #glow #skin #spon", "")
	f.Fuzz(func(t *testing.T, caption, brand string) {
		assertSameJSON(t, Post{Caption: caption, Brand: brand, Transcript: []Segment{{Text: caption}}, Connection: Paid})
		for _, html := range []bool{false, true} {
			assert.Equal(t, string(stdJSON(t, caption, html)), string(appendJSONString(nil, caption, html)))
		}
	})
}

// BenchmarkReportMarshalJSONStd is the encoding/json form of the corpus's
// reports (plain structs, no MarshalJSON per type), for a ratio in one
// binary with BenchmarkReportMarshalJSON.
func BenchmarkReportMarshalJSONStd(b *testing.B) {
	var reps []stdReport
	for _, c := range loadCorpus(b) {
		reps = append(reps, stdReportOf(Check(Post{Caption: c, Brand: "Glow Co", Connection: Paid})))
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, r := range reps {
			if _, err := marshal(r); err != nil {
				b.Fatal(err)
			}
		}
	}
}

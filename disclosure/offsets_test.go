package disclosure

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os/exec"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
)

// offsetCaptions are captions whose labels and findings come after text
// that UTF-8, UTF-16 and code points count differently.
var offsetCaptions = []struct {
	why     string
	caption string
}{
	{"emoji outside the BMP are 4 bytes, 2 UTF-16 units, 1 code point", "😍😍 love this serum #glow #skin #ad"},
	{"a flag is two regional indicators: 8 bytes, 4 units", "🇫🇷🇺🇸 trip of the year with @glowco #ad"},
	{"a ZWJ family is 7 code points in one glyph", "👩‍👩‍👧‍👦 family day, thanks @glowco #sponsored"},
	{"combining marks are code points of their own", "Cafe\u0301 cre\u0300me bru\u0302le\u0301e recipe #spon"},
	{"Arabic, right to left, 2 bytes a letter", "تجربة رائعة مع هذا المنتج #ad"},
	{"Hebrew with right-to-left marks", "\u200fמוצר מעולה\u200f לכולם #ad"},
	{"BMP symbols are 3 bytes and 1 unit", "☕️ morning ritual… #coffee #mug #ad"},
	{"invalid bytes count one each", "\xff\xfe bad bytes before #glow #skin #ad"},
	{"an encoded surrogate half is three invalid bytes", "\xed\xa0\x80 here #glow #skin #ad"},
	{"a truncated sequence is invalid byte by byte", "cut \xe2\x82 short #glow #skin #ad"},
	{"a label written in stylized letters of its own", "Été 😍 glow #ｓｐｏｎｓｏｒｅｄ #glow #skin"},
	{"a label of non-BMP letters: its edits span 2-unit characters", "Love it #𝐚𝐝 😍 so good 🇫🇷"},
	{"a label that is a sentence of its own between flags and emoji", "New drop 🇫🇷. #ad. More 😍"},
	{"a label between commas after an emoji, a flag at the end", "serum 😍, #ad, it sinks in 🇺🇸"},
}

// utf16Len is the independent expectation: the length of s as UTF-16,
// invalid bytes turned into U+FFFD one by one, as []rune does.
func utf16Len(s string) int { return len(utf16.Encode([]rune(s))) }

func TestConvertOffset(t *testing.T) {
	for _, c := range offsetCaptions {
		t.Run(c.why, func(t *testing.T) {
			s := c.caption
			for i := 0; i <= len(s); i++ {
				got16, err16 := ConvertOffset(s, i, UTF16)
				gotRunes, errRunes := ConvertOffset(s, i, Runes)
				gotBytes, errBytes := ConvertOffset(s, i, Bytes)
				if i > 0 && i < len(s) && insideValidRune(s, i) {
					assert.ErrorIs(t, err16, ErrInvalidOffset, "offset %d is inside a character", i)
					assert.ErrorIs(t, errRunes, ErrInvalidOffset)
					assert.ErrorIs(t, errBytes, ErrInvalidOffset)
					continue
				}
				require.NoError(t, err16, "offset %d", i)
				require.NoError(t, errRunes)
				require.NoError(t, errBytes)
				assert.Equal(t, utf16Len(s[:i]), got16, "UTF-16 at byte %d", i)
				assert.Equal(t, len([]rune(s[:i])), gotRunes, "runes at byte %d", i)
				assert.Equal(t, i, gotBytes)
			}
		})
	}
}

// insideValidRune reports whether byte i of s is a continuation byte of
// a valid character that starts before it, computed by decoding s from
// the start.
func insideValidRune(s string, i int) bool {
	for j := 0; j < len(s); {
		_, size := utf8.DecodeRuneInString(s[j:])
		if j < i && i < j+size {
			return true
		}
		j += size
	}
	return false
}

func TestConvertOffsetErrors(t *testing.T) {
	rows := []struct {
		why     string
		caption string
		offset  int
		unit    Unit
		want    error
	}{
		{"a negative offset", "#ad", -1, UTF16, ErrInvalidOffset},
		{"past the end", "#ad", 4, Runes, ErrInvalidOffset},
		{"inside an emoji", "😍#ad", 2, UTF16, ErrInvalidOffset},
		{"an undeclared unit", "#ad", 1, Unit(9), ErrUnknownUnit},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			_, err := ConvertOffset(row.caption, row.offset, row.unit)
			assert.ErrorIs(t, err, row.want)
		})
	}
}

// spanJSON is the span part of a finding's, label's or edit's JSON.
type spanJSON struct {
	Start      int `json:"start"`
	End        int `json:"end"`
	StartUTF16 int `json:"start_utf16"`
	EndUTF16   int `json:"end_utf16"`
}

// editSpanJSON is an edit's JSON.
type editSpanJSON struct {
	spanJSON
	Text string `json:"text"`
}

// fixSpansJSON is the edits part of a fix's JSON.
type fixSpansJSON struct {
	Edits []editSpanJSON `json:"edits"`
}

// reportJSONSpans is the part of a report's JSON that places things in
// the caption.
type reportJSONSpans struct {
	Findings []struct {
		spanJSON
		Fixes []fixSpansJSON `json:"fixes"`
	} `json:"findings"`
	Disclosures []spanJSON `json:"disclosures"`
}

// readReportSpans reads back r's JSON.
func readReportSpans(t *testing.T, r Report) reportJSONSpans {
	t.Helper()
	data, err := json.Marshal(r)
	require.NoError(t, err)
	var rj reportJSONSpans
	require.NoError(t, json.Unmarshal(data, &rj))
	return rj
}

// reportSpans returns the spans of every finding, every edit of their
// fixes and every label, as r's JSON gives them.
func reportSpans(t *testing.T, r Report) []spanJSON {
	t.Helper()
	rj := readReportSpans(t, r)
	var spans []spanJSON
	for _, f := range rj.Findings {
		spans = append(spans, f.spanJSON)
		for _, x := range f.Fixes {
			for _, e := range x.Edits {
				spans = append(spans, e.spanJSON)
			}
		}
	}
	return append(spans, rj.Disclosures...)
}

// reportFixes returns the edits of every fix of r, as r's JSON gives
// them, one list per fix.
func reportFixes(t *testing.T, r Report) [][]editSpanJSON {
	t.Helper()
	var fixes [][]editSpanJSON
	for _, f := range readReportSpans(t, r).Findings {
		for _, x := range f.Fixes {
			fixes = append(fixes, x.Edits)
		}
	}
	return fixes
}

// applyByteEdits applies one fix's edits to caption by their byte
// offsets, last first, and returns the text as a JavaScript program that
// read the caption from JSON sees it: each invalid byte one U+FFFD.
func applyByteEdits(caption string, edits []editSpanJSON) string {
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		caption = caption[:e.Start] + e.Text + caption[e.End:]
	}
	return string([]rune(caption))
}

// applyUTF16Edits applies one fix's edits to caption as UTF-16 code
// units, by start_utf16 and end_utf16, last first: what a JavaScript,
// Java or C# program does with its string of the caption.
func applyUTF16Edits(caption string, edits []editSpanJSON) string {
	u := utf16.Encode([]rune(caption))
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		u = slices.Concat(u[:e.StartUTF16], utf16.Encode([]rune(e.Text)), u[e.EndUTF16:])
	}
	return string(utf16.Decode(u))
}

// utf16Post is the post the UTF-16 tests check: edited, so that every
// report has an edit at the end of the caption too.
func utf16Post(caption string) Post {
	return Post{Caption: caption, Platform: influencekit.Instagram, Brand: "Glow Co", Edited: true}
}

func TestReportUTF16Spans(t *testing.T) {
	shifted := 0 // edits whose UTF-16 span differs from their bytes
	for _, c := range offsetCaptions {
		t.Run(c.why, func(t *testing.T) {
			r := Check(utf16Post(c.caption))
			spans := reportSpans(t, r)
			require.NotEmpty(t, r.Disclosures, "the caption must have a label to place")
			for _, sp := range spans {
				assert.Equal(t, utf16Len(c.caption[:sp.Start]), sp.StartUTF16, "start of %+v", sp)
				assert.Equal(t, utf16Len(c.caption[:sp.End]), sp.EndUTF16, "end of %+v", sp)
			}
			fixes := reportFixes(t, r)
			require.NotEmpty(t, fixes, "the caption must have fixes to apply")
			for _, edits := range fixes {
				for _, e := range edits {
					if e.StartUTF16 != e.Start || e.EndUTF16 != e.End {
						shifted++
					}
				}
				assert.Equal(t, applyByteEdits(c.caption, edits), applyUTF16Edits(c.caption, edits),
					"a fix applied by UTF-16 units gives the text it gives by bytes: %+v", edits)
			}
		})
	}
	assert.Positive(t, shifted, "some edits must come after or span characters UTF-16 counts apart from bytes")
}

// TestReportUTF16SpansInJavaScript asks node what JavaScript makes of the
// same captions: it parses the caption as Go's encoding/json wrote it and
// takes, as JavaScript indexes, the lengths of the caption's text before
// and up to each span (also as Go wrote them), and checks that slicing the
// caption at those indexes gives back that text. Then it applies every
// fix of the report, as Go's JSON gives it, to its string of the caption
// with start_utf16, end_utf16 and String.prototype.slice: the text must be
// what applying the edits by byte offsets in Go gives.
func TestReportUTF16SpansInJavaScript(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: JavaScript's indexes are checked only where it is")
	}
	type jsSpan struct {
		Prefix string `json:"prefix"` // caption[:start]
		Text   string `json:"text"`   // caption[start:end]
	}
	type jsCase struct {
		Caption string          `json:"caption"`
		Spans   []jsSpan        `json:"spans"`
		Report  json.RawMessage `json:"report"` // the report's JSON, as a service sends it
	}
	var cases []jsCase
	var want [][]spanJSON
	var wantFixed [][]string
	for _, c := range offsetCaptions {
		r := Check(utf16Post(c.caption))
		spans := reportSpans(t, r)
		report, err := json.Marshal(r)
		require.NoError(t, err)
		jc := jsCase{Caption: c.caption, Report: report}
		for _, sp := range spans {
			jc.Spans = append(jc.Spans, jsSpan{Prefix: c.caption[:sp.Start], Text: c.caption[sp.Start:sp.End]})
		}
		var fixed []string
		for _, edits := range reportFixes(t, r) {
			fixed = append(fixed, applyByteEdits(c.caption, edits))
		}
		require.NotEmpty(t, fixed, "%s: the caption must have fixes to apply", c.why)
		cases = append(cases, jc)
		want = append(want, spans)
		wantFixed = append(wantFixed, fixed)
	}
	input, err := json.Marshal(cases)
	require.NoError(t, err)
	const script = `
let input = '';
process.stdin.on('data', d => input += d);
process.stdin.on('end', () => {
  const out = JSON.parse(input).map(c => ({
    spans: c.spans.map(sp => {
      const start = sp.prefix.length, end = start + sp.text.length;
      if (c.caption.slice(0, start) !== sp.prefix || c.caption.slice(start, end) !== sp.text) {
        throw new Error('slice mismatch in ' + JSON.stringify(c.caption));
      }
      return [start, end];
    }),
    fixed: c.report.findings.flatMap(f => f.fixes.map(x =>
      x.edits.reduceRight((s, e) => s.slice(0, e.start_utf16) + e.text + s.slice(e.end_utf16), c.caption))),
  }));
  process.stdout.write(JSON.stringify(out));
});`
	cmd := exec.Command(node, "-e", script)
	cmd.Stdin = bytes.NewReader(input)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "node: %s", stderr.String())
	var got []struct {
		Spans [][2]int `json:"spans"`
		Fixed []string `json:"fixed"`
	}
	require.NoError(t, json.Unmarshal(out, &got))
	require.Len(t, got, len(want))
	for i, spans := range want {
		require.Len(t, got[i].Spans, len(spans), offsetCaptions[i].why)
		for j, sp := range spans {
			assert.Equal(t, [2]int{sp.StartUTF16, sp.EndUTF16}, got[i].Spans[j], "%s: span %d", offsetCaptions[i].why, j)
		}
		assert.Equal(t, wantFixed[i], got[i].Fixed, "%s: fixes applied in JavaScript by UTF-16 units", offsetCaptions[i].why)
	}
}

func TestUnitText(t *testing.T) {
	for _, u := range []Unit{Bytes, UTF16, Runes} {
		text, err := u.MarshalText()
		require.NoError(t, err)
		var back Unit
		require.NoError(t, back.UnmarshalText([]byte(strings.ToUpper(string(text)))), "parsing ignores case")
		assert.Equal(t, u, back)
	}
	_, err := Unit(7).MarshalText()
	assert.ErrorIs(t, err, ErrUnknownUnit)
	_, err = ParseUnit("graphemes")
	assert.ErrorIs(t, err, ErrUnknownUnit)
}

// FuzzCountChars holds countChars, whose valid-text path sums a byte
// table, to utf16.Encode and utf8.RuneCountInString on any bytes, valid
// or not (an invalid byte counts as one character).
func FuzzCountChars(f *testing.F) {
	for _, s := range []string{"", "abc", "héllo 🎉 #ad", "\xff\xfe", "a\xf0\x9f\x8e", "\xed\xa0\x80", "日本語🇫🇷"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := countChars(s, unitUTF16), utf16Len(s); got != want {
			t.Errorf("countChars(%q, UTF-16) = %d, utf16.Encode gives %d", s, got, want)
		}
		if got, want := countChars(s, unitRunes), utf8.RuneCountInString(s); got != want {
			t.Errorf("countChars(%q, runes) = %d, want %d", s, got, want)
		}
	})
}

// FuzzEditSpansUTF16 holds every edit Check makes, for any caption, to
// ConvertOffset: its start_utf16 and end_utf16 are its byte offsets
// converted to UTF16, and those offsets fall between characters.
func FuzzEditSpansUTF16(f *testing.F) {
	f.Add("Love it #𝐚𝐝 😍 so good 🇫🇷", uint8(0), true)
	f.Add("👩‍👩‍👧‍👦 family day, thanks @glowco #sponsored", uint8(1), false)
	f.Add("\xff Cafe\u0301 #spon, nice 🇺🇸", uint8(3), true)
	f.Fuzz(func(t *testing.T, caption string, j uint8, edited bool) {
		r := Check(Post{Caption: caption, Jurisdiction: Jurisdiction(j % 9), Platform: influencekit.Instagram, Edited: edited})
		for _, edits := range reportFixes(t, r) {
			for _, e := range edits {
				start16, err := ConvertOffset(caption, e.Start, UTF16)
				require.NoError(t, err, "edit %+v of %q", e, caption)
				end16, err := ConvertOffset(caption, e.End, UTF16)
				require.NoError(t, err, "edit %+v of %q", e, caption)
				assert.Equal(t, [2]int{start16, end16}, [2]int{e.StartUTF16, e.EndUTF16}, "edit %+v of %q", e, caption)
			}
		}
	})
}

// TestUTF16MarksAnyOrder holds the converter's marks to an independent
// count (unicode/utf16 over the runes before each offset): offsets asked
// in any order, again, and more of them than it keeps marks for, in a
// caption whose characters take one, two and three bytes and one and two
// UTF-16 units.
func TestUTF16MarksAnyOrder(t *testing.T) {
	caption := "Café 😍 déjà vu #ad — 🇫🇷 naïve ✨ thanks @glowco 💯 fin"
	var offsets []int
	for i := range caption {
		offsets = append(offsets, i)
	}
	offsets = append(offsets, len(caption))
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(offsets), func(i, j int) { offsets[i], offsets[j] = offsets[j], offsets[i] })
	um := newUTF16Marks(caption, len(caption))
	for _, off := range append(offsets, offsets...) {
		want := len(utf16.Encode([]rune(caption[:off])))
		assert.Equal(t, want, um.units(off), "offset %d", off)
	}
}

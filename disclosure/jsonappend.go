package disclosure

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/influencekit/influencekit"
)

// The JSON forms of a Report and its parts are written by appenders into
// one buffer: encoding/json with a MarshalJSON per type re-encodes every
// nested value (and reflects over a wrapper struct for each), which cost
// several times Check itself. The output is byte for byte what the
// encoding/json form (the wrapper structs beside each MarshalJSON, encoded
// without HTML escaping) gives; jsonappend_test.go checks this over the
// corpus, the golden files and a fuzz target. A value outside an enum's
// declared constants is left to that encoding/json form, so that its error
// is the same.

// validReport reports whether every enum in r has a declared value and
// every span a UTF-16 span it can have (spanUTF16), so that appendReport
// writes what encoding/json would; encoding/json reports the error.
func validReport(r Report) bool {
	for i := range r.Findings {
		if !validFinding(&r.Findings[i]) {
			return false
		}
	}
	for i := range r.Disclosures {
		if !validLabel(&r.Disclosures[i]) {
			return false
		}
	}
	if s := r.CategorySpan; s != nil {
		if _, _, err := spanUTF16("span", s.Start, s.End, s.StartUTF16, s.EndUTF16); err != nil {
			return false
		}
	}
	for _, s := range [...]*TextSpan{r.CategoryOverlay, r.CategoryTranscript} {
		if s != nil && checkTextSpan(*s) != nil {
			return false
		}
	}
	return int(r.Category) < categoryNames.Len()
}

func validFinding(f *Finding) bool {
	if _, _, err := spanUTF16("finding", f.Start, f.End, f.StartUTF16, f.EndUTF16); err != nil {
		return false
	}
	for _, x := range f.Fixes {
		for _, e := range x.Edits {
			if _, _, err := spanUTF16("edit", e.Start, e.End, e.StartUTF16, e.EndUTF16); err != nil {
				return false
			}
		}
	}
	if f.Overlay != nil && checkTextSpan(*f.Overlay) != nil {
		return false
	}
	return f.Severity <= influencekit.SeverityError
}

func validLabel(l *Label) bool {
	if _, _, err := spanUTF16("label", l.Start, l.End, l.StartUTF16, l.EndUTF16); err != nil {
		return false
	}
	return int(l.Clarity) < clarityNames.Len() && int(l.Connection) < connectionNames.Len()
}

// appendReport writes r's JSON form (see [Report.MarshalJSON]); every enum
// must be valid (validReport).
func appendReport(b []byte, r Report) []byte {
	b = append(b, `{"findings":[`...)
	for i := range r.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendFinding(b, &r.Findings[i])
	}
	b = append(b, `],"disclosures":[`...)
	for i := range r.Disclosures {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendLabel(b, &r.Disclosures[i])
	}
	b = append(b, `],"category":`...)
	b = appendJSONString(b, r.Category.String(), false)
	if s := r.CategorySpan; s != nil {
		b = append(b, `,"category_span":{`...)
		b = append(appendSpan(b, s.Start, s.End, s.StartUTF16, s.EndUTF16), '}')
	}
	if s := r.CategoryOverlay; s != nil {
		b = appendTextSpan(append(b, `,"category_overlay":`...), s)
	}
	if s := r.CategoryTranscript; s != nil {
		b = appendTextSpan(append(b, `,"category_transcript":`...), s)
	}
	b = append(b, `,"compliant":`...)
	b = strconv.AppendBool(b, r.Compliant())
	return append(b, '}')
}

// appendFinding writes f's JSON form (see [Finding.MarshalJSON]); f's
// severity must be valid.
func appendFinding(b []byte, f *Finding) []byte {
	b = append(b, `{"rule":`...)
	b = appendJSONString(b, string(f.Rule), false)
	b = append(b, `,"severity":`...)
	b = appendJSONString(b, f.Severity.String(), false)
	b = appendSpan(append(b, ','), f.Start, f.End, f.StartUTF16, f.EndUTF16)
	b = append(b, `,"message":`...)
	b = appendJSONString(b, f.Message, false)
	b = append(b, `,"fixes":[`...)
	for i := range f.Fixes {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendFix(b, &f.Fixes[i])
	}
	b = append(b, ']')
	if f.Transcript != nil {
		b = append(b, `,"transcript":`...)
		b = appendTranscriptSpan(b, f.Transcript)
	}
	if f.Overlay != nil {
		b = appendTextSpan(append(b, `,"overlay":`...), f.Overlay)
	}
	b = appendSource(b, f.Source)
	return append(b, '}')
}

// appendSpan writes the members "start", "end", "start_utf16" and
// "end_utf16", separated by commas; a UTF-16 span of 0, 0 is not counted
// and written as the byte offsets (see spanUTF16).
func appendSpan(b []byte, start, end, start16, end16 int) []byte {
	if start16 == 0 && end16 == 0 {
		start16, end16 = start, end
	}
	b = append(b, `"start":`...)
	b = strconv.AppendInt(b, int64(start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(end), 10)
	b = append(b, `,"start_utf16":`...)
	b = strconv.AppendInt(b, int64(start16), 10)
	b = append(b, `,"end_utf16":`...)
	return strconv.AppendInt(b, int64(end16), 10)
}

// appendSource writes the member "source" after a comma: null for none.
func appendSource(b []byte, key string) []byte {
	b = append(b, `,"source":`...)
	if key == "" {
		return append(b, "null"...)
	}
	return appendJSONString(b, key, false)
}

// appendFix writes f's JSON form (see [Fix.MarshalJSON]).
func appendFix(b []byte, f *Fix) []byte {
	b = append(b, `{"message":`...)
	b = appendJSONString(b, f.Message, false)
	b = append(b, `,"edits":[`...)
	for i := range f.Edits {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendEdit(b, &f.Edits[i])
	}
	return append(b, "]}"...)
}

// appendEdit writes e's JSON form (see [Edit.MarshalJSON]).
func appendEdit(b []byte, e *Edit) []byte {
	b = appendSpan(append(b, '{'), e.Start, e.End, e.StartUTF16, e.EndUTF16)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, e.Text, false)
	return append(b, '}')
}

// appendLabel writes l's JSON form (see [Label.MarshalJSON]); its enums
// must be valid.
func appendLabel(b []byte, l *Label) []byte {
	b = appendSpan(append(b, '{'), l.Start, l.End, l.StartUTF16, l.EndUTF16)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, l.Text, false)
	b = append(b, `,"clarity":`...)
	b = appendJSONString(b, l.Clarity.String(), false)
	b = append(b, `,"connection":`...)
	b = appendJSONString(b, l.Connection.String(), false)
	b = appendSource(b, l.Source)
	return append(b, '}')
}

// appendTranscriptSpan writes s's JSON form (see
// [TranscriptSpan.MarshalJSON]).
func appendTranscriptSpan(b []byte, s *TranscriptSpan) []byte {
	b = append(b, `{"segment":`...)
	b = strconv.AppendInt(b, int64(s.Segment), 10)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	b = append(b, `,"from":`...)
	b = appendSeconds(b, s.From)
	b = append(b, `,"to":`...)
	b = appendSeconds(b, s.To)
	return append(b, '}')
}

// appendTextSpan writes s's JSON form (see [TextSpan.MarshalJSON]); s
// must be valid (checkTextSpan).
func appendTextSpan(b []byte, s *TextSpan) []byte {
	b = append(b, `{"index":`...)
	b = strconv.AppendInt(b, int64(s.Index), 10)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(s.End), 10)
	return append(b, '}')
}

// appendSegment writes s's JSON form (see [Segment.MarshalJSON]).
func appendSegment(b []byte, start time.Duration, text string) []byte {
	b = append(b, `{"start":`...)
	b = appendSeconds(b, start)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, text, false)
	return append(b, '}')
}

const hexDigits = "0123456789abcdef"

// appendJSONString writes s as a JSON string exactly as encoding/json
// does: '"' and '\\' escaped, \b \f \n \r \t by name, other control bytes
// as \u00XX, U+2028 and U+2029 as \u2028 and \u2029, each invalid UTF-8
// byte as \ufffd, and with escapeHTML also '<', '>' and '&' as \u003c,
// \u003e and \u0026.
func appendJSONString(b []byte, s string, escapeHTML bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && (!escapeHTML || (c != '<' && c != '>' && c != '&')) {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// reportJSONSize estimates the length of r's JSON form, so that
// appendReport usually fills one allocation.
func reportJSONSize(r Report) int {
	n := 64
	for i := range r.Findings {
		f := &r.Findings[i]
		n += 192 + len(f.Message) + len(f.Source)
		if f.Transcript != nil {
			n += 96
		}
		for j := range f.Fixes {
			n += 32 + len(f.Fixes[j].Message)
			for k := range f.Fixes[j].Edits {
				n += 72 + len(f.Fixes[j].Edits[k].Text)
			}
		}
	}
	for i := range r.Disclosures {
		n += 144 + len(r.Disclosures[i].Text) + len(r.Disclosures[i].Source)
	}
	if r.CategorySpan != nil || r.CategoryOverlay != nil || r.CategoryTranscript != nil {
		n += 96
	}
	return n
}

// appendOverlay writes o's JSON form (see [Overlay.MarshalJSON]).
func appendOverlay(b []byte, o *Overlay) []byte {
	b = append(b, `{"start":`...)
	b = appendSeconds(b, o.Start)
	b = append(b, `,"end":`...)
	b = appendSeconds(b, o.End)
	b = append(b, `,"text":`...)
	b = appendJSONString(b, o.Text, false)
	return append(b, '}')
}

// appendPost writes p's JSON form (see [Post.MarshalJSON]). It reports
// false, writing nothing useful, when an enum is outside its declared
// constants or the brand identity does not marshal: the encoding/json form
// then says why.
func appendPost(b []byte, p *Post) ([]byte, bool) {
	// String names a value outside the declared constants "platform(13)",
	// and no name ends in ")": MarshalText would tell the same by copying
	// the name.
	platform, format := p.Platform.String(), p.Format.String()
	if strings.HasSuffix(platform, ")") || strings.HasSuffix(format, ")") ||
		int(p.Jurisdiction) >= jurisdictionNames.Len() || int(p.Connection) >= connectionNames.Len() ||
		int(p.Alteration) >= alterationNames.Len() || int(p.Category) >= categoryNames.Len() {
		return b, false
	}
	b = append(b, `{"caption":`...)
	b = appendJSONString(b, p.Caption, false)
	b = append(b, `,"platform":`...)
	b = appendJSONString(b, platform, false)
	b = append(b, `,"format":`...)
	b = appendJSONString(b, format, false)
	b = append(b, `,"brand":`...)
	b = appendJSONString(b, p.Brand, false)
	b = append(b, `,"jurisdiction":`...)
	b = appendJSONString(b, p.Jurisdiction.String(), false)
	b = append(b, `,"transcript":[`...)
	for i := range p.Transcript {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendSegment(b, p.Transcript[i].Start, p.Transcript[i].Text)
	}
	b = append(b, `],"duration":`...)
	b = appendSeconds(b, p.Duration)
	b = append(b, `,"edited":`...)
	b = strconv.AppendBool(b, p.Edited)
	b = append(b, `,"connection":`...)
	b = appendJSONString(b, p.Connection.String(), false)
	if !p.BrandIdentity.IsZero() {
		identity, err := marshal(p.BrandIdentity) // a copy, so that p does not escape
		if err != nil {
			return b, false
		}
		b = append(b, `,"brand_identity":`...)
		b = append(b, identity...)
	}
	b = append(b, `,"alteration":`...)
	b = appendJSONString(b, p.Alteration.String(), false)
	b = append(b, `,"virtual_creator":`...)
	b = strconv.AppendBool(b, p.VirtualCreator)
	b = append(b, `,"category":`...)
	b = appendJSONString(b, p.Category.String(), false)
	b = append(b, `,"age_gated":`...)
	b = strconv.AppendBool(b, p.AgeGated)
	b = append(b, `,"approval":`...)
	b = appendJSONString(b, p.Approval, false)
	b = append(b, `,"followers":`...)
	b = strconv.AppendInt(b, p.Followers, 10)
	b = append(b, `,"platform_label":`...)
	b = strconv.AppendBool(b, p.PlatformLabel)
	b = append(b, `,"overlays":[`...)
	for i := range p.Overlays {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendOverlay(b, &p.Overlays[i])
	}
	return append(b, ']', '}'), true
}

package disclosure

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure/internal/lex"
	"golang.org/x/text/unicode/norm"
)

// What a message template's placeholders are filled with when the report
// stage writes a finding's message (appendTemplate lists them): quoted
// labels and captions, a platform's name, a duration, a category, what an
// altered post shows.

// appendTemplate appends a message template (parseTemplate) filled in for
// record r of in under table m. With in nil it fills only the table's
// placeholders and reports false for a template that names any other.
// The placeholders:
//
//   - the table's: {authority} ("US FTC"), {default}, {editing} and {ai}
//     (its default, editing and AI labels, quoted), {citation} (the rule that asks
//     for evidence of a claim), {mismatch-sources} (the keys
//     mismatched-disclosure cites), {max-tags} (maxTagsBefore)
//   - the label's: {label} (as written, quoted), {fix} (the clear label
//     its row names, quoted), {plain} (written without stylized or
//     invisible characters, quoted), {todo} (the advice that ends a
//     placement message), {run} (the hashtags of its run),
//     {tags-before} (the hashtags before it)
//   - the post's: {platform}, {fold-at} and {fold} (the character the best
//     label starts at, and the platform's fold), {ai-content} (what its
//     alteration makes it show: "shows content made or changed by AI"),
//     {category} (the category judged, in words: "nicotine products")
//   - a category record's: {line-text} (its category line's warning,
//     exemption, approver or notice, quoted), {line-followers} (its
//     notify-from threshold, with thousands separated: "100,000"),
//     {line-authority} (who states the line's rule: its authority=, or
//     the table's authority), {line-form} (the form of its registration
//     number: "INA or INH and 9 digits, such as INA000012345")
//   - a transcript record's: {spoken} (the spoken label, quoted),
//     {spoken-at} and {segment} (when it is said, and in which segment),
//     {from}, {to} and {length} (the stretch of the video), {gap} (the
//     live gap)
func appendTemplate(b []byte, tm template, m *matcher, in *ruleContext, r *record) ([]byte, bool) {
	t := m.table
	for _, part := range tm {
		b = append(b, part.text...)
		switch part.ph {
		case phNone:
			continue
		case phAuthority:
			b = append(b, t.authority...)
			continue
		case phDefault:
			b = appendQuote(b, t.defaultLabel)
			continue
		case phEditing:
			b = appendQuote(b, t.editingLabel)
			continue
		case phAI:
			b = appendQuote(b, t.aiLabel)
			continue
		case phCitation:
			b = append(b, t.claimCitation...)
			continue
		case phMismatchSources:
			b = append(b, t.mismatchSources()...)
			continue
		case phMaxTags:
			b = strconv.AppendInt(b, int64(t.maxTagsBefore), 10)
			continue
		}
		if in == nil {
			return b, false
		}
		f := &noLabel
		if r.label >= 0 {
			f = &in.found[r.label]
		}
		var spoken spokenLabel
		if part.ph == phSpoken || part.ph == phSpokenAt || part.ph == phSegment {
			spoken, _ = in.spokenOf(r)
		}
		switch part.ph {
		case phLabel:
			b = appendQuote(b, in.labelText(r, f))
		case phFix:
			b = appendQuote(b, t.terms[f.row].fix)
		case phTodo:
			if f.single {
				b = append(b, "move it to the start of the caption"...)
			} else {
				b = append(b, m.placementTodo...)
			}
		case phRun:
			b = strconv.AppendInt(b, int64(f.runLen), 10)
		case phTagsBefore:
			b = strconv.AppendInt(b, int64(f.tagsBefore), 10)
		case phPlatform:
			b = appendPlatform(b, in.post.Platform)
		case phFoldAt:
			b = strconv.AppendInt(b, int64(in.fold.at), 10)
		case phFold:
			b = strconv.AppendInt(b, int64(in.fold.chars), 10)
		case phSpoken:
			b = appendQuote(b, in.transcript[spoken.segment].Text[spoken.start:spoken.end])
		case phSpokenAt:
			b = appendDuration(b, spoken.at)
		case phSegment:
			b = strconv.AppendInt(b, int64(spoken.segment), 10)
		case phFrom:
			b = appendDuration(b, r.from)
		case phTo:
			b = appendDuration(b, r.to)
		case phLength:
			b = appendDuration(b, r.to-r.from)
		case phGap:
			b = appendDuration(b, in.liveGap)
		case phAIContent:
			b = appendAIContent(b, in.alteration)
		case phCategory:
			b = appendCategory(b, in.category)
		case phLineText:
			if r.line >= 0 && int(r.line) < len(t.categories) {
				b = appendQuote(b, t.categories[r.line].text)
			}
		case phLineFollowers:
			if r.line >= 0 && int(r.line) < len(t.categories) {
				b = appendThousands(b, t.categories[r.line].followers)
			}
		case phLineAuthority:
			b = append(b, t.lineAuthority(r.line)...)
		case phLineForm:
			if r.line >= 0 && int(r.line) < len(t.categories) {
				b = appendNumberForm(b, &t.categories[r.line])
			}
		case phPlain:
			var plain [128]byte
			b = appendQuote(b, string(appendPlainText(plain[:0], in.post.Caption[f.start:f.end])))
		}
	}
	return b, true
}

// lineAuthority returns who states the rule of category line i of t, as
// messages name it: the line's authority=, or the pack's authority for a
// line without one or an index out of range.
func (t *termTable) lineAuthority(i int16) string {
	if i >= 0 && int(i) < len(t.categories) && t.categories[i].authority != "" {
		return t.categories[i].authority
	}
	return t.authority
}

// appendNumberForm appends the form of line's registration number in
// words, with an example: "INA or INH and 9 digits, such as
// INA000012345" (the example's digits are zeros ending in 12345, or in
// as many of those digits as the form has).
func appendNumberForm(b []byte, line *categoryRule) []byte {
	first, _, _ := strings.Cut(line.numberPrefixes, "|")
	for rest, n := line.numberPrefixes, 0; rest != ""; n++ {
		prefix, after, more := strings.Cut(rest, "|")
		switch {
		case n == 0:
		case more:
			b = append(b, ", "...)
		default:
			b = append(b, " or "...)
		}
		b = append(b, prefix...)
		rest = after
	}
	b = append(b, " and "...)
	b = strconv.AppendInt(b, int64(line.numberDigits), 10)
	b = append(b, " digits, such as "...)
	b = append(b, first...)
	const tail = "12345"
	for i := line.numberDigits; i > len(tail); i-- {
		b = append(b, '0')
	}
	return append(b, tail[max(0, len(tail)-line.numberDigits):]...)
}

// appendThousands appends n, at least 0, in digits with a comma between
// each group of three: 100000 is "100,000".
func appendThousands(b []byte, n int64) []byte {
	var digits [20]byte
	d := strconv.AppendInt(digits[:0], n, 10)
	for i, c := range d {
		if i > 0 && (len(d)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, c)
	}
	return b
}

// appendPlatform appends p's name, or "the platform" for
// UnknownPlatform.
func appendPlatform(b []byte, p influencekit.Platform) []byte {
	if p == influencekit.UnknownPlatform {
		return append(b, "the platform"...)
	}
	return append(b, p.String()...)
}

// appendDuration appends formatDuration(d) to b.
func appendDuration(b []byte, d time.Duration) []byte {
	if d < 0 {
		d = 0
	}
	tenths := int64(d / (100 * time.Millisecond))
	s := tenths / 10
	h, m, sec := s/3600, s/60%60, s%60
	if h > 0 {
		b = strconv.AppendInt(b, h, 10)
		b = append(b, ':')
		if m < 10 {
			b = append(b, '0')
		}
	}
	b = strconv.AppendInt(b, m, 10)
	b = append(b, ':')
	if sec < 10 {
		b = append(b, '0')
	}
	b = strconv.AppendInt(b, sec, 10)
	if t := tenths % 10; t != 0 {
		b = append(b, '.', byte('0'+t))
	}
	return b
}

// mismatchSources returns the SOURCES.md keys mismatched-disclosure's
// message cites: the pack's "mismatch-sources" (the US pack cites the
// ASA's guide that the FTC's answers agree with), or its own guidance.
func (t *termTable) mismatchSources() string {
	if len(t.mismatchSourceKeys) == 0 {
		return t.source
	}
	return strings.Join(t.mismatchSourceKeys, ", ")
}

// appendQuote appends s quoted like strconv.AppendQuote; printable ASCII
// without quotes or backslashes, most labels, is copied as is.
func appendQuote(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < ' ' || c > '~' || c == '"' || c == '\\' {
			return strconv.AppendQuote(b, s)
		}
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

// appendPlainText appends s without its stylized letters and invisible
// characters: each rune NFKC normalizes to a compatibility form is
// replaced by it, invisible ones are dropped, and case is kept. Nothing
// it appends to b escapes, so that a caller's stack buffer stays on the
// stack (norm allocates for the rare stylized rune whose decomposition is
// not ASCII).
func appendPlainText(b []byte, s string) []byte {
	var scratch [lex.RuneScratch]byte
	for i := 0; i < len(s); {
		fr := lex.ReadRune(s, i, &scratch)
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case fr.Class() == lex.ClassInvisible:
		case fr.Altered():
			src := s[i : i+size]
			if d := norm.NFKC.PropertiesString(src).Decomposition(); len(d) > 0 && asciiPrefix(string(d)) == len(d) {
				// A stylized letter or digit ("𝐚", "①"): an all-ASCII
				// decomposition composes with nothing, so it is the NFKC
				// form, without norm's composition buffer.
				b = append(b, d...)
			} else {
				b = append(b, norm.NFKC.String(src)...)
			}
		default:
			b = utf8.AppendRune(b, r)
		}
		i += fr.Size()
	}
	return b
}

// appendAIContent appends what a post with alteration a shows, for
// undisclosed-ai-content's message: AI content, a deep fake, or (for an
// unaltered post) a computer-generated creator.
func appendAIContent(b []byte, a Alteration) []byte {
	switch a {
	case DeepFake:
		return append(b, "shows an AI likeness of a real person, object, place or event (a deep fake)"...)
	case Generated:
		return append(b, "shows content made or changed by AI"...)
	}
	return append(b, "comes from a computer-generated creator"...)
}

// appendCategory appends a category's name in a message's words
// ("nicotine products").
func appendCategory(b []byte, c Category) []byte {
	switch c {
	case LessHealthyFood:
		return append(b, "less-healthy food"...)
	case Alcohol:
		return append(b, "alcohol"...)
	case Nicotine:
		return append(b, "nicotine products"...)
	case Gambling:
		return append(b, "gambling"...)
	case Investment:
		return append(b, "financial instruments (CFDs, forex, shares)"...)
	case Crypto:
		return append(b, "crypto-assets"...)
	case CosmeticProcedure:
		return append(b, "cosmetic procedures"...)
	case PrescriptionMedicine:
		return append(b, "prescription medicines"...)
	}
	return append(b, "this product"...)
}

// labelText returns the text of the label record r is about: the
// overlay's words for an on-screen label, else label f's words in the
// caption.
func (in *ruleContext) labelText(r *record, f *foundLabel) string {
	if l, ok := in.screenLabelOf(r); ok {
		return in.post.Overlays[l.shown-1].Text[l.start:l.end]
	}
	return in.post.Caption[f.start:f.end]
}

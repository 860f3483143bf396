package disclosure

import (
	"strconv"
	"strings"
	"time"

	"github.com/influencekit/influencekit"
)

// message formats a fix's verb phrase or a table's text: %s inserts the
// next argument as is, %q quotes it like strconv.Quote, %% is a percent
// sign. Arguments are strings: a number is written with strconv.Itoa
// first. TestMessageCallSites checks every call in the package (message
// and appendMessage) for a constant format whose verbs are only these
// three and whose %s and %q count the arguments. Findings' messages are
// their rules' templates instead (appendTemplate).
func message(format string, args ...string) string {
	var stack [256]byte
	return string(appendMessage(stack[:0], format, args...))
}

// appendMessage appends message(format, args...) to b. It copies the
// literal text between verbs in runs.
func appendMessage(b []byte, format string, args ...string) []byte {
	next := 0
	for i := 0; i < len(format); i++ {
		if j := strings.IndexByte(format[i:], '%'); j != 0 {
			// Copy the literal text up to the next verb in one go.
			if j < 0 {
				b = append(b, format[i:]...)
				break
			}
			b = append(b, format[i:i+j]...)
			i += j
		}
		if i+1 == len(format) {
			b = append(b, '%')
			continue
		}
		i++
		arg := ""
		if (format[i] == 's' || format[i] == 'q') && next < len(args) {
			arg = args[next]
			next++
		}
		switch format[i] {
		case 's':
			b = append(b, arg...)
		case 'q':
			b = appendQuote(b, arg)
		case '%':
			b = append(b, '%')
		default:
			b = append(b, '%', format[i])
		}
	}
	return b
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

// ruleMessage makes *dst the message of record r of in: its rule's template made
// once per table (compileTable) when it names only the table's texts,
// or else filled in now.
func (t reportText) ruleMessage(dst *string, in *ruleContext, r *record) reportText {
	if s := in.table.messages[r.id][r.msg]; s != "" {
		*dst = s
		return t
	}
	from := len(t.buf)
	t.buf, _ = appendTemplate(t.buf, ruleSpecs[r.id].messages[r.msg], in.table, in, r)
	return t.text(dst, from)
}

// appendTemplate appends a rule's message template filled in for record r
// of in under table m, and reports whether it knew every placeholder.
// With in nil it fills only the table's placeholders and reports false
// for a template that names any other. The placeholders:
//
//   - the table's: {authority} ("US FTC"), {default} and {editing} (its
//     default and editing labels, quoted), {citation} (the rule that asks
//     for evidence of a claim), {mismatch-sources} (the keys
//     mismatched-disclosure cites), {max-tags} (maxTagsBefore)
//   - the label's: {label} (as written, quoted), {fix} (the clear label
//     its row names, quoted), {plain} (written without stylized or
//     invisible characters, quoted), {todo} (the advice that ends a
//     placement message), {run} (the hashtags of its run),
//     {tags-before} (the hashtags before it)
//   - the post's: {platform}, {fold-at} and {fold} (the character the best
//     label starts at, and the platform's fold)
//   - a transcript record's: {spoken} (the spoken label, quoted),
//     {spoken-at} and {segment} (when it is said, and in which segment),
//     {from}, {to} and {length} (the stretch of the video), {gap} (the
//     live gap)
func appendTemplate(b []byte, tmpl string, m *matcher, in *ruleContext, r *record) ([]byte, bool) {
	t := m.table
	for {
		i := strings.IndexByte(tmpl, '{')
		if i < 0 {
			return append(b, tmpl...), true
		}
		b = append(b, tmpl[:i]...)
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			return b, false
		}
		name := tmpl[i+1 : i+j]
		tmpl = tmpl[i+j+1:]
		switch name {
		case "authority":
			b = append(b, t.authority...)
			continue
		case "default":
			b = appendQuote(b, t.defaultLabel)
			continue
		case "editing":
			b = appendQuote(b, t.editingLabel)
			continue
		case "citation":
			b = append(b, t.claimCitation...)
			continue
		case "mismatch-sources":
			b = append(b, t.mismatchSources()...)
			continue
		case "max-tags":
			b = strconv.AppendInt(b, int64(t.maxTagsBefore), 10)
			continue
		}
		if in == nil {
			return b, false
		}
		var f foundLabel
		if r.label >= 0 {
			f = in.found[r.label]
		}
		spoken, _ := in.spokenOf(r)
		switch name {
		case "label":
			b = appendQuote(b, in.post.Caption[f.start:f.end])
		case "fix":
			b = appendQuote(b, t.terms[f.row].fix)
		case "todo":
			if f.single {
				b = append(b, "move it to the start of the caption"...)
			} else {
				b = append(b, m.placementTodo...)
			}
		case "run":
			b = strconv.AppendInt(b, int64(f.runLen), 10)
		case "tags-before":
			b = strconv.AppendInt(b, int64(f.tagsBefore), 10)
		case "platform":
			b = appendPlatform(b, in.post.Platform)
		case "fold-at":
			b = strconv.AppendInt(b, int64(in.fold.at), 10)
		case "fold":
			b = strconv.AppendInt(b, int64(in.fold.chars), 10)
		case "spoken":
			b = appendQuote(b, in.transcript[spoken.segment].Text[spoken.start:spoken.end])
		case "spoken-at":
			b = appendDuration(b, spoken.at)
		case "segment":
			b = strconv.AppendInt(b, int64(spoken.segment), 10)
		case "from":
			b = appendDuration(b, r.from)
		case "to":
			b = appendDuration(b, r.to)
		case "length":
			b = appendDuration(b, r.to-r.from)
		case "gap":
			b = appendDuration(b, in.liveGap)
		case "plain":
			var plain [128]byte
			b = appendQuote(b, string(appendPlainText(plain[:0], in.post.Caption[f.start:f.end])))
		default:
			return b, false
		}
	}
}

// appendPlatform appends p's name, or "the platform" for
// UnknownPlatform.
func appendPlatform(b []byte, p influencekit.Platform) []byte {
	if p == influencekit.UnknownPlatform {
		return append(b, "the platform"...)
	}
	return append(b, p.String()...)
}

// formatDuration writes d as "m:ss" or "h:mm:ss", with tenths of a second
// when d has them ("0:30.1").
func formatDuration(d time.Duration) string {
	var b [16]byte
	return string(appendDuration(b[:0], d))
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

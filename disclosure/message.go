package disclosure

import (
	"slices"
	"strings"
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

// placeholder is a value a message template names in braces ("{label}").
type placeholder uint8

// The placeholders, by their names in placeholderNames. Those before
// phLabel name only a table's texts.
const (
	phNone placeholder = iota // none: literal text ends the template
	phAuthority
	phDefault
	phEditing
	phAI
	phCitation
	phMismatchSources
	phMaxTags
	phLabel
	phFix
	phTodo
	phRun
	phTagsBefore
	phPlatform
	phFoldAt
	phFold
	phSpoken
	phSpokenAt
	phSegment
	phFrom
	phTo
	phLength
	phGap
	phPlain
	phAIContent
	phCategory
	phLineText
	phLineFollowers
	phLineAuthority
	phLineForm
	numPlaceholders
)

// placeholderNames names each placeholder as a template writes it.
var placeholderNames = [numPlaceholders]string{
	phAuthority: "authority", phDefault: "default", phEditing: "editing", phCitation: "citation",
	phMismatchSources: "mismatch-sources", phMaxTags: "max-tags", phLabel: "label", phFix: "fix",
	phTodo: "todo", phRun: "run", phTagsBefore: "tags-before", phPlatform: "platform", phFoldAt: "fold-at",
	phFold: "fold", phSpoken: "spoken", phSpokenAt: "spoken-at", phSegment: "segment", phFrom: "from",
	phTo: "to", phLength: "length", phGap: "gap", phPlain: "plain",
	phAI: "ai", phAIContent: "ai-content", phCategory: "category", phLineText: "line-text",
	phLineFollowers: "line-followers", phLineAuthority: "line-authority", phLineForm: "line-form",
}

// template is a message template parsed: literal text, each part
// followed by a placeholder.
type template []templatePart

// names reports whether tm names placeholder ph.
func (tm template) names(ph placeholder) bool {
	for _, part := range tm {
		if part.ph == ph {
			return true
		}
	}
	return false
}

// templatePart is literal text and the placeholder after it.
type templatePart struct {
	text string
	ph   placeholder
}

// parseTemplate parses a message template: text with placeholders in
// braces ("{label} is a vague label under {authority} guidance"). ok is
// false for a name placeholderNames lacks or a brace left open.
func parseTemplate(s string) (tm template, ok bool) {
	for s != "" {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			return append(tm, templatePart{text: s}), true
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return tm, false
		}
		k := slices.Index(placeholderNames[:], s[i+1:i+j])
		if k <= int(phNone) {
			return tm, false
		}
		tm = append(tm, templatePart{text: s[:i], ph: placeholder(k)})
		s = s[i+j+1:]
	}
	return tm, true
}

// parseTemplates parses every template of ss, an unreadable one as its
// text alone (TestRuleRegistry and TestFixMessageTemplates hold every
// template readable).
func parseTemplates(ss []string) []template {
	ts := make([]template, len(ss))
	for i, s := range ss {
		tm, ok := parseTemplate(s)
		if !ok {
			tm = template{{text: s}}
		}
		ts[i] = tm
	}
	return ts
}

// ruleTemplates holds every rule's message templates (ruleSpec.messages)
// parsed, by rule id. Read-only.
var ruleTemplates = func() (ts [numRules][]template) {
	for id, spec := range ruleSpecs {
		ts[id] = parseTemplates(spec.messages)
	}
	return ts
}()

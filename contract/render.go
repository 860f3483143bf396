package contract

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/influencekit/influencekit"
)

// Render writes a readable Markdown draft of the agreement to w, for a
// person to review, with money and numbers in American English
// (language.AmericanEnglish). It is [RenderLocale] with that locale.
func Render(w io.Writer, c Contract) error {
	return RenderLocale(w, c, language.AmericanEnglish)
}

// RenderLocale is [RenderDraft] with the problems [Contract.Validate]
// reports for c.
func RenderLocale(w io.Writer, c Contract, locale language.Tag) error {
	return RenderDraft(w, c, c.Validate(), locale)
}

// RenderDraft writes a readable Markdown draft of the agreement to w. The
// text is English; locale sets how money and counts are written
// ([pricing.Money.Format]: "1,500.00 USD", "1.500,00 EUR") and the order of
// spelled-out dates ("January 31, 2026" for the United States, "31 January
// 2026" elsewhere).
//
// The draft reads as a term sheet, in the order a lawyer expects: the
// parties (with the brand's legal entity, trading names and handles, and
// any agency), the term, the deliverables, the brief, the approval
// process, the deadlines, fees and payment, content ownership and usage
// rights, exclusivity, endorsement disclosure, termination, and the
// general terms (posting, morals, indemnity, confidentiality, liability,
// whitelisting access, governing law). It never writes a right, duty or
// number the contract does not state: an absent section is rendered as not
// agreed, and the problems given (those [Contract.Validate] returned for c,
// so that a caller who has validated does not validate again) are listed
// last under "Open points", most serious first, in plain words; problems
// is not modified. Text from the contract is escaped so it cannot change
// the document's Markdown structure.
//
// The draft is built in memory and written with one Write; the only error
// is the writer's.
func RenderDraft(w io.Writer, c Contract, problems []Problem, locale language.Tag) error {
	r := renderer{c: c, problems: problems, locale: locale, printer: message.NewPrinter(locale)}
	if region, _ := locale.Region(); region.String() == "US" {
		r.monthFirst = true
	}
	r.title()
	r.term()
	r.deliverables()
	r.brief()
	r.approval()
	r.deadlines()
	r.payment()
	r.usageRights()
	r.exclusivity()
	r.disclosure()
	r.cancellation()
	r.general()
	r.openPoints()
	_, err := io.WriteString(w, r.b.String())
	return err
}

type renderer struct {
	problems   []Problem // listed under "Open points"
	c          Contract
	locale     language.Tag
	printer    *message.Printer
	monthFirst bool
	b          strings.Builder
	section    int
}

func (r *renderer) line(parts ...string) {
	for _, p := range parts {
		r.b.WriteString(p)
	}
	r.b.WriteByte('\n')
}

// blank ends the current paragraph with one blank line, never two.
func (r *renderer) blank() {
	if !strings.HasSuffix(r.b.String(), "\n\n") {
		r.line()
	}
}

func (r *renderer) heading(title string) {
	r.section++
	r.blank()
	r.line("## ", strconv.Itoa(r.section), ". ", title)
	r.line()
}

func (r *renderer) notAgreed(what string) {
	r.line("_Not agreed yet: ", what, "._")
}

// date spells d out: "January 31, 2026" or "31 January 2026".
func (r *renderer) date(d Date) string {
	if d.IsZero() {
		return "(date not set)"
	}
	if !d.Valid() {
		return "(" + d.String() + ", a day that does not exist)"
	}
	if r.monthFirst {
		return d.Month().String() + " " + strconv.Itoa(d.Day()) + ", " + strconv.Itoa(d.Year())
	}
	return strconv.Itoa(d.Day()) + " " + d.Month().String() + " " + strconv.Itoa(d.Year())
}

func (r *renderer) count(n int64) string { return r.printer.Sprint(n) }

func (r *renderer) days(n int64) string {
	if n == 1 {
		return "1 day"
	}
	return r.count(n) + " days"
}

// counted writes n in the locale's digits with its unit, plural unless n
// is 1: "1 time", "3 business days".
func (r *renderer) counted(n int64, unit string) string {
	if n == 1 {
		return r.count(n) + " " + unit
	}
	return r.count(n) + " " + unit + "s"
}

// escapedList escapes and joins the non-blank items.
func escapedList(items []string) string {
	var out []string
	for _, s := range items {
		if !isBlank(s) {
			out = append(out, escape(s))
		}
	}
	return joinParts(out)
}

func (r *renderer) openPoints() {
	if len(r.problems) == 0 {
		return
	}
	r.blank()
	r.line("## Open points")
	r.line()
	// Most serious first; within a severity, in the order of the contract.
	problems := slices.Clone(r.problems)
	slices.SortStableFunc(problems, func(a, b Problem) int { return int(b.Severity) - int(a.Severity) })
	for _, p := range problems {
		r.line("- ", severityPhrase(p.Severity), " ", escape(capitalize(p.Message)), ".")
	}
}

// severityPhrase introduces an open point by how much it matters.
func severityPhrase(s influencekit.Severity) string {
	switch s {
	case influencekit.SeverityError:
		return "**To fix:**"
	case influencekit.SeverityWarning:
		return "**To agree:**"
	}
	return "**Not covered:**"
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// escapeItem is escape for text that begins a list item ("- " + text). It
// also drops leading white space (four spaces make a code block) and
// escapes a leading block marker: "#" (heading), "-" or "+" (bullet list),
// and one to nine digits followed by "." or ")" (ordered list).
func escapeItem(s string) string {
	s = strings.TrimLeft(s, " \t\n\r")
	if s != "" && (s[0] == '#' || s[0] == '-' || s[0] == '+') {
		return "\\" + s[:1] + escape(s[1:])
	}
	if n := orderedListMarker(s); n > 0 {
		return s[:n-1] + "\\" + s[n-1:n] + escape(s[n:])
	}
	return escape(s)
}

// escape makes contract text inert in Markdown: it backslash-escapes the
// characters that start emphasis, code, links, HTML or table cells, and
// turns line breaks into spaces so text cannot start a new block.
func escape(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// orderedListMarker returns the length of a leading ordered list marker in
// s, one to nine digits and then "." or ")", or 0 if s does not start with
// one.
func orderedListMarker(s string) int {
	i := 0
	for i < len(s) && i < 9 && isDigit(s[i]) {
		i++
	}
	if i == 0 || i >= len(s) || (s[i] != '.' && s[i] != ')') {
		return 0
	}
	return i + 1
}

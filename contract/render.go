package contract

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/influencekit/influencekit/internal/decimaltext"

	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/influencekit/influencekit"
)

// Render writes a readable Markdown draft of the agreement to w, for a
// person to review, with money and numbers in American English
// (language.AmericanEnglish). It is RenderLocale with that locale.
func Render(w io.Writer, c Contract) error {
	return RenderLocale(w, c, language.AmericanEnglish)
}

// RenderLocale writes a readable Markdown draft of the agreement to w. The
// text is English; locale sets how money and counts are written
// (pricing.Money.Format: "1,500.00 USD", "1.500,00 EUR") and the order of
// spelled-out dates ("January 31, 2026" for the United States, "31 January
// 2026" elsewhere).
//
// After a title naming the parties, the sections follow seed 002's list of
// contract elements: payment, briefing material, deliverables, deadlines,
// approval process, contract length, usage rights, exclusivity,
// endorsement disclosure and cancellation. An absent section is rendered
// as not agreed rather than left out, and when Validate finds problems they
// are listed last under "Open points". Text from the contract is escaped so
// it cannot change the document's Markdown structure.
//
// The draft is built in memory and written with one Write; the only error
// is the writer's.
func RenderLocale(w io.Writer, c Contract, locale language.Tag) error {
	r := renderer{c: c, locale: locale, printer: message.NewPrinter(locale)}
	if region, _ := locale.Region(); region.String() == "US" {
		r.monthFirst = true
	}
	r.title()
	r.payment()
	r.brief()
	r.deliverables()
	r.deadlines()
	r.approval()
	r.term()
	r.usageRights()
	r.exclusivity()
	r.disclosure()
	r.cancellation()
	r.openPoints()
	_, err := io.WriteString(w, r.b.String())
	return err
}

type renderer struct {
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

func (r *renderer) title() {
	c := r.c
	brand, creator := orUnnamed(c.Brand.Name, "the Brand"), orUnnamed(c.Creator.Name, "the Creator")
	r.line("# Influencer agreement: ", escape(brand), " and ", escape(creator))
	r.line()
	r.line("_Draft for review, generated from the contract data. Jurisdiction for disclosure rules: ", c.Jurisdiction.String(), "._")
	r.line()
	r.line("- **Brand:** ", escape(brand))
	who := escape(creator)
	if c.Creator.Handle != "" {
		who += " (" + escape(c.Creator.Handle) + ")"
	}
	if c.Creator.Followers > 0 {
		who += ", " + r.count(c.Creator.Followers) + " followers"
	}
	r.line("- **Creator:** ", who)
}

func orUnnamed(s, fallback string) string {
	if isBlank(s) {
		return fallback
	}
	return s
}

func (r *renderer) payment() {
	r.heading("Payment")
	p := r.c.Payment
	if p == nil {
		r.notAgreed("the fee, its payment dates and any incentives")
		return
	}
	if p.Total != nil {
		r.line("The Brand pays the Creator a total of **", p.Total.Format(r.locale), "**.")
	} else {
		r.line("The total fee is not stated.")
	}
	if len(p.Schedule) > 0 {
		r.line()
		r.line("| Installment | Due | Amount |")
		r.line("|---|---|---|")
		for i, in := range p.Schedule {
			amount := "(amount not set)"
			if in.Amount != nil {
				amount = in.Amount.Format(r.locale)
			}
			r.line("| ", strconv.Itoa(i+1), " | ", r.date(in.Due), " | ", amount, " |")
		}
	}
	if len(p.Incentives) > 0 {
		r.line()
		r.line("On top of the fee, the Creator receives:")
		r.line()
		for _, in := range p.Incentives {
			value := "no value stated"
			if in.Value != nil {
				value = "valued at " + in.Value.Format(r.locale)
			}
			r.line("- ", escapeItem(orUnnamed(in.Description, "an incentive")), ", ", value)
		}
	}
}

func (r *renderer) brief() {
	r.heading("Briefing material")
	b := r.c.Brief
	if b == nil {
		r.notAgreed("goals, target audience, key messages, caption guide, product description and FAQs")
		return
	}
	r.list("Goals", b.Goals)
	r.list("KPIs", b.KPIs)
	r.text("Target audience", b.Audience)
	r.list("Key messages", b.KeyMessages)
	r.text("Caption guide", b.CaptionGuide)
	r.text("Product description", b.ProductDescription)
	r.list("FAQs", b.FAQs)
}

func (r *renderer) text(label, s string) {
	if isBlank(s) {
		r.line("**", label, ":** not stated.")
	} else {
		r.line("**", label, ":** ", escape(s))
	}
	r.line()
}

func (r *renderer) list(label string, items []string) {
	if !anyText(items) {
		r.line("**", label, ":** not stated.")
		r.line()
		return
	}
	r.line("**", label, ":**")
	r.line()
	for _, s := range items {
		if !isBlank(s) {
			r.line("- ", escapeItem(s))
		}
	}
	r.line()
}

func (r *renderer) deliverables() {
	r.heading("Deliverables")
	if len(r.c.Deliverables) == 0 {
		r.notAgreed("what the Creator posts, where and when")
		return
	}
	r.line("| # | Platform | Content | Quantity | First due | Cadence | Last due |")
	r.line("|---|---|---|---|---|---|---|")
	for i, d := range r.c.Deliverables {
		first, last := d.Dates()
		content := formatName(d.Format, d.Quantity)
		if !isBlank(d.Description) {
			content += ": " + escape(d.Description)
		}
		r.line("| ", strconv.Itoa(i+1), " | ", platformName(d.Platform), " | ", content, " | ",
			r.count(d.Quantity), " | ", r.date(first), " | ", cadenceName(d), " | ", r.date(last), " |")
	}
}

// deadlines lists every dated obligation in date order: drafts, go-live
// days and payments.
func (r *renderer) deadlines() {
	r.heading("Deadlines")
	type deadline struct {
		day  Date
		what string
	}
	var ds []deadline
	var window int64
	if a := r.c.Approval; a != nil {
		window = a.WindowDays()
	}
	for i, d := range r.c.Deliverables {
		if d.Due.IsZero() {
			continue
		}
		n := "deliverable " + strconv.Itoa(i+1)
		first, last := d.Dates()
		if window > 0 {
			ds = append(ds, deadline{first.AddDays(-window), "first draft of " + n + " to the Brand"})
		}
		if first == last {
			ds = append(ds, deadline{first, n + " goes live"})
		} else {
			ds = append(ds, deadline{first, n + ": first piece goes live"}, deadline{last, n + ": last piece goes live"})
		}
	}
	if p := r.c.Payment; p != nil {
		for i, in := range p.Schedule {
			if !in.Due.IsZero() {
				ds = append(ds, deadline{in.Due, "Brand pays installment " + strconv.Itoa(i+1)})
			}
		}
	}
	if len(ds) == 0 {
		r.notAgreed("no deliverable or payment has a date")
		return
	}
	// A stable sort keeps same-day items in the order above.
	slices.SortStableFunc(ds, func(a, b deadline) int { return a.day.Compare(b.day) })
	for _, d := range ds {
		r.line("- ", r.date(d.day), ": ", d.what)
	}
}

func (r *renderer) approval() {
	r.heading("Approval process")
	a := r.c.Approval
	if a == nil {
		r.notAgreed("how the Brand reviews drafts and how long it takes")
		return
	}
	if a.ReviewDays > 0 {
		r.line("The Brand reviews each draft and gives feedback within ", r.days(a.ReviewDays), ".")
	} else {
		r.line("The review time is not stated.")
	}
	switch {
	case a.RevisionRounds == 1:
		r.line("The Creator makes up to 1 round of revisions.")
	case a.RevisionRounds > 1:
		r.line("The Creator makes up to ", r.count(a.RevisionRounds), " rounds of revisions.")
	default:
		r.line("No revision rounds are included.")
	}
	if w := a.WindowDays(); w > 0 {
		r.line("Drafts are due ", r.days(w), " before they go live.")
	}
}

func (r *renderer) term() {
	r.heading("Contract length")
	t := r.c.Term
	if t == nil {
		r.notAgreed("the campaign's first and last day")
		return
	}
	line := "This agreement runs from " + r.date(t.Start) + " to " + r.date(t.End)
	if n := t.Days(); n > 0 {
		line += " (" + r.days(n) + ", both days included)"
	}
	r.line(line, ".")
}

func (r *renderer) usageRights() {
	r.heading("Usage rights")
	u := r.c.UsageRights
	if u == nil {
		r.notAgreed("where and how long the Brand may reuse the content")
		return
	}
	where := "the platforms the content was posted on"
	if len(u.Platforms) > 0 {
		names := make([]string, len(u.Platforms))
		for i, p := range u.Platforms {
			names[i] = platformName(p)
		}
		where = joinParts(names)
	}
	how := "in its own channels"
	if u.PaidAmplification {
		how = "in its own channels and as paid ads"
	}
	long := "with no end date"
	if u.Days > 0 {
		long = "for " + r.days(u.Days) + " after each piece goes live"
	}
	fee := ", at no extra fee"
	if u.Fee != nil && !u.Fee.IsZero() {
		fee = ", for a usage fee of " + u.Fee.Format(r.locale)
	}
	r.line("The Brand may reuse the content on ", where, " ", how, ", ", long, fee, ".")
}

func (r *renderer) exclusivity() {
	r.heading("Exclusivity")
	e := r.c.Exclusivity
	if e == nil {
		r.notAgreed("whether the Creator may work with competitors")
		return
	}
	if len(e.Categories) == 0 {
		r.line("There is no exclusivity: the Creator may work with any brand.")
		return
	}
	cats := make([]string, len(e.Categories))
	for i, c := range e.Categories {
		cats[i] = escape(c)
	}
	when := "with no end date"
	if e.Days > 0 {
		when = "for " + r.days(e.Days)
		if t := r.c.Term; t != nil && !t.Start.IsZero() {
			when += " from " + r.date(t.Start) + " (until " + r.date(t.Start.AddDays(e.Days-1)) + ")"
		}
	}
	r.line("The Creator does not promote competing brands in ", joinParts(cats), " ", when, ".")
}

func (r *renderer) disclosure() {
	r.heading("Endorsement disclosure")
	d := r.c.Disclosure
	if d == nil {
		r.notAgreed("how the Creator discloses the partnership")
		return
	}
	if !d.Required {
		r.line("The agreement does not require the Creator to disclose the partnership.")
	} else {
		r.line("The Creator clearly discloses the paid partnership in every piece of content.")
	}
	if !isBlank(d.Wording) {
		r.line("The agreed wording is \"", escape(d.Wording), "\".")
	}
}

func (r *renderer) cancellation() {
	r.heading("Cancellation")
	c := r.c.Cancellation
	if c == nil {
		r.notAgreed("the notice period and what cancelling costs")
		return
	}
	switch {
	case c.NoticeDays == 1:
		r.line("Either party may end this agreement with 1 day's written notice.")
	case c.NoticeDays > 1:
		r.line("Either party may end this agreement with ", r.days(c.NoticeDays), "' written notice.")
	default:
		r.line("Either party may end this agreement without notice.")
	}
	k := c.KillFeePercent
	switch {
	case k == nil || k.IsZero():
		r.line("No kill fee is payable if the Brand cancels.")
	default:
		line := "If the Brand cancels, it pays a kill fee of " + decimaltext.Shortest(*k) + "% of the total"
		if p := r.c.Payment; p != nil && p.Total != nil {
			// Shift is exact; no division and no package-level precision.
			line += " (" + p.Total.Mul(k.Shift(-2)).Format(r.locale) + ")"
		}
		r.line(line, ".")
	}
}

func (r *renderer) openPoints() {
	problems := r.c.Validate()
	if len(problems) == 0 {
		return
	}
	r.blank()
	r.line("## Open points")
	r.line()
	for _, p := range problems {
		r.line("- **", p.Severity.String(), "** `", p.Field, "` (", p.Rule, "): ", escape(p.Message))
	}
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

var platformNames = [...]string{
	influencekit.UnknownPlatform: "(platform not set)",
	influencekit.Instagram:       "Instagram",
	influencekit.TikTok:          "TikTok",
	influencekit.YouTube:         "YouTube",
	influencekit.Facebook:        "Facebook",
	influencekit.X:               "X",
	influencekit.LinkedIn:        "LinkedIn",
	influencekit.Pinterest:       "Pinterest",
	influencekit.Twitch:          "Twitch",
	influencekit.Snapchat:        "Snapchat",
	influencekit.Threads:         "Threads",
	influencekit.Blog:            "Blog",
}

func platformName(p influencekit.Platform) string {
	if int(p) < len(platformNames) {
		return platformNames[p]
	}
	return p.String()
}

// formatName is the format as a noun, plural when n is not 1.
func formatName(f influencekit.Format, n int64) string {
	if f == influencekit.UnknownFormat {
		return "(format not set)"
	}
	s := f.String()
	if n == 1 {
		return s
	}
	if f == influencekit.Story {
		return "stories"
	}
	return s + "s"
}

func cadenceName(d Deliverable) string {
	if d.Quantity <= 1 {
		return "once"
	}
	switch d.Cadence {
	case AllAtOnce:
		return "all at once"
	case Fortnightly:
		return "every 2 weeks"
	}
	return d.Cadence.String()
}

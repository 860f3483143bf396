package contract

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/influencekit/influencekit/internal/percent"

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

func (r *renderer) title() {
	c := r.c
	brand, creator := orUnnamed(c.Brand.Name, "the Brand"), orUnnamed(c.Creator.Name, "the Creator")
	r.line("# Influencer agreement: ", escape(brand), " and ", escape(creator))
	r.line()
	r.line("_Draft for review, generated from the contract data. Jurisdiction for disclosure rules: ", c.Jurisdiction.String(), "._")
	r.line()
	b := escape(brand)
	if !isBlank(c.Brand.LegalEntity) && c.Brand.LegalEntity != c.Brand.Name {
		if isBlank(c.Brand.Name) {
			b = escape(c.Brand.LegalEntity)
		} else {
			b = escape(c.Brand.LegalEntity) + ", trading as " + escape(c.Brand.Name)
		}
	}
	if anyText(c.Brand.TradingNames) {
		b += " (also trading as " + escapedList(c.Brand.TradingNames) + ")"
	}
	if anyText(c.Brand.Handles) {
		b += "; accounts " + escapedList(c.Brand.Handles)
	}
	r.line("- **Brand:** ", b)
	who := escape(creator)
	if !isBlank(c.Creator.LegalEntity) {
		who += ", contracting through " + escape(c.Creator.LegalEntity)
	}
	if c.Creator.Handle != "" {
		who += " (" + escape(c.Creator.Handle) + ")"
	}
	if c.Creator.Followers > 0 {
		who += ", " + r.count(c.Creator.Followers) + " followers"
	}
	r.line("- **Creator:** ", who)
	if a := c.Agency; a != nil {
		line := "- **Agency:** " + escape(orUnnamed(a.Name, "an agency not named"))
		switch a.Represents {
		case BrandSide:
			line += ", acting for the Brand"
		case CreatorSide:
			line += ", acting for the Creator"
		}
		if a.PaidThrough {
			line += "; the Brand pays the Creator's fee to the agency"
		}
		r.line(line)
	}
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

func orUnnamed(s, fallback string) string {
	if isBlank(s) {
		return fallback
	}
	return s
}

func (r *renderer) payment() {
	r.heading("Fees and payment")
	p := r.c.Payment
	if p == nil {
		r.notAgreed("the fee, its payment dates and any incentives")
		return
	}
	switch {
	case p.ProductOnly:
		r.line("This is a product-only arrangement: the Creator receives the products below and no cash fee.")
	case p.Total != nil:
		r.line("The Brand pays the Creator a total of **", p.Total.Format(r.locale), "**.")
	default:
		r.line("The total fee is not stated.")
	}
	switch p.Tax {
	case TaxInclusive:
		r.line("The fee includes sales tax or VAT.")
	case TaxExclusive:
		r.line("Sales tax or VAT is added to the fee where it applies.")
	case TaxNotCharged:
		r.line("No sales tax or VAT is charged on the fee.")
	}
	if d := p.DepositPercent; d != nil {
		r.line("A deposit of ", percent.Points(*d), " of the total is paid when the agreement is signed.")
	}
	if p.Trigger != UnstatedTrigger || p.NetDays > 0 {
		switch {
		case len(p.Schedule) > 0:
			r.line("Unless an installment says otherwise, it is paid ", r.when(p.Trigger, p.NetDays), ".")
		case p.DepositPercent != nil && p.DepositPercent.IsPositive():
			r.line("The rest is paid ", r.when(p.Trigger, p.NetDays), ".")
		case !p.ProductOnly:
			r.line("It is paid in one payment ", r.when(p.Trigger, p.NetDays), ".")
		}
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
			due := r.date(in.Due)
			if in.Due.IsZero() && in.DueToBeAgreed {
				due = "to be agreed"
			}
			if in.Trigger != UnstatedTrigger || in.NetDays > 0 {
				due = r.when(in.Trigger, in.NetDays)
				if !in.Due.IsZero() {
					due += " (" + r.date(in.Due) + ")"
				}
			} else if in.Due.IsZero() && (p.Trigger != UnstatedTrigger || p.NetDays > 0) {
				due = r.when(p.Trigger, p.NetDays)
			}
			r.line("| ", strconv.Itoa(i+1), " | ", due, " | ", amount, " |")
		}
	}
	if l := p.LateInterestPercent; l != nil {
		r.line()
		r.line("Late payments carry interest of ", percent.Points(*l), " a year.")
	}
	if len(p.Incentives) > 0 {
		r.line()
		if p.ProductOnly {
			r.line("The Creator receives:")
		} else {
			r.line("On top of the fee, the Creator receives:")
		}
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

// when says when a payment falls due: "within 30 days of publication".
func (r *renderer) when(t Trigger, net int64) string {
	event := map[Trigger]string{
		UnstatedTrigger: "an event not stated",
		OnSignature:     "signature of this agreement",
		OnDelivery:      "delivery of the content",
		OnApproval:      "the Brand's approval of the content",
		OnPublication:   "publication of the content",
		OnInvoice:       "receipt of the Creator's invoice",
		OnCompletion:    "completion of all deliverables",
	}[t]
	if net > 0 {
		return "within " + r.days(net) + " of " + event
	}
	return "on " + event
}

func (r *renderer) brief() {
	r.heading("Briefing material")
	b := r.c.Brief
	if b == nil {
		r.notAgreed("goals, target audience, key messages, caption guide, product description and FAQs")
		return
	}
	if !isBlank(b.Reference) {
		r.line("The brief in the separate document \"", escape(b.Reference), "\" forms part of this agreement.")
		r.line()
		if !anyText(b.Goals) && isBlank(b.Audience) && !anyText(b.KeyMessages) {
			return
		}
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
		firstDue, lastDue := r.date(first), r.date(last)
		if d.Due.IsZero() && d.DueToBeAgreed {
			firstDue, lastDue = "to be agreed", "to be agreed"
		}
		quantity := "(not set)"
		if d.Quantity > 0 {
			quantity = r.count(d.Quantity)
		}
		r.line("| ", strconv.Itoa(i+1), " | ", platformName(d.Platform), " | ", content, " | ",
			quantity, " | ", firstDue, " | ", cadenceName(d), " | ", lastDue, " |")
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
	if a := r.c.Approval; a != nil && a.windowKnown() {
		window = a.WindowDays()
	}
	for i, d := range r.c.Deliverables {
		if !d.Due.Valid() {
			continue
		}
		n := "deliverable " + strconv.Itoa(i+1)
		first, last := d.Dates()
		if window > 0 {
			ds = append(ds, deadline{first.AddDays(-window), "first draft of " + n + " to the Brand, to leave time for review"})
		}
		if first == last {
			ds = append(ds, deadline{first, n + " goes live"})
		} else {
			ds = append(ds, deadline{first, n + ": first piece goes live"}, deadline{last, n + ": last piece goes live"})
		}
	}
	if p := r.c.Payment; p != nil {
		for i, in := range p.Schedule {
			if in.Due.Valid() {
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
	if a.Extent == NoneAtAll {
		r.line("The Brand does not review the content before it goes live.")
		r.postingApprovals()
		return
	}
	if a.ReviewDays > 0 {
		r.line("The Brand reviews each draft and gives feedback within ", r.days(a.ReviewDays), ".")
	} else {
		r.line("The review time is not stated.")
	}
	switch a.revisions() {
	case Limited:
		if a.RevisionRounds == 1 {
			r.line("The Creator makes up to 1 round of revisions.")
		} else if a.RevisionRounds > 1 {
			r.line("The Creator makes up to ", r.count(a.RevisionRounds), " rounds of revisions.")
		} else {
			r.line("Revisions are limited; the number of rounds is not stated.")
		}
	case NoneAtAll:
		r.line("No revision rounds are included.")
	case Unlimited:
		r.line("The Creator revises each draft until the Brand approves it, with no limit on the rounds.")
	default:
		r.line("The number of revision rounds is not stated.")
	}
	r.postingApprovals()
	if w := a.WindowDays(); w > 0 && a.windowKnown() {
		// Derived from the review days and rounds, not a term of its own:
		// the draft says so rather than invent a deadline.
		r.line("To leave time for the review and the revision rounds, drafts should reach the Brand ", r.days(w), " before they go live.")
	}
}

// postingApprovals writes what the Brand approves besides the content.
func (r *renderer) postingApprovals() {
	if p := r.c.Posting; p != nil {
		if p.CaptionApproval {
			r.line("The Brand approves each caption before it is posted.")
		}
		if p.PostingTimeApproval {
			r.line("The Brand approves the time each piece is posted.")
		}
	}
}

func (r *renderer) term() {
	r.heading("Contract length")
	t := r.c.Term
	if t == nil {
		r.notAgreed("the campaign's first and last day")
		return
	}
	start, end := r.date(t.Start), r.date(t.End)
	if t.Start.IsZero() && t.StartToBeAgreed {
		start = "a day still to be agreed"
	}
	if t.End.IsZero() && t.EndToBeAgreed {
		end = "a day still to be agreed"
	}
	line := "This agreement runs from " + start + " to " + end
	if n := t.Days(); n > 0 {
		line += " (" + r.days(n) + ", both days included)"
	}
	r.line(line, ".")
}

func (r *renderer) usageRights() {
	r.heading("Content ownership and usage rights")
	if o := r.c.Ownership; o != nil {
		switch o.Owner {
		case BrandSide:
			r.line("The Brand owns the content the Creator makes under this agreement.")
		case CreatorSide:
			r.line("The Creator owns the content and grants the Brand only the rights below.")
		default:
			r.line("The owner of the content is not stated.")
		}
		if !isBlank(o.Licence) {
			r.line("Licence: ", escape(o.Licence), ".")
		}
		r.line()
	}
	u := r.c.UsageRights
	if u == nil {
		r.notAgreed("where and how long the Brand may reuse the content")
		return
	}
	if u.Extent == NoneAtAll {
		r.line("The Brand may not reuse the content beyond sharing the Creator's own posts.")
		return
	}
	if u.legacy() || len(u.Grants) == 0 {
		where := "platforms not stated"
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
		fee := "; the usage fee is not stated"
		switch {
		case u.Fee != nil && u.Fee.IsZero():
			fee = ", at no extra fee"
		case u.Fee != nil:
			fee = ", for a usage fee of " + u.Fee.Format(r.locale)
		}
		r.line("The Brand may reuse the content on ", where, " ", how, ", ", long, fee, ".")
	}
	for i, g := range u.Grants {
		if i > 0 || u.legacy() {
			r.line()
		}
		r.line(r.grant(i+1, g))
	}
}

// grant describes one usage grant in a sentence, saying only what it
// states.
func (r *renderer) grant(n int, g UsageGrant) string {
	kind := map[UsageKind]string{
		UnstatedUsage:     "use of a kind not stated",
		OrganicRepost:     "repost the content organically on its own accounts",
		PaidAmplification: "run the content as paid ads from its own accounts",
		Whitelisting:      "run the content as ads from the Creator's account (whitelisting)",
	}[g.Kind]
	var where []string
	for _, p := range g.Platforms {
		where = append(where, platformName(p))
	}
	for _, c := range g.Channels {
		where = append(where, channelPhrase(c))
	}
	s := "**Grant " + strconv.Itoa(n) + ".** The Brand may " + kind
	if len(where) > 0 {
		s += " on " + joinParts(where)
	} else {
		s += " (where is not stated)"
	}
	switch {
	case g.Perpetual:
		s += ", with no end date"
	case g.Days > 0:
		s += ", for " + r.days(g.Days) + " after each piece goes live"
	case g.Months == 1:
		s += ", for 1 month after each piece goes live"
	case g.Months > 1:
		s += ", for " + r.count(g.Months) + " months after each piece goes live"
	default:
		s += "; how long is not stated"
	}
	if !isBlank(g.Territory) {
		s += ", territory: " + escape(g.Territory)
	}
	if flags := grantFlags(g); flags != "" {
		s += ". The grant is " + flags
	}
	switch {
	case g.Fee != nil && !g.Fee.IsZero():
		s += ". Fee: " + g.Fee.Format(r.locale)
	case g.IncludedInFee:
		s += ". The total fee pays for it"
	case g.Fee != nil:
		s += ". No fee is paid for it"
	default:
		s += ". Its fee is not stated"
	}
	return s + "."
}

func channelPhrase(c Channel) string {
	switch c {
	case SocialChannel:
		return "the Brand's social accounts"
	case WebsiteChannel:
		return "the Brand's website"
	case EmailChannel:
		return "e-mail"
	case RetailChannel:
		return "retailers' sites and shops"
	case OutOfHome:
		return "out-of-home advertising"
	case PrintChannel:
		return "print"
	case Broadcast:
		return "broadcast"
	}
	return "(channel not set)"
}

func (r *renderer) exclusivity() {
	r.heading("Exclusivity")
	e := r.c.Exclusivity
	if e == nil {
		r.notAgreed("whether the Creator may work with competitors")
		return
	}
	switch {
	case e.Extent == NoneAtAll || (!e.scoped() && e.Extent != Unlimited):
		r.line("There is no exclusivity: the Creator may work with any brand.")
		return
	case e.Extent == Unlimited:
		r.line("The Creator does not promote any other brand.")
	default:
		var whom []string
		if len(e.Categories) > 0 {
			whom = append(whom, "competing brands in "+escapedList(e.Categories))
		}
		if len(e.Competitors) > 0 {
			whom = append(whom, escapedList(e.Competitors))
		}
		r.line("The Creator does not promote ", strings.Join(whom, ", nor "), ".")
	}
	switch {
	case e.Days > 0:
		when := "This lasts " + r.days(e.Days)
		if t := r.c.Term; t != nil && t.Start.Valid() {
			when += " from " + r.date(t.Start) + " (until " + r.date(t.Start.AddDays(e.Days-1)) + ")"
		}
		r.line(when, ".")
	case e.AroundPosts == nil:
		r.line("This has no end date.")
	}
	if w := e.AroundPosts; w != nil {
		r.line("Around each post it applies from ", r.days(w.DaysBefore), " before the post goes live to ", r.days(w.DaysAfter), " after.")
	}
	switch {
	case e.Fee != nil && !e.Fee.IsZero():
		r.line("The Brand pays an exclusivity fee of ", e.Fee.Format(r.locale), ".")
	case e.IncludedInFee:
		r.line("The total fee pays for the exclusivity.")
	case e.Fee != nil:
		r.line("No fee is paid for the exclusivity.")
	}
}

func (r *renderer) disclosure() {
	r.heading("Endorsement disclosure")
	d := r.c.Disclosure
	if d == nil {
		r.notAgreed("how the Creator discloses the partnership")
		return
	}
	if !d.Required {
		r.line("The agreement does not state that the Creator must disclose the partnership.")
	} else {
		r.line("The Creator clearly discloses the partnership in every piece of content.")
	}
	if !isBlank(d.Wording) {
		r.line("The agreed wording is \"", escape(d.Wording), "\".")
	}
}

func (r *renderer) cancellation() {
	r.heading("Termination")
	c := r.c.Cancellation
	if c == nil {
		r.notAgreed("who may end the agreement, with what notice, and what ending it costs")
		return
	}
	switch c.Extent {
	case NoneAtAll:
		r.line("The agreement has no cancellation terms.")
		return
	case Unlimited:
		r.line("Either party may end this agreement at any time, without notice.")
	}
	if len(c.Rights) == 0 && c.Extent != Unlimited {
		switch {
		case c.NoticeDays == 1:
			r.line("Either party may end this agreement with 1 day's written notice.")
		case c.NoticeDays > 1:
			r.line("Either party may end this agreement with ", r.days(c.NoticeDays), "' written notice.")
		default:
			r.line("Who may end this agreement, and with what notice, is not stated.")
		}
	}
	for _, right := range c.Rights {
		r.line(r.right(right, c.NoticeDays))
	}
	k := c.KillFeePercent
	switch {
	case k == nil:
		if len(c.Rights) == 0 && (r.c.Payment == nil || !r.c.Payment.ProductOnly) {
			r.line("No kill fee is stated.")
		}
	case k.IsZero():
		r.line("No kill fee is payable if the Brand cancels.")
	default:
		line := "If the Brand cancels, it pays a kill fee of " + percent.Points(*k) + " of the total"
		if slices.ContainsFunc(c.Rights, func(t TerminationRight) bool { return t.Settlement == KillFee }) {
			// The rights above say when the kill fee is paid: here it is
			// only defined, so that it does not also read as owed when the
			// Brand ends the agreement for the Creator's breach.
			line = "The kill fee is " + percent.Points(*k) + " of the total"
		}
		if p := r.c.Payment; p != nil && p.Total != nil {
			// Shift is exact; no division and no package-level precision.
			line += " (" + p.Total.Mul(k.Shift(-2)).Format(r.locale) + ")"
		}
		r.line(line, ".")
	}
}

// right describes one termination right.
func (r *renderer) right(t TerminationRight, defaultNotice int64) string {
	who := map[Side]string{UnstatedSide: "A party not stated", BrandSide: "The Brand", CreatorSide: "The Creator", BothSides: "Either party"}[t.Party]
	why := map[Basis]string{UnstatedBasis: "on a ground not stated", ForConvenience: "for convenience", ForCause: "if the other party breaches it,"}[t.Basis]
	s := who + " may end this agreement " + why
	notice := t.NoticeDays
	if notice == 0 {
		notice = defaultNotice
	}
	switch {
	case notice == 1:
		s += " with 1 day's written notice"
	case notice > 1:
		s += " with " + r.days(notice) + "' written notice"
	}
	s = strings.TrimSuffix(s, ",")
	if t.Basis == ForCause && t.CureDays > 0 {
		s += ", after giving " + r.days(t.CureDays) + " to remedy the breach"
	}
	switch t.Settlement {
	case ProRata:
		s += "; the Creator is then paid for the work done so far"
	case KillFee:
		s += "; the Brand then pays the kill fee below"
	case FullFee:
		s += "; the Creator is then paid the whole fee"
	case Forfeiture:
		s += "; the Creator then forfeits the fees not yet paid"
	case ClawBack:
		s += "; the Creator then repays the fees received"
	case NothingPaid:
		s += "; nothing more is then paid"
	}
	return s + "."
}

// general writes the general terms, each only when the contract states it.
func (r *renderer) general() {
	r.heading("General terms")
	c := r.c
	n := 0
	item := func(parts ...string) {
		r.line(append([]string{"- "}, parts...)...)
		n++
	}
	if p := c.Posting; p != nil && p.MinimumLiveDays > 0 {
		item("**Posts stay up:** each piece stays on the Creator's account for at least ", r.days(p.MinimumLiveDays), ".")
	}
	if m := c.Morals; m != nil {
		if m.Party == UnstatedSide {
			// No duty without a party who bears it.
			item("**Morals:** the agreement has a morals clause, but who is bound by it is not stated.")
		} else {
			item("**Morals:** ", sidePhrase(m.Party, "is", "are"), " bound not to bring the other party into disrepute; a breach lets the other party end this agreement.")
		}
	}
	if ind := c.Indemnity; ind != nil {
		switch ind.By {
		case BothSides:
			item("**Indemnity:** each party indemnifies the other against claims arising from its own breach or materials.")
		case BrandSide:
			item("**Indemnity:** the Brand indemnifies the Creator against claims arising from the Brand's products and materials.")
		case CreatorSide:
			item("**Indemnity:** the Creator indemnifies the Brand against claims arising from the content.")
		default:
			item("**Indemnity:** who indemnifies is not stated.")
		}
	}
	if cf := c.Confidentiality; cf != nil {
		line := sidePhrase(cf.Party, "keeps", "keep") + " the terms and the campaign confidential"
		if cf.Party == UnstatedSide {
			line = "the terms and the campaign are confidential"
		}
		if cf.Years > 0 {
			line += " for " + r.count(cf.Years) + " year" + map[bool]string{true: "", false: "s"}[cf.Years == 1] + " after the term"
		}
		if cf.Party == UnstatedSide {
			// No duty without a party who bears it.
			line += "; who is bound is not stated"
		}
		item("**Confidentiality:** ", line, ".")
	}
	if l := c.LiabilityCap; l != nil {
		switch {
		case l.Amount != nil:
			item("**Liability:** each party's liability is capped at ", l.Amount.Format(r.locale), ".")
		case l.FeesPaid:
			item("**Liability:** each party's liability is capped at the fees paid under this agreement.")
		}
	}
	if w := c.WhitelistingAccess; w != nil {
		line := "the Creator gives the Brand access to run ads from the Creator's account"
		if w.Days > 0 {
			line += " for " + r.days(w.Days)
		}
		if w.CreatorApproval {
			line += "; the Creator approves each ad before it runs"
		}
		if w.SpendCap != nil {
			line += "; ad spend is capped at " + w.SpendCap.Format(r.locale)
		}
		item("**Whitelisting access:** ", line, ".")
	}
	if !isBlank(c.GoverningLaw) {
		item("**Governing law:** this agreement is governed by the law of ", escape(c.GoverningLaw), ".")
	}
	if n == 0 {
		r.notAgreed("none of the general terms (posting, morals, indemnity, confidentiality, liability, governing law) is stated")
	}
}

func sidePhrase(s Side, one, both string) string {
	switch s {
	case BrandSide:
		return "the Brand " + one
	case CreatorSide:
		return "the Creator " + one
	case BothSides:
		return "both parties " + both
	}
	return "a party not stated " + one
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

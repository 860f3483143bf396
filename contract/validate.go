package contract

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/influencekit/influencekit/internal/percent"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/pricing"
)

// exclusivityGraceDays is how long exclusivity may run past the term
// before it is a red flag (micro-how-to: "exclusivity longer than the
// campaign plus 30 days").
const exclusivityGraceDays = 30

// unpaidExclusivityGraceDays is how far past the campaign's end a lock-up
// may run before it needs a fee of its own: the library's own allowance,
// so that a window of whole weeks or months that overshoots the term by a
// few days is not priced (modash-exclusivity: a short exclusivity around a
// post is normal; influencerfee-exclusivity prices the longer windows).
const unpaidExclusivityGraceDays = 7

// maxNetDays is the longest net period that is not a warning
// (bizinabox-influencer: Net 30 standard; eu-late-payment:
// 30 days by default).
const maxNetDays = 45

// Validate checks the contract the way a careful reviewer would and
// returns its problems sorted by Field (array indexes compared by number),
// then Rule, then Message. A complete, consistent contract has none: an
// empty, non-nil slice, whose JSON is [].
//
// It reports a RuleMissingClause problem for each absent section, and
// within present sections the rules listed with the Rule* constants:
// missing values, deliverable and payment dates outside the term,
// installments that do not sum exactly to the total or are in another
// currency, incentives without a value, a review process that does not fit
// before a due date, a brief without goals, audience or key messages,
// disclosure that is not required or whose wording [disclosure.Check] finds
// no clear label in for the contract's jurisdiction, usage rights without
// an end or running past the term without a fee, exclusivity more than 30
// days past the term, exclusivity that blocks a whole category or every
// other brand more than a week past the campaign with no fee, and a kill
// fee that is missing or outside 0-100%.
//
// It also checks the terms brands' agreements add: payment triggers, net
// periods and deposits, termination rights and what they pay, usage grants
// one by one, the agency, governing law and the general clauses; a date
// that does not exist is a RuleInvalidDate problem at its path. Terms left
// open, such as a date still to be agreed, are RuleOpenPoint warnings or
// RuleUnstatedTerm infos; a clause stated as none (exclusivity, usage
// rights, the approval process, cancellation in a gifting deal) raises
// nothing, and an absent section is still RuleMissingClause.
//
// Checks that need a value another check found missing are skipped, so one
// mistake gives one problem.
func (c Contract) Validate() []Problem {
	v := validator{c: c}
	v.parties()
	v.clauses()
	v.term()
	v.deliverables()
	v.payment()
	v.brief()
	v.approval()
	v.usageRights()
	v.exclusivity()
	v.disclosure()
	v.cancellation()
	sortProblems(v.problems)
	if v.problems == nil {
		return []Problem{}
	}
	return v.problems
}

type validator struct {
	c        Contract
	problems []Problem
}

func (v *validator) add(field, rule, format string, args ...any) {
	v.problems = append(v.problems, Problem{
		Field:    field,
		Rule:     rule,
		Severity: ruleSeverity(rule),
		Message:  fmt.Sprintf(format, args...),
	})
}

// termOK reports whether the term has both dates in order, which the date
// checks need.
func (v *validator) termOK() bool {
	t := v.c.Term
	return t != nil && t.Start.Valid() && t.End.Valid() && !t.End.Before(t.Start)
}

// invalidDate reports a RuleInvalidDate problem for d, a set date that
// names no day; what names it ("the term's end").
func (v *validator) invalidDate(field string, d Date, what string) {
	v.add(field, RuleInvalidDate, "%s is %s, a day that does not exist; correct the date", what, d)
}

func (v *validator) parties() {
	c := v.c
	if isBlank(c.Brand.Name) && isBlank(c.Brand.LegalEntity) && !anyText(c.Brand.TradingNames) {
		v.add("brand.name", RuleMissingField, "the brand has no name; name the party that pays for the content")
	}
	if isBlank(c.Creator.Name) {
		v.add("creator.name", RuleMissingField, "the creator has no name; name the person who makes and posts the content")
	}
	if c.Creator.Followers < 0 {
		v.add("creator.followers", RuleInvalidValue, "the follower count is %d; use 0 or more (0 when unknown)", c.Creator.Followers)
	}
}

func (v *validator) term() {
	t := v.c.Term
	if t == nil {
		v.add("term", RuleMissingClause, "the contract has no term; add the campaign's first and last day")
		return
	}
	v.termDate("term.start", t.Start, t.StartToBeAgreed, "start", "the campaign's first day")
	v.termDate("term.end", t.End, t.EndToBeAgreed, "end", "the campaign's last day")
	if t.Start.Valid() && t.End.Valid() && t.End.Before(t.Start) {
		v.add("term.end", RuleInvalidTerm, "the term ends on %s, before it starts on %s; swap or correct the dates", t.End, t.Start)
	}
}

// termDate checks one end of the term, end being "start" or "end" and
// day what it should be ("the campaign's last day").
func (v *validator) termDate(field string, d Date, toBeAgreed bool, end, day string) {
	switch {
	case toBeAgreed:
		v.toBeAgreed(field, d, "the term's "+end+" date", "agree "+day+" before work starts")
	case d.IsZero():
		v.add(field, RuleMissingField, "the term has no %s date; add %s", end, day)
	case !d.Valid():
		v.invalidDate(field, d, "the term's "+end)
	}
}

// toBeAgreed reports a date the contract leaves to be agreed: an open
// point while it is unset, a contradiction when the date is also stated.
func (v *validator) toBeAgreed(field string, d Date, what, settle string) {
	if d.IsZero() {
		v.add(field, RuleOpenPoint, "%s is still to be agreed; %s", what, settle)
		return
	}
	v.add(field, RuleInvalidValue, "%s is %s and also said to be still to be agreed; keep one", what, d)
}

func (v *validator) deliverables() {
	c := v.c
	if len(c.Deliverables) == 0 {
		v.add("deliverables", RuleMissingClause, "the contract has no deliverables; add what the creator posts: platform, format, quantity and due date")
		return
	}
	for i, d := range c.Deliverables {
		p := "deliverables[" + strconv.Itoa(i) + "]"
		if d.Platform == influencekit.UnknownPlatform {
			v.add(p+".platform", RuleMissingField, "deliverable %d has no platform; name where it is posted (instagram, tiktok, youtube, ...)", i+1)
		}
		if d.Format == influencekit.UnknownFormat {
			v.add(p+".format", RuleMissingField, "deliverable %d has no format; name what it is (post, story, reel, video, short, live, article)", i+1)
		}
		switch {
		case d.Quantity == 0:
			v.add(p+".quantity", RuleMissingField, "deliverable %d has no quantity; state how many pieces the creator posts (at least 1)", i+1)
		case d.Quantity < 0:
			v.add(p+".quantity", RuleInvalidValue, "deliverable %d has quantity %d; state how many pieces the creator posts (at least 1)", i+1, d.Quantity)
		}
		switch {
		case d.DueToBeAgreed:
			v.toBeAgreed(p+".due", d.Due, fmt.Sprintf("deliverable %d's due date", i+1), "agree the day the first piece goes live before work starts")
			continue
		case d.Due.IsZero():
			v.add(p+".due", RuleMissingField, "deliverable %d has no due date; add the day the first piece goes live", i+1)
			continue
		case !d.Due.Valid():
			v.invalidDate(p+".due", d.Due, fmt.Sprintf("deliverable %d's due date", i+1))
			continue
		}
		if !v.termOK() {
			continue
		}
		t := *c.Term
		first, last := d.Dates()
		if !t.Contains(first) {
			v.add(p+".due", RuleDueOutsideTerm, "deliverable %d is due on %s, outside the term %s to %s; move it into the term or extend the term", i+1, first, t.Start, t.End)
			continue
		}
		if !t.Contains(last) {
			v.add(p+".cadence", RuleDueOutsideTerm, "the last of deliverable %d's %d pieces (%s from %s) is due on %s, after the term ends on %s; post less often, post fewer pieces or extend the term", i+1, d.Quantity, d.Cadence, first, last, t.End)
		}
		if a := c.Approval; a != nil && a.ReviewDays > 0 {
			need := a.WindowDays()
			if have := t.Start.DaysUntil(first); have < need {
				v.add(p+".due", RuleShortReviewWindow, "deliverable %d is due on %s, %d days after the term starts, but approval takes %d days (%d review days for the first draft and each of %d revision rounds); move the due date to %s or later, or shorten the review", i+1, first, have, need, a.ReviewDays, max(a.RevisionRounds, 0), t.Start.AddDays(need))
			}
		}
	}
}

func (v *validator) payment() {
	pay := v.c.Payment
	if pay == nil {
		v.add("payment", RuleMissingClause, "the contract has no payment clause; add the total, the dates it is paid on and any incentives")
		return
	}
	total := pay.Total
	v.paymentTerms()
	switch {
	case pay.ProductOnly && total != nil && total.IsPositive():
		v.add("payment.total", RuleInvalidValue, "the deal is marked product-only but states a cash total of %s; remove the total or the product-only mark", total)
	case pay.ProductOnly:
	case total == nil:
		v.add("payment.total", RuleMissingField, "the payment has no total; state the fee for the deliverables, such as 1,500.00 USD, or mark a gifting deal as product-only")
	case total.IsNegative():
		v.add("payment.total", RuleInvalidValue, "the total is %s; a fee cannot be negative", total)
	}
	if len(pay.Schedule) == 0 && !pay.ProductOnly && pay.Trigger == UnstatedTrigger {
		// A default trigger with no schedule is one payment of the total
		// ("Net 60 after invoice"): complete as it stands.
		v.add("payment.schedule", RuleMissingField, "the payment has no schedule; add when the total is paid: dates, or events such as signature or publication with a net period")
	}
	if pay.ProductOnly && len(pay.Incentives) == 0 {
		v.add("payment.incentives", RuleMissingField, "the deal is product-only but names no product; list what the creator receives and its value")
	}
	sumOK := total != nil && len(pay.Schedule) > 0
	var sum pricing.Money
	if total != nil {
		sum = pricing.Zero(total.Currency())
	}
	for i, in := range pay.Schedule {
		p := "payment.schedule[" + strconv.Itoa(i) + "]"
		trigger := in.Trigger
		if trigger == UnstatedTrigger {
			trigger = pay.Trigger
		}
		switch {
		case in.DueToBeAgreed:
			v.toBeAgreed(p+".due", in.Due, fmt.Sprintf("installment %d's payment date", i+1), "agree the day it is paid, or the event it follows")
		case in.Due.IsZero() && trigger == UnstatedTrigger:
			v.add(p+".due", RuleMissingField, "installment %d has no date; add the day it is paid, or the event it follows (signature, delivery, publication, invoice)", i+1)
		case in.Due.IsZero():
		case !in.Due.Valid():
			v.invalidDate(p+".due", in.Due, fmt.Sprintf("installment %d's date", i+1))
		case !v.termOK() || v.c.Term.Contains(in.Due):
		case trigger.afterWork() && in.Due.After(v.c.Term.End):
			// Paid after the work by its own terms: fine after the term.
		default:
			v.add(p+".due", RuleDueOutsideTerm, "installment %d is paid on %s, outside the term %s to %s; pay it within the term, extend the term, or say it follows delivery or publication", i+1, in.Due, v.c.Term.Start, v.c.Term.End)
		}
		switch {
		case in.Amount == nil:
			v.add(p+".amount", RuleMissingField, "installment %d has no amount; state how much is paid on %s", i+1, in.Due)
			sumOK = false
		case in.Amount.IsNegative():
			v.add(p+".amount", RuleInvalidValue, "installment %d is %s; an installment cannot be negative", i+1, in.Amount)
			sumOK = false
		case total != nil && in.Amount.Currency() != total.Currency():
			v.add(p+".amount", RuleCurrencyMismatch, "installment %d is in %s but the total is in %s; state it in %s", i+1, in.Amount.Currency(), total.Currency(), total.Currency())
			sumOK = false
		case sumOK:
			s, err := sum.Add(*in.Amount)
			if err != nil { // cannot happen: the currencies were compared above
				sumOK = false
				break
			}
			sum = s
		}
	}
	if sumOK && !sum.Equal(*total) {
		diff, err := total.Sub(sum)
		if err == nil {
			verb := "add"
			if diff.IsNegative() {
				verb, diff = "remove", diff.Neg()
			}
			v.add("payment.schedule", RuleScheduleMismatch, "the installments sum to %s, not the total %s; %s %s so they match exactly", sum, total, verb, diff)
		}
	}
	for i, in := range pay.Incentives {
		p := "payment.incentives[" + strconv.Itoa(i) + "]"
		if isBlank(in.Description) {
			v.add(p+".description", RuleMissingField, "incentive %d has no description; say what the creator receives", i+1)
		}
		switch {
		case in.Value == nil:
			v.add(p+".value", RuleUnvaluedIncentive, "incentive %d has no value; state what it is worth in a currency, such as 120.00 USD", i+1)
		case in.Value.IsNegative():
			v.add(p+".value", RuleInvalidValue, "incentive %d is valued at %s; a value cannot be negative", i+1, in.Value)
		}
	}
}

func (v *validator) brief() {
	if v.c.Brief == nil {
		v.add("brief", RuleMissingClause, "the contract has no brief; add the goals, target audience and key messages, with a caption guide, product description and FAQs")
		return
	}
	if !isBlank(v.c.Brief.Reference) {
		return // the parts are in the referenced brief
	}
	var names []string
	for _, part := range v.c.MissingBriefParts() {
		if part <= BriefKeyMessages {
			names = append(names, part.String())
		}
	}
	if len(names) > 0 {
		v.add("brief", RuleVagueBrief, "the brief does not state the %s; add them so the creator knows what the content is for (a vague brief is a common mistake), or refer to a separate brief", joinParts(names))
	}
}

func (v *validator) approval() {
	a := v.c.Approval
	if a == nil {
		v.add("approval", RuleMissingClause, "the contract has no approval process; add how many days the brand takes to review a draft and how many revision rounds the creator owes, or state there is none")
		return
	}
	switch a.Extent {
	case NoneAtAll:
		if a.ReviewDays != 0 || a.RevisionRounds != 0 || a.Revisions != Unstated {
			v.add("approval.extent", RuleInvalidValue, "the approval clause says the brand does not review drafts and also states a review; keep one")
		}
		return
	case Limited, Unlimited:
		v.add("approval.extent", RuleInvalidValue, "the approval clause is %s; state none for no review, or leave it out and state the review days and revision rounds", a.Extent)
		return
	}
	switch {
	case a.ReviewDays == 0:
		v.add("approval.review_days", RuleMissingField, "the approval process has no review time; state how many days the brand takes to answer a draft (at least 1)")
	case a.ReviewDays < 0:
		v.add("approval.review_days", RuleInvalidValue, "the review time is %d days; state at least 1", a.ReviewDays)
	}
	switch {
	case a.RevisionRounds < 0:
		v.add("approval.revision_rounds", RuleInvalidValue, "there are %d revision rounds; state 0 or more", a.RevisionRounds)
	case a.RevisionRounds > 0 && (a.Revisions == NoneAtAll || a.Revisions == Unlimited):
		v.add("approval.revisions", RuleInvalidValue, "the approval process states %d revision rounds and also %s; keep one", a.RevisionRounds, a.Revisions)
	case a.revisions() == Unstated:
		v.add("approval.revisions", RuleOpenPoint, "the number of revision rounds is not stated; say how many rounds the fee includes, or that there are none")
	case a.revisions() == Unlimited:
		v.add("approval.revisions", RuleUnlimitedRevisions, "revisions are unlimited; cap the rounds the fee includes and price further ones")
	}
}

// lastLiveDay returns the day the last piece of content goes live, or the
// term's start when no deliverable has a due date.
func (v *validator) lastLiveDay() Date {
	last := v.c.Term.Start
	for _, d := range v.c.Deliverables {
		if _, l := d.Dates(); l.Valid() && l.After(last) {
			last = l
		}
	}
	return last
}

func (v *validator) usageRights() {
	u := v.c.UsageRights
	if u == nil {
		v.add("usage_rights", RuleMissingClause, "the contract has no usage rights; state where the brand may reuse the content, for how many days and for what fee, or that it may not")
		return
	}
	if u.Extent == NoneAtAll {
		if u.legacy() || len(u.Grants) > 0 {
			v.add("usage_rights.extent", RuleInvalidValue, "the usage rights say the brand gets none and also grant some; keep one")
		}
		return
	}
	v.grants()
	if len(u.Grants) > 0 && !u.legacy() {
		return
	}
	paidWithoutFee := u.PaidAmplification && (u.Fee == nil || !u.Fee.IsPositive())
	if paidWithoutFee {
		v.add("usage_rights.fee", RulePaidUsageWithoutFee, "the brand may run the content as paid ads with no usage fee; add a fee for paid use")
	}
	for i, pl := range u.Platforms {
		if pl == influencekit.UnknownPlatform {
			v.add("usage_rights.platforms["+strconv.Itoa(i)+"]", RuleInvalidValue, "usage right %d names no platform; name one (instagram, tiktok, ...) or remove it", i+1)
		}
	}
	if u.Fee != nil && u.Fee.IsNegative() {
		v.add("usage_rights.fee", RuleInvalidValue, "the usage fee is %s; a fee cannot be negative", u.Fee)
	}
	switch {
	case u.Days < 0:
		v.add("usage_rights.days", RuleInvalidValue, "usage rights last %d days; state 1 or more", u.Days)
		return
	case u.Days == 0:
		v.add("usage_rights.days", RulePerpetualUsage, "usage rights have no end; limit them to a number of days after each piece goes live, such as 90")
	}
	if paidWithoutFee || (u.Fee != nil && u.Fee.IsPositive()) {
		return // one problem for the missing fee
	}
	if u.Days == 0 {
		v.add("usage_rights.fee", RuleUnpaidUsage, "usage rights run forever with no fee; add a usage fee or end them with the term")
		return
	}
	if !v.termOK() {
		return
	}
	ends := v.lastLiveDay().AddDays(u.Days - 1)
	if past := v.c.Term.End.DaysUntil(ends); past > 0 {
		v.add("usage_rights.fee", RuleUnpaidUsage, "usage rights run until %s, %d days past the term's end on %s, with no fee; add a usage fee or end them with the term", ends, past, v.c.Term.End)
	}
}

func (v *validator) exclusivity() {
	e := v.c.Exclusivity
	if e == nil {
		v.add("exclusivity", RuleMissingClause, "the contract has no exclusivity clause; name the competitor categories and the days, or state there is none")
		return
	}
	if w := e.AroundPosts; w != nil && (w.DaysBefore < 0 || w.DaysAfter < 0) {
		v.add("exclusivity.around_posts", RuleInvalidValue, "the window around each post runs %d days before to %d days after; state 0 or more", w.DaysBefore, w.DaysAfter)
		return
	}
	if e.Fee != nil {
		if e.Fee.IsNegative() {
			v.add("exclusivity.fee", RuleInvalidValue, "the exclusivity fee is %s; a fee cannot be negative", e.Fee)
		}
		v.sameCurrency("exclusivity.fee", "the exclusivity fee", *e.Fee)
	}
	switch {
	case e.Days < 0:
		v.add("exclusivity.days", RuleInvalidValue, "exclusivity lasts %d days; state 1 or more", e.Days)
		return
	case e.Extent == NoneAtAll:
		if e.scoped() || e.Days > 0 || e.AroundPosts != nil || e.Fee != nil || e.IncludedInFee {
			v.add("exclusivity.extent", RuleInvalidValue, "the clause says there is no exclusivity and also states its terms; keep one")
		}
		return
	case e.Extent == Unlimited:
		// Full exclusivity: every other brand, stated plainly; its
		// duration is checked below.
	case !e.scoped() && (e.Days > 0 || e.AroundPosts != nil):
		v.add("exclusivity.categories", RuleMissingField, "exclusivity is set but names no categories or competitors; name whom the creator may not work with")
		return
	case !e.scoped():
		return // the clause states there is no exclusivity
	}
	ends, forever, known := v.exclusivityEnd(*e)
	if known && !forever && e.Days > 0 {
		// Counted from the term's start, it may lapse mid-campaign: the
		// creator may then promote a competitor between the brand's posts.
		// Posts due after the term are an error of their own: fix that
		// first.
		if last := v.lastLiveDay(); ends.Before(last) && !last.After(v.c.Term.End) {
			v.add("exclusivity.days", RuleOpenPoint, "exclusivity ends on %s, before the last piece goes live on %s; extend it to cover the posts, or say it runs around each post", ends, last)
		}
	}
	unpaid := v.unpaidExclusivity(*e, ends, forever, known)
	note := ""
	if unpaid != "" {
		note = ", and no fee pays for it"
	}
	t := v.c.Term
	switch {
	case forever:
		v.add("exclusivity.days", RuleLongExclusivity, "exclusivity has no end%s; limit it to the term plus at most %d days", note, exclusivityGraceDays)
	case !known:
	case t.End.DaysUntil(ends) <= exclusivityGraceDays:
		if unpaid != "" {
			v.add("exclusivity.fee", RuleUnpaidExclusivity, "%s", unpaid)
		}
	case e.Days > 0:
		v.add("exclusivity.days", RuleLongExclusivity, "exclusivity runs until %s, %d days past the term's end on %s%s; keep it within %d days of the term (at most %d days in all)", ends, t.End.DaysUntil(ends), t.End, note, exclusivityGraceDays, t.Days()+exclusivityGraceDays)
	default:
		v.add("exclusivity.around_posts", RuleLongExclusivity, "exclusivity after the last post runs until %s, %d days past the term's end on %s%s; keep it within %d days of the term", ends, t.End.DaysUntil(ends), t.End, note, exclusivityGraceDays)
	}
}

// exclusivityEnd returns the last day exclusivity applies: Days from the
// term's start, or the window after the last post. forever is true when
// it has no end; known is false when the term's dates are not usable.
func (v *validator) exclusivityEnd(e Exclusivity) (ends Date, forever, known bool) {
	switch {
	case e.Days == 0 && e.AroundPosts == nil:
		return Date{}, true, true
	case !v.termOK():
		return Date{}, false, false
	case e.Days > 0:
		return v.c.Term.Start.AddDays(e.Days - 1), false, true
	}
	return v.lastLiveDay().AddDays(e.AroundPosts.DaysAfter), false, true
}

// unpaidExclusivity describes exclusivity that blocks a whole category or
// every other brand for more than a week past the campaign with nothing
// paid for it
// (influencerfee-exclusivity: exclusivity is priced as a premium on the
// base rate; modash-exclusivity), or returns "". Named competitors alone,
// or a lock-up within the term, need no fee of their own. It builds no
// text for exclusivity that passes.
func (v *validator) unpaidExclusivity(e Exclusivity, ends Date, forever, known bool) string {
	broad := e.Extent == Unlimited || len(e.Categories) > 0
	paid := e.IncludedInFee || (e.Fee != nil && !e.Fee.IsZero())
	if !broad || paid || !(forever || known && v.c.Term.End.DaysUntil(ends) > unpaidExclusivityGraceDays) {
		return ""
	}
	whom := "every other brand"
	if e.Extent != Unlimited {
		whom = "the whole of " + joinParts(e.Categories)
	}
	until := "with no end"
	if !forever {
		until = "until " + ends.String() + ", after the campaign ends on " + v.c.Term.End.String()
	}
	return "exclusivity blocks " + whom + " " + until + ", and no fee pays for it; add an exclusivity fee, include it in the total, or end it with the campaign"
}

func (v *validator) disclosure() {
	d := v.c.Disclosure
	if d == nil {
		v.add("disclosure", RuleMissingClause, "the contract has no endorsement disclosure clause; require the creator to disclose the partnership with a clear label such as \"#ad\"")
		return
	}
	if !d.Required {
		v.add("disclosure.required", RuleDisclosureNotRequired, "the contract does not require disclosure; require it: endorsements must disclose the brand connection, gifts included (FTC Endorsement Guides, 16 CFR 255.5; ASA/CAP influencers' guide)")
	}
	if isBlank(d.Wording) {
		if d.Required {
			v.add("disclosure.wording", RuleMissingField, "the disclosure clause has no wording; state the label the creator uses, such as \"#ad\"")
		}
		return
	}
	r := disclosure.Check(disclosure.Post{Caption: d.Wording, Brand: v.c.Brand.Name, BrandIdentity: v.c.Brand, Jurisdiction: v.c.Jurisdiction})
	clear, giftOnly := labelsFor(r, v.giftWithoutControl())
	switch {
	case !clear:
		note := ""
		if fellBack(r) {
			note = fmt.Sprintf(" (the disclosure package has no %s term table yet and applied the US rules)", v.c.Jurisdiction)
		}
		v.add("disclosure.wording", RuleVagueDisclosureWording, "%q is not a clear disclosure label in %s%s; %s", d.Wording, v.c.Jurisdiction, note, suggestLabel(v.c.Brand.Name, v.c.Jurisdiction))
	case giftOnly && v.paidInCash():
		v.add("disclosure.wording", RuleVagueDisclosureWording, "%q discloses a gift, but the creator is paid a fee; %s (FTC Endorsement Guides FAQs; ASA/CAP influencers' guide)", d.Wording, suggestLabel(v.c.Brand.Name, v.c.Jurisdiction))
	}
}

// paidInCash reports whether the creator is paid a fee, not only product.
func (v *validator) paidInCash() bool {
	p := v.c.Payment
	return p != nil && !p.ProductOnly && p.Total != nil && p.Total.IsPositive()
}

// giftWithoutControl reports whether a gift label is enough: the
// jurisdiction's pack says so ([disclosure.Pack.GiftWithoutControl]; the
// UK's, per asa-influencers-guide: "#gifted" only where nothing was paid
// and the brand had no control over the content), and the deal is
// product-only with a brand that does not review the content or approve
// the caption.
func (v *validator) giftWithoutControl() bool {
	c := v.c
	pack, ok := disclosure.LookupPack(c.Jurisdiction)
	return ok && pack.GiftWithoutControl() && c.Payment != nil && c.Payment.ProductOnly &&
		c.Approval != nil && c.Approval.Extent == NoneAtAll && (c.Posting == nil || !c.Posting.CaptionApproval)
}

// labelsFor reports whether r found a clear label (or, when giftOK, a gift
// label the jurisdiction calls risky), and whether every such label
// discloses only a gift.
func labelsFor(r disclosure.Report, giftOK bool) (clear, giftOnly bool) {
	giftOnly = true
	for _, l := range r.Disclosures {
		ok := l.Clarity == disclosure.Clear || giftOK && l.Clarity == disclosure.Ambiguous && l.Connection == disclosure.Gift
		if !ok {
			continue
		}
		clear = true
		if l.Connection != disclosure.Gift {
			giftOnly = false
		}
	}
	return clear, clear && giftOnly
}

// fellBack reports whether Check applied another jurisdiction's rules.
func fellBack(r disclosure.Report) bool {
	for _, f := range r.Findings {
		if f.Rule == disclosure.RuleJurisdictionFallback {
			return true
		}
	}
	return false
}

// hasClearLabel reports whether r found a label its jurisdiction calls clear.
func hasClearLabel(r disclosure.Report) bool {
	clear, _ := labelsFor(r, false)
	return clear
}

// labelCandidates returns the labels the disclosure packs suggest, one
// per jurisdiction in [disclosure.Jurisdictions] order, each once: "#ad",
// "Werbung", "Publicité"... The suggestion for a contract is the first
// that [disclosure.Check] finds clear for its jurisdiction with no finding
// at all (so France is offered "Publicité", not "#ad" with a language
// warning), and it is never a guess.
func labelCandidates() []string {
	var labels []string
	for _, j := range disclosure.Jurisdictions() {
		if p, ok := disclosure.LookupPack(j); ok && !slices.Contains(labels, p.SuggestedLabel()) {
			labels = append(labels, p.SuggestedLabel())
		}
	}
	return labels
}

func suggestLabel(brand string, j disclosure.Jurisdiction) string {
	for _, l := range labelCandidates() {
		if r := disclosure.Check(disclosure.Post{Caption: l, Brand: brand, Jurisdiction: j}); len(r.Findings) == 0 && hasClearLabel(r) {
			return fmt.Sprintf("use a clear label such as %q", l)
		}
	}
	return "use a label the jurisdiction's rules call clear"
}

func (v *validator) cancellation() {
	c := v.c.Cancellation
	if c == nil {
		v.add("cancellation", RuleMissingClause, "the contract has no cancellation clause; state who may end it, with what notice, and the kill fee the brand pays if it cancels")
		return
	}
	if c.NoticeDays < 0 {
		v.add("cancellation.notice_days", RuleInvalidValue, "the notice period is %d days; state 0 or more", c.NoticeDays)
	}
	gifting := v.c.Payment != nil && v.c.Payment.ProductOnly
	switch c.Extent {
	case NoneAtAll:
		switch {
		case len(c.Rights) > 0 || c.NoticeDays != 0 || c.KillFeePercent != nil:
			v.add("cancellation.extent", RuleInvalidValue, "the clause says there are no cancellation terms and also states some; keep one")
		case !gifting:
			v.add("cancellation.extent", RuleOpenPoint, "the agreement has no cancellation terms: it does not say whether either party may end it early or what the creator is then paid; state who may end it and what is paid")
		}
		return
	case Unlimited:
		if len(c.Rights) > 0 || c.NoticeDays != 0 {
			v.add("cancellation.extent", RuleInvalidValue, "the clause says either party may end the agreement at any time without notice and also states notice or rights; keep one")
			return
		}
	}
	k := c.KillFeePercent
	// Without rights, either party may cancel; a gifting deal owes no fee.
	brandMayCancel := len(c.Rights) == 0 && (v.c.Payment == nil || !v.c.Payment.ProductOnly)
	if len(c.Rights) > 0 {
		brandMayCancel = v.terminationRights(c.Rights)
	}
	switch {
	case k != nil && (k.IsNegative() || k.GreaterThan(hundred)):
		v.add("cancellation.kill_fee_percent", RuleInvalidKillFee, "the kill fee is %s; state a percentage from 0 to 100", percent.Points(*k))
	case !brandMayCancel:
	case k == nil:
		v.add("cancellation.kill_fee_percent", RuleNoKillFee, "the cancellation clause has no kill fee; state the share of the total the brand pays if it cancels, such as 50%%")
	case k.IsZero():
		v.add("cancellation.kill_fee_percent", RuleNoKillFee, "the kill fee is 0%%; state the share of the total the brand pays if it cancels, such as 50%%")
	}
}

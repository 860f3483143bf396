package contract

import (
	"fmt"
	"strconv"

	"github.com/influencekit/influencekit/internal/decimaltext"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/pricing"
)

// exclusivityGraceDays is how long exclusivity may run past the term
// before it is a red flag (DOMAIN "Contracts": "exclusivity longer than
// the campaign plus 30 days").
const exclusivityGraceDays = 30

// Validate checks the contract the way a careful reviewer would and
// returns its problems sorted by Field (array indexes compared by number),
// then Rule, then Message. A complete, consistent contract has none (nil).
//
// It reports a RuleMissingClause problem for each absent section, and
// within present sections the rules listed with the Rule* constants:
// missing values, deliverable and payment dates outside the term,
// installments that do not sum exactly to the total or are in another
// currency, incentives without a value, a review process that does not fit
// before a due date, a brief without goals, audience or key messages,
// disclosure that is not required or whose wording disclosure.Check finds
// no clear label in for the contract's jurisdiction, usage rights without
// an end or running past the term without a fee, exclusivity more than 30
// days past the term, and a kill fee that is missing or outside 0-100%.
//
// Checks that need a value another check found missing are skipped, so one
// mistake gives one problem.
func (c Contract) Validate() []Problem {
	v := validator{c: c}
	v.parties()
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
	return t != nil && !t.Start.IsZero() && !t.End.IsZero() && !t.End.Before(t.Start)
}

func (v *validator) parties() {
	c := v.c
	if isBlank(c.Brand.Name) {
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
		v.add("term", RuleMissingClause, "the contract has no term; add the campaign's first and last day (term.start, term.end)")
		return
	}
	if t.Start.IsZero() {
		v.add("term.start", RuleMissingField, "the term has no start date; add the campaign's first day")
	}
	if t.End.IsZero() {
		v.add("term.end", RuleMissingField, "the term has no end date; add the campaign's last day")
	}
	if !t.Start.IsZero() && !t.End.IsZero() && t.End.Before(t.Start) {
		v.add("term.end", RuleInvalidTerm, "the term ends on %s, before it starts on %s; swap or correct the dates", t.End, t.Start)
	}
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
		if d.Due.IsZero() {
			v.add(p+".due", RuleMissingField, "deliverable %d has no due date; add the day the first piece goes live", i+1)
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
	switch {
	case total == nil:
		v.add("payment.total", RuleMissingField, "the payment has no total; state the fee for the deliverables, such as {\"amount\": \"1500.00\", \"currency\": \"USD\"}")
	case total.IsNegative():
		v.add("payment.total", RuleInvalidValue, "the total is %s; a fee cannot be negative", total)
	}
	if len(pay.Schedule) == 0 {
		v.add("payment.schedule", RuleMissingField, "the payment has no schedule; add the dates the total is paid on and the amount paid on each")
	}
	sumOK := total != nil && len(pay.Schedule) > 0
	var sum pricing.Money
	if total != nil {
		sum = pricing.Zero(total.Currency())
	}
	for i, in := range pay.Schedule {
		p := "payment.schedule[" + strconv.Itoa(i) + "]"
		switch {
		case in.Due.IsZero():
			v.add(p+".due", RuleMissingField, "installment %d has no date; add the day it is paid", i+1)
		case v.termOK() && !v.c.Term.Contains(in.Due):
			v.add(p+".due", RuleDueOutsideTerm, "installment %d is paid on %s, outside the term %s to %s; pay it within the term or extend the term", i+1, in.Due, v.c.Term.Start, v.c.Term.End)
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
			v.add(p+".value", RuleUnvaluedIncentive, "incentive %d has no value; state what it is worth in a currency, such as {\"amount\": \"120.00\", \"currency\": \"USD\"}", i+1)
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
	var names []string
	for _, part := range v.c.MissingBriefParts() {
		if part <= BriefKeyMessages {
			names = append(names, part.String())
		}
	}
	if len(names) > 0 {
		v.add("brief", RuleVagueBrief, "the brief does not state the %s; add them so the creator knows what the content is for (seed 003: a vague brief is a common mistake)", joinParts(names))
	}
}

func (v *validator) approval() {
	a := v.c.Approval
	if a == nil {
		v.add("approval", RuleMissingClause, "the contract has no approval process; add how many days the brand takes to review a draft and how many revision rounds the creator owes")
		return
	}
	switch {
	case a.ReviewDays == 0:
		v.add("approval.review_days", RuleMissingField, "the approval process has no review time; state how many days the brand takes to answer a draft (at least 1)")
	case a.ReviewDays < 0:
		v.add("approval.review_days", RuleInvalidValue, "the review time is %d days; state at least 1", a.ReviewDays)
	}
	if a.RevisionRounds < 0 {
		v.add("approval.revision_rounds", RuleInvalidValue, "there are %d revision rounds; state 0 or more", a.RevisionRounds)
	}
}

// lastLiveDay returns the day the last piece of content goes live, or the
// term's start when no deliverable has a due date.
func (v *validator) lastLiveDay() Date {
	last := v.c.Term.Start
	for _, d := range v.c.Deliverables {
		if _, l := d.Dates(); l.After(last) {
			last = l
		}
	}
	return last
}

func (v *validator) usageRights() {
	u := v.c.UsageRights
	if u == nil {
		v.add("usage_rights", RuleMissingClause, "the contract has no usage rights; state where the brand may reuse the content, for how many days and for what fee")
		return
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
	if !v.termOK() || (u.Fee != nil && u.Fee.IsPositive()) {
		return
	}
	if u.Days == 0 {
		v.add("usage_rights.fee", RuleUnpaidUsage, "usage rights run forever, past the term's end on %s, with no fee; add a usage fee or end them with the term", v.c.Term.End)
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
		v.add("exclusivity", RuleMissingClause, "the contract has no exclusivity clause; name the competitor categories and the days, or add an empty clause to state there is none")
		return
	}
	switch {
	case e.Days < 0:
		v.add("exclusivity.days", RuleInvalidValue, "exclusivity lasts %d days; state 1 or more", e.Days)
		return
	case len(e.Categories) == 0 && e.Days > 0:
		v.add("exclusivity.categories", RuleMissingField, "exclusivity lasts %d days but names no categories; name the competitor categories the creator may not work with", e.Days)
		return
	case len(e.Categories) == 0:
		return // the clause states there is no exclusivity
	case e.Days == 0:
		v.add("exclusivity.days", RuleLongExclusivity, "exclusivity has no end; limit it to the term plus at most %d days", exclusivityGraceDays)
		return
	}
	if !v.termOK() {
		return
	}
	t := v.c.Term
	ends := t.Start.AddDays(e.Days - 1)
	if past := t.End.DaysUntil(ends); past > exclusivityGraceDays {
		v.add("exclusivity.days", RuleLongExclusivity, "exclusivity runs until %s, %d days past the term's end on %s; keep it within %d days of the term (at most %d days in all)", ends, past, t.End, exclusivityGraceDays, t.Days()+exclusivityGraceDays)
	}
}

func (v *validator) disclosure() {
	d := v.c.Disclosure
	if d == nil {
		v.add("disclosure", RuleMissingClause, "the contract has no endorsement disclosure clause; require the creator to disclose the partnership with a clear label such as \"#ad\"")
		return
	}
	if !d.Required {
		v.add("disclosure.required", RuleDisclosureNotRequired, "the contract does not require disclosure; set required to true: endorsements must disclose the paid partnership (FTC 16 CFR 255.5, seed 003)")
	}
	if isBlank(d.Wording) {
		if d.Required {
			v.add("disclosure.wording", RuleMissingField, "the disclosure clause has no wording; state the label the creator uses, such as \"#ad\"")
		}
		return
	}
	clear, fallback := clearWording(d.Wording, v.c.Brand.Name, v.c.Jurisdiction)
	if !clear {
		note := ""
		if fallback {
			note = fmt.Sprintf(" (the disclosure package has no %s term table yet and applied the US rules)", v.c.Jurisdiction)
		}
		v.add("disclosure.wording", RuleVagueDisclosureWording, "%q is not a clear disclosure label in %s%s; %s", d.Wording, v.c.Jurisdiction, note, suggestLabel(v.c.Brand.Name, v.c.Jurisdiction))
	}
}

// clearWording reports whether disclosure.Check finds a clear label in the
// wording for the jurisdiction, and whether Check had to fall back to
// another jurisdiction's rules.
func clearWording(wording, brand string, j disclosure.Jurisdiction) (clear, fallback bool) {
	r := disclosure.Check(disclosure.Post{Caption: wording, Brand: brand, Jurisdiction: j})
	for _, f := range r.Findings {
		if f.Rule == disclosure.RuleJurisdictionFallback {
			fallback = true
		}
	}
	return hasClearLabel(r), fallback
}

// hasClearLabel reports whether r found a label its jurisdiction calls clear.
func hasClearLabel(r disclosure.Report) bool {
	for _, l := range r.Disclosures {
		if l.Clarity == disclosure.Clear {
			return true
		}
	}
	return false
}

// labelCandidates are labels DOMAIN.md lists as clear somewhere; the
// suggestion is the first that disclosure.Check finds clear for the
// jurisdiction with no finding at all (so France is offered "Publicité",
// not "#ad" with a language warning), and it is never a guess.
var labelCandidates = [...]string{"#ad", "Werbung", "Publicité", "publicidad", "Pubblicità", "Advertisement"}

func suggestLabel(brand string, j disclosure.Jurisdiction) string {
	for _, l := range labelCandidates {
		if r := disclosure.Check(disclosure.Post{Caption: l, Brand: brand, Jurisdiction: j}); len(r.Findings) == 0 && hasClearLabel(r) {
			return fmt.Sprintf("use a clear label such as %q", l)
		}
	}
	return "use a label the jurisdiction's rules call clear"
}

func (v *validator) cancellation() {
	c := v.c.Cancellation
	if c == nil {
		v.add("cancellation", RuleMissingClause, "the contract has no cancellation clause; state the notice period and the kill fee the brand pays if it cancels")
		return
	}
	if c.NoticeDays < 0 {
		v.add("cancellation.notice_days", RuleInvalidValue, "the notice period is %d days; state 0 or more", c.NoticeDays)
	}
	k := c.KillFeePercent
	switch {
	case k == nil:
		v.add("cancellation.kill_fee_percent", RuleNoKillFee, "the cancellation clause has no kill fee; state the share of the total the brand pays if it cancels, such as 50%%")
	case k.IsNegative() || k.GreaterThan(hundred):
		v.add("cancellation.kill_fee_percent", RuleInvalidKillFee, "the kill fee is %s%%; state a percentage from 0 to 100", decimaltext.Shortest(*k))
	case k.IsZero():
		v.add("cancellation.kill_fee_percent", RuleNoKillFee, "the kill fee is 0%%; state the share of the total the brand pays if it cancels, such as 50%%")
	}
}

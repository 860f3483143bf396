package contract

import (
	"fmt"
	"strconv"
	"time"

	"github.com/influencekit/influencekit"
)

// deliverables checks each deliverable: what, how many, and when, within
// the term and after the approval process.
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
		if d.DueAfter != UnstatedTrigger {
			v.dueAfterEvent(p, i+1, d)
			continue
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
			if a.BusinessDays {
				need = t.Start.DaysUntil(addBusinessDays(t.Start, need))
			}
			if have := t.Start.DaysUntil(first); have < need {
				unit := "review days"
				if a.BusinessDays {
					unit = "business days of review"
				}
				v.add(p+".due", RuleShortReviewWindow, "deliverable %d is due on %s, %d days after the term starts, but approval takes %d days (%d %s for the first draft and each of %d revision rounds); move the due date to %s or later, or shorten the review", i+1, first, have, need, a.ReviewDays, unit, max(a.RevisionRounds, 0), t.Start.AddDays(need))
			}
		}
	}
}

// lastLiveDay returns the day the last piece of content goes live, or the
// term's start when no deliverable has a due date.
func (v *validator) lastLiveDay() Date {
	if last := v.lastDelivery(); last.Valid() && last.After(v.c.Term.Start) {
		return last
	}
	return v.c.Term.Start
}

// lastDelivery returns the last valid day a deliverable goes live, or the
// zero Date when no deliverable has one.
func (v *validator) lastDelivery() Date {
	var last Date
	for _, d := range v.c.Deliverables {
		if _, l := d.Dates(); l.Valid() && l.After(last) {
			last = l
		}
	}
	return last
}

// dueAfterEvent checks a deliverable due a number of days after an event
// ("14 days after the products arrive") instead of on a day.
func (v *validator) dueAfterEvent(p string, n int, d Deliverable) {
	switch {
	case !d.Due.IsZero() || d.DueToBeAgreed:
		v.add(p+".due_after", RuleInvalidValue, "deliverable %d is due both after %s and on a day or a day to be agreed; keep one", n, d.DueAfter.event())
	case d.DueAfter != OnSignature && d.DueAfter != OnApproval && d.DueAfter != OnProductArrival:
		v.add(p+".due_after", RuleInvalidValue, "deliverable %d is due after %s; count from signature, approval or the products' arrival", n, d.DueAfter.event())
	case d.DueDays < 0:
		v.add(p+".due_days", RuleInvalidValue, "deliverable %d is due %d days after %s; state 0 or more", n, d.DueDays, d.DueAfter.event())
	}
}

// addBusinessDays returns the day n business days (Monday to Friday)
// after d.
func addBusinessDays(d Date, n int64) Date {
	d = d.AddDays(n / 5 * 7)
	for rem := n % 5; rem > 0; {
		d = d.AddDays(1)
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday {
			rem--
		}
	}
	return d
}

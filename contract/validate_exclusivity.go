package contract

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

// exclusivity checks whom the creator may not work with, for how long,
// and what pays for it.
func (v *validator) exclusivity() {
	e := v.c.Exclusivity
	if e == nil {
		v.add("exclusivity", RuleOpenPoint, "the agreement does not say whether the creator may work with competitors; name the competitor categories and the days, or state there is none")
		return
	}
	if w := e.AroundPosts; w != nil {
		switch {
		case w.DaysBefore < 0 || w.DaysAfter < 0 || w.HoursBefore < 0 || w.HoursAfter < 0 || w.PostsBefore < 0 || w.PostsAfter < 0:
			v.add("exclusivity.around_posts", RuleInvalidValue, "the window around each post has a negative length; state 0 or more")
			return
		case w.units() > 1:
			v.add("exclusivity.around_posts", RuleInvalidValue, "the window around each post is counted in more than one unit (days, hours, posts); keep one")
			return
		}
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
	w := e.AroundPosts
	if w.PostsBefore > 0 || w.PostsAfter > 0 {
		// Counted in the creator's posts: no day to compare with the term.
		return Date{}, false, false
	}
	after := w.DaysAfter
	if w.HoursAfter > 0 {
		after = (w.HoursAfter + 23) / 24 // the hours reach into that many days
	}
	return v.lastLiveDay().AddDays(after), false, true
}

// units counts the units the window is stated in: days, hours, posts.
func (w PostWindow) units() int {
	n := 0
	for _, set := range [...]bool{w.DaysBefore > 0 || w.DaysAfter > 0, w.HoursBefore > 0 || w.HoursAfter > 0, w.PostsBefore > 0 || w.PostsAfter > 0} {
		if set {
			n++
		}
	}
	return n
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

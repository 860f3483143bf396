package contract

import "strings"

// exclusivity writes whom the Creator may not promote, and when.
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
		switch {
		case w.PostsBefore > 0 || w.PostsAfter > 0:
			r.line("Around each post it applies to the Creator's ", r.count(w.PostsBefore), " posts before and ", r.count(w.PostsAfter), " posts after.")
		case w.HoursBefore > 0 || w.HoursAfter > 0:
			r.line("Around each post it applies from ", r.count(w.HoursBefore), " hours before the post goes live to ", r.count(w.HoursAfter), " hours after.")
		default:
			r.line("Around each post it applies from ", r.days(w.DaysBefore), " before the post goes live to ", r.days(w.DaysAfter), " after.")
		}
	}
	if e.NoOtherBrandsInContent {
		r.line("No other brand appears in the content made under this agreement.")
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

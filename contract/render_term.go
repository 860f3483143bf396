package contract

// term writes the contract length.
func (r *renderer) term() {
	r.heading("Contract length")
	t := r.c.Term
	if t == nil {
		r.notAgreed("the campaign's first and last day")
		return
	}
	start, end := r.date(t.Start), r.date(t.End)
	if t.Extent == Unlimited {
		if t.Start.IsZero() && t.StartToBeAgreed {
			start = "a day still to be agreed"
		}
		r.line("This agreement runs from ", start, " with no end date, until a party ends it.")
		return
	}
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

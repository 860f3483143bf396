package contract

// term checks the contract length: both days, in order, or to be agreed.
func (v *validator) term() {
	t := v.c.Term
	if t == nil {
		v.add("term", RuleMissingClause, "the contract has no term; add the campaign's first and last day")
		return
	}
	v.termDate("term.start", t.Start, t.StartToBeAgreed, "start", "the campaign's first day")
	switch t.Extent {
	case Unlimited:
		if !t.End.IsZero() || t.EndToBeAgreed {
			v.add("term.extent", RuleInvalidValue, "the term is said to have no end and also states an end; keep one")
			return
		}
		v.add("term.extent", RuleUnlimitedTerm, "the agreement has no end date: it and every duty in it run until a party ends it; state the campaign's last day")
		return
	case NoneAtAll, Limited:
		v.add("term.extent", RuleInvalidValue, "the term's extent is %s; state unlimited for an agreement without end, or leave it out and state the last day", t.Extent)
		return
	}
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

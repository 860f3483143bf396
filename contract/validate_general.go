package contract

// clauses checks the agency, governing law and the general clauses.
func (v *validator) clauses() {
	c := v.c
	if a := c.Agency; a != nil {
		if isBlank(a.Name) {
			v.add("agency.name", RuleMissingField, "the agency has no name; name the agency that signs")
		}
		if a.Represents != BrandSide && a.Represents != CreatorSide {
			v.add("agency.represents", RuleMissingField, "the agreement does not say whether the agency acts for the brand or for the creator")
		}
	}
	if isBlank(c.GoverningLaw) && !v.frenchContract { // else a missing mention
		v.add("governing_law", RuleOpenPoint, "the agreement does not say which law governs it; name the law and courts, such as the law of England and Wales")
	}
	if o := c.Ownership; o == nil && !v.frenchContract { // else a missing mention
		v.add("ownership", RuleOpenPoint, "the agreement does not say who owns the content; state the owner and the licence the other party holds")
	} else if o != nil && (o.Owner == UnstatedSide || o.Owner == BothSides) {
		v.add("ownership.owner", RuleMissingField, "the ownership clause does not name one owner of the content; name the brand or the creator")
	}
	paid := c.Payment == nil || !c.Payment.ProductOnly
	switch m := c.Morals; {
	case m == nil && paid:
		v.add("morals", RuleUnstatedTerm, "the agreement has no morals clause: conduct that brings a party into disrepute is not a ground to end it")
	case m != nil && m.Party == UnstatedSide:
		v.add("morals.party", RuleMissingField, "the morals clause does not say who is bound; name the creator, the brand or both")
	}
	switch ind := c.Indemnity; {
	case ind == nil && paid:
		v.add("indemnity", RuleUnstatedTerm, "the agreement does not say who indemnifies whom for claims about the content")
	case ind == nil:
	case ind.By == UnstatedSide:
		v.add("indemnity.by", RuleMissingField, "the indemnity does not say who indemnifies; name the creator, the brand or both (mutual)")
	case ind.By == CreatorSide:
		v.add("indemnity.by", RuleOneSidedIndemnity, "only the creator indemnifies; make the indemnity mutual so the brand answers for its product claims and materials")
	}
	if cf := c.Confidentiality; cf != nil {
		if cf.Party == UnstatedSide {
			v.add("confidentiality.party", RuleMissingField, "the confidentiality clause does not say who is bound")
		}
		if cf.Years < 0 {
			v.add("confidentiality.years", RuleInvalidValue, "confidentiality lasts %d years; state 0 or more", cf.Years)
		}
	}
	if l := c.LiabilityCap; l == nil && paid {
		v.add("liability_cap", RuleUnstatedTerm, "the agreement does not cap either party's liability")
	} else if l != nil {
		switch {
		case l.Amount == nil && !l.FeesPaid:
			v.add("liability_cap.amount", RuleMissingField, "the liability cap states no amount; state one or cap it at the fees paid")
		case l.Amount != nil && l.Amount.IsNegative():
			v.add("liability_cap.amount", RuleInvalidValue, "the liability cap is %s; state 0 or more", l.Amount)
		case l.Amount != nil:
			v.sameCurrency("liability_cap.amount", "the liability cap", *l.Amount)
		}
	}
	if p := c.Posting; p == nil && len(c.Deliverables) > 0 {
		v.add("posting", RuleUnstatedTerm, "the agreement does not say how long each post stays up")
	} else if p != nil && p.MinimumLiveDays < 0 {
		v.add("posting.minimum_live_days", RuleInvalidValue, "posts stay up at least %d days; state 0 or more", p.MinimumLiveDays)
	}
	if w := c.WhitelistingAccess; w != nil {
		switch {
		case w.Days < 0:
			v.add("whitelisting_access.days", RuleInvalidValue, "whitelisting access lasts %d days; state 1 or more", w.Days)
		case w.Days == 0:
			v.add("whitelisting_access.days", RuleOpenPoint, "the whitelisting access does not say how long the brand may run ads from the creator's account; end it when the whitelisting grant ends")
		}
		if w.SpendCap != nil && w.SpendCap.IsNegative() {
			v.add("whitelisting_access.spend_cap", RuleInvalidValue, "the ad spend cap is %s; state 0 or more", w.SpendCap)
		}
	}
}

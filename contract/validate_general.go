package contract

import "strconv"

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
	if m := c.Morals; m != nil {
		v.morals(*m)
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
		switch {
		case cf.Years < 0:
			v.add("confidentiality.years", RuleInvalidValue, "confidentiality lasts %d years; state 0 or more", cf.Years)
		case cf.Extent == Unlimited && cf.Years > 0:
			v.add("confidentiality.extent", RuleInvalidValue, "confidentiality is said to last %d years and also without end; keep one", cf.Years)
		case cf.Extent == NoneAtAll || cf.Extent == Limited:
			v.add("confidentiality.extent", RuleInvalidValue, "the confidentiality's extent is %s; state unlimited for confidentiality without end, or leave it out and state the years", cf.Extent)
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
		if l.Party == BrandSide {
			v.add("liability_cap.party", RuleOneSidedLiabilityCap, "only the brand's liability is capped; cap the creator's liability too, at the fees paid")
		}
	}
	if p := c.Posting; p == nil && len(c.Deliverables) > 0 {
		v.add("posting", RuleUnstatedTerm, "the agreement does not say how long each post stays up")
	} else if p != nil {
		switch {
		case p.MinimumLiveDays < 0:
			v.add("posting.minimum_live_days", RuleInvalidValue, "posts stay up at least %d days; state 0 or more", p.MinimumLiveDays)
		case p.TakedownHours < 0:
			v.add("posting.takedown_hours", RuleInvalidValue, "posts come down within %d hours of a request; state 0 or more", p.TakedownHours)
		case p.Permanent && p.TakedownHours > 0:
			v.add("posting.permanent", RuleInvalidValue, "posts are said never to be deleted and also to come down within %d hours on request; keep one", p.TakedownHours)
		}
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

// morals checks what lets a party use the morals clause and what the
// creator is then paid (imh-crisis-clauses).
func (v *validator) morals(m Morals) {
	for i, t := range m.Triggers {
		if t == UnstatedMoralsTrigger {
			v.add("morals.triggers["+strconv.Itoa(i)+"]", RuleInvalidValue, "morals trigger %d names nothing; state conduct, conviction, charge, accusation or controversy, or remove it", i+1)
		}
	}
	for _, t := range m.Triggers {
		if t == MoralsAccusation || t == MoralsControversy {
			v.add("morals.triggers", RuleBroadMoralsTrigger, "the morals clause may be used on %s, not only on proven conduct; limit it to conduct, a conviction or a charge", triggerPhrase(t))
			break
		}
	}
	if m.Party.includes(CreatorSide) && m.Settlement.forfeitsWork() && !v.gifting() {
		v.add("morals.settlement", RuleForfeitedWorkPay, "when the morals clause is used the creator %s, even for content already delivered; pay for the delivered work", settlementPhrase(m.Settlement))
	}
}

func triggerPhrase(t MoralsTrigger) string {
	if t == MoralsAccusation {
		return "a mere accusation"
	}
	return "any public controversy"
}

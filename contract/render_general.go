package contract

// general writes the general terms, each only when the contract states it.
func (r *renderer) general() {
	r.heading("General terms")
	c := r.c
	n := 0
	item := func(parts ...string) {
		r.line(append([]string{"- "}, parts...)...)
		n++
	}
	if p := c.Posting; p != nil && p.Permanent {
		item("**Posts stay up:** the Creator never deletes a piece.")
	}
	if p := c.Posting; p != nil && p.TakedownHours > 0 {
		item("**Takedown:** the Creator removes a piece within ", r.count(p.TakedownHours), " hours of the Brand's request.")
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
		if len(m.Triggers) > 0 {
			item("**Morals triggers:** the clause may be used on ", moralsTriggers(m.Triggers), ".")
		}
		if m.Settlement != UnstatedSettlement {
			item("**Morals settlement:** ", settlementSentence(m.Settlement), ".")
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
		switch {
		case cf.Years > 0:
			line += " for " + r.counted(cf.Years, "year") + " after the term"
		case cf.Extent == Unlimited:
			line += " with no end date"
		}
		if cf.Party == UnstatedSide {
			// No duty without a party who bears it.
			line += "; who is bound is not stated"
		}
		item("**Confidentiality:** ", line, ".")
	}
	if l := c.LiabilityCap; l != nil {
		whose := "each party's liability is"
		switch l.Party {
		case BrandSide:
			whose = "the Brand's liability (only) is"
		case CreatorSide:
			whose = "the Creator's liability (only) is"
		}
		switch {
		case l.Amount != nil:
			item("**Liability:** ", whose, " capped at ", l.Amount.Format(r.locale), ".")
		case l.FeesPaid:
			item("**Liability:** ", whose, " capped at the fees paid under this agreement.")
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
	if c.JointLiability {
		item("**Joint liability:** the Brand, any agent acting for it and the Creator are jointly liable toward third parties for the commercial influence.")
	}
	if !isBlank(c.GoverningLaw) {
		item("**Governing law:** ", escape(c.GoverningLaw), ".")
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

// moralsTriggers lists the triggers in words: "conduct or a mere
// accusation".
func moralsTriggers(ts []MoralsTrigger) string {
	words := make([]string, 0, len(ts))
	for _, t := range ts {
		switch t {
		case MoralsConduct:
			words = append(words, "conduct that brings the other party into disrepute")
		case MoralsConviction:
			words = append(words, "a criminal conviction")
		case MoralsCharge:
			words = append(words, "a criminal charge")
		case MoralsAccusation:
			words = append(words, "a mere public accusation")
		case MoralsControversy:
			words = append(words, "any public controversy")
		}
	}
	return joinWith(words, "or")
}

// settlementWords says what the Creator is paid when a clause is used,
// and false for a settlement the contract does not state; the morals
// clause and the termination rights both read from it.
func settlementWords(s Settlement) (string, bool) {
	switch s {
	case ProRata:
		return "the Creator is then paid for the work done so far", true
	case DeliveredWork:
		return "the Creator is then paid only for the content already delivered", true
	case KillFee:
		return "the Brand then pays the kill fee", true
	case FullFee:
		return "the Creator is then paid the whole fee", true
	case Forfeiture:
		return "the Creator then forfeits the fees not yet paid", true
	case ClawBack:
		return "the Creator then repays the fees received", true
	case NothingPaid:
		return "nothing more is then paid", true
	case BrandDiscretion:
		return "the Creator is then paid what the Brand alone decides", true
	}
	return "", false
}

// settlementSentence says what the Creator is paid when a clause is used;
// a settlement not stated reads as nothing paid.
func settlementSentence(s Settlement) string {
	if words, ok := settlementWords(s); ok {
		return words
	}
	return "nothing more is then paid"
}

package contract

import (
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit/internal/percent"
	"github.com/influencekit/influencekit/pricing"
)

// percentOK reports whether p is unset or from 0 to 100, and reports a
// RuleInvalidValue problem at field otherwise.
func (v *validator) percentOK(field, what string, p *decimal.Decimal) bool {
	if p == nil || (!p.IsNegative() && !p.GreaterThan(hundred)) {
		return true
	}
	v.add(field, RuleInvalidValue, "the %s is %s; state a percentage from 0 to 100", what, percent.Points(*p))
	return false
}

// paymentTerms checks net periods, the deposit, late interest and the
// timing of the whole schedule.
func (v *validator) paymentTerms() {
	pay := v.c.Payment
	if netDaysOff(pay.NetDays) {
		v.netDays("payment.net_days", "payment under the default terms", pay.NetDays)
	}
	v.percentOK("payment.deposit_percent", "deposit", pay.DepositPercent)
	if r := pay.LateInterestPercent; r != nil && r.IsNegative() {
		v.add("payment.late_interest_percent", RuleInvalidValue, "late interest is %s a year; state 0 or more", percent.Points(*r))
	}
	if pay.ProductOnly {
		return
	}
	if pay.Tax == UnstatedTax {
		v.add("payment.tax", RuleUnstatedTerm, "the agreement does not say whether the fee includes sales tax or VAT")
	}
	deposit := pay.DepositPercent != nil && pay.DepositPercent.IsPositive()
	if len(pay.Schedule) == 0 {
		// The total in one payment on the default trigger.
		if pay.Trigger.afterWork() && !deposit {
			v.add("payment.trigger", RuleBackLoadedPayment, "the whole fee falls due after the work is done and nothing is paid up front; consider a deposit on signature")
		}
		return
	}
	lastWork := Date{}
	for _, d := range v.c.Deliverables {
		if _, l := d.Dates(); l.Valid() && l.After(lastWork) {
			lastWork = l
		}
	}
	allAfter := true
	for i, in := range pay.Schedule {
		if netDaysOff(in.NetDays) {
			v.netDays("payment.schedule["+strconv.Itoa(i)+"].net_days", fmt.Sprintf("installment %d", i+1), in.NetDays)
		}
		trigger := in.Trigger
		if trigger == UnstatedTrigger {
			trigger = pay.Trigger
		}
		switch {
		case trigger == OnSignature:
			deposit = true
		case trigger.afterWork():
		case in.Due.Valid() && lastWork.Valid() && !in.Due.Before(lastWork):
		default:
			allAfter = false
		}
	}
	if allAfter && !deposit {
		v.add("payment.schedule", RuleBackLoadedPayment, "every installment falls due after the work is done and nothing is paid up front; consider a deposit on signature")
	}
	v.depositMatches()
}

// depositMatches checks a stated deposit against the installments paid on
// signature, when the schedule has any: 50% of 2,000.00 USD is 1,000.00.
func (v *validator) depositMatches() {
	pay := v.c.Payment
	d := pay.DepositPercent
	if d == nil || d.IsNegative() || d.GreaterThan(hundred) || pay.Total == nil || !pay.Total.IsPositive() {
		return
	}
	paid := pricing.Zero(pay.Total.Currency())
	found := false
	for _, in := range pay.Schedule {
		t := in.Trigger
		if t == UnstatedTrigger {
			t = pay.Trigger
		}
		if t != OnSignature || in.Amount == nil {
			continue
		}
		sum, err := paid.Add(*in.Amount)
		if err != nil {
			return // a currency mismatch is reported on the installment
		}
		paid, found = sum, true
	}
	// Shift is exact; no division and no package-level precision.
	want := pay.Total.Mul(d.Shift(-2)).Round()
	if found && !paid.Round().Equal(want) {
		v.add("payment.deposit_percent", RuleScheduleMismatch, "the deposit is %s of the total, %s, but the installments paid on signature come to %s; make them agree", percent.Points(*d), want, paid)
	}
}

// netDaysOff reports whether a net period is negative or too long.
func netDaysOff(n int64) bool { return n < 0 || n > maxNetDays }

// netDays checks one net period.
func (v *validator) netDays(field, what string, n int64) {
	switch {
	case n < 0:
		v.add(field, RuleInvalidValue, "%s give a net period of %d days; state 0 or more", what, n)
	case n > maxNetDays:
		v.add(field, RuleLongPaymentTerms, "%s falls due %d days after its trigger; more than %d days leaves the creator financing the campaign, ask for Net 30 or less", what, n, maxNetDays)
	}
}

// grantEnd returns the day a grant of the given duration ends when counted
// from the last piece going live, and whether it has one.
func (v *validator) grantEnd(g UsageGrant) (Date, bool) {
	if g.Perpetual || !v.termOK() {
		return Date{}, false
	}
	last := v.lastLiveDay()
	switch {
	case g.Days > 0:
		return last.AddDays(g.Days - 1), true
	case g.Months > 0:
		return last.AddMonths(g.Months).AddDays(-1), true
	}
	return Date{}, false
}

// grants checks each usage grant on its own: kind, where, how long, and
// what pays for it, independent of whether the term has an end.
func (v *validator) grants() {
	u := v.c.UsageRights
	for i, g := range u.Grants {
		p := "usage_rights.grants[" + strconv.Itoa(i) + "]"
		n := i + 1
		if g.Kind == UnstatedUsage {
			v.add(p+".kind", RuleMissingField, "usage grant %d does not say its kind; state organic repost, paid amplification or whitelisting", n)
		}
		for j, pl := range g.Platforms {
			if pl == 0 {
				v.add(p+".platforms["+strconv.Itoa(j)+"]", RuleInvalidValue, "usage grant %d names no platform at position %d; name one or remove it", n, j+1)
			}
		}
		for j, c := range g.Channels {
			if c == UnknownChannel {
				v.add(p+".channels["+strconv.Itoa(j)+"]", RuleInvalidValue, "usage grant %d names no channel at position %d; name one or remove it", n, j+1)
			}
		}
		if len(g.Platforms) == 0 && len(g.Channels) == 0 {
			v.add(p+".channels", RuleMissingField, "usage grant %d does not say where the brand may use the content; name the platforms or channels", n)
		}
		paid := g.IncludedInFee || (g.Fee != nil && g.Fee.IsPositive())
		if g.Fee != nil && g.Fee.IsNegative() {
			v.add(p+".fee", RuleInvalidValue, "usage grant %d's fee is %s; a fee cannot be negative", n, g.Fee)
			paid = true // one problem per mistake
		}
		if g.Fee != nil {
			v.sameCurrency(p+".fee", fmt.Sprintf("usage grant %d's fee", n), *g.Fee)
		}
		switch {
		case g.Days < 0 || g.Months < 0:
			v.add(p+".days", RuleInvalidValue, "usage grant %d lasts %d days and %d months; state 1 or more", n, g.Days, g.Months)
			continue
		case (g.Days > 0 && g.Months > 0) || (g.Perpetual && (g.Days > 0 || g.Months > 0)):
			v.add(p+".days", RuleInvalidValue, "usage grant %d states more than one duration; keep days, months or perpetual", n)
			continue
		case g.Perpetual:
			v.add(p+".perpetual", RulePerpetualUsage, "usage grant %d has no end; limit it to months after each piece goes live, such as 6 to 12 for organic use", n)
		case g.Days == 0 && g.Months == 0:
			v.add(p+".days", RuleMissingField, "usage grant %d does not say how long it lasts; state days or months after each piece goes live", n)
		}
		if !paid && (g.Exclusive || g.Sublicensable || g.Irrevocable) {
			v.add(p, RuleBroadUsageGrant, "usage grant %d is %s with no fee of its own; price it or narrow it", n, grantFlags(g))
		}
		switch {
		case paid:
		case g.Kind.paid():
			v.add(p+".fee", RulePaidUsageWithoutFee, "usage grant %d lets the brand run the content as paid ads (%s) with no fee; add a fee or include it in the total", n, g.Kind)
		case g.Perpetual:
			v.add(p+".fee", RuleUnpaidUsage, "usage grant %d runs forever with no fee; add a fee or end it", n)
		default:
			if ends, ok := v.grantEnd(g); ok {
				if past := v.c.Term.End.DaysUntil(ends); past > 0 {
					v.add(p+".fee", RuleUnpaidUsage, "usage grant %d runs until %s, %d days past the term's end on %s, with no fee; add a fee or end it with the term", n, ends, past, v.c.Term.End)
				}
			}
		}
		if g.Kind == Whitelisting && v.c.WhitelistingAccess == nil {
			v.add(p+".kind", RuleOpenPoint, "usage grant %d allows whitelisting but the agreement does not say what access the brand gets to the creator's account, for how long, and whether the creator approves each ad", n)
		}
	}
}

// grantFlags names what the grant is of exclusive, sublicensable and
// irrevocable ("exclusive and irrevocable"), or "" for none: the draft and
// the problems word it alike.
func grantFlags(g UsageGrant) string {
	var flags []string
	if g.Exclusive {
		flags = append(flags, "exclusive")
	}
	if g.Sublicensable {
		flags = append(flags, "sublicensable")
	}
	if g.Irrevocable {
		flags = append(flags, "irrevocable")
	}
	return joinParts(flags)
}

// sameCurrency reports a RuleCurrencyMismatch problem when m is not in the
// total's currency.
func (v *validator) sameCurrency(field, what string, m pricing.Money) {
	if p := v.c.Payment; p != nil && p.Total != nil && m.Currency() != p.Total.Currency() {
		v.add(field, RuleCurrencyMismatch, "%s is in %s but the total is in %s; state it in %s", what, m.Currency(), p.Total.Currency(), p.Total.Currency())
	}
}

// terminationRights checks each right and reports whether the clause's
// kill fee is still needed: the brand may cancel for convenience under a
// right that pays the kill fee or states no settlement.
func (v *validator) terminationRights(rights []TerminationRight) bool {
	needKillFee := false
	creatorMayEnd, brandConvenience := false, false
	for i, r := range rights {
		p := "cancellation.rights[" + strconv.Itoa(i) + "]"
		n := i + 1
		if r.Party == UnstatedSide {
			v.add(p+".party", RuleMissingField, "termination right %d does not say which party may end the agreement", n)
		}
		if r.Basis == UnstatedBasis {
			v.add(p+".basis", RuleMissingField, "termination right %d does not say whether it is for convenience or for cause", n)
		}
		if r.NoticeDays < 0 || r.CureDays < 0 {
			v.add(p+".notice_days", RuleInvalidValue, "termination right %d gives %d days' notice and %d days to cure; state 0 or more", n, r.NoticeDays, r.CureDays)
		}
		if r.Party.includes(CreatorSide) {
			creatorMayEnd = true
		}
		if r.Basis == ForCause && r.CureDays == 0 {
			v.add(p+".cure_days", RuleNoCurePeriod, "termination right %d ends the agreement for cause with no time to remedy the breach; add a cure period, such as 10 days", n)
		}
		if r.Basis != ForConvenience || !r.Party.includes(BrandSide) {
			continue
		}
		brandConvenience = true
		switch r.Settlement {
		case ProRata, FullFee:
		case KillFee, UnstatedSettlement:
			needKillFee = v.c.Payment == nil || !v.c.Payment.ProductOnly
		default:
			if v.c.Payment != nil && v.c.Payment.ProductOnly {
				break // nothing is owed in a gifting deal
			}
			v.add(p+".settlement", RuleNoKillFee, "the brand may end the agreement for convenience and the creator then gets %s; pay a kill fee or the work done so far", settlementPhrase(r.Settlement))
		}
	}
	if brandConvenience && !creatorMayEnd {
		v.add("cancellation.rights", RuleOneSidedTermination, "only the brand may end the agreement; consider a right for the creator to end it for cause")
	}
	return needKillFee
}

func settlementPhrase(s Settlement) string {
	switch s {
	case Forfeiture:
		return "forfeits the fees not yet paid"
	case ClawBack:
		return "must repay the fees received"
	}
	return "nothing"
}

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
	if isBlank(c.GoverningLaw) {
		v.add("governing_law", RuleOpenPoint, "the agreement does not say which law governs it; name the law and courts, such as the law of England and Wales")
	}
	if o := c.Ownership; o == nil {
		v.add("ownership", RuleOpenPoint, "the agreement does not say who owns the content; state the owner and the licence the other party holds")
	} else if o.Owner == UnstatedSide || o.Owner == BothSides {
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

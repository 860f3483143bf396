package contract

import (
	"strconv"

	"github.com/influencekit/influencekit/internal/percent"
)

// cancellation checks who may end the agreement early and what the
// creator is then paid.
func (v *validator) cancellation() {
	c := v.c.Cancellation
	if c == nil {
		v.add("cancellation", RuleMissingClause, "the contract has no cancellation clause; state who may end it, with what notice, and the kill fee the brand pays if it cancels")
		return
	}
	if c.NoticeDays < 0 {
		v.add("cancellation.notice_days", RuleInvalidValue, "the notice period is %d days; state 0 or more", c.NoticeDays)
	}
	gifting := v.c.Payment != nil && v.c.Payment.ProductOnly
	switch c.Extent {
	case NoneAtAll:
		switch {
		case len(c.Rights) > 0 || c.NoticeDays != 0 || c.KillFeePercent != nil:
			v.add("cancellation.extent", RuleInvalidValue, "the clause says there are no cancellation terms and also states some; keep one")
		case !gifting:
			v.add("cancellation.extent", RuleOpenPoint, "the agreement has no cancellation terms: it does not say whether either party may end it early or what the creator is then paid; state who may end it and what is paid")
		}
		return
	case Unlimited:
		if len(c.Rights) > 0 || c.NoticeDays != 0 {
			v.add("cancellation.extent", RuleInvalidValue, "the clause says either party may end the agreement at any time without notice and also states notice or rights; keep one")
			return
		}
	}
	k := c.KillFeePercent
	// Without rights, either party may cancel; a gifting deal owes no fee.
	brandMayCancel := len(c.Rights) == 0 && (v.c.Payment == nil || !v.c.Payment.ProductOnly)
	if len(c.Rights) > 0 {
		brandMayCancel = v.terminationRights(c.Rights)
	}
	switch {
	case k != nil && (k.IsNegative() || k.GreaterThan(hundred)):
		v.add("cancellation.kill_fee_percent", RuleInvalidKillFee, "the kill fee is %s; state a percentage from 0 to 100", percent.Points(*k))
	case !brandMayCancel:
	case k == nil:
		v.add("cancellation.kill_fee_percent", RuleNoKillFee, "the cancellation clause has no kill fee; state the share of the total the brand pays if it cancels, such as 50%%")
	case k.IsZero():
		v.add("cancellation.kill_fee_percent", RuleNoKillFee, "the kill fee is 0%%; state the share of the total the brand pays if it cancels, such as 50%%")
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
		if r.Basis == ForCause && r.CureDays == 0 && !r.CureByReshoot {
			v.add(p+".cure_days", RuleNoCurePeriod, "termination right %d ends the agreement for cause with no time to remedy the breach; add a cure period, such as 10 days", n)
		}
		if r.Basis == ForCause && r.Party.includes(BrandSide) && r.Settlement.forfeitsWork() && !v.gifting() {
			v.add(p+".settlement", RuleForfeitedWorkPay, "termination right %d lets the brand end the agreement for cause and the creator then %s, even for content already delivered; pay for the delivered work", n, settlementPhrase(r.Settlement))
		}
		if r.Basis != ForConvenience || !r.Party.includes(BrandSide) {
			continue
		}
		brandConvenience = true
		switch r.Settlement {
		case FullFee:
		case KillFee, UnstatedSettlement, ProRata, DeliveredWork:
			// Pay for the work done leaves the booked work unpaid: the
			// clause's kill fee still applies to it.
			needKillFee = !v.gifting()
		default:
			if v.c.Payment != nil && v.c.Payment.ProductOnly {
				break // nothing is owed in a gifting deal
			}
			v.add(p+".settlement", RuleNoKillFee, "the brand may end the agreement for convenience and the creator then %s; pay a kill fee or the work done so far", settlementPhrase(r.Settlement))
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
	case BrandDiscretion:
		return "gets whatever the brand alone decides"
	}
	return "gets nothing"
}

// gifting reports whether the deal is product only: no fee is owed.
func (v *validator) gifting() bool { return v.c.Payment != nil && v.c.Payment.ProductOnly }

package contract

import (
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit/internal/percent"
	"github.com/influencekit/influencekit/pricing"
)

// maxNetDays is the longest net period that is not a warning
// (bizinabox-influencer: Net 30 standard; eu-late-payment:
// 30 days by default).
const maxNetDays = 45

// payment checks the fee, its installments and incentives: amounts,
// dates, currencies and that the installments sum to the total.
func (v *validator) payment() {
	pay := v.c.Payment
	if pay == nil {
		v.add("payment", RuleMissingClause, "the contract has no payment clause; add the total, the dates it is paid on and any incentives")
		return
	}
	total := pay.Total
	v.paymentTerms()
	switch {
	case pay.ProductOnly && total != nil && total.IsPositive():
		v.add("payment.total", RuleInvalidValue, "the deal is marked product-only but states a cash total of %s; remove the total or the product-only mark", total)
	case pay.ProductOnly:
	case total == nil:
		v.add("payment.total", RuleMissingField, "the payment has no total; state the fee for the deliverables, such as 1,500.00 USD, or mark a gifting deal as product-only")
	case total.IsNegative():
		v.add("payment.total", RuleInvalidValue, "the total is %s; a fee cannot be negative", total)
	}
	if len(pay.Schedule) == 0 && !pay.ProductOnly && pay.Trigger == UnstatedTrigger {
		// A default trigger with no schedule is one payment of the total
		// ("Net 60 after invoice"): complete as it stands.
		v.add("payment.schedule", RuleMissingField, "the payment has no schedule; add when the total is paid: dates, or events such as signature or publication with a net period")
	}
	if pay.ProductOnly && len(pay.Incentives) == 0 {
		v.add("payment.incentives", RuleMissingField, "the deal is product-only but names no product; list what the creator receives and its value")
	}
	sumOK := total != nil && len(pay.Schedule) > 0
	var sum pricing.Money
	if total != nil {
		sum = pricing.Zero(total.Currency())
	}
	for i, in := range pay.Schedule {
		p := "payment.schedule[" + strconv.Itoa(i) + "]"
		trigger := pay.triggerOf(in)
		switch {
		case in.DueToBeAgreed:
			v.toBeAgreed(p+".due", in.Due, fmt.Sprintf("installment %d's payment date", i+1), "agree the day it is paid, or the event it follows")
		case in.Due.IsZero() && trigger == UnstatedTrigger:
			v.add(p+".due", RuleMissingField, "installment %d has no date; add the day it is paid, or the event it follows (signature, delivery, publication, invoice)", i+1)
		case in.Due.IsZero():
		case !in.Due.Valid():
			v.invalidDate(p+".due", in.Due, fmt.Sprintf("installment %d's date", i+1))
		case !v.termOK() || v.c.Term.Contains(in.Due):
		case trigger.afterWork() && in.Due.After(v.c.Term.End):
			// Paid after the work by its own terms: fine after the term.
		default:
			v.add(p+".due", RuleDueOutsideTerm, "installment %d is paid on %s, outside the term %s to %s; pay it within the term, extend the term, or say it follows delivery or publication", i+1, in.Due, v.c.Term.Start, v.c.Term.End)
		}
		switch {
		case in.Amount == nil:
			v.add(p+".amount", RuleMissingField, "installment %d has no amount; state how much is paid on %s", i+1, in.Due)
			sumOK = false
		case in.Amount.IsNegative():
			v.add(p+".amount", RuleInvalidValue, "installment %d is %s; an installment cannot be negative", i+1, in.Amount)
			sumOK = false
		case total != nil && in.Amount.Currency() != total.Currency():
			v.add(p+".amount", RuleCurrencyMismatch, "installment %d is in %s but the total is in %s; state it in %s", i+1, in.Amount.Currency(), total.Currency(), total.Currency())
			sumOK = false
		case sumOK:
			s, err := sum.Add(*in.Amount)
			if err != nil { // cannot happen: the currencies were compared above
				sumOK = false
				break
			}
			sum = s
		}
	}
	if sumOK && !sum.Equal(*total) {
		diff, err := total.Sub(sum)
		if err == nil {
			verb := "add"
			if diff.IsNegative() {
				verb, diff = "remove", diff.Neg()
			}
			v.add("payment.schedule", RuleScheduleMismatch, "the installments sum to %s, not the total %s; %s %s so they match exactly", sum, total, verb, diff)
		}
	}
	for i, in := range pay.Incentives {
		p := "payment.incentives[" + strconv.Itoa(i) + "]"
		if isBlank(in.Description) {
			v.add(p+".description", RuleMissingField, "incentive %d has no description; say what the creator receives", i+1)
		}
		switch {
		case in.Value == nil && in.Prop:
			// Props are not pay: they need no value.
		case in.Value == nil:
			v.add(p+".value", RuleUnvaluedIncentive, "incentive %d has no value; state what it is worth in a currency, such as 120.00 USD", i+1)
		case in.Value.IsNegative():
			v.add(p+".value", RuleInvalidValue, "incentive %d is valued at %s; a value cannot be negative", i+1, in.Value)
		}
	}
}

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
		if pay.Trigger.afterWork() && !pay.Trigger.beforePosting() && !deposit {
			v.add("payment.trigger", RuleBackLoadedPayment, "the whole fee falls due after the work is done and nothing is paid up front; consider a deposit on signature")
		}
		return
	}
	lastWork := v.lastDelivery()
	allAfter := true
	for i, in := range pay.Schedule {
		if netDaysOff(in.NetDays) {
			v.netDays("payment.schedule["+strconv.Itoa(i)+"].net_days", fmt.Sprintf("installment %d", i+1), in.NetDays)
		}
		trigger := pay.triggerOf(in)
		switch {
		case trigger == OnSignature:
			deposit = true
		case trigger.beforePosting():
			// Paid on approval: before the content goes live.
			allAfter = false
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
		if pay.triggerOf(in) != OnSignature || in.Amount == nil {
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

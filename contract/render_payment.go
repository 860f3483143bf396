package contract

import (
	"strconv"

	"github.com/influencekit/influencekit/internal/percent"
)

// payment writes the fee, its installments and the incentives.
func (r *renderer) payment() {
	r.heading("Fees and payment")
	p := r.c.Payment
	if p == nil {
		r.notAgreed("the fee, its payment dates and any incentives")
		return
	}
	switch {
	case p.ProductOnly:
		r.line("This is a product-only arrangement: the Creator receives the products below and no cash fee.")
	case p.Total != nil:
		r.line("The Brand pays the Creator a total of **", p.Total.Format(r.locale), "**.")
	default:
		r.line("The total fee is not stated.")
	}
	switch p.Tax {
	case TaxInclusive:
		r.line("The fee includes sales tax or VAT.")
	case TaxExclusive:
		r.line("Sales tax or VAT is added to the fee where it applies.")
	case TaxNotCharged:
		r.line("No sales tax or VAT is charged on the fee.")
	}
	if d := p.DepositPercent; d != nil {
		r.line("A deposit of ", percent.Points(*d), " of the total is paid when the agreement is signed.")
	}
	if p.Trigger != UnstatedTrigger || p.NetDays > 0 {
		switch {
		case len(p.Schedule) > 0:
			r.line("Unless an installment says otherwise, it is paid ", r.when(p.Trigger, p.NetDays), ".")
		case p.DepositPercent != nil && p.DepositPercent.IsPositive():
			r.line("The rest is paid ", r.when(p.Trigger, p.NetDays), ".")
		case !p.ProductOnly:
			r.line("It is paid in one payment ", r.when(p.Trigger, p.NetDays), ".")
		}
	}
	if len(p.Schedule) > 0 {
		r.line()
		r.line("| Installment | Due | Amount |")
		r.line("|---|---|---|")
		for i, in := range p.Schedule {
			amount := "(amount not set)"
			if in.Amount != nil {
				amount = in.Amount.Format(r.locale)
			}
			due := r.date(in.Due)
			if in.Due.IsZero() && in.DueToBeAgreed {
				due = "to be agreed"
			}
			// Each term an installment leaves unstated is the payment's:
			// a publication trigger with no net days of its own inherits
			// the payment's Net 60.
			trigger, net := p.triggerOf(in), in.NetDays
			if net == 0 {
				net = p.NetDays
			}
			if in.Trigger != UnstatedTrigger || in.NetDays > 0 || in.Due.IsZero() && !in.DueToBeAgreed && (trigger != UnstatedTrigger || net > 0) {
				due = r.when(trigger, net)
				if !in.Due.IsZero() {
					due += " (" + r.date(in.Due) + ")"
				}
			}
			r.line("| ", strconv.Itoa(i+1), " | ", due, " | ", amount, " |")
		}
	}
	if l := p.LateInterestPercent; l != nil {
		r.line()
		r.line("Late payments carry interest of ", percent.Points(*l), " a year.")
	}
	if len(p.Incentives) > 0 {
		r.line()
		if p.ProductOnly {
			r.line("The Creator receives:")
		} else {
			r.line("On top of the fee, the Creator receives:")
		}
		r.line()
		for _, in := range p.Incentives {
			value := "no value stated"
			switch {
			case in.Prop && in.Value != nil:
				value = "supplied to make the content, not as pay (valued at " + in.Value.Format(r.locale) + ")"
			case in.Prop:
				value = "supplied to make the content, not as pay"
			case in.Value != nil:
				value = "valued at " + in.Value.Format(r.locale)
			}
			r.line("- ", escapeItem(orUnnamed(in.Description, "an incentive")), ", ", value)
		}
	}
}

// when says when a payment falls due: "within 30 days of publication".
func (r *renderer) when(t Trigger, net int64) string {
	event := t.event()
	if net > 0 {
		return "within " + r.days(net) + " of " + event
	}
	return "on " + event
}

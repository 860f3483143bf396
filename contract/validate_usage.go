package contract

import (
	"fmt"
	"strconv"

	"github.com/influencekit/influencekit"
)

// usageRights checks the brand's licence to reuse the content: its
// duration and what pays for it.
func (v *validator) usageRights() {
	u := v.c.UsageRights
	if u == nil {
		v.add("usage_rights", RuleOpenPoint, "the agreement does not say whether the brand may reuse the content; state where, for how many days and for what fee, or that it may not")
		return
	}
	if u.Extent == NoneAtAll {
		if u.legacy() || len(u.Grants) > 0 {
			v.add("usage_rights.extent", RuleInvalidValue, "the usage rights say the brand gets none and also grant some; keep one")
		}
		return
	}
	for i, c := range u.CarveOuts {
		if c == UnstatedCarveOut {
			v.add("usage_rights.carve_outs["+strconv.Itoa(i)+"]", RuleInvalidValue, "carve-out %d names no use; state archive or internal, or remove it", i+1)
		}
	}
	v.grants()
	if len(u.Grants) > 0 && !u.legacy() {
		return
	}
	paidWithoutFee := u.PaidAmplification && (u.Fee == nil || !u.Fee.IsPositive())
	if paidWithoutFee {
		v.add("usage_rights.fee", RulePaidUsageWithoutFee, "the brand may run the content as paid ads with no usage fee; add a fee for paid use")
	}
	for i, pl := range u.Platforms {
		if pl == influencekit.UnknownPlatform {
			v.add("usage_rights.platforms["+strconv.Itoa(i)+"]", RuleInvalidValue, "usage right %d names no platform; name one (instagram, tiktok, ...) or remove it", i+1)
		}
	}
	if u.Fee != nil && u.Fee.IsNegative() {
		v.add("usage_rights.fee", RuleInvalidValue, "the usage fee is %s; a fee cannot be negative", u.Fee)
	}
	switch {
	case u.Days < 0:
		v.add("usage_rights.days", RuleInvalidValue, "usage rights last %d days; state 1 or more", u.Days)
		return
	case u.Days == 0:
		v.add("usage_rights.days", RulePerpetualUsage, "usage rights have no end; limit them to a number of days after each piece goes live, such as 90")
	}
	if paidWithoutFee || (u.Fee != nil && u.Fee.IsPositive()) {
		return // one problem for the missing fee
	}
	if u.Days == 0 {
		v.add("usage_rights.fee", RuleUnpaidUsage, "usage rights run forever with no fee; add a usage fee or end them with the term")
		return
	}
	if !v.termOK() {
		return
	}
	ends := v.lastLiveDay().AddDays(u.Days - 1)
	if past := v.c.Term.End.DaysUntil(ends); past > unpaidUsageGraceDays {
		v.add("usage_rights.fee", RuleUnpaidUsage, "usage rights run until %s, %d days past the term's end on %s, with no fee; add a usage fee or end them with the term", ends, past, v.c.Term.End)
	}
}

// unpaidUsageGraceDays is how far past the term's end organic reuse may
// run without a fee of its own: the library's own allowance, as for
// exclusivity, so that a repost a few days after the campaign is not
// priced.
const unpaidUsageGraceDays = 7

// grantEnd returns the day a grant ends, and whether it has one: its
// duration counted from the last piece going live, or from the term's end
// (FromTermEnd), and no later than the term's end when it ends with the
// term.
func (v *validator) grantEnd(g UsageGrant) (Date, bool) {
	if g.Perpetual && !g.EndsWithTerm || !v.termOK() {
		return Date{}, false
	}
	from := v.lastLiveDay()
	if g.FromTermEnd {
		from = v.c.Term.End
	}
	var ends Date
	switch {
	case g.EndsWithTerm && g.Days == 0 && g.Months == 0:
		return v.c.Term.End, true
	case g.Days > 0:
		ends = from.AddDays(g.Days - 1)
	case g.Months > 0:
		ends = from.AddMonths(g.Months).AddDays(-1)
	default:
		return Date{}, false
	}
	if g.EndsWithTerm && ends.After(v.c.Term.End) {
		ends = v.c.Term.End
	}
	return ends, true
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
		case g.Revocable && g.Irrevocable:
			v.add(p+".revocable", RuleInvalidValue, "usage grant %d is said to be both revocable and irrevocable; keep one", n)
			continue
		case g.EndsWithTerm:
			// Ends with the term: no duration of its own is needed.
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
		case g.Kind.paid() && (g.CreatorApproval || g.Revocable):
			// The creator controls each paid use: no fee is forgone.
		case g.Kind.paid():
			v.add(p+".fee", RulePaidUsageWithoutFee, "usage grant %d lets the brand use the content for %s with no fee; add a fee or include it in the total", n, g.Kind.phrase())
		case g.Perpetual && !g.EndsWithTerm:
			v.add(p+".fee", RuleUnpaidUsage, "usage grant %d runs forever with no fee; add a fee or end it", n)
		default:
			if ends, ok := v.grantEnd(g); ok {
				if past := v.c.Term.End.DaysUntil(ends); past > unpaidUsageGraceDays {
					v.add(p+".fee", RuleUnpaidUsage, "usage grant %d runs until %s, %d days past the term's end on %s, with no fee; add a fee or end it with the term", n, ends, past, v.c.Term.End)
				}
			}
		}
		if g.DigitalReplica && isBlank(g.IntendedUses) {
			v.add(p+".intended_uses", RuleVagueLikenessGrant, "usage grant %d lets the brand make or use a digital replica of the creator (an AI voice or likeness) without describing its intended uses; describe them reasonably specifically, as New York (General Obligations Law § 5-302) and California (AB 2602) require for the clause to bind", n)
		}
		if g.Kind == Whitelisting && v.c.WhitelistingAccess == nil && !g.CreatorApproval {
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

package contract

import (
	"fmt"

	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/pricing"
)

// Validate checks the contract the way a careful reviewer would and
// returns its problems sorted by Field (array indexes compared by number),
// then Rule, then Message. A complete, consistent contract has none: an
// empty, non-nil slice, whose JSON is [].
//
// It reports a [RuleMissingClause] problem for each absent term,
// deliverables, payment, disclosure or cancellation section and a
// [RuleOpenPoint] for an absent brief, approval, usage_rights or
// exclusivity section, and
// within present sections the rules listed with the Rule* constants:
// missing values, deliverable and payment dates outside the term,
// installments that do not sum exactly to the total or are in another
// currency, incentives without a value, a review process that does not fit
// before a due date, a brief without goals, audience or key messages,
// disclosure that is not required or whose wording [disclosure.Check] finds
// no clear label in for the contract's jurisdiction, usage rights without
// an end or running past the term without a fee, exclusivity more than 30
// days past the term, exclusivity that blocks a whole category or every
// other brand more than a week past the campaign with no fee, and a kill
// fee that is missing or outside 0-100%.
//
// It also checks the terms brands' agreements add: payment triggers, net
// periods and deposits, termination rights and what they pay, usage grants
// one by one, the agency, governing law and the general clauses; a date
// that does not exist is a RuleInvalidDate problem at its path. Terms left
// open, such as a date still to be agreed, are RuleOpenPoint warnings or
// RuleUnstatedTerm infos; a clause stated as none (exclusivity, usage
// rights, the approval process, cancellation in a gifting deal) raises
// nothing, and an absent section is still RuleMissingClause.
//
// Under French law ([disclosure.FR]) an agreement whose pay and in-kind
// value ([Contract.Value]) reaches [FrenchWrittenContractThreshold] must
// state the mentions of fr-loi-2023-451 art. 8: each one missing is a
// [RuleMissingMention] problem at its path, and a governing law other
// than French law is [RuleForeignGoverningLaw]. A creator under 18 on the
// signing day is checked for a guardian and, where the law asks, a share
// of earnings set aside ([RuleMinorWithoutGuardian]); a usage grant of a
// digital replica for a description of its uses
// ([RuleVagueLikenessGrant]).
//
// Checks that need a value another check found missing are skipped, so one
// mistake gives one problem.
func (c Contract) Validate() []Problem {
	if c.Jurisdiction != disclosure.FR {
		return c.validate(pricing.Money{}, false) // the value matters only in France
	}
	value, ok, err := c.Value()
	return c.validate(value, ok && err == nil)
}

// ValidateWithYearValue is [Contract.Validate] with the French threshold
// tested on yearValue, the pay and in-kind value of every agreement with
// the same advertiser in the same calendar year as [AdvertiserYearValue]
// sums it (this one included), instead of on this agreement's value
// alone: three agreements of EUR 400 with one advertiser in 2026 each
// need the art. 8 mentions.
func (c Contract) ValidateWithYearValue(yearValue pricing.Money) []Problem {
	return c.validate(yearValue, true)
}

func (c Contract) validate(yearValue pricing.Money, valueKnown bool) []Problem {
	v := validator{c: c}
	v.frenchContract = c.Jurisdiction == disclosure.FR && valueKnown && reachesFrenchThreshold(yearValue)
	v.parties()
	v.minor()
	v.frenchLaw()
	v.clauses()
	v.term()
	v.deliverables()
	v.payment()
	v.brief()
	v.approval()
	v.usageRights()
	v.exclusivity()
	v.disclosure()
	v.cancellation()
	sortProblems(v.problems)
	if v.problems == nil {
		return []Problem{}
	}
	return v.problems
}

type validator struct {
	c        Contract
	problems []Problem
	// frenchContract is whether the French art. 8 mentions are required.
	frenchContract bool
}

func (v *validator) add(field string, rule Rule, format string, args ...any) {
	v.problems = append(v.problems, Problem{
		Field:    field,
		Rule:     rule,
		Severity: severityOf(rule),
		Message:  fmt.Sprintf(format, args...),
	})
}

// termOK reports whether the term has both dates in order, which the date
// checks need.
func (v *validator) termOK() bool {
	t := v.c.Term
	return t != nil && t.Start.Valid() && t.End.Valid() && !t.End.Before(t.Start)
}

// invalidDate reports a RuleInvalidDate problem for d, a set date that
// names no day; what names it ("the term's end").
func (v *validator) invalidDate(field string, d Date, what string) {
	v.add(field, RuleInvalidDate, "%s is %s, a day that does not exist; correct the date", what, d)
}

// sameCurrency reports a RuleCurrencyMismatch problem when m is not in the
// total's currency.
func (v *validator) sameCurrency(field, what string, m pricing.Money) {
	if p := v.c.Payment; p != nil && p.Total != nil && m.Currency() != p.Total.Currency() {
		v.add(field, RuleCurrencyMismatch, "%s is in %s but the total is in %s; state it in %s", what, m.Currency(), p.Total.Currency(), p.Total.Currency())
	}
}

package contract

import (
	"cmp"
	"slices"

	"github.com/influencekit/influencekit"
)

// Problem is something a reviewer would send back about a contract.
//
// Its JSON form is {"field": "payment.schedule", "rule":
// "schedule-mismatch", "severity": "error", "message": "..."}, the
// severity as its name ([influencekit.Severity.MarshalText]); it
// round-trips through encoding/json.
type Problem struct {
	// Field is the JSON path of the offending part: a section name
	// ("payment"), a member ("disclosure.wording") or an element
	// ("deliverables[0].due").
	Field string `json:"field"`
	// Rule is the stable rule name, one of the Rule* constants.
	Rule string `json:"rule"`
	// Severity is the rule's severity (see the Rule* constants).
	Severity influencekit.Severity `json:"severity"`
	// Message says what is wrong with which value and what to change, in
	// plain words without JSON paths.
	Message string `json:"message"`
}

// String returns "field: severity: message [rule]".
func (p Problem) String() string {
	return p.Field + ": " + p.Severity.String() + ": " + p.Message + " [" + p.Rule + "]"
}

// The rules [Contract.Validate] applies, with the severity each reports at.
const (
	// RuleMissingClause (error): a section is absent. Field is the
	// section's name: term, deliverables, payment, brief, approval,
	// usage_rights, exclusivity, disclosure or cancellation.
	RuleMissingClause = "missing-clause"
	// RuleMissingField (error): a present section lacks a value it needs:
	// brand.name, creator.name, term.start, term.end, a deliverable's
	// platform, format or due date, payment.total, payment.schedule, an
	// installment's due date or amount, an incentive's description,
	// approval.review_days, disclosure.wording when disclosure is required.
	RuleMissingField = "missing-field"
	// RuleInvalidValue (error): a count or amount is out of range: a
	// negative follower count, day count, revision count or amount, a
	// quantity below 1, a platform named "unknown" in usage_rights; or a
	// term contradicts itself: a date both stated and still to be agreed,
	// a clause stated as "none" that also states terms.
	RuleInvalidValue = "invalid-value"
	// RuleInvalidTerm (error, "term.end"): the term ends before it starts.
	RuleInvalidTerm = "invalid-term"
	// RuleVagueBrief (error, "brief"): the brief does not state its goals,
	// target audience or key messages (mighty-micro, mistake 7), and does
	// not incorporate a separate brief by reference.
	RuleVagueBrief = "vague-brief"
	// RuleScheduleMismatch (error, "payment.schedule"): the installments do
	// not sum exactly to the total.
	RuleScheduleMismatch = "schedule-mismatch"
	// RuleCurrencyMismatch (error, "payment.schedule[i].amount"): an
	// installment is not in the total's currency.
	RuleCurrencyMismatch = "currency-mismatch"
	// RuleDueOutsideTerm (error): a deliverable ("deliverables[i].due", or
	// "deliverables[i].cadence" when only a later piece falls outside) or an
	// installment ("payment.schedule[i].due") is due before the term starts
	// or after it ends. An installment whose trigger is the delivery,
	// approval, publication, invoice or completion of the work may fall
	// after the term.
	RuleDueOutsideTerm = "due-outside-term"
	// RuleShortReviewWindow (error, "deliverables[i].due"): the approval
	// process ([Approval.WindowDays]) does not fit between the term's start
	// and the deliverable's first due date.
	RuleShortReviewWindow = "short-review-window"
	// RuleUnvaluedIncentive (error, "payment.incentives[i].value"): an
	// incentive has no value in a currency.
	RuleUnvaluedIncentive = "unvalued-incentive"
	// RuleDisclosureNotRequired (error, "disclosure.required"): the
	// contract does not require the creator to disclose the partnership
	// (ftc-guides 16 CFR 255.5; asa-influencers-guide; mighty-micro,
	// mistake 5).
	RuleDisclosureNotRequired = "disclosure-not-required"
	// RuleVagueDisclosureWording (error, "disclosure.wording"): the agreed
	// wording, checked with [disclosure.Check] for the contract's
	// jurisdiction, contains no clear disclosure label, or only gift
	// labels while the creator is paid a fee (ftc-faqs). In the UK a gift
	// label the jurisdiction calls risky ("#gifted") is enough for a
	// product-only deal in which the brand reviews neither the content nor
	// the caption (asa-influencers-guide).
	RuleVagueDisclosureWording = "vague-disclosure-wording"
	// RulePerpetualUsage (warning, "usage_rights.days", or
	// "usage_rights.grants[i].perpetual"): usage rights have no end (a
	// common red flag: micro-how-to, influencerfee-glossary).
	RulePerpetualUsage = "perpetual-usage"
	// RuleUnpaidUsage (warning, "usage_rights.fee" or
	// "usage_rights.grants[i].fee"): usage rights run past the term's end,
	// or have no end, and no fee pays for them.
	RuleUnpaidUsage = "unpaid-usage"
	// RuleLongExclusivity (warning, "exclusivity.days" or
	// "exclusivity.around_posts"): exclusivity, in categories, against
	// named competitors or against every brand, runs more than 30 days
	// past the term's end, or has no end (micro-how-to: "exclusivity longer
	// than the campaign plus 30 days" is a red flag). When nothing pays for
	// it the message says so, and RuleUnpaidExclusivity is not reported
	// beside it.
	RuleLongExclusivity = "long-exclusivity"
	// RuleUnpaidExclusivity (warning, "exclusivity.fee"): exclusivity
	// blocks a whole category or every other brand for more than 7 days
	// past the campaign's end (the library's own allowance), or with no
	// end, and no fee pays for it (influencerfee-exclusivity: exclusivity
	// is priced as a premium on the base rate).
	RuleUnpaidExclusivity = "unpaid-exclusivity"
	// RuleInvalidKillFee (error, "cancellation.kill_fee_percent"): the kill
	// fee is below 0% or above 100%.
	RuleInvalidKillFee = "invalid-kill-fee"
	// RuleNoKillFee (warning, "cancellation.kill_fee_percent" or
	// "cancellation.rights[i].settlement"): the brand may cancel for
	// convenience and no kill fee, pro-rata or full fee is stated, or the
	// kill fee is 0% (bizinabox-influencer: a kill fee for brand-initiated
	// cancellations). Without [Cancellation.Rights] either party may cancel.
	RuleNoKillFee = "no-kill-fee"
	// RuleInvalidDate (error): a date is well-formed but names no day
	// ("2026-06-31"); Field is its path.
	RuleInvalidDate = "invalid-date"
	// RuleOpenPoint (warning): a term a reviewer asks the parties to
	// settle before signing: governing law, content ownership, the number
	// of revision rounds, a date still to be agreed (the term's start or
	// end, a deliverable's due date, an installment's payment date),
	// whitelisting without access terms or with access of no stated
	// length, a paid deal that states it has no cancellation terms,
	// exclusivity that ends before the last piece goes live.
	RuleOpenPoint = "open-point"
	// RuleUnstatedTerm (info): an optional clause the agreement leaves
	// out: tax treatment, morals clause, indemnity, confidentiality,
	// liability cap, how long posts stay up.
	RuleUnstatedTerm = "unstated-term"
	// RuleLongPaymentTerms (warning, "...net_days"): a payment falls due
	// more than 45 days after its trigger (bizinabox-influencer: Net 30 is
	// standard, creators negotiate Net 14; the EU Late Payment Directive
	// 2011/7/EU sets 30 days by default).
	RuleLongPaymentTerms = "long-payment-terms"
	// RuleBackLoadedPayment (warning, "payment.schedule", or
	// "payment.trigger" for a payment with no schedule, the total paid in
	// one on the default trigger): every installment falls due after the
	// work is done and there is no deposit (bizinabox-influencer: "50% on
	// signing, 50% on delivery").
	RuleBackLoadedPayment = "back-loaded-payment"
	// RulePaidUsageWithoutFee (warning, "usage_rights.grants[i].fee" or
	// "usage_rights.fee"): paid amplification or whitelisting is granted
	// with no fee and not included in the total (influencerfee-glossary:
	// paid usage is priced on top of the content).
	RulePaidUsageWithoutFee = "paid-usage-without-fee"
	// RuleBroadUsageGrant (warning, "usage_rights.grants[i]"): a grant is
	// exclusive, sublicensable or irrevocable and no fee of its own pays
	// for it.
	RuleBroadUsageGrant = "broad-usage-grant"
	// RuleUnlimitedRevisions (warning, "approval.revisions"): the creator
	// revises without limit.
	RuleUnlimitedRevisions = "unlimited-revisions"
	// RuleNoCurePeriod (warning, "cancellation.rights[i].cure_days"): a
	// party may end the agreement for cause without giving the other time
	// to remedy the breach.
	RuleNoCurePeriod = "no-cure-period"
	// RuleOneSidedTermination (info, "cancellation.rights"): only the
	// brand may end the agreement for convenience.
	RuleOneSidedTermination = "one-sided-termination"
	// RuleOneSidedIndemnity (warning, "indemnity.by"): only the creator
	// indemnifies (imh-crisis-clauses: broad one-way indemnities shift the
	// risk onto creators).
	RuleOneSidedIndemnity = "one-sided-indemnity"
)

// ruleSeverity is the severity each rule reports at.
func ruleSeverity(rule string) influencekit.Severity {
	switch rule {
	case RulePerpetualUsage, RuleUnpaidUsage, RuleLongExclusivity, RuleUnpaidExclusivity, RuleNoKillFee, RuleOpenPoint,
		RuleLongPaymentTerms, RuleBackLoadedPayment, RulePaidUsageWithoutFee, RuleBroadUsageGrant,
		RuleUnlimitedRevisions, RuleNoCurePeriod, RuleOneSidedIndemnity:
		return influencekit.SeverityWarning
	case RuleUnstatedTerm, RuleOneSidedTermination:
		return influencekit.SeverityInfo
	}
	return influencekit.SeverityError
}

// sortProblems orders problems by Field, then Rule, then Message. Fields
// compare with array indexes by number, so "deliverables[2]" comes before
// "deliverables[10]".
func sortProblems(ps []Problem) {
	slices.SortFunc(ps, func(a, b Problem) int {
		if c := comparePaths(a.Field, b.Field); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Rule, b.Rule); c != 0 {
			return c
		}
		return cmp.Compare(a.Message, b.Message)
	})
}

// comparePaths compares JSON paths byte by byte, except that runs of
// digits compare by numeric value.
func comparePaths(a, b string) int {
	for a != "" && b != "" {
		if isDigit(a[0]) && isDigit(b[0]) {
			na, ra := leadingDigits(a)
			nb, rb := leadingDigits(b)
			// Compare by length after dropping leading zeros, then lexically.
			ta, tb := trimZeros(na), trimZeros(nb)
			if c := cmp.Compare(len(ta), len(tb)); c != 0 {
				return c
			}
			if c := cmp.Compare(ta, tb); c != 0 {
				return c
			}
			a, b = ra, rb
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func leadingDigits(s string) (digits, rest string) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return s[:i], s[i:]
}

func trimZeros(s string) string {
	for len(s) > 1 && s[0] == '0' {
		s = s[1:]
	}
	return s
}

package contract

import (
	"slices"

	"github.com/influencekit/influencekit"
)

// Rule is the stable name of a check [Contract.Validate] applies, such as
// "missing-clause"; it is the "rule" of a [Problem]'s JSON.
type Rule string

// The rules [Contract.Validate] applies; [Rules] lists each with its
// severity and source.
const (
	// RuleMissingClause (error): a section a deal cannot be signed
	// without is absent. Field is the section's name: term, deliverables,
	// payment, disclosure or cancellation. (An absent brief, approval,
	// usage_rights or exclusivity section is a RuleOpenPoint.)
	RuleMissingClause Rule = "missing-clause"
	// RuleMissingField (error): a present section lacks a value it needs:
	// brand.name, creator.name, term.start, term.end, a deliverable's
	// platform, format or due date, payment.total, payment.schedule, an
	// installment's due date or amount, an incentive's description,
	// approval.review_days, disclosure.wording when disclosure is required.
	RuleMissingField Rule = "missing-field"
	// RuleInvalidValue (error): a count or amount is out of range: a
	// negative follower count, day count, revision count or amount, a
	// quantity below 1, a platform named "unknown" in usage_rights; or a
	// term contradicts itself: a date both stated and still to be agreed,
	// a clause stated as "none" that also states terms.
	RuleInvalidValue Rule = "invalid-value"
	// RuleInvalidTerm (error, "term.end"): the term ends before it starts.
	RuleInvalidTerm Rule = "invalid-term"
	// RuleVagueBrief (error, "brief"): the brief does not state its goals,
	// target audience or key messages (mighty-micro, mistake 7), and does
	// not incorporate a separate brief by reference.
	RuleVagueBrief Rule = "vague-brief"
	// RuleScheduleMismatch (error, "payment.schedule"): the installments do
	// not sum exactly to the total.
	RuleScheduleMismatch Rule = "schedule-mismatch"
	// RuleCurrencyMismatch (error, "payment.schedule[i].amount"): an
	// installment is not in the total's currency.
	RuleCurrencyMismatch Rule = "currency-mismatch"
	// RuleDueOutsideTerm (error): a deliverable ("deliverables[i].due", or
	// "deliverables[i].cadence" when only a later piece falls outside) or an
	// installment ("payment.schedule[i].due") is due before the term starts
	// or after it ends. An installment whose trigger is the delivery,
	// approval, publication, invoice or completion of the work may fall
	// after the term.
	RuleDueOutsideTerm Rule = "due-outside-term"
	// RuleShortReviewWindow (error, "deliverables[i].due"): the approval
	// process ([Approval.WindowDays]) does not fit between the term's start
	// and the deliverable's first due date.
	RuleShortReviewWindow Rule = "short-review-window"
	// RuleUnvaluedIncentive (error, "payment.incentives[i].value"): an
	// incentive has no value in a currency.
	RuleUnvaluedIncentive Rule = "unvalued-incentive"
	// RuleDisclosureNotRequired (error, "disclosure.required"): the
	// contract does not require the creator to disclose the partnership
	// (ftc-guides 16 CFR 255.5; asa-influencers-guide; mighty-micro,
	// mistake 5).
	RuleDisclosureNotRequired Rule = "disclosure-not-required"
	// RuleVagueDisclosureWording (error, "disclosure.wording"): the agreed
	// wording, checked with [disclosure.Check] for the contract's
	// jurisdiction, contains no clear disclosure label, or only gift
	// labels while the creator is paid a fee (ftc-faqs). In the UK a gift
	// label the jurisdiction calls risky ("#gifted") is enough for a
	// product-only deal in which the brand reviews neither the content nor
	// the caption (asa-influencers-guide).
	RuleVagueDisclosureWording Rule = "vague-disclosure-wording"
	// RulePerpetualUsage (warning, "usage_rights.days", or
	// "usage_rights.grants[i].perpetual"): usage rights have no end (a
	// common red flag: micro-how-to, influencerfee-glossary).
	RulePerpetualUsage Rule = "perpetual-usage"
	// RuleUnpaidUsage (warning, "usage_rights.fee" or
	// "usage_rights.grants[i].fee"): usage rights run past the term's end,
	// or have no end, and no fee pays for them.
	RuleUnpaidUsage Rule = "unpaid-usage"
	// RuleLongExclusivity (warning, "exclusivity.days" or
	// "exclusivity.around_posts"): exclusivity, in categories, against
	// named competitors or against every brand, runs more than 30 days
	// past the term's end, or has no end (micro-how-to: "exclusivity longer
	// than the campaign plus 30 days" is a red flag). When nothing pays for
	// it the message says so, and RuleUnpaidExclusivity is not reported
	// beside it.
	RuleLongExclusivity Rule = "long-exclusivity"
	// RuleUnpaidExclusivity (warning, "exclusivity.fee"): exclusivity
	// blocks a whole category or every other brand for more than 7 days
	// past the campaign's end (the library's own allowance), or with no
	// end, and no fee pays for it (influencerfee-exclusivity: exclusivity
	// is priced as a premium on the base rate).
	RuleUnpaidExclusivity Rule = "unpaid-exclusivity"
	// RuleInvalidKillFee (error, "cancellation.kill_fee_percent"): the kill
	// fee is below 0% or above 100%.
	RuleInvalidKillFee Rule = "invalid-kill-fee"
	// RuleNoKillFee (warning, "cancellation.kill_fee_percent" or
	// "cancellation.rights[i].settlement"): the brand may cancel for
	// convenience and no kill fee, pro-rata or full fee is stated, or the
	// kill fee is 0% (bizinabox-influencer: a kill fee for brand-initiated
	// cancellations). Without [Cancellation.Rights] either party may cancel.
	RuleNoKillFee Rule = "no-kill-fee"
	// RuleInvalidDate (error): a date is well-formed but names no day
	// ("2026-06-31"); Field is its path.
	RuleInvalidDate Rule = "invalid-date"
	// RuleOpenPoint (warning): a term a reviewer asks the parties to
	// settle before signing: an absent brief, approval, usage_rights or
	// exclusivity section (Field is the section's name), governing law, content ownership, the number
	// of revision rounds, a date still to be agreed (the term's start or
	// end, a deliverable's due date, an installment's payment date),
	// whitelisting without access terms or with access of no stated
	// length, a paid deal that states it has no cancellation terms,
	// exclusivity that ends before the last piece goes live.
	RuleOpenPoint Rule = "open-point"
	// RuleUnstatedTerm (info): an optional clause the agreement leaves
	// out: tax treatment, morals clause, indemnity, confidentiality,
	// liability cap, how long posts stay up.
	RuleUnstatedTerm Rule = "unstated-term"
	// RuleLongPaymentTerms (warning, "...net_days"): a payment falls due
	// more than 45 days after its trigger (bizinabox-influencer: Net 30 is
	// standard, creators negotiate Net 14; the EU Late Payment Directive
	// 2011/7/EU sets 30 days by default).
	RuleLongPaymentTerms Rule = "long-payment-terms"
	// RuleBackLoadedPayment (warning, "payment.schedule", or
	// "payment.trigger" for a payment with no schedule, the total paid in
	// one on the default trigger): every installment falls due after the
	// work is done and there is no deposit (bizinabox-influencer: "50% on
	// signing, 50% on delivery").
	RuleBackLoadedPayment Rule = "back-loaded-payment"
	// RulePaidUsageWithoutFee (warning, "usage_rights.grants[i].fee" or
	// "usage_rights.fee"): paid amplification or whitelisting is granted
	// with no fee and not included in the total (influencerfee-glossary:
	// paid usage is priced on top of the content).
	RulePaidUsageWithoutFee Rule = "paid-usage-without-fee"
	// RuleBroadUsageGrant (warning, "usage_rights.grants[i]"): a grant is
	// exclusive, sublicensable or irrevocable and no fee of its own pays
	// for it.
	RuleBroadUsageGrant Rule = "broad-usage-grant"
	// RuleUnlimitedRevisions (warning, "approval.revisions"): the creator
	// revises without limit.
	RuleUnlimitedRevisions Rule = "unlimited-revisions"
	// RuleNoCurePeriod (warning, "cancellation.rights[i].cure_days"): a
	// party may end the agreement for cause without giving the other time
	// to remedy the breach.
	RuleNoCurePeriod Rule = "no-cure-period"
	// RuleOneSidedTermination (warning, "cancellation.rights"): only the
	// brand may end the agreement for convenience, and the creator has no
	// right to end it even for cause.
	RuleOneSidedTermination Rule = "one-sided-termination"
	// RuleOneSidedIndemnity (warning, "indemnity.by"): only the creator
	// indemnifies (imh-crisis-clauses: broad one-way indemnities shift the
	// risk onto creators).
	RuleOneSidedIndemnity Rule = "one-sided-indemnity"
	// RuleMissingMention (error): a French agreement that reaches the
	// threshold of [FrenchWrittenContractThreshold] (fr-loi-2023-451
	// art. 8; fr-decret-2025-1137) lacks a mention the law requires; Field
	// is the mention's path: brand.address, brand.email,
	// brand.tax_residence and the same for the creator, ownership (the
	// rights and obligations, intellectual property included),
	// governing_law when none is stated, joint_liability; and, for a
	// creator established outside the EU, the EEA and Switzerland,
	// creator.eu_representative and creator.insurance (art. 9). The other
	// mentions (missions, pay, the value of goods, payment terms) are
	// checked by the rules every agreement gets: [RuleMissingClause],
	// [RuleMissingField], [RuleUnvaluedIncentive].
	RuleMissingMention Rule = "missing-mention"
	// RuleForeignGoverningLaw (error, "governing_law"): a French agreement
	// that reaches the threshold names a law other than French law; French
	// law applies to commercial influence aimed at a French audience
	// (fr-loi-2023-451 art. 8).
	RuleForeignGoverningLaw Rule = "foreign-governing-law"
	// RuleMinorWithoutGuardian (error): the creator is under 18 on the
	// signing day and no parent or guardian signs ("creator.guardian"); or
	// the law of the creator's home requires a share of a minor's earnings
	// set aside and none is ("creator.earnings_set_aside_percent"): France
	// under 16 (fr-loi-2020-1266), Illinois under 16 (il-sb-1782),
	// California under 18 (ca-sb-764); or Minnesota bars paying a creator
	// under 14 for content ("creator.birth_date", mn-hf-3488).
	RuleMinorWithoutGuardian Rule = "minor-without-guardian"
	// RuleVagueLikenessGrant (error, "usage_rights.grants[i].intended_uses"):
	// a usage grant covers a digital replica of the creator (an AI voice or
	// likeness) and does not describe its intended uses (ny-gol-5-302,
	// ca-ab-2602).
	RuleVagueLikenessGrant Rule = "vague-likeness-grant"
	// RuleUnlimitedTerm (warning, "term.extent"): the agreement has no
	// end; it runs until a party ends it, so every duty with it.
	RuleUnlimitedTerm Rule = "unlimited-term"
	// RuleForfeitedWorkPay (warning, "cancellation.rights[i].settlement"
	// or "morals.settlement"): ending the agreement for cause or under the
	// morals clause takes away the pay for content already delivered
	// (forfeiture, claw-back or nothing paid), instead of paying for it
	// (imh-crisis-clauses).
	RuleForfeitedWorkPay Rule = "forfeited-work-pay"
	// RuleBroadMoralsTrigger (warning, "morals.triggers"): the morals clause
	// may be used on a mere accusation or any public controversy, not on
	// proven conduct (imh-crisis-clauses).
	RuleBroadMoralsTrigger Rule = "broad-morals-trigger"
	// RuleOneSidedLiabilityCap (warning, "liability_cap.party"): only the
	// brand's liability is capped; the creator's is not.
	RuleOneSidedLiabilityCap Rule = "one-sided-liability-cap"
	// RuleUnsubstantiatedClaim (warning, "brief.key_messages[i]"): a key
	// message makes a claim the law regulates ("non-toxic",
	// "biodegradable": ftc-green-guides; "made in the USA":
	// ftc-made-in-usa; "clinically proven": ftc-guides) and the brief names
	// no substantiation for it ([Brief.Substantiation]).
	RuleUnsubstantiatedClaim Rule = "unsubstantiated-claim"
)

// RuleInfo describes one rule: its name, the severity every problem it
// reports carries, and the SOURCES.md key of the source it rests on (""
// for a consistency check of the data, such as a date that does not
// exist). Its JSON is {"rule": "missing-clause", "severity": "error",
// "source": "micro-how-to"}.
type RuleInfo struct {
	Rule     Rule                  `json:"rule"`
	Severity influencekit.Severity `json:"severity"`
	Source   string                `json:"source"`
}

// ruleTable is every rule Validate applies, in one place: a rule's
// severity is its row here and nowhere else.
var ruleTable = [...]RuleInfo{
	{RuleMissingClause, influencekit.SeverityError, "micro-how-to"},
	{RuleMissingField, influencekit.SeverityError, "micro-how-to"},
	{RuleInvalidValue, influencekit.SeverityError, ""},
	{RuleInvalidTerm, influencekit.SeverityError, ""},
	{RuleVagueBrief, influencekit.SeverityError, "mighty-micro"},
	{RuleScheduleMismatch, influencekit.SeverityError, ""},
	{RuleCurrencyMismatch, influencekit.SeverityError, ""},
	{RuleDueOutsideTerm, influencekit.SeverityError, ""},
	{RuleShortReviewWindow, influencekit.SeverityError, "bizinabox-influencer"},
	{RuleUnvaluedIncentive, influencekit.SeverityError, ""},
	{RuleDisclosureNotRequired, influencekit.SeverityError, "ftc-guides"},
	{RuleVagueDisclosureWording, influencekit.SeverityError, "ftc-faqs"},
	{RulePerpetualUsage, influencekit.SeverityWarning, "micro-how-to"},
	{RuleUnpaidUsage, influencekit.SeverityWarning, "influencerfee-glossary"},
	{RuleLongExclusivity, influencekit.SeverityWarning, "micro-how-to"},
	{RuleUnpaidExclusivity, influencekit.SeverityWarning, "influencerfee-exclusivity"},
	{RuleInvalidKillFee, influencekit.SeverityError, ""},
	{RuleNoKillFee, influencekit.SeverityWarning, "bizinabox-influencer"},
	{RuleInvalidDate, influencekit.SeverityError, ""},
	{RuleOpenPoint, influencekit.SeverityWarning, "bizinabox-influencer"},
	{RuleUnstatedTerm, influencekit.SeverityInfo, "bizinabox-influencer"},
	{RuleLongPaymentTerms, influencekit.SeverityWarning, "bizinabox-influencer"},
	{RuleBackLoadedPayment, influencekit.SeverityWarning, "bizinabox-influencer"},
	{RulePaidUsageWithoutFee, influencekit.SeverityWarning, "influencerfee-glossary"},
	{RuleBroadUsageGrant, influencekit.SeverityWarning, "influencerfee-glossary"},
	{RuleUnlimitedRevisions, influencekit.SeverityWarning, "micro-how-to"},
	{RuleNoCurePeriod, influencekit.SeverityWarning, "bizinabox-influencer"},
	{RuleOneSidedTermination, influencekit.SeverityWarning, "bizinabox-influencer"},
	{RuleOneSidedIndemnity, influencekit.SeverityWarning, "imh-crisis-clauses"},
	{RuleMissingMention, influencekit.SeverityError, "fr-decret-2025-1137"},
	{RuleForeignGoverningLaw, influencekit.SeverityError, "fr-loi-2023-451"},
	{RuleMinorWithoutGuardian, influencekit.SeverityError, "fr-loi-2020-1266"},
	{RuleVagueLikenessGrant, influencekit.SeverityError, "ny-gol-5-302"},
	{RuleUnlimitedTerm, influencekit.SeverityWarning, "micro-how-to"},
	{RuleForfeitedWorkPay, influencekit.SeverityWarning, "imh-crisis-clauses"},
	{RuleBroadMoralsTrigger, influencekit.SeverityWarning, "imh-crisis-clauses"},
	{RuleOneSidedLiabilityCap, influencekit.SeverityWarning, "bizinabox-influencer"},
	{RuleUnsubstantiatedClaim, influencekit.SeverityWarning, "ftc-green-guides"},
}

// Rules returns every rule [Contract.Validate] applies with its severity
// and source, in a fixed order. The slice is a copy.
func Rules() []RuleInfo { return slices.Clone(ruleTable[:]) }

// Severity returns the severity of the rule's problems and true, or
// false for a name that is not one of [Rules].
func (r Rule) Severity() (influencekit.Severity, bool) {
	for _, info := range ruleTable {
		if info.Rule == r {
			return info.Severity, true
		}
	}
	return 0, false
}

// severityOf is the severity a problem of rule r carries. Every rule
// Validate reports has its row in the table (TestEveryRuleHasARow), so
// the lookup always succeeds there.
func severityOf(r Rule) influencekit.Severity {
	s, _ := r.Severity()
	return s
}

package contract

import (
	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/pricing"
)

// Contract is an influencer agreement between a brand and a creator, with
// the contract elements of the section "Negotiate Fees & Contract" of
// micro-how-to ("What is Micro-Influencer Marketing? How to Work With Them")
// and the sections "Skipping the contract" and "Create a Killer Brief" of
// mighty-micro ("The mighty micro-influencer", a small-business guide), and
// the terms brands' agreements add after bizinabox-influencer
// (Business-in-a-Box, "Influencer Marketing Agreement" template and guide)
// and influencerfee-glossary (InfluencerFee, "Influencer Contract Terms
// Glossary", 2026): an agency, governing law, payment triggers, termination
// rights, usage grants and the general clauses.
//
// Every section is optional so that a half-written contract can be parsed
// and [Contract.Validate] can say what is missing: a nil section pointer or an empty
// slice means the section is absent, and a nil *pricing.Money means the
// amount was not stated. encoding/json round-trips a Contract in the JSON
// shape of the package documentation (snake_case names, dates as
// "YYYY-MM-DD", money as {"amount":"1250.50","currency":"USD"}); Unmarshal
// applies [Parse]'s strict rules.
//
// A Contract is plain data. [Contract.Validate], [Contract.MissingBriefParts] and [Render] read it
// and never modify it, so one Contract may be shared between goroutines.
type Contract struct {
	// Jurisdiction selects the disclosure rules the wording is checked
	// against. The zero value is [disclosure.US] (FTC).
	Jurisdiction disclosure.Jurisdiction `json:"jurisdiction"`
	Brand        Brand                   `json:"brand,omitzero"`
	Creator      Creator                 `json:"creator,omitzero"`
	// Agency is a third party that signs for the brand or the creator;
	// nil when the parties contract directly.
	Agency *Agency `json:"agency,omitempty"`
	// GoverningLaw names the law and courts that govern the agreement
	// ("England and Wales", "New York", "French law, courts of Paris");
	// empty when not stated.
	GoverningLaw string `json:"governing_law,omitempty"`
	// SignedOn is the day the agreement is signed, unset when not
	// stated; a creator's age is taken on it (the term's start when it
	// is unset).
	SignedOn Date `json:"signed_on,omitzero"`
	// JointLiability says the agreement records that the advertiser, its
	// agent and the creator are jointly liable toward third parties for the
	// commercial influence, as French law provides (art. 8 of
	// fr-loi-2023-451 (Loi n° 2023-451 du 9 juin 2023 visant à encadrer
	// l'influence commerciale)): "joint_liability": true.
	JointLiability bool `json:"joint_liability,omitempty"`
	// Term is the contract length: the campaign's first and last day.
	Term *Term `json:"term,omitempty"`
	// Deliverables is the content the creator owes, with its deadlines.
	Deliverables []Deliverable `json:"deliverables,omitempty"`
	Payment      *Payment      `json:"payment,omitempty"`
	// Brief is the briefing material the brand hands the creator.
	Brief        *Brief           `json:"brief,omitempty"`
	Approval     *Approval        `json:"approval,omitempty"`
	UsageRights  *UsageRights     `json:"usage_rights,omitempty"`
	Exclusivity  *Exclusivity     `json:"exclusivity,omitempty"`
	Disclosure   *DisclosureTerms `json:"disclosure,omitempty"`
	Cancellation *Cancellation    `json:"cancellation,omitempty"`

	// The general clauses, each optional: nil means not stated.
	Ownership       *Ownership       `json:"ownership,omitempty"`
	Morals          *Morals          `json:"morals,omitempty"`
	Indemnity       *Indemnity       `json:"indemnity,omitempty"`
	Confidentiality *Confidentiality `json:"confidentiality,omitempty"`
	LiabilityCap    *LiabilityCap    `json:"liability_cap,omitempty"`
	// Posting is how long posts stay up and what the brand approves
	// besides the content.
	Posting *Posting `json:"posting,omitempty"`
	// WhitelistingAccess is the access the creator gives the brand to run
	// ads from the creator's account.
	WhitelistingAccess *WhitelistingAccess `json:"whitelisting_access,omitempty"`
}

// Term is the contract length. Both days are inclusive: a term from
// 2026-01-01 to 2026-03-31 covers 90 days.
//
// StartToBeAgreed and EndToBeAgreed say the parties will agree that day
// later (a gifting campaign that starts when the product arrives); the
// date is then unset, and [Contract.Validate] reports an open point
// instead of a missing date.
//
// Extent [Unlimited] says the agreement has no end: it runs until a party
// ends it ("evergreen"), {"start": "2026-03-01", "extent": "unlimited"};
// End is then unset. [NoneAtAll] and [Limited] are not terms.
type Term struct {
	Start           Date   `json:"start,omitzero"`
	End             Date   `json:"end,omitzero"`
	StartToBeAgreed bool   `json:"start_to_be_agreed,omitempty"`
	EndToBeAgreed   bool   `json:"end_to_be_agreed,omitempty"`
	Extent          Extent `json:"extent,omitempty"`
}

// Days returns how many days the term covers, both ends included, or 0
// when a date is missing or End is before Start.
func (t Term) Days() int64 {
	if !t.Start.Valid() || !t.End.Valid() || t.End.Before(t.Start) {
		return 0
	}
	return t.Start.DaysUntil(t.End) + 1
}

// Contains reports whether d falls within the term, both ends included.
// It is false when d or either end of the term is unset.
func (t Term) Contains(d Date) bool {
	return d.Valid() && t.Start.Valid() && t.End.Valid() && !d.Before(t.Start) && !d.After(t.End)
}

// Deliverable is content the creator owes: Quantity pieces of one Format
// on one Platform. The first piece is due on Due and each later piece one
// Cadence interval after the one before.
type Deliverable struct {
	Platform influencekit.Platform `json:"platform,omitempty"`
	Format   influencekit.Format   `json:"format,omitempty"`
	Quantity int64                 `json:"quantity,omitempty"` // number of pieces; at least 1
	Due      Date                  `json:"due,omitzero"`       // the day the first piece goes live
	Cadence  Cadence               `json:"cadence,omitempty"`  // spacing of later pieces; AllAtOnce when unset
	// Description says what the content shows, for the rendered draft.
	Description string `json:"description,omitempty"`
	// DueToBeAgreed says the parties will agree the due date later; Due
	// is then unset.
	DueToBeAgreed bool `json:"due_to_be_agreed,omitempty"`
	// DueAfter and DueDays tie the first piece to an event instead of a
	// day: DueDays days after DueAfter ("two weeks after the products
	// arrive": {"due_after": "product-arrival", "due_days": 14}); Due is
	// then unset. DueAfter is one of signature, approval or
	// product-arrival.
	DueAfter Trigger `json:"due_after,omitempty"`
	DueDays  int64   `json:"due_days,omitempty"`
}

// Dates returns the day the first piece is due and the day the last piece
// is due under the cadence. Both are Due when Quantity is 1 or less or the
// cadence is [AllAtOnce].
func (d Deliverable) Dates() (first, last Date) {
	if d.Quantity <= 1 {
		return d.Due, d.Due // and Quantity-1 cannot wrap around for math.MinInt64
	}
	return d.Due, d.Cadence.nth(d.Due, d.Quantity-1)
}

// Payment is what the brand pays: a total, the installments it is paid in,
// and incentives on top of it such as free product (the section "Payment" of
// micro-how-to ("What is Micro-Influencer Marketing? How to Work With
// Them")), with the terms that say when money falls due
// (bizinabox-influencer (Business-in-a-Box, "Influencer Marketing Agreement"
// template and guide): triggers and the net period).
type Payment struct {
	Total      *pricing.Money `json:"total,omitempty"`
	Schedule   []Installment  `json:"schedule,omitempty"`
	Incentives []Incentive    `json:"incentives,omitempty"`
	// ProductOnly marks a gifting deal: the creator receives the
	// Incentives and no cash, so there is no total or schedule.
	ProductOnly bool `json:"product_only,omitempty"`
	// Trigger and NetDays are the default terms of installments that state
	// neither: due NetDays days after the Trigger event ("Net 30 after
	// publication").
	Trigger Trigger `json:"trigger,omitempty"`
	NetDays int64   `json:"net_days,omitempty"`
	// DepositPercent is the share of the total paid on signature, in
	// percent (50 is half), from 0 to 100; nil when not stated.
	DepositPercent *decimal.Decimal `json:"deposit_percent,omitempty"`
	// Tax says whether the fee includes sales tax or VAT.
	Tax Tax `json:"tax,omitempty"`
	// LateInterestPercent is the interest on late payments, in percent a
	// year; nil when not stated.
	LateInterestPercent *decimal.Decimal `json:"late_interest_percent,omitempty"`
}

// Installment is one payment of part of the total: on the day Due, or
// NetDays days after its Trigger event when the day is not known in
// advance.
type Installment struct {
	Due    Date           `json:"due,omitzero"`
	Amount *pricing.Money `json:"amount,omitempty"`
	// Trigger is the event the installment falls due after; [Payment.Trigger]
	// when unstated.
	Trigger Trigger `json:"trigger,omitempty"`
	// NetDays is the days after the trigger it is paid within;
	// [Payment.NetDays] when 0.
	NetDays int64 `json:"net_days,omitempty"`
	// DueToBeAgreed says the parties will agree the payment day later;
	// Due is then unset.
	DueToBeAgreed bool `json:"due_to_be_agreed,omitempty"`
}

// triggerOf returns the event in falls due after: its own Trigger, or the
// payment's when it states none.
func (p *Payment) triggerOf(in Installment) Trigger {
	if in.Trigger == UnstatedTrigger {
		return p.Trigger
	}
	return in.Trigger
}

// Incentive is a non-cash part of the payment, such as a product bundle,
// with its value in some currency.
//
// Prop says the goods are supplied to make the content (props, a loaned
// product returned afterwards) and are not pay: they count toward no
// fee and need no value.
type Incentive struct {
	Description string         `json:"description,omitempty"`
	Value       *pricing.Money `json:"value,omitempty"`
	Prop        bool           `json:"prop,omitempty"`
}

// Brief is the briefing material: what the campaign wants and what the
// creator needs to make the content: the section "Briefing Material" of
// micro-how-to ("What is Micro-Influencer Marketing? How to Work With Them")
// and "Create a Killer Brief" of mighty-micro ("The mighty
// micro-influencer", a small-business guide).
type Brief struct {
	// Reference names a separate brief document the agreement
	// incorporates (a title, version or address). A brief by reference
	// states its goals, audience and key messages there.
	Reference          string   `json:"reference,omitempty"`
	Goals              []string `json:"goals,omitempty"`
	KPIs               []string `json:"kpis,omitempty"` // how the goals are measured
	Audience           string   `json:"audience,omitempty"`
	KeyMessages        []string `json:"key_messages,omitempty"`
	CaptionGuide       string   `json:"caption_guide,omitempty"`
	ProductDescription string   `json:"product_description,omitempty"`
	FAQs               []string `json:"faqs,omitempty"`
	// Substantiation names the evidence the brand holds for the claims in
	// the key messages (test reports, certificates, the origin of the
	// product): {"substantiation": "EN 71-3 test report 2026-114"}.
	Substantiation string `json:"substantiation,omitempty"`
}

// Approval is the review process: the brand answers each draft within
// ReviewDays days and the creator revises at most RevisionRounds times.
type Approval struct {
	ReviewDays     int64 `json:"review_days,omitempty"`
	RevisionRounds int64 `json:"revision_rounds,omitempty"`
	// Revisions says whether revisions are ruled out (NoneAtAll), capped
	// at RevisionRounds (Limited, implied by RevisionRounds above 0) or
	// without limit (Unlimited). Unstated with RevisionRounds 0 means the
	// contract does not say.
	Revisions Extent `json:"revisions,omitempty"`
	// Extent NoneAtAll says there is no approval process: the creator
	// posts without the brand reviewing drafts (as gifting terms often
	// read); the fields above are then unset.
	Extent Extent `json:"extent,omitempty"`
	// BusinessDays says ReviewDays counts business days (Monday to
	// Friday), not calendar days.
	BusinessDays bool `json:"business_days,omitempty"`
	// Reshoots are new shoots of the content, on top of the edit rounds
	// counted by RevisionRounds: at most Reshoots of them (ReshootsExtent
	// Limited, implied by Reshoots above 0), none, or without limit
	// (Unlimited); Unstated with Reshoots 0 means the agreement does not
	// mention reshoots. ReshootCost is the party who pays for a reshoot:
	// {"revision_rounds": 2, "reshoots": 1, "reshoot_cost": "creator"}.
	Reshoots       int64  `json:"reshoots,omitempty"`
	ReshootsExtent Extent `json:"reshoots_extent,omitempty"`
	ReshootCost    Side   `json:"reshoot_cost,omitempty"`
}

// revisions returns the extent of revisions, Limited when only a count is
// stated.
func (a Approval) revisions() Extent {
	if a.Revisions == Unstated && a.RevisionRounds > 0 {
		return Limited
	}
	return a.Revisions
}

// WindowDays returns the days a deliverable needs between the first
// draft and going live: one review plus one more review per revision
// round, ReviewDays × (1 + RevisionRounds). Negative figures count as 0.
func (a Approval) WindowDays() int64 {
	days, rounds := max(a.ReviewDays, 0), max(a.RevisionRounds, 0)
	const limit = 1 << 40
	if rounds >= limit || days > limit/(1+rounds) {
		return limit
	}
	return days * (1 + rounds)
}

// UsageRights is the brand's licence to reuse the content.
//
// The original single grant: on Platforms, for Days days counted from the
// day each piece goes live, optionally as paid ads (whitelisting, Spark
// Ads), for a Fee. Days of 0 means those rights have no end. These four
// fields describe a grant only when one of them is set.
//
// Grants lists further grants, each with its own kind, channels, duration,
// territory and fee. Extent NoneAtAll says the brand gets no reuse rights
// at all (then neither the fields above nor Grants may be set).
type UsageRights struct {
	Platforms         []influencekit.Platform `json:"platforms,omitempty"`
	Days              int64                   `json:"days,omitempty"`
	PaidAmplification bool                    `json:"paid_amplification,omitempty"`
	Fee               *pricing.Money          `json:"fee,omitempty"`
	Grants            []UsageGrant            `json:"grants,omitempty"`
	Extent            Extent                  `json:"extent,omitempty"`
	// CarveOuts are uses that survive the end of every grant: the posts
	// left in the brand's archive, internal use ({"carve_outs":
	// ["archive", "internal"]}).
	CarveOuts []CarveOut `json:"carve_outs,omitempty"`
}

// legacy reports whether the original single grant is stated.
func (u UsageRights) legacy() bool {
	return len(u.Platforms) > 0 || u.Days != 0 || u.PaidAmplification || u.Fee != nil
}

// UsageGrant is one licence to use the content (influencerfee-glossary
// (InfluencerFee, "Influencer Contract Terms Glossary", 2026): organic
// usage, paid amplification, whitelisting; channels, duration and geography
// always stated).
type UsageGrant struct {
	Kind UsageKind `json:"kind,omitempty"`
	// Platforms and Channels say where: social platforms, and places
	// beyond social (website, retail, out of home).
	Platforms []influencekit.Platform `json:"platforms,omitempty"`
	Channels  []Channel               `json:"channels,omitempty"`
	// The duration, counted from the day each piece goes live: Days or
	// Months (one of them), or Perpetual.
	Days      int64 `json:"days,omitempty"`
	Months    int64 `json:"months,omitempty"`
	Perpetual bool  `json:"perpetual,omitempty"`
	// Territory is where the use may be seen ("worldwide", "US").
	Territory string `json:"territory,omitempty"`
	// Fee pays for the grant; IncludedInFee says the total pays for it.
	Fee           *pricing.Money `json:"fee,omitempty"`
	IncludedInFee bool           `json:"included_in_fee,omitempty"`
	Exclusive     bool           `json:"exclusive,omitempty"`
	Sublicensable bool           `json:"sublicensable,omitempty"`
	Irrevocable   bool           `json:"irrevocable,omitempty"`
	// DigitalReplica says the grant lets the brand make or use a digital
	// replica of the creator: an AI-generated voice, face or likeness.
	// IntendedUses then describes, reasonably specifically, what the replica
	// will be used for ("a voice-over of the 2026 spring ads on the brand's
	// website"); ny-gol-5-302 (New York General Obligations Law § 5-302) and
	// ca-ab-2602 (California AB 2602, Labor Code § 927) make a replica
	// clause without one unenforceable.
	DigitalReplica bool   `json:"digital_replica,omitempty"`
	IntendedUses   string `json:"intended_uses,omitempty"`
	// FromTermEnd says the duration is counted from the term's end, not
	// from the day each piece goes live; EndsWithTerm that the grant ends
	// with the term whatever its duration ({"ends_with_term": true} with no
	// days or months is a licence for the term).
	FromTermEnd  bool `json:"from_term_end,omitempty"`
	EndsWithTerm bool `json:"ends_with_term,omitempty"`
	// CreatorApproval says the creator approves each use before it runs;
	// Revocable that the creator may withdraw the licence.
	CreatorApproval bool `json:"creator_approval,omitempty"`
	Revocable       bool `json:"revocable,omitempty"`
	// Edit says the brand may edit the content (cut, re-caption, combine
	// it with other material) within the grant.
	Edit bool `json:"edit,omitempty"`
}

// Exclusivity bars the creator from working with competitors in
// Categories, or with the named Competitors, for Days days counted from
// the first day of the term, or in a window around each post. Days of 0
// with categories and no window means the exclusivity has no end; an empty
// clause means no exclusivity, as does Extent NoneAtAll; Extent Unlimited
// bars every other brand (full exclusivity).
//
// Fee pays for the exclusivity; IncludedInFee says the total pays for it.
// Exclusivity that blocks a whole category or every brand for longer than
// the campaign is priced on top of the content (influencerfee-exclusivity
// (InfluencerFee, "Influencer Exclusivity Pricing Guide"),
// modash-exclusivity (Modash, "Navigating Exclusivity in Influencer
// Partnerships", 2024)).
type Exclusivity struct {
	Categories    []string       `json:"categories,omitempty"`
	Days          int64          `json:"days,omitempty"`
	Competitors   []string       `json:"competitors,omitempty"`
	AroundPosts   *PostWindow    `json:"around_posts,omitempty"`
	Extent        Extent         `json:"extent,omitempty"`
	Fee           *pricing.Money `json:"fee,omitempty"`
	IncludedInFee bool           `json:"included_in_fee,omitempty"`
	// NoOtherBrandsInContent bars other brands from appearing inside the
	// content made under the agreement (no competing logo in the shot);
	// on its own it bars nothing outside that content.
	NoOtherBrandsInContent bool `json:"no_other_brands_in_content,omitempty"`
}

// PostWindow is an exclusivity window around each post: DaysBefore days
// before it goes live to DaysAfter days after. A window may be counted in
// hours instead (HoursBefore, HoursAfter: "no other sponsored post 24
// hours either side"), or in posts (PostsBefore, PostsAfter: "the next 3
// posts are not sponsored by another brand"); each unit used alone.
type PostWindow struct {
	DaysBefore  int64 `json:"days_before,omitempty"`
	DaysAfter   int64 `json:"days_after,omitempty"`
	HoursBefore int64 `json:"hours_before,omitempty"`
	HoursAfter  int64 `json:"hours_after,omitempty"`
	PostsBefore int64 `json:"posts_before,omitempty"`
	PostsAfter  int64 `json:"posts_after,omitempty"`
}

// scoped reports whether the exclusivity names whom it bars.
func (e Exclusivity) scoped() bool { return len(e.Categories) > 0 || len(e.Competitors) > 0 }

// DisclosureTerms is the endorsement disclosure clause: whether the
// creator must disclose the paid partnership and the label to use.
type DisclosureTerms struct {
	Required bool   `json:"required,omitempty"`
	Wording  string `json:"wording,omitempty"` // the label, such as "#ad" or "Paid partnership with Glow Co"
}

// Cancellation is what ending the contract early costs: the notice each
// party gives and the kill fee the brand pays for work it cancels.
//
// Rights, when stated, say precisely who may end the agreement, on what
// basis, with what notice and cure period and what is then paid; NoticeDays
// then applies only to rights that state no notice of their own. Without
// Rights, NoticeDays is the notice either party gives.
//
// Extent states the clause in one word when there is nothing more to say:
// NoneAtAll, the agreement has no cancellation terms (a gifting deal with
// nothing to cancel); Unlimited, either party may end it at any time
// without notice, the brand paying only KillFeePercent if stated. Neither
// goes with Rights or NoticeDays.
type Cancellation struct {
	NoticeDays int64              `json:"notice_days,omitempty"`
	Rights     []TerminationRight `json:"rights,omitempty"`
	Extent     Extent             `json:"extent,omitempty"`
	// KillFeePercent is the share of the total the brand pays when it
	// cancels, in percent: 50 is half. Valid from 0 to 100 inclusive; nil
	// when not stated.
	KillFeePercent *decimal.Decimal `json:"kill_fee_percent,omitempty"`
}

// TerminationRight is one party's right to end the agreement early.
type TerminationRight struct {
	Party Side  `json:"party,omitempty"`
	Basis Basis `json:"basis,omitempty"`
	// NoticeDays is the written notice the party gives; CureDays the time
	// the other party has to remedy a breach before a termination for
	// cause takes effect.
	NoticeDays int64 `json:"notice_days,omitempty"`
	CureDays   int64 `json:"cure_days,omitempty"`
	// CureByReshoot says the breach is cured by the creator's chance to
	// reshoot or fix the content before the right may be used (the
	// approval's reshoots are the cure period).
	CureByReshoot bool `json:"cure_by_reshoot,omitempty"`
	// Settlement is what is paid when the right is used.
	Settlement Settlement `json:"settlement,omitempty"`
}

package contract

import (
	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/pricing"
)

// Contract is an influencer agreement between a brand and a creator, with
// the contract elements of seed 002 ("Negotiate Fees & Contract") and seed
// 003 ("Skipping the contract", "Create a Killer Brief").
//
// Every section is optional so that a half-written contract can be parsed
// and Validate can say what is missing: a nil section pointer or an empty
// slice means the section is absent, and a nil *pricing.Money means the
// amount was not stated. encoding/json round-trips a Contract in the JSON
// shape of the package documentation (snake_case names, dates as
// "YYYY-MM-DD", money as {"amount":"1250.50","currency":"USD"}); Unmarshal
// applies Parse's strict rules.
//
// A Contract is plain data. Validate, MissingBriefParts and Render read it
// and never modify it, so one Contract may be shared between goroutines.
type Contract struct {
	// Jurisdiction selects the disclosure rules the wording is checked
	// against. The zero value is disclosure.US (FTC).
	Jurisdiction disclosure.Jurisdiction `json:"jurisdiction"`
	Brand        Brand                   `json:"brand,omitzero"`
	Creator      Creator                 `json:"creator,omitzero"`
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
}

// Brand is the party that pays for the content.
type Brand struct {
	Name string `json:"name,omitempty"`
}

// Creator is the influencer who makes and posts the content.
type Creator struct {
	Name      string `json:"name,omitempty"`
	Handle    string `json:"handle,omitempty"`    // as written, usually with a leading "@"
	Followers int64  `json:"followers,omitempty"` // follower count when the contract was drawn up; 0 if not stated
}

// Term is the contract length. Both days are inclusive: a term from
// 2026-01-01 to 2026-03-31 covers 90 days.
type Term struct {
	Start Date `json:"start,omitzero"`
	End   Date `json:"end,omitzero"`
}

// Days returns how many days the term covers, both ends included, or 0
// when a date is missing or End is before Start.
func (t Term) Days() int64 {
	if t.Start.IsZero() || t.End.IsZero() || t.End.Before(t.Start) {
		return 0
	}
	return t.Start.DaysUntil(t.End) + 1
}

// Contains reports whether d falls within the term, both ends included.
// It is false when d or either end of the term is unset.
func (t Term) Contains(d Date) bool {
	return !d.IsZero() && !t.Start.IsZero() && !t.End.IsZero() && !d.Before(t.Start) && !d.After(t.End)
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
}

// Dates returns the day the first piece is due and the day the last piece
// is due under the cadence. Both are Due when Quantity is 1 or less or the
// cadence is AllAtOnce.
func (d Deliverable) Dates() (first, last Date) {
	if d.Quantity <= 1 {
		return d.Due, d.Due // and Quantity-1 cannot wrap around for math.MinInt64
	}
	return d.Due, d.Cadence.nth(d.Due, d.Quantity-1)
}

// Payment is what the brand pays: a total, the installments it is paid in,
// and incentives on top of it such as free product (seed 002, "Payment").
type Payment struct {
	Total      *pricing.Money `json:"total,omitempty"`
	Schedule   []Installment  `json:"schedule,omitempty"`
	Incentives []Incentive    `json:"incentives,omitempty"`
}

// Installment is one payment of part of the total on a given day.
type Installment struct {
	Due    Date           `json:"due,omitzero"`
	Amount *pricing.Money `json:"amount,omitempty"`
}

// Incentive is a non-cash part of the payment, such as a product bundle,
// with its value in some currency.
type Incentive struct {
	Description string         `json:"description,omitempty"`
	Value       *pricing.Money `json:"value,omitempty"`
}

// Brief is the briefing material: what the campaign wants and what the
// creator needs to make the content (seed 002 "Briefing Material", seed
// 003 "Create a Killer Brief").
type Brief struct {
	Goals              []string `json:"goals,omitempty"`
	KPIs               []string `json:"kpis,omitempty"` // how the goals are measured
	Audience           string   `json:"audience,omitempty"`
	KeyMessages        []string `json:"key_messages,omitempty"`
	CaptionGuide       string   `json:"caption_guide,omitempty"`
	ProductDescription string   `json:"product_description,omitempty"`
	FAQs               []string `json:"faqs,omitempty"`
}

// Approval is the review process: the brand answers each draft within
// ReviewDays days and the creator revises at most RevisionRounds times.
type Approval struct {
	ReviewDays     int64 `json:"review_days,omitempty"`
	RevisionRounds int64 `json:"revision_rounds,omitempty"`
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

// UsageRights is the brand's licence to reuse the content: on Platforms,
// for Days days counted from the day each piece goes live, optionally as
// paid ads (whitelisting, Spark Ads), for a Fee. Days of 0 means the
// rights have no end.
type UsageRights struct {
	Platforms         []influencekit.Platform `json:"platforms,omitempty"`
	Days              int64                   `json:"days,omitempty"`
	PaidAmplification bool                    `json:"paid_amplification,omitempty"`
	Fee               *pricing.Money          `json:"fee,omitempty"`
}

// Exclusivity bars the creator from working with competitors in
// Categories for Days days counted from the first day of the term. Days of
// 0 with categories means the exclusivity has no end; no categories means
// no exclusivity.
type Exclusivity struct {
	Categories []string `json:"categories,omitempty"`
	Days       int64    `json:"days,omitempty"`
}

// DisclosureTerms is the endorsement disclosure clause: whether the
// creator must disclose the paid partnership and the label to use.
type DisclosureTerms struct {
	Required bool   `json:"required,omitempty"`
	Wording  string `json:"wording,omitempty"` // the label, such as "#ad" or "Paid partnership with Glow Co"
}

// Cancellation is what ending the contract early costs: the notice each
// party gives and the kill fee the brand pays for work it cancels.
type Cancellation struct {
	NoticeDays int64 `json:"notice_days,omitempty"`
	// KillFeePercent is the share of the total the brand pays when it
	// cancels, in percent: 50 is half. Valid from 0 to 100 inclusive; nil
	// when not stated.
	KillFeePercent *decimal.Decimal `json:"kill_fee_percent,omitempty"`
}

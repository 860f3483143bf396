package contract

import "github.com/influencekit/influencekit/pricing"

// Ownership says who owns the content and what licence the other party
// holds. Owner is the party that owns the copyright; Licence describes the
// licence in words when the usage grants do not.
type Ownership struct {
	Owner   Side   `json:"owner,omitempty"`
	Licence string `json:"licence,omitempty"`
}

// Morals is a morals clause: conduct that brings the other party into
// disrepute lets it end the agreement. Party is who is bound; Triggers is
// what lets the other party use it, from conduct to a mere accusation
// ({"party": "creator", "triggers": ["conduct", "accusation"]}), and
// Settlement what the creator is paid when it is used ("delivered-work":
// the content already delivered).
type Morals struct {
	Party      Side            `json:"party,omitempty"`
	Triggers   []MoralsTrigger `json:"triggers,omitempty"`
	Settlement Settlement      `json:"settlement,omitempty"`
}

// Indemnity says who indemnifies whom for claims arising from the content
// or a breach: the creator, the brand, or both (mutual).
type Indemnity struct {
	By Side `json:"by,omitempty"`
}

// Confidentiality binds Party to keep the terms and the campaign
// confidential for Years years after the term (0: not stated), or without
// end (Extent [Unlimited]: {"party": "creator", "extent": "unlimited"}).
type Confidentiality struct {
	Party  Side   `json:"party,omitempty"`
	Years  int64  `json:"years,omitempty"`
	Extent Extent `json:"extent,omitempty"`
}

// LiabilityCap limits liability to Amount, or to the fees paid when
// FeesPaid is set: each party's when Party is [BothSides] or unstated,
// only one party's otherwise ({"party": "brand", "fees_paid": true} caps
// the brand's liability and leaves the creator's uncapped).
type LiabilityCap struct {
	Amount   *pricing.Money `json:"amount,omitempty"`
	FeesPaid bool           `json:"fees_paid,omitempty"`
	Party    Side           `json:"party,omitempty"`
}

// Posting holds the posting terms: the days each post stays up at least
// (MinimumLiveDays, 0 when not stated), and whether the brand approves the
// caption and the posting time.
//
// Permanent says posts are never deleted ({"permanent": true}), and
// TakedownHours that the creator removes a post within that many hours
// when the brand asks ({"takedown_hours": 24}).
type Posting struct {
	MinimumLiveDays     int64 `json:"minimum_live_days,omitempty"`
	CaptionApproval     bool  `json:"caption_approval,omitempty"`
	PostingTimeApproval bool  `json:"posting_time_approval,omitempty"`
	Permanent           bool  `json:"permanent,omitempty"`
	TakedownHours       int64 `json:"takedown_hours,omitempty"`
}

// WhitelistingAccess is the access the creator gives the brand to run ads
// from the creator's account: for Days days, with CreatorApproval when
// the creator approves each ad before it runs.
type WhitelistingAccess struct {
	Days            int64          `json:"days,omitempty"`
	CreatorApproval bool           `json:"creator_approval,omitempty"`
	SpendCap        *pricing.Money `json:"spend_cap,omitempty"`
}

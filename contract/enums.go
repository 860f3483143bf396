package contract

//go:generate go run github.com/influencekit/influencekit/internal/cmd/enumgen

import "errors"

// The enums of the contract's terms. Each has a zero value that means "not
// stated", lower-case names as its text form (parsing ignores ASCII case),
// and an error wrapping its own sentinel for any other text.

// Side names a party or parties a term applies to.
//
//enumgen:names unstated, brand, creator, both
//enumgen:aliases either = both, mutual = both
type Side uint8

// The sides.
const (
	UnstatedSide Side = iota // not stated
	BrandSide                // the brand ("brand")
	CreatorSide              // the creator ("creator")
	BothSides                // both parties, each toward the other ("both"; also "either", "mutual")
)

// ErrUnknownSide is wrapped by errors for text that names no side.
var ErrUnknownSide = errors.New("contract: unknown side")

// includes reports whether the side covers p (BrandSide or CreatorSide).
func (s Side) includes(p Side) bool { return s == p || s == BothSides }

// Extent is the three states of an allowance a contract may leave out,
// rule out or leave open: revision rounds, usage rights, exclusivity.
//
//enumgen:names unstated, none, limited, unlimited
type Extent uint8

// The extents.
const (
	Unstated  Extent = iota // the contract does not say
	NoneAtAll               // explicitly none ("none")
	Limited                 // limited by the counts beside it ("limited")
	Unlimited               // explicitly without limit ("unlimited")
)

// ErrUnknownExtent is wrapped by errors for text that names no extent.
var ErrUnknownExtent = errors.New("contract: unknown extent")

// Trigger is the event a payment falls due after, counted with its Net
// days.
//
//enumgen:names unstated, signature, delivery, approval, publication, invoice, completion, month-end, product-arrival
//enumgen:aliases posting = publication
type Trigger uint8

// The payment triggers.
const (
	UnstatedTrigger Trigger = iota // not stated
	OnSignature                    // when the agreement is signed ("signature")
	OnDelivery                     // when the content is delivered to the brand ("delivery")
	OnApproval                     // when the brand approves the content ("approval")
	OnPublication                  // when the content goes live ("publication")
	OnInvoice                      // when the creator invoices ("invoice")
	OnCompletion                   // when every deliverable is done ("completion")
	// AfterMonthEnd is the end of the month the trigger's work falls in:
	// "Net 30 after month-end" ("month-end").
	AfterMonthEnd
	// OnProductArrival is when the brand's products reach the creator: "two
	// weeks after the products arrive" ("product-arrival"). A deliverable's
	// due date may count from it.
	OnProductArrival
)

// ErrUnknownTrigger is wrapped by errors for text that names no trigger.
var ErrUnknownTrigger = errors.New("contract: unknown payment trigger")

// afterWork reports whether the trigger falls after the content is made.
func (t Trigger) afterWork() bool { return t >= OnDelivery && t <= AfterMonthEnd }

// event names the trigger's event in plain words, for the draft and the
// problems: "publication of the content".
func (t Trigger) event() string {
	switch t {
	case OnSignature:
		return "signature of this agreement"
	case OnDelivery:
		return "delivery of the content"
	case OnApproval:
		return "the Brand's approval of the content"
	case OnPublication:
		return "publication of the content"
	case OnInvoice:
		return "receipt of the Creator's invoice"
	case OnCompletion:
		return "completion of all deliverables"
	case AfterMonthEnd:
		return "the end of the month the content goes live"
	case OnProductArrival:
		return "the products' arrival"
	}
	return "an event not stated"
}

// beforePosting reports whether a payment on the trigger reaches the
// creator before the content goes live: on signature, or on the brand's
// approval of the content (which comes before posting).
func (t Trigger) beforePosting() bool { return t == OnSignature || t == OnApproval }

// Tax is how the fee treats sales tax or VAT.
//
//enumgen:names unstated, inclusive, exclusive, not-charged
type Tax uint8

// The tax treatments.
const (
	UnstatedTax   Tax = iota // not stated
	TaxInclusive             // the fee includes the tax ("inclusive")
	TaxExclusive             // the tax is added to the fee ("exclusive")
	TaxNotCharged            // no tax is charged, e.g. a creator below the VAT threshold ("not-charged")
)

// ErrUnknownTax is wrapped by errors for text that names no tax treatment.
var ErrUnknownTax = errors.New("contract: unknown tax treatment")

// Basis is the ground on which a party may end the agreement.
//
//enumgen:names unstated, convenience, cause
type Basis uint8

// The termination bases.
const (
	UnstatedBasis  Basis = iota // not stated
	ForConvenience              // for any reason or none ("convenience")
	ForCause                    // for the other party's breach ("cause")
)

// ErrUnknownBasis is wrapped by errors for text that names no basis.
var ErrUnknownBasis = errors.New("contract: unknown termination basis")

// Settlement is what is paid when the agreement ends early.
//
//enumgen:names unstated, pro-rata, kill-fee, full-fee, forfeiture, claw-back, nothing, delivered-work, brand-discretion
type Settlement uint8

// The settlements.
const (
	UnstatedSettlement Settlement = iota // not stated
	ProRata                              // the fee for the work done so far ("pro-rata")
	KillFee                              // Cancellation.KillFeePercent of the total ("kill-fee")
	FullFee                              // the whole fee ("full-fee")
	Forfeiture                           // the creator forfeits fees not yet paid ("forfeiture")
	ClawBack                             // the creator repays fees received ("claw-back")
	NothingPaid                          // nothing more is paid either way ("nothing")
	// DeliveredWork pays only for content already delivered or completed;
	// work in progress earns nothing ("delivered-work").
	DeliveredWork
	// BrandDiscretion is whatever the brand alone decides to pay
	// ("brand-discretion").
	BrandDiscretion
)

// forfeitsWork reports whether the settlement takes away pay for work
// already delivered.
func (s Settlement) forfeitsWork() bool {
	return s == Forfeiture || s == ClawBack || s == NothingPaid
}

// ErrUnknownSettlement is wrapped by errors for text that names no
// settlement.
var ErrUnknownSettlement = errors.New("contract: unknown settlement")

// UsageKind is how the brand may use the creator's content.
//
//enumgen:names unstated, organic-repost, paid-amplification, whitelisting
//enumgen:aliases spark-ads = whitelisting, dark-posts = whitelisting, partnership-ads = whitelisting
type UsageKind uint8

// The usage kinds, per influencerfee-glossary.
const (
	UnstatedUsage     UsageKind = iota // not stated
	OrganicRepost                      // reposting on the brand's own accounts, unpaid reach ("organic-repost")
	PaidAmplification                  // the brand runs the content as ads from its own accounts ("paid-amplification")
	Whitelisting                       // ads run from the creator's account: Spark Ads, partnership ads, dark posts ("whitelisting")
)

// ErrUnknownUsageKind is wrapped by errors for text that names no usage
// kind.
var ErrUnknownUsageKind = errors.New("contract: unknown usage kind")

// phrase says what the kind lets the brand do, in plain words.
func (u UsageKind) phrase() string {
	switch u {
	case OrganicRepost:
		return "organic reposts on its own accounts"
	case PaidAmplification:
		return "paid ads from its own accounts"
	case Whitelisting:
		return "ads from the creator's account (whitelisting)"
	}
	return "use of a kind not stated"
}

// paid reports whether the kind puts money behind the content.
func (u UsageKind) paid() bool { return u == PaidAmplification || u == Whitelisting }

// Channel is a place beyond the creator's post where the brand may use the
// content.
//
//enumgen:names unknown, social, website, email, retail, out-of-home, print, broadcast
//enumgen:aliases ooh = out-of-home
type Channel uint8

// The channels.
const (
	UnknownChannel Channel = iota // not a channel; invalid in a contract
	SocialChannel                 // the brand's social accounts ("social")
	WebsiteChannel                // the brand's website ("website")
	EmailChannel                  // e-mail and newsletters ("email")
	RetailChannel                 // retailers' sites and shops ("retail")
	OutOfHome                     // billboards, transit, in store ("out-of-home")
	PrintChannel                  // print ("print")
	Broadcast                     // TV, radio, streaming ads ("broadcast")
)

// ErrUnknownChannel is wrapped by errors for text that names no channel.
var ErrUnknownChannel = errors.New("contract: unknown channel")

// MoralsTrigger is what lets a party use a morals clause.
//
//enumgen:names unstated, conduct, conviction, charge, accusation, controversy
type MoralsTrigger uint8

// The morals-clause triggers, from the narrowest proof to the widest.
const (
	UnstatedMoralsTrigger MoralsTrigger = iota // not stated
	MoralsConduct                              // conduct that brings the other party into disrepute ("conduct")
	MoralsConviction                           // a criminal conviction ("conviction")
	MoralsCharge                               // a criminal charge ("charge")
	MoralsAccusation                           // a mere public accusation, proven or not ("accusation")
	MoralsControversy                          // any public controversy, whoever is at fault ("controversy")
)

// ErrUnknownMoralsTrigger is wrapped by errors for text that names no
// morals-clause trigger.
var ErrUnknownMoralsTrigger = errors.New("contract: unknown morals trigger")

// CarveOut is a use of the content that survives the end of the usage
// rights.
//
//enumgen:names unstated, archive, internal
//enumgen:aliases internal-use = internal
type CarveOut uint8

// The carve-outs.
const (
	UnstatedCarveOut CarveOut = iota // not stated
	ArchiveCarveOut                  // posts stay in the brand's feed or archive, not promoted ("archive")
	InternalCarveOut                 // internal use: presentations, reports, award entries ("internal")
)

// ErrUnknownCarveOut is wrapped by errors for text that names no
// carve-out.
var ErrUnknownCarveOut = errors.New("contract: unknown carve-out")

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
//enumgen:names unstated, signature, delivery, approval, publication, invoice, completion
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
)

// ErrUnknownTrigger is wrapped by errors for text that names no trigger.
var ErrUnknownTrigger = errors.New("contract: unknown payment trigger")

// afterWork reports whether the trigger falls after the content is made.
func (t Trigger) afterWork() bool { return t >= OnDelivery }

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
//enumgen:names unstated, pro-rata, kill-fee, full-fee, forfeiture, claw-back, nothing
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
)

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

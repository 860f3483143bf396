package contract

import (
	"errors"

	"github.com/influencekit/influencekit/internal/enumtext"
)

// The enums of the contract's terms. Each has a zero value that means "not
// stated", lower-case names as its text form (parsing ignores ASCII case),
// and an error wrapping its own sentinel for any other text.

// Side names a party or parties a term applies to.
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

var sideNames = enumtext.New("side", ErrUnknownSide, []string{"unstated", "brand", "creator", "both"},
	enumtext.Alias{Name: "either", Index: uint8(BothSides)}, enumtext.Alias{Name: "mutual", Index: uint8(BothSides)})

// String returns the side's name ("brand"), or "side(N)" out of range.
func (s Side) String() string { return sideNames.String(uint8(s)) }

// MarshalText implements encoding.TextMarshaler; a value outside the
// constants is an error wrapping ErrUnknownSide.
func (s Side) MarshalText() ([]byte, error) { return sideNames.Marshal(uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler. On error s is left
// unchanged.
func (s *Side) UnmarshalText(text []byte) error { return unmarshalEnum(sideNames, text, (*uint8)(s)) }

// includes reports whether the side covers p (BrandSide or CreatorSide).
func (s Side) includes(p Side) bool { return s == p || s == BothSides }

// Extent is the three states of an allowance a contract may leave out,
// rule out or leave open: revision rounds, usage rights, exclusivity.
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

var extentNames = enumtext.New("extent", ErrUnknownExtent, []string{"unstated", "none", "limited", "unlimited"})

// String returns the extent's name ("unlimited"), or "extent(N)".
func (e Extent) String() string { return extentNames.String(uint8(e)) }

// MarshalText implements encoding.TextMarshaler; a value outside the
// constants is an error wrapping ErrUnknownExtent.
func (e Extent) MarshalText() ([]byte, error) { return extentNames.Marshal(uint8(e)) }

// UnmarshalText implements encoding.TextUnmarshaler. On error e is left
// unchanged.
func (e *Extent) UnmarshalText(text []byte) error {
	return unmarshalEnum(extentNames, text, (*uint8)(e))
}

// Trigger is the event a payment falls due after, counted with its Net
// days.
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

var triggerNames = enumtext.New("trigger", ErrUnknownTrigger,
	[]string{"unstated", "signature", "delivery", "approval", "publication", "invoice", "completion"},
	enumtext.Alias{Name: "posting", Index: uint8(OnPublication)})

// String returns the trigger's name ("publication"), or "trigger(N)".
func (t Trigger) String() string { return triggerNames.String(uint8(t)) }

// MarshalText implements encoding.TextMarshaler; a value outside the
// constants is an error wrapping ErrUnknownTrigger.
func (t Trigger) MarshalText() ([]byte, error) { return triggerNames.Marshal(uint8(t)) }

// UnmarshalText implements encoding.TextUnmarshaler. On error t is left
// unchanged.
func (t *Trigger) UnmarshalText(text []byte) error {
	return unmarshalEnum(triggerNames, text, (*uint8)(t))
}

// afterWork reports whether the trigger falls after the content is made.
func (t Trigger) afterWork() bool { return t >= OnDelivery }

// Tax is how the fee treats sales tax or VAT.
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

var taxNames = enumtext.New("tax", ErrUnknownTax, []string{"unstated", "inclusive", "exclusive", "not-charged"})

// String returns the treatment's name ("exclusive"), or "tax(N)".
func (t Tax) String() string { return taxNames.String(uint8(t)) }

// MarshalText implements encoding.TextMarshaler; a value outside the
// constants is an error wrapping ErrUnknownTax.
func (t Tax) MarshalText() ([]byte, error) { return taxNames.Marshal(uint8(t)) }

// UnmarshalText implements encoding.TextUnmarshaler. On error t is left
// unchanged.
func (t *Tax) UnmarshalText(text []byte) error { return unmarshalEnum(taxNames, text, (*uint8)(t)) }

// Basis is the ground on which a party may end the agreement.
type Basis uint8

// The termination bases.
const (
	UnstatedBasis  Basis = iota // not stated
	ForConvenience              // for any reason or none ("convenience")
	ForCause                    // for the other party's breach ("cause")
)

// ErrUnknownBasis is wrapped by errors for text that names no basis.
var ErrUnknownBasis = errors.New("contract: unknown termination basis")

var basisNames = enumtext.New("basis", ErrUnknownBasis, []string{"unstated", "convenience", "cause"})

// String returns the basis's name ("cause"), or "basis(N)".
func (b Basis) String() string { return basisNames.String(uint8(b)) }

// MarshalText implements encoding.TextMarshaler; a value outside the
// constants is an error wrapping ErrUnknownBasis.
func (b Basis) MarshalText() ([]byte, error) { return basisNames.Marshal(uint8(b)) }

// UnmarshalText implements encoding.TextUnmarshaler. On error b is left
// unchanged.
func (b *Basis) UnmarshalText(text []byte) error {
	return unmarshalEnum(basisNames, text, (*uint8)(b))
}

// Settlement is what is paid when the agreement ends early.
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

var settlementNames = enumtext.New("settlement", ErrUnknownSettlement,
	[]string{"unstated", "pro-rata", "kill-fee", "full-fee", "forfeiture", "claw-back", "nothing"})

// String returns the settlement's name ("pro-rata"), or "settlement(N)".
func (s Settlement) String() string { return settlementNames.String(uint8(s)) }

// MarshalText implements encoding.TextMarshaler; a value outside the
// constants is an error wrapping ErrUnknownSettlement.
func (s Settlement) MarshalText() ([]byte, error) { return settlementNames.Marshal(uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler. On error s is left
// unchanged.
func (s *Settlement) UnmarshalText(text []byte) error {
	return unmarshalEnum(settlementNames, text, (*uint8)(s))
}

// UsageKind is how the brand may use the creator's content.
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

var usageKindNames = enumtext.New("usage kind", ErrUnknownUsageKind,
	[]string{"unstated", "organic-repost", "paid-amplification", "whitelisting"},
	enumtext.Alias{Name: "spark-ads", Index: uint8(Whitelisting)},
	enumtext.Alias{Name: "dark-posts", Index: uint8(Whitelisting)},
	enumtext.Alias{Name: "partnership-ads", Index: uint8(Whitelisting)})

// String returns the kind's name ("whitelisting"), or "usage kind(N)".
func (k UsageKind) String() string { return usageKindNames.String(uint8(k)) }

// MarshalText implements encoding.TextMarshaler; a value outside the
// constants is an error wrapping ErrUnknownUsageKind.
func (k UsageKind) MarshalText() ([]byte, error) { return usageKindNames.Marshal(uint8(k)) }

// UnmarshalText implements encoding.TextUnmarshaler. On error k is left
// unchanged.
func (k *UsageKind) UnmarshalText(text []byte) error {
	return unmarshalEnum(usageKindNames, text, (*uint8)(k))
}

// paid reports whether the kind puts money behind the content.
func (k UsageKind) paid() bool { return k == PaidAmplification || k == Whitelisting }

// Channel is a place beyond the creator's post where the brand may use the
// content.
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

var channelNames = enumtext.New("channel", ErrUnknownChannel,
	[]string{"unknown", "social", "website", "email", "retail", "out-of-home", "print", "broadcast"},
	enumtext.Alias{Name: "ooh", Index: uint8(OutOfHome)})

// String returns the channel's name ("out-of-home"), or "channel(N)".
func (c Channel) String() string { return channelNames.String(uint8(c)) }

// MarshalText implements encoding.TextMarshaler; a value outside the
// constants is an error wrapping ErrUnknownChannel.
func (c Channel) MarshalText() ([]byte, error) { return channelNames.Marshal(uint8(c)) }

// UnmarshalText implements encoding.TextUnmarshaler. On error c is left
// unchanged.
func (c *Channel) UnmarshalText(text []byte) error {
	return unmarshalEnum(channelNames, text, (*uint8)(c))
}

func unmarshalEnum(t enumtext.Table, text []byte, dst *uint8) error {
	v, err := t.Parse(string(text))
	if err != nil {
		return err
	}
	*dst = v
	return nil
}

package pricing

import (
	"errors"

	"github.com/influencekit/influencekit/internal/enumtext"
)

// ItemKind says what a line of a [Quote] is. The kinds are declared in the
// order [NewQuote] applies them. The zero value is [UnknownItemKind].
type ItemKind uint8

// The kinds of quote items, in the order a quote lists them.
const (
	UnknownItemKind    ItemKind = iota // not set
	Deliverable                        // quantity × unit price of one line of deliverables
	BundleDiscount                     // a volume discount, a fraction of the deliverables' subtotal
	PercentDiscount                    // a negotiated fraction off, after the bundle discount
	FixedDiscount                      // a fixed amount off, after the percentage discount
	UsageRights                        // a fee per month for the brand's use of the content
	ExclusivityPremium                 // a premium for not working with competitors
	ProductInKind                      // the value of products given instead of cash (negative: it is not paid in money)
)

// ErrUnknownItemKind is wrapped by errors for text that names no [ItemKind].
var ErrUnknownItemKind = errors.New("pricing: unknown quote item kind")

var itemKindNames = enumtext.New("item-kind", ErrUnknownItemKind, []string{
	"unknown", "deliverable", "bundle-discount", "percent-discount", "fixed-discount",
	"usage-rights", "exclusivity-premium", "product-in-kind",
})

// ParseItemKind returns the kind named s ("deliverable",
// "bundle-discount", ...), ignoring case. Other text is an error wrapping
// [ErrUnknownItemKind].
func ParseItemKind(s string) (ItemKind, error) {
	i, err := itemKindNames.Parse(s)
	return ItemKind(i), err
}

// String returns the lower-case, hyphenated name of k ("usage-rights"), or
// "item-kind(N)" for a value outside the declared constants.
func (k ItemKind) String() string { return itemKindNames.String(uint8(k)) }

// MarshalText implements encoding.TextMarshaler. A value outside the
// declared constants is an error wrapping [ErrUnknownItemKind].
func (k ItemKind) MarshalText() ([]byte, error) { return itemKindNames.Marshal(uint8(k)) }

// UnmarshalText implements encoding.TextUnmarshaler with [ParseItemKind]'s
// rules. On error k is unchanged.
func (k *ItemKind) UnmarshalText(text []byte) error {
	v, err := ParseItemKind(string(text))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

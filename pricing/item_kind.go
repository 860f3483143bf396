package pricing

//go:generate go run github.com/influencekit/influencekit/internal/cmd/enumgen

import "errors"

// ItemKind says what a line of a [Quote] is. The kinds are declared in the
// order [NewQuote] applies them. The zero value is [UnknownItemKind]. Its
// text is the lower-case, hyphenated name ("usage-rights"); the methods
// are in pricing_enum.go, written by internal/cmd/enumgen.
//
//enumgen:names unknown, deliverable, bundle-discount, percent-discount, fixed-discount, usage-rights, exclusivity-premium, product-in-kind
//enumgen:kind item-kind
type ItemKind uint8

// The kinds of quote items, in the order a quote lists them.
const (
	UnknownItemKind    ItemKind = iota // not set
	DeliverableItem                    // quantity × unit price of one line of deliverables ("deliverable")
	BundleDiscount                     // a volume discount, a fraction of the deliverables' subtotal
	PercentDiscount                    // a negotiated fraction off, after the bundle discount
	FixedDiscount                      // a fixed amount off, after the percentage discount
	UsageRights                        // a fee per month for the brand's use of the content
	ExclusivityPremium                 // a premium for not working with competitors
	ProductInKind                      // the value of products given instead of cash (negative: it is not paid in money)
)

// Deliverable is the former name of [DeliverableItem], a kind of quote
// item, not a deliverable (see contract.Deliverable for that).
//
// Deprecated: use [DeliverableItem].
const Deliverable = DeliverableItem

// ErrUnknownItemKind is wrapped by errors for text that names no [ItemKind].
var ErrUnknownItemKind = errors.New("pricing: unknown quote item kind")

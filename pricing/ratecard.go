package pricing

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"golang.org/x/text/currency"

	"github.com/influencekit/influencekit"
)

// ErrInvalidRateCard is wrapped when a rate card has no unit prices, a
// price for an unknown platform or format, two prices for the same
// deliverable, or a negative price.
var ErrInvalidRateCard = errors.New("pricing: invalid rate card")

// ErrNoPrice is wrapped when a quote asks for a deliverable the rate card
// has no price for.
var ErrNoPrice = errors.New("pricing: no price for deliverable")

// ErrNoRate is the former name of [ErrNoPrice], the same error value.
//
// Deprecated: use [ErrNoPrice].
var ErrNoRate = ErrNoPrice

// UnitPrice is one line of a [RateCard]: the price of one deliverable, one
// piece of content of a format on a platform (one Instagram reel, one
// YouTube video). Its JSON form, {"platform":"instagram","format":"reel",
// "price":{"amount":"250.00","currency":"USD"}}, round-trips.
type UnitPrice struct {
	Platform influencekit.Platform `json:"platform"`
	Format   influencekit.Format   `json:"format"`
	Price    Money                 `json:"price"` // per deliverable, not rounded by the card
}

// Rate is the former name of [UnitPrice]. It was renamed because
// engagement.Rate is a fraction (an engagement rate), which this is not.
//
// Deprecated: use [UnitPrice].
type Rate = UnitPrice

// RateCard is a creator's (or an agency's) price list: one [UnitPrice] per
// platform and format, all in one currency. It is immutable and safe for
// concurrent use. The zero RateCard has no prices and no currency.
//
// Its JSON form is the array of its unit prices, and it round-trips:
//
//	[{"platform":"instagram","format":"reel","price":{"amount":"250.00","currency":"USD"}}]
type RateCard struct {
	unit   currency.Unit
	prices []UnitPrice // sorted by platform, then format
}

// NewRateCard returns a card with the given unit prices, in any order. It
// is an error wrapping [ErrInvalidRateCard] to give no prices, an
// [influencekit.UnknownPlatform], [influencekit.UnknownFormat] or
// out-of-range value, two prices for the same platform and format, or a
// negative price; prices in different currencies are an error wrapping
// [ErrCurrencyMismatch], and the zero [Money] as a price one wrapping
// [ErrNoCurrency].
func NewRateCard(prices ...UnitPrice) (RateCard, error) {
	if len(prices) == 0 {
		return RateCard{}, fmt.Errorf("%w: no prices", ErrInvalidRateCard)
	}
	sorted := slices.Clone(prices)
	slices.SortFunc(sorted, func(a, b UnitPrice) int {
		return cmp.Or(cmp.Compare(a.Platform, b.Platform), cmp.Compare(a.Format, b.Format))
	})
	unit := sorted[0].Price.unit
	for i, r := range sorted {
		if err := checkDeliverable(r.Platform, r.Format); err != nil {
			return RateCard{}, fmt.Errorf("%w: %w", ErrInvalidRateCard, err)
		}
		if r.Price.unit == noCurrency {
			return RateCard{}, fmt.Errorf("%w: %s %s has no price", ErrNoCurrency, r.Platform, r.Format)
		}
		if r.Price.unit != unit {
			return RateCard{}, fmt.Errorf("%w: %s %s is priced %s, another price in %s", ErrCurrencyMismatch, r.Platform, r.Format, r.Price, unit)
		}
		if r.Price.IsNegative() {
			return RateCard{}, fmt.Errorf("%w: %s %s has a negative price %s", ErrInvalidRateCard, r.Platform, r.Format, r.Price)
		}
		if i > 0 && sorted[i-1].Platform == r.Platform && sorted[i-1].Format == r.Format {
			return RateCard{}, fmt.Errorf("%w: two prices for %s %s", ErrInvalidRateCard, r.Platform, r.Format)
		}
	}
	return RateCard{unit: unit, prices: sorted}, nil
}

// checkDeliverable rejects unknown and out-of-range platforms and formats.
func checkDeliverable(p influencekit.Platform, f influencekit.Format) error {
	if _, err := p.MarshalText(); err != nil || p == influencekit.UnknownPlatform {
		return fmt.Errorf("platform %s is not a known platform", p)
	}
	if _, err := f.MarshalText(); err != nil || f == influencekit.UnknownFormat {
		return fmt.Errorf("format %s is not a known format", f)
	}
	return nil
}

// Currency returns the currency of every price on the card; currency.XXX
// for the zero [RateCard].
func (c RateCard) Currency() currency.Unit { return c.unit }

// Price returns the unit price of one deliverable of format f on platform
// p, and false if the card has none.
func (c RateCard) Price(p influencekit.Platform, f influencekit.Format) (Money, bool) {
	i, found := slices.BinarySearchFunc(c.prices, UnitPrice{Platform: p, Format: f}, func(a, b UnitPrice) int {
		return cmp.Or(cmp.Compare(a.Platform, b.Platform), cmp.Compare(a.Format, b.Format))
	})
	if !found {
		return Money{}, false
	}
	return c.prices[i].Price, true
}

// Prices returns a copy of the card's unit prices, sorted by platform, then
// format.
func (c RateCard) Prices() []UnitPrice { return slices.Clone(c.prices) }

// Rates returns [RateCard.Prices].
//
// Deprecated: use [RateCard.Prices]; Rate was renamed [UnitPrice].
func (c RateCard) Rates() []UnitPrice { return c.Prices() }

// MarshalJSON implements [json.Marshaler]: the array of unit prices, sorted
// by platform, then format. The zero [RateCard] marshals to null.
func (c RateCard) MarshalJSON() ([]byte, error) {
	if c.prices == nil {
		return []byte("null"), nil
	}
	return json.Marshal(c.prices)
}

// UnmarshalJSON implements [json.Unmarshaler]: an array of unit prices,
// checked as [NewRateCard] checks them. Unknown members are errors wrapping
// [ErrInvalidRateCard]. JSON null leaves c unchanged; on error c is
// unchanged.
func (c *RateCard) UnmarshalJSON(data []byte) error {
	if string(bytes.Trim(data, " \t\r\n")) == "null" { // JSON whitespace only
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var prices []UnitPrice
	if err := dec.Decode(&prices); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidRateCard, err)
	}
	card, err := NewRateCard(prices...)
	if err != nil {
		return err
	}
	*c = card
	return nil
}

// unitPriceFields is [UnitPrice] without its methods, for encoding/json.
type unitPriceFields UnitPrice

// UnmarshalJSON implements [json.Unmarshaler] for
// {"platform":"youtube","format":"video","price":{...}} with the library's
// strict rule for objects: unknown, repeated or case-folded member names
// and values of the wrong type are errors wrapping [ErrInvalidRateCard];
// the price has [Money.UnmarshalJSON]'s errors. On error p is unchanged.
func (p *UnitPrice) UnmarshalJSON(data []byte) error {
	var w unitPriceFields
	if err := readObject(data, &w, ErrInvalidRateCard, "unit price"); err != nil {
		return err
	}
	*p = UnitPrice(w)
	return nil
}

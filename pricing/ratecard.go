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

// ErrInvalidRateCard is wrapped when a rate card has no rates, a rate for
// an unknown platform or format, two rates for the same deliverable, or a
// negative price.
var ErrInvalidRateCard = errors.New("pricing: invalid rate card")

// ErrNoRate is wrapped when a quote asks for a deliverable the rate card has
// no price for.
var ErrNoRate = errors.New("pricing: no rate for deliverable")

// Rate is the unit price of one deliverable: one piece of content of a
// format on a platform (one Instagram reel, one YouTube video).
type Rate struct {
	Platform influencekit.Platform `json:"platform"`
	Format   influencekit.Format   `json:"format"`
	Price    Money                 `json:"price"` // per deliverable, not rounded by the card
}

// RateCard is a creator's (or an agency's) price list: one unit price per
// platform and format, all in one currency. It is immutable and safe for
// concurrent use. The zero RateCard has no rates and no currency.
//
// Its JSON form is the array of its rates:
//
//	[{"platform":"instagram","format":"reel","price":{"amount":"250.00","currency":"USD"}}]
type RateCard struct {
	unit  currency.Unit
	rates []Rate // sorted by platform, then format
}

// NewRateCard returns a card with the given rates, in any order. It is an
// error wrapping ErrInvalidRateCard to give no rates, an UnknownPlatform,
// UnknownFormat or out-of-range value, two rates for the same platform and
// format, or a negative price; prices in different currencies are an error
// wrapping ErrCurrencyMismatch, and the zero Money as a price one wrapping
// ErrNoCurrency.
func NewRateCard(rates ...Rate) (RateCard, error) {
	if len(rates) == 0 {
		return RateCard{}, fmt.Errorf("%w: no rates", ErrInvalidRateCard)
	}
	sorted := slices.Clone(rates)
	slices.SortFunc(sorted, func(a, b Rate) int {
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
			return RateCard{}, fmt.Errorf("%w: %s %s is priced %s, another rate in %s", ErrCurrencyMismatch, r.Platform, r.Format, r.Price, unit)
		}
		if r.Price.IsNegative() {
			return RateCard{}, fmt.Errorf("%w: %s %s has a negative price %s", ErrInvalidRateCard, r.Platform, r.Format, r.Price)
		}
		if i > 0 && sorted[i-1].Platform == r.Platform && sorted[i-1].Format == r.Format {
			return RateCard{}, fmt.Errorf("%w: two rates for %s %s", ErrInvalidRateCard, r.Platform, r.Format)
		}
	}
	return RateCard{unit: unit, rates: sorted}, nil
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
// for the zero RateCard.
func (c RateCard) Currency() currency.Unit { return c.unit }

// Price returns the unit price of one deliverable of format f on platform
// p, and false if the card has none.
func (c RateCard) Price(p influencekit.Platform, f influencekit.Format) (Money, bool) {
	i, found := slices.BinarySearchFunc(c.rates, Rate{Platform: p, Format: f}, func(a, b Rate) int {
		return cmp.Or(cmp.Compare(a.Platform, b.Platform), cmp.Compare(a.Format, b.Format))
	})
	if !found {
		return Money{}, false
	}
	return c.rates[i].Price, true
}

// Rates returns a copy of the card's rates, sorted by platform, then format.
func (c RateCard) Rates() []Rate { return slices.Clone(c.rates) }

// MarshalJSON implements json.Marshaler: the array of rates, sorted by
// platform, then format. The zero RateCard marshals to null.
func (c RateCard) MarshalJSON() ([]byte, error) {
	if c.rates == nil {
		return []byte("null"), nil
	}
	return json.Marshal(c.rates)
}

// UnmarshalJSON implements json.Unmarshaler: an array of rates, checked as
// NewRateCard checks them. Unknown members are errors wrapping
// ErrInvalidRateCard. JSON null leaves c unchanged; on error c is
// unchanged.
func (c *RateCard) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var rates []Rate
	if err := dec.Decode(&rates); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidRateCard, err)
	}
	card, err := NewRateCard(rates...)
	if err != nil {
		return err
	}
	*c = card
	return nil
}

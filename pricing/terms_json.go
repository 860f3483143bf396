package pricing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit/internal/decimaltext"
	"github.com/influencekit/influencekit/internal/jsonobject"
)

// The JSON forms of a quote's terms ([Terms], [Bundle], [UsageTerms],
// [ExclusivityTerms]) are written and read by this package alone:
// snake_case keys, fractions as decimal strings in plain notation ("0.125",
// never "1.25E-1"), money as [Money.MarshalJSON] writes it. They depend on
// no package setting of shopspring/decimal (its MarshalJSONWithoutQuotes,
// which decimal.Decimal's own MarshalJSON reads, changes nothing here), and
// are read by the library's one rule for strict JSON objects: member names
// exactly as written here, each at most once, no others. JSON null as a
// whole value leaves the value unchanged, as encoding/json does.

// fractionText is a decimal fraction in a quote's inputs, written as a JSON
// string in plain notation with no trailing zeros and read from a JSON
// string or number.
type fractionText decimal.Decimal

// MarshalJSON writes the decimal as a JSON string: "0.1", "0.125"; a
// decimal that [New]'s bounds would not read back is an error (see
// fractionJSONText).
func (f fractionText) MarshalJSON() ([]byte, error) {
	text, err := fractionJSONText(decimal.Decimal(f))
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 0, len(text)+2)
	buf = append(buf, '"')
	buf = append(buf, text...)
	return append(buf, '"'), nil
}

// UnmarshalJSON reads a JSON string or number as decimal text within the
// bounds [New] puts on amounts (errors wrap [ErrInvalidAmount]). JSON null
// leaves f unchanged.
func (f *fractionText) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	text := data
	if len(data) > 0 && data[0] == '"' {
		text = jsonStringContent(data)
	} else if len(data) == 0 || data[0] != '-' && (data[0] < '0' || data[0] > '9') {
		return fmt.Errorf("%w: %s is neither a string nor a number", ErrInvalidAmount, describeValue(data))
	}
	d, err := parseAmount(string(text))
	if err != nil {
		return err
	}
	*f = fractionText(d)
	return nil
}

// fractionJSONText returns d as the JSON forms write a fraction: plain
// notation, no trailing zeros. A decimal past the bounds [New] reads (more
// than [MaxIntegerDigits] digits before the point, or more than
// [MaxFractionDigits] significant digits after it) is an error wrapping
// [ErrInvalidAmount] rather than text no reader takes back; the bounds are
// checked on the digit counts before any text is built, so a huge exponent
// is never written out.
func fractionJSONText(d decimal.Decimal) (string, error) {
	if d.IsZero() {
		return "0", nil
	}
	exp := int64(d.Exponent())
	if digits := int64(d.NumDigits()); digits+exp > MaxIntegerDigits {
		return "", fmt.Errorf("%w: a fraction with %d digits before the point, more than %d, could not be read back", ErrInvalidAmount, digits+exp, MaxIntegerDigits)
	}
	if -exp > MaxFractionDigits {
		coef := d.Coefficient().Text(10)
		zeros := int64(len(coef) - len(strings.TrimRight(coef, "0")))
		if places := -exp - zeros; places > MaxFractionDigits {
			return "", fmt.Errorf("%w: a fraction with %d digits after the point, more than %d, could not be read back", ErrInvalidAmount, places, MaxFractionDigits)
		}
	}
	return decimaltext.Shortest(d), nil
}

// bundleJSON is the wire shape of a [Bundle].
type bundleJSON struct {
	MinQuantity int64        `json:"min_quantity"`
	Discount    fractionText `json:"discount"`
}

// MarshalJSON implements [json.Marshaler]:
// {"min_quantity":5,"discount":"0.1"}, the discount a decimal string.
func (b Bundle) MarshalJSON() ([]byte, error) {
	return json.Marshal(bundleJSON{MinQuantity: b.MinQuantity, Discount: fractionText(b.Discount)})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes; the discount may also be a JSON number. Unknown, repeated or
// case-folded member names and values of the wrong type are errors
// wrapping [ErrInvalidQuote]; a discount that is not decimal text wraps
// [ErrInvalidAmount]. It does not check the bounds [NewQuote] checks. On
// error b is unchanged.
func (b *Bundle) UnmarshalJSON(data []byte) error {
	var w bundleJSON
	if err := readObject(data, &w, ErrInvalidQuote, "bundle"); err != nil {
		return err
	}
	*b = Bundle{MinQuantity: w.MinQuantity, Discount: decimal.Decimal(w.Discount)}
	return nil
}

// usageTermsJSON is the wire shape of [UsageTerms].
type usageTermsJSON struct {
	Months      int64        `json:"months"`
	MonthlyRate fractionText `json:"monthly_rate"`
	MonthlyFee  Money        `json:"monthly_fee"`
}

// MarshalJSON implements [json.Marshaler]:
// {"months":3,"monthly_rate":"0.1","monthly_fee":{"amount":"20.00","currency":"USD"}},
// the rate a decimal string and no monthly fee null.
func (u UsageTerms) MarshalJSON() ([]byte, error) {
	return json.Marshal(usageTermsJSON{Months: u.Months, MonthlyRate: fractionText(u.MonthlyRate), MonthlyFee: u.MonthlyFee})
}

// UnmarshalJSON implements [json.Unmarshaler] with [Bundle.UnmarshalJSON]'s
// rules; the monthly fee has [Money.UnmarshalJSON]'s. On error u is
// unchanged.
func (u *UsageTerms) UnmarshalJSON(data []byte) error {
	var w usageTermsJSON
	if err := readObject(data, &w, ErrInvalidQuote, "usage terms"); err != nil {
		return err
	}
	*u = UsageTerms{Months: w.Months, MonthlyRate: decimal.Decimal(w.MonthlyRate), MonthlyFee: w.MonthlyFee}
	return nil
}

// exclusivityTermsJSON is the wire shape of [ExclusivityTerms].
type exclusivityTermsJSON struct {
	Days int64        `json:"days"`
	Rate fractionText `json:"rate"`
	Fee  Money        `json:"fee"`
}

// MarshalJSON implements [json.Marshaler]:
// {"days":30,"rate":"0.25","fee":{"amount":"10.00","currency":"USD"}}, the
// rate a decimal string and no fee null.
func (x ExclusivityTerms) MarshalJSON() ([]byte, error) {
	return json.Marshal(exclusivityTermsJSON{Days: x.Days, Rate: fractionText(x.Rate), Fee: x.Fee})
}

// UnmarshalJSON implements [json.Unmarshaler] with [Bundle.UnmarshalJSON]'s
// rules; the fee has [Money.UnmarshalJSON]'s. On error x is unchanged.
func (x *ExclusivityTerms) UnmarshalJSON(data []byte) error {
	var w exclusivityTermsJSON
	if err := readObject(data, &w, ErrInvalidQuote, "exclusivity terms"); err != nil {
		return err
	}
	*x = ExclusivityTerms{Days: w.Days, Rate: decimal.Decimal(w.Rate), Fee: w.Fee}
	return nil
}

// termsJSON is the wire shape of [Terms].
type termsJSON struct {
	Bundles       []Bundle         `json:"bundles"`
	Discount      fractionText     `json:"discount"`
	FixedDiscount Money            `json:"fixed_discount"`
	Usage         UsageTerms       `json:"usage"`
	Exclusivity   ExclusivityTerms `json:"exclusivity"`
	ProductValue  Money            `json:"product_value"`
	Affiliate     AffiliateTerms   `json:"affiliate"`
}

// MarshalJSON implements [json.Marshaler]:
//
//	{"bundles":[{"min_quantity":5,"discount":"0.1"}],"discount":"0.05",
//	 "fixed_discount":{"amount":"20.00","currency":"USD"},
//	 "usage":{"months":2,"monthly_rate":"0.125","monthly_fee":null},
//	 "exclusivity":{"days":30,"rate":"0.2","fee":null},
//	 "product_value":null,"affiliate":{"rate":0.15}}
//
// Every member is written: no bundles as [], the zero [Money] as null,
// fractions as decimal strings in plain notation. The affiliate terms keep
// the form a [Quote] writes them in ([AffiliateTerms.MarshalJSON]: the rate
// a JSON number). Money that [Money.MarshalJSON] cannot write is its error.
func (t Terms) MarshalJSON() ([]byte, error) {
	return json.Marshal(termsJSON{Bundles: emptyIfNil(t.Bundles), Discount: fractionText(t.Discount),
		FixedDiscount: t.FixedDiscount, Usage: t.Usage, Exclusivity: t.Exclusivity,
		ProductValue: t.ProductValue, Affiliate: t.Affiliate})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes, giving back Terms whose decimals and [Money] are Equal to those
// written. Members may be left out (their zero value: none), fractions may
// be JSON numbers, and an empty bundle list reads as none (nil). Unknown,
// repeated or case-folded member names and values of the wrong type are
// errors wrapping [ErrInvalidQuote], at any depth; decimals that are not
// decimal text wrap [ErrInvalidAmount], money has [Money.UnmarshalJSON]'s
// errors. It does not check the bounds [NewQuote] checks. On error t is
// unchanged.
func (t *Terms) UnmarshalJSON(data []byte) error {
	var w termsJSON
	if err := readObject(data, &w, ErrInvalidQuote, "terms"); err != nil {
		return err
	}
	if len(w.Bundles) == 0 {
		w.Bundles = nil
	}
	*t = Terms{Bundles: w.Bundles, Discount: decimal.Decimal(w.Discount), FixedDiscount: w.FixedDiscount,
		Usage: w.Usage, Exclusivity: w.Exclusivity, ProductValue: w.ProductValue, Affiliate: w.Affiliate}
	return nil
}

// readObject reads data into w, a pointer to a wire struct, by
// jsonobject's strict rule. An error a member's own reader wrapped in a
// pricing sentinel ([ErrInvalidAmount], [ErrInvalidMoneyJSON],
// [ErrUnknownCurrency], or sentinel itself) keeps it; any other error
// wraps sentinel. Both name what was read.
func readObject(data []byte, w any, sentinel error, what string) error {
	if string(bytes.Trim(data, " \t\r\n")) == "null" { // JSON whitespace only
		return nil // leaves the value as it is, as encoding/json does
	}
	err := jsonobject.Unmarshal(data, w)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, ErrInvalidAmount), errors.Is(err, ErrInvalidMoneyJSON),
		errors.Is(err, ErrUnknownCurrency), errors.Is(err, sentinel):
		return fmt.Errorf("%s: %w", what, err)
	}
	return fmt.Errorf("%w: %s: %w", sentinel, what, err)
}

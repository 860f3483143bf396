package pricing

import (
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// Money is an exact decimal amount in one currency. It is an immutable
// value: every method returns a new Money, and a Money is safe to share
// between goroutines.
//
// The amount keeps every digit it was given or computed with (up to
// [MaxFractionDigits] after the point on construction); nothing is rounded
// until [Money.Round], [Money.RoundCash], [Money.String], [Money.Format] or a
// metric asks for it.
//
// The zero Money is 0 in no currency: its Currency is currency.XXX, ISO
// 4217's code for "no currency". No constructor returns it for a real
// amount. [Money.Add], [Money.Sub], [Money.Cmp], [Money.Allocate] and
// [Money.Split] return an error wrapping
// [ErrNoCurrency] when given it; Mul and Round return it unchanged; it
// marshals to JSON null and String prints "0.00 XXX". Use [Zero](unit) for a
// zero amount in a currency.
type Money struct {
	amount decimal.Decimal
	unit   currency.Unit
}

// Units and rounding kinds this package uses, held privately so that no
// result depends on an assignable variable of golang.org/x/text/currency
// (currency.XXX, currency.USD, currency.Standard and currency.Cash are
// exported variables that any program may overwrite).
var (
	// noCurrency is ISO 4217's XXX, x/text's zero Unit: the zero Money's
	// currency.
	noCurrency = currency.Unit{}

	// usd is the currency of the market rate table.
	usd = currency.MustParseISO("USD")

	// standardRounding is CLDR's rounding for ordinary amounts: x/text's
	// zero Kind is its Standard kind.
	standardRounding = currency.Kind{}

	// cashRounding is CLDR's cash rounding, taken once as the package
	// initialises: x/text offers no other way to name that Kind.
	cashRounding = currency.Cash
)

// canonicalUnit returns unit, or noCurrency for any unit whose code is XXX:
// golang.org/x/text/currency lists XXX a second time in its table, and
// currency.Query yields a Unit for that entry that is not equal to
// currency.XXX but prints "XXX" all the same.
func canonicalUnit(unit currency.Unit) currency.Unit {
	if unit != noCurrency && unit.String() == "XXX" {
		return noCurrency
	}
	return unit
}

// New returns amount in the currency with ISO 4217 code currencyCode
// ("USD", "jpy": case is ignored).
//
// amount is decimal text: an optional sign, digits, optionally a point
// followed by digits, and optionally an exponent ("1250.50", "-3",
// "1.5e3"). It may have at most [MaxIntegerDigits] digits before the point
// and [MaxFractionDigits] after it, and is kept exactly: New("1.005", "USD")
// is not rounded. Malformed or out-of-bounds text is an error wrapping
// [ErrInvalidAmount]; a code that is not a recognised ISO 4217 currency, or is
// XXX, is an error wrapping [ErrUnknownCurrency].
func New(amount, currencyCode string) (Money, error) {
	unit, err := parseCurrency(currencyCode)
	if err != nil {
		return Money{}, err
	}
	d, err := parseAmount(amount)
	if err != nil {
		return Money{}, err
	}
	return Money{amount: d, unit: unit}, nil
}

// MustNew is like [New] but panics if New returns an error. It is meant for
// constants in programs and tests.
func MustNew(amount, currencyCode string) Money {
	m, err := New(amount, currencyCode)
	if err != nil {
		panic(err)
	}
	return m
}

// FromDecimal returns the amount d in unit. d is kept exactly and must lie
// within the bounds [New] documents (error wrapping [ErrInvalidAmount]); unit
// must not be currency.XXX (error wrapping [ErrNoCurrency]).
func FromDecimal(d decimal.Decimal, unit currency.Unit) (Money, error) {
	unit = canonicalUnit(unit)
	if unit == noCurrency {
		return Money{}, fmt.Errorf("%w: FromDecimal with currency XXX", ErrNoCurrency)
	}
	d, err := checkAmount(d)
	if err != nil {
		return Money{}, err
	}
	return Money{amount: d, unit: unit}, nil
}

// FromMinor returns minor units of unit, at the currency's standard scale:
// FromMinor(125050, currency.USD) is 1250.50 USD and FromMinor(1000,
// currency.JPY) is 1000 JPY. unit must not be currency.XXX (error wrapping
// [ErrNoCurrency]).
func FromMinor(minor int64, unit currency.Unit) (Money, error) {
	unit = canonicalUnit(unit)
	if unit == noCurrency {
		return Money{}, fmt.Errorf("%w: FromMinor(%d, XXX)", ErrNoCurrency, minor)
	}
	return Money{amount: decimal.New(minor, -int32(MinorUnitDigits(unit))), unit: unit}, nil
}

// Zero returns a zero amount in unit, at the currency's scale. Zero(currency.XXX)
// is the zero [Money].
func Zero(unit currency.Unit) Money {
	unit = canonicalUnit(unit)
	if unit == noCurrency {
		return Money{}
	}
	return Money{amount: decimal.New(0, -int32(MinorUnitDigits(unit))), unit: unit}
}

// parseCurrency returns the unit for an ISO 4217 code, rejecting XXX.
func parseCurrency(code string) (currency.Unit, error) {
	unit, err := currency.ParseISO(code)
	if err != nil {
		return currency.Unit{}, fmt.Errorf("%w %q", ErrUnknownCurrency, code)
	}
	if unit == noCurrency {
		return currency.Unit{}, fmt.Errorf("%w %q: XXX means no currency", ErrUnknownCurrency, code)
	}
	return unit, nil
}

// MinorUnitDigits returns the number of digits after the point in unit's
// minor unit for ordinary (non-cash) amounts, from CLDR via
// currency.Standard.Rounding: 2 for USD and EUR, 0 for JPY and KRW, 3 for
// BHD.
func MinorUnitDigits(unit currency.Unit) int {
	digits, _ := standardRounding.Rounding(unit)
	return digits
}

// Scale is the former name of [MinorUnitDigits]; it has nothing to do with
// a follower scale (tier.Scale).
//
// Deprecated: use [MinorUnitDigits].
func Scale(unit currency.Unit) int { return MinorUnitDigits(unit) }

// Amount returns the exact amount, unrounded.
func (m Money) Amount() decimal.Decimal { return m.amount }

// Currency returns the currency; currency.XXX for the zero [Money].
func (m Money) Currency() currency.Unit { return m.unit }

// MinorUnitDigits returns the number of digits after the point in the
// currency's minor unit (see the function [MinorUnitDigits]).
func (m Money) MinorUnitDigits() int { return MinorUnitDigits(m.unit) }

// Scale is the former name of [Money.MinorUnitDigits].
//
// Deprecated: use [Money.MinorUnitDigits].
func (m Money) Scale() int { return m.MinorUnitDigits() }

// IsZero reports whether the amount is zero, in any currency.
//
// encoding/json's omitzero option calls IsZero: a struct field of type [Money]
// tagged omitzero is left out whenever its amount is zero, whatever its
// currency. Use omitempty with a *Money for "absent".
func (m Money) IsZero() bool { return m.amount.IsZero() }

// IsNegative reports whether the amount is below zero.
func (m Money) IsNegative() bool { return m.amount.Sign() < 0 }

// IsPositive reports whether the amount is above zero.
func (m Money) IsPositive() bool { return m.amount.Sign() > 0 }

// Sign returns -1, 0 or +1 as the amount is negative, zero or positive.
func (m Money) Sign() int { return m.amount.Sign() }

// Neg returns the amount with its sign flipped, in the same currency.
func (m Money) Neg() Money { return Money{amount: m.amount.Neg(), unit: m.unit} }

// Abs returns the absolute amount, in the same currency.
func (m Money) Abs() Money { return Money{amount: m.amount.Abs(), unit: m.unit} }

// sameCurrency returns an error unless m and o both have a currency and it
// is the same one. op names the operation in the message.
func (m Money) sameCurrency(op string, o Money) error {
	switch {
	case m.unit == noCurrency || o.unit == noCurrency:
		return fmt.Errorf("%w: %s of %s and %s", ErrNoCurrency, op, m, o)
	case m.unit != o.unit:
		return fmt.Errorf("%w: %s of %s and %s", ErrCurrencyMismatch, op, m, o)
	}
	return nil
}

// Add returns m + o, exactly. Different currencies are an error wrapping
// [ErrCurrencyMismatch]; the zero [Money] on either side is an error wrapping
// [ErrNoCurrency].
func (m Money) Add(o Money) (Money, error) {
	if err := m.sameCurrency("sum", o); err != nil {
		return Money{}, err
	}
	return Money{amount: m.amount.Add(o.amount), unit: m.unit}, nil
}

// Sub returns m - o, exactly, with Add's errors.
func (m Money) Sub(o Money) (Money, error) {
	if err := m.sameCurrency("difference", o); err != nil {
		return Money{}, err
	}
	return Money{amount: m.amount.Sub(o.amount), unit: m.unit}, nil
}

// Mul returns m × f, exactly (unrounded: 10.00 USD × 0.125 is 1.25000 USD
// until rounded). It is how percentages are applied: Mul(decimal.New(15,
// -2)) takes 15%.
//
// The product's decimal exponent is the sum of the two exponents and must
// fit an int32, or decimal.Mul panics: no factor written in ordinary
// notation comes near (it takes one like decimal.New(1, math.MinInt32)),
// but Mul cannot report the error, as its signature is fixed.
func (m Money) Mul(f decimal.Decimal) Money {
	return Money{amount: m.amount.Mul(f), unit: m.unit}
}

// Cmp compares the amounts of m and o: -1 if m < o, 0 if equal, +1 if
// m > o. It has Add's errors.
func (m Money) Cmp(o Money) (int, error) {
	if err := m.sameCurrency("comparison", o); err != nil {
		return 0, err
	}
	return m.amount.Cmp(o.amount), nil
}

// Equal reports whether m and o have the same currency and numerically
// equal amounts: 1.5 USD equals 1.50 USD; 0 USD does not equal 0 EUR. Two
// zero [Money] values are equal.
func (m Money) Equal(o Money) bool {
	return m.unit == o.unit && m.amount.Equal(o.amount)
}

// Round returns m rounded to the currency's minor unit ([MinorUnitDigits]: USD 2
// places, JPY 0), halves away from zero: 0.125 USD is 0.13 USD and -0.125
// USD is -0.13 USD.
func (m Money) Round() Money {
	scale, increment := standardRounding.Rounding(m.unit)
	return Money{amount: roundToIncrement(m.amount, scale, increment), unit: m.unit}
}

// RoundCash returns m rounded to the smallest amount the currency is paid
// in cash (CLDR's cash rounding, via currency.Cash.Rounding), halves away
// from zero: 1.23 CHF is 1.25 CHF, 1.22 CHF is 1.20 CHF, and 1.5 JPY is 2
// JPY. Currencies without a cash rule round as [Money.Round] does.
func (m Money) RoundCash() Money {
	scale, increment := cashRounding.Rounding(m.unit)
	return Money{amount: roundToIncrement(m.amount, scale, increment), unit: m.unit}
}

// roundToIncrement rounds d, halves away from zero, to a multiple of
// increment × 10^-scale. The result has exponent -scale.
func roundToIncrement(d decimal.Decimal, scale, increment int) decimal.Decimal {
	if increment <= 1 {
		return d.Round(int32(scale))
	}
	step := decimal.New(int64(increment), -int32(scale))
	return d.DivRound(step, 0).Mul(step)
}

// String returns the amount rounded to the currency's scale (halves away
// from zero), a space and the ISO code: "1250.50 USD", "-3 JPY", "0.00
// XXX" for the zero [Money]. It is meant for logs and tests; use [Money.Format] for
// people.
func (m Money) String() string {
	return m.Round().amount.StringFixed(int32(m.MinorUnitDigits())) + " " + m.unit.String()
}

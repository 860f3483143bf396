package pricing_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"

	"github.com/influencekit/influencekit/pricing"
)

func TestNew(t *testing.T) {
	tests := []struct {
		why      string
		amount   string
		code     string
		exact    string // the exact amount with the digits it was written with; "" when an error is expected
		str      string // String()
		currency currency.Unit
		err      error
	}{
		{why: "the API's example amount", amount: "1250.50", code: "USD", exact: "1250.50", str: "1250.50 USD", currency: currency.USD},
		{why: "lower-case codes are accepted", amount: "1250.5", code: "usd", exact: "1250.5", str: "1250.50 USD", currency: currency.USD},
		{why: "JPY has no minor unit", amount: "1000", code: "JPY", exact: "1000", str: "1000 JPY", currency: currency.JPY},
		{why: "BHD has three decimals", amount: "1.2345", code: "BHD", exact: "1.2345", str: "1.235 BHD", currency: currency.MustParseISO("BHD")},
		{why: "sub-minor digits are kept exactly, String rounds half away from zero", amount: "1.005", code: "USD", exact: "1.005", str: "1.01 USD", currency: currency.USD},
		{why: "negative amounts round away from zero too", amount: "-1.005", code: "USD", exact: "-1.005", str: "-1.01 USD", currency: currency.USD},
		{why: "a plus sign is accepted", amount: "+7", code: "EUR", exact: "7", str: "7.00 EUR", currency: currency.EUR},
		{why: "exponent notation (as JSON numbers may use) is expanded", amount: "1.5e3", code: "USD", exact: "1500", str: "1500.00 USD", currency: currency.USD},
		{why: "a negative exponent moves the point left", amount: "125E-2", code: "USD", exact: "1.25", str: "1.25 USD", currency: currency.USD},
		{why: "leading zeros are harmless", amount: "000012.30", code: "USD", exact: "12.30", str: "12.30 USD", currency: currency.USD},
		{why: "30 integer digits is the documented maximum", amount: strings.Repeat("9", 30), code: "USD", exact: strings.Repeat("9", 30), str: strings.Repeat("9", 30) + ".00 USD", currency: currency.USD},
		{why: "30 fraction digits is the documented maximum", amount: "0." + strings.Repeat("0", 29) + "1", code: "USD", exact: "0." + strings.Repeat("0", 29) + "1", str: "0.00 USD", currency: currency.USD},

		{why: "fuzzing found it: zero with a huge exponent must not compute 10^999999999", amount: "0e0999999999", code: "USD", exact: "0", str: "0.00 USD", currency: currency.USD},
		{why: "negative zero with a huge exponent", amount: "-0.000e999999999", code: "JPY", exact: "0", str: "0 JPY", currency: currency.JPY},

		{why: "empty amount", amount: "", code: "USD", err: pricing.ErrInvalidAmount},
		{why: "letters are not an amount", amount: "12a", code: "USD", err: pricing.ErrInvalidAmount},
		{why: "grouping separators are not accepted: 1,250 is ambiguous across locales", amount: "1,250.00", code: "USD", err: pricing.ErrInvalidAmount},
		{why: "a point needs digits on both sides", amount: ".5", code: "USD", err: pricing.ErrInvalidAmount},
		{why: "a trailing point is malformed", amount: "5.", code: "USD", err: pricing.ErrInvalidAmount},
		{why: "two points", amount: "1.2.3", code: "USD", err: pricing.ErrInvalidAmount},
		{why: "whitespace is not trimmed", amount: " 5", code: "USD", err: pricing.ErrInvalidAmount},
		{why: "an exponent needs digits", amount: "1e", code: "USD", err: pricing.ErrInvalidAmount},
		{why: "a huge exponent must not expand to a billion digits", amount: "1e999999999", code: "USD", err: pricing.ErrInvalidAmount},
		{why: "an exponent beyond int32", amount: "1e99999999999", code: "USD", err: pricing.ErrInvalidAmount},
		{why: "31 integer digits exceeds MaxIntegerDigits", amount: "1" + strings.Repeat("0", 30), code: "USD", err: pricing.ErrInvalidAmount},
		{why: "31 fraction digits exceeds MaxFractionDigits", amount: "0." + strings.Repeat("0", 30) + "1", code: "USD", err: pricing.ErrInvalidAmount},
		{why: "NaN is not an amount", amount: "NaN", code: "USD", err: pricing.ErrInvalidAmount},
		{why: "Infinity is not an amount", amount: "Inf", code: "USD", err: pricing.ErrInvalidAmount},
		{why: "unknown code", amount: "1", code: "ABC", err: pricing.ErrUnknownCurrency},
		{why: "malformed code", amount: "1", code: "US", err: pricing.ErrUnknownCurrency},
		{why: "empty code", amount: "1", code: "", err: pricing.ErrUnknownCurrency},
		{why: "XXX means no currency and is reserved for the zero Money", amount: "1", code: "XXX", err: pricing.ErrUnknownCurrency},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			m, err := pricing.New(tt.amount, tt.code)
			if tt.err != nil {
				require.Error(t, err)
				assert.ErrorIs(t, err, tt.err)
				assert.True(t, m.Equal(pricing.Money{}), "a failed New returns the zero Money")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.exact, m.Amount().StringFixed(-m.Amount().Exponent()), "exact amount")
			assert.True(t, m.Amount().Equal(decimal.RequireFromString(tt.exact)))
			assert.Equal(t, tt.str, m.String())
			assert.Equal(t, tt.currency, m.Currency())
		})
	}
}

func TestNewErrorMessagesNameTheValue(t *testing.T) {
	_, err := pricing.New("12a", "USD")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"12a"`)
	_, err = pricing.New("1", "ABC")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `"ABC"`)
}

func TestMustNewPanicsOnError(t *testing.T) {
	assert.Panics(t, func() { pricing.MustNew("x", "USD") })
	assert.NotPanics(t, func() { pricing.MustNew("1", "USD") })
}

func TestFromMinor(t *testing.T) {
	tests := []struct {
		why   string
		minor int64
		unit  currency.Unit
		want  string
	}{
		{why: "cents for USD", minor: 125050, unit: currency.USD, want: "1250.50 USD"},
		{why: "JPY minor unit is the yen", minor: 1000, unit: currency.JPY, want: "1000 JPY"},
		{why: "BHD has 1000 fils to the dinar", minor: 1234, unit: currency.MustParseISO("BHD"), want: "1.234 BHD"},
		{why: "negative minor units", minor: -1, unit: currency.USD, want: "-0.01 USD"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			m, err := pricing.FromMinor(tt.minor, tt.unit)
			require.NoError(t, err)
			assert.Equal(t, tt.want, m.String())
		})
	}
	_, err := pricing.FromMinor(1, currency.XXX)
	assert.ErrorIs(t, err, pricing.ErrNoCurrency)
}

func TestFromDecimal(t *testing.T) {
	m, err := pricing.FromDecimal(decimal.New(12505, -2), currency.USD)
	require.NoError(t, err)
	assert.True(t, m.Equal(pricing.MustNew("125.05", "USD")))

	m, err = pricing.FromDecimal(decimal.New(15, 2), currency.USD)
	require.NoError(t, err, "a positive exponent is within bounds")
	assert.Equal(t, "1500.00 USD", m.String())

	m, err = pricing.FromDecimal(decimal.New(0, math.MaxInt32), currency.USD)
	require.NoError(t, err, "zero with a huge exponent is zero, and cheap")
	assert.Equal(t, "0.00 USD", m.String())

	_, err = pricing.FromDecimal(decimal.New(1, 40), currency.USD)
	assert.ErrorIs(t, err, pricing.ErrInvalidAmount, "beyond MaxIntegerDigits")
	_, err = pricing.FromDecimal(decimal.New(1, -31), currency.USD)
	assert.ErrorIs(t, err, pricing.ErrInvalidAmount, "beyond MaxFractionDigits")
	_, err = pricing.FromDecimal(decimal.New(1, 0), currency.XXX)
	assert.ErrorIs(t, err, pricing.ErrNoCurrency)
}

func TestZeroValue(t *testing.T) {
	var zero pricing.Money
	usd := pricing.MustNew("1", "USD")

	assert.Equal(t, currency.XXX, zero.Currency())
	assert.True(t, zero.IsZero())
	assert.Equal(t, "0.00 XXX", zero.String())
	assert.True(t, zero.Equal(pricing.Zero(currency.XXX)), "Zero(XXX) is the zero Money")
	assert.True(t, zero.Round().Equal(zero))
	assert.True(t, zero.Mul(decimal.New(3, 0)).Equal(zero))

	_, err := zero.Add(usd)
	assert.ErrorIs(t, err, pricing.ErrNoCurrency)
	_, err = usd.Sub(zero)
	assert.ErrorIs(t, err, pricing.ErrNoCurrency)
	_, err = zero.Cmp(zero)
	assert.ErrorIs(t, err, pricing.ErrNoCurrency)
	_, err = zero.Split(2)
	assert.ErrorIs(t, err, pricing.ErrNoCurrency)
}

func TestZero(t *testing.T) {
	z := pricing.Zero(currency.USD)
	assert.True(t, z.IsZero())
	assert.Equal(t, "0.00 USD", z.String())
	sum, err := z.Add(pricing.MustNew("2.50", "USD"))
	require.NoError(t, err, "Zero(unit) starts a sum")
	assert.Equal(t, "2.50 USD", sum.String())
}

func TestArithmetic(t *testing.T) {
	tests := []struct {
		why      string
		a, b     pricing.Money
		sum      string
		diff     string
		cmp      int
		mismatch bool
	}{
		{why: "plain cents", a: pricing.MustNew("1250.50", "USD"), b: pricing.MustNew("0.50", "USD"), sum: "1251.00 USD", diff: "1250.00 USD", cmp: 1},
		{why: "sub-minor digits add exactly", a: pricing.MustNew("0.005", "USD"), b: pricing.MustNew("0.005", "USD"), sum: "0.01 USD", diff: "0.00 USD", cmp: 0},
		{why: "a smaller amount compares below", a: pricing.MustNew("1", "JPY"), b: pricing.MustNew("2", "JPY"), sum: "3 JPY", diff: "-1 JPY", cmp: -1},
		{why: "different scales of the same value compare equal", a: pricing.MustNew("1.5", "EUR"), b: pricing.MustNew("1.50", "EUR"), sum: "3.00 EUR", diff: "0.00 EUR", cmp: 0},
		{why: "different currencies never mix", a: pricing.MustNew("1", "USD"), b: pricing.MustNew("1", "EUR"), mismatch: true},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			sum, errAdd := tt.a.Add(tt.b)
			diff, errSub := tt.a.Sub(tt.b)
			cmp, errCmp := tt.a.Cmp(tt.b)
			if tt.mismatch {
				for _, err := range []error{errAdd, errSub, errCmp} {
					assert.ErrorIs(t, err, pricing.ErrCurrencyMismatch)
					assert.Contains(t, err.Error(), "USD")
					assert.Contains(t, err.Error(), "EUR")
				}
				assert.False(t, tt.a.Equal(tt.b))
				return
			}
			require.NoError(t, errAdd)
			require.NoError(t, errSub)
			require.NoError(t, errCmp)
			assert.Equal(t, tt.sum, sum.String())
			assert.Equal(t, tt.diff, diff.String())
			assert.Equal(t, tt.cmp, cmp)
			assert.Equal(t, tt.cmp == 0, tt.a.Equal(tt.b))
		})
	}
}

func TestEqualNeedsSameCurrency(t *testing.T) {
	assert.False(t, pricing.Zero(currency.USD).Equal(pricing.Zero(currency.EUR)), "0 USD is not 0 EUR")
	assert.True(t, pricing.MustNew("1.10", "USD").Equal(pricing.MustNew("1.1", "USD")))
}

func TestSignChecks(t *testing.T) {
	tests := []struct {
		why                      string
		m                        pricing.Money
		sign                     int
		negative, positive, zero bool
	}{
		{why: "positive", m: pricing.MustNew("0.01", "USD"), sign: 1, positive: true},
		{why: "negative", m: pricing.MustNew("-0.01", "USD"), sign: -1, negative: true},
		{why: "zero with trailing digits", m: pricing.MustNew("0.000", "USD"), sign: 0, zero: true},
		{why: "negative zero is zero", m: pricing.MustNew("-0", "USD"), sign: 0, zero: true},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.sign, tt.m.Sign())
			assert.Equal(t, tt.negative, tt.m.IsNegative())
			assert.Equal(t, tt.positive, tt.m.IsPositive())
			assert.Equal(t, tt.zero, tt.m.IsZero())
			assert.True(t, tt.m.Neg().Neg().Equal(tt.m))
			assert.False(t, tt.m.Abs().IsNegative())
		})
	}
}

func TestMul(t *testing.T) {
	m := pricing.MustNew("10.00", "USD")
	got := m.Mul(decimal.New(125, -3))
	assert.True(t, got.Amount().Equal(decimal.New(125, -2)), "Mul is exact: %s", got.Amount().StringFixed(5))
	assert.Equal(t, "1.25 USD", got.String())
	assert.Equal(t, "3.33 USD", pricing.MustNew("10", "USD").Mul(decimal.RequireFromString("0.333")).String())
}

func TestRound(t *testing.T) {
	tests := []struct {
		why  string
		m    pricing.Money
		want string // StringFixed at the currency's scale of the exact rounded amount
		cash string
	}{
		{why: "USD rounds to cents, half away from zero", m: pricing.MustNew("0.125", "USD"), want: "0.13", cash: "0.13"},
		{why: "negative halves round away from zero", m: pricing.MustNew("-0.125", "USD"), want: "-0.13", cash: "-0.13"},
		{why: "below the half rounds down", m: pricing.MustNew("0.12499", "USD"), want: "0.12", cash: "0.12"},
		{why: "JPY rounds to whole yen", m: pricing.MustNew("1.5", "JPY"), want: "2", cash: "2"},
		{why: "CHF cash rounds to 0.05 (CLDR cash rounding)", m: pricing.MustNew("1.23", "CHF"), want: "1.23", cash: "1.25"},
		{why: "CHF cash rounds 1.22 down to 1.20", m: pricing.MustNew("1.22", "CHF"), want: "1.22", cash: "1.20"},
		{why: "CHF cash rounds halfway 1.225 away from zero", m: pricing.MustNew("1.225", "CHF"), want: "1.23", cash: "1.25"},
		{why: "CHF cash on negatives is symmetric", m: pricing.MustNew("-1.225", "CHF"), want: "-1.23", cash: "-1.25"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			scale := int32(tt.m.MinorUnitDigits())
			r := tt.m.Round()
			assert.True(t, r.Amount().Equal(decimal.RequireFromString(tt.want)), "Round: %s", r.Amount().StringFixed(scale+3))
			c := tt.m.RoundCash()
			assert.True(t, c.Amount().Equal(decimal.RequireFromString(tt.cash)), "RoundCash: %s", c.Amount().StringFixed(scale+3))
			assert.Equal(t, tt.m.Currency(), r.Currency())
			assert.True(t, r.Round().Equal(r), "Round is idempotent")
		})
	}
}

func TestScale(t *testing.T) {
	assert.Equal(t, 2, pricing.MinorUnitDigits(currency.USD))
	assert.Equal(t, 0, pricing.MinorUnitDigits(currency.JPY))
	assert.Equal(t, 3, pricing.MinorUnitDigits(currency.MustParseISO("BHD")))
	assert.Equal(t, 0, pricing.MustNew("5", "KRW").MinorUnitDigits())
}

func TestErrorsAreDistinct(t *testing.T) {
	all := []error{pricing.ErrUnknownCurrency, pricing.ErrNoCurrency, pricing.ErrInvalidAmount,
		pricing.ErrCurrencyMismatch, pricing.ErrInvalidWeights, pricing.ErrNonPositiveBase, pricing.ErrInvalidMoneyJSON}
	for i, a := range all {
		assert.True(t, strings.HasPrefix(a.Error(), "pricing: "), a.Error())
		for j, b := range all {
			assert.Equal(t, i == j, errors.Is(a, b), "%v vs %v", a, b)
		}
	}
}

package pricing_test

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"

	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/pricing"
)

// secondXXX returns the Unit that currency.Query yields for the second
// "XXX" entry of x/text's table: it prints "XXX" but is not currency.XXX.
func secondXXX(t *testing.T) currency.Unit {
	t.Helper()
	it := currency.Query(currency.Historical, currency.NonTender)
	for it.Next() {
		if u := it.Unit(); u.String() == "XXX" && u != currency.XXX {
			return u
		}
	}
	t.Fatal("x/text no longer lists XXX twice: drop canonicalUnit's special case and this test's rows")
	return currency.Unit{}
}

func TestUnmarshalJSONIsStrict(t *testing.T) {
	tests := []struct {
		why string
		in  string
		err error
	}{
		{why: "a repeated amount: which one counts is not for the reader to guess", in: `{"amount":"1","amount":"2","currency":"USD"}`, err: pricing.ErrInvalidMoneyJSON},
		{why: "a repeated currency", in: `{"amount":"1","currency":"USD","currency":"EUR"}`, err: pricing.ErrInvalidMoneyJSON},
		{why: "a repeated member even when the first is null", in: `{"amount":null,"amount":"2","currency":"USD"}`, err: pricing.ErrInvalidMoneyJSON},
		{why: "a member name in another case: encoding/json would fold it", in: `{"Amount":"1","currency":"USD"}`, err: pricing.ErrInvalidMoneyJSON},
		{why: "an upper-case currency member", in: `{"amount":"1","CURRENCY":"USD"}`, err: pricing.ErrInvalidMoneyJSON},
		{why: "a member name that folds to amount only under Unicode rules (the long s, U+017F)", in: "{\"amount\":\"1\",\"currency\":\"USD\",\"\u017Fomething\":1}", err: pricing.ErrInvalidMoneyJSON},
		{why: "a Kelvin sign that Unicode folds to k is not ASCII", in: "{\"amount\":\"1\",\"currency\":\"USD\",\"\u212Aey\":1}", err: pricing.ErrInvalidMoneyJSON},
		{why: "a null currency counts as missing", in: `{"amount":"1","currency":null}`, err: pricing.ErrInvalidMoneyJSON},
		{why: "a boolean currency", in: `{"amount":"1","currency":true}`, err: pricing.ErrInvalidMoneyJSON},
		{why: "an object currency", in: `{"amount":"1","currency":{}}`, err: pricing.ErrInvalidMoneyJSON},
		{why: "an array amount", in: `{"amount":[1],"currency":"USD"}`, err: pricing.ErrInvalidAmount},
		{why: "an amount longer than contract.Parse reads", in: `{"amount":"` + strings.Repeat("0", 65) + `","currency":"USD"}`, err: pricing.ErrInvalidAmount},
		{why: "an empty currency", in: `{"amount":"1","currency":""}`, err: pricing.ErrUnknownCurrency},
		{why: "an empty object", in: `{}`, err: pricing.ErrInvalidMoneyJSON},
		{why: "a truncated object", in: `{"amount":"1"`, err: pricing.ErrInvalidMoneyJSON},
		{why: "a number as the whole value", in: `12`, err: pricing.ErrInvalidMoneyJSON},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			m := pricing.MustNew("7", "EUR")
			err := m.UnmarshalJSON([]byte(tt.in))
			assert.ErrorIs(t, err, tt.err)
			assert.Equal(t, "7.00 EUR", m.String(), "m is unchanged on error")
		})
	}
}

// TestUnmarshalJSONAsStrictAsContractParse reads the same money text with
// Money.UnmarshalJSON and, as a contract's payment total, with
// contract.Parse: both accept it with equal results or both reject it.
func TestUnmarshalJSONAsStrictAsContractParse(t *testing.T) {
	inputs := []string{
		`{"amount":"1250.50","currency":"USD"}`,
		`{"amount":1250.5,"currency":"usd"}`,
		`{"currency":"JPY","amount":-3}`,
		`{"amount":1e3,"currency":"EUR"}`,
		`{"amount":"+00.10E+2","currency":"GBP"}`,
		`{"amount":"1.005","currency":"USD"}`,
		`{"amount":"1","amount":"2","currency":"USD"}`,
		`{"Amount":"1","currency":"USD"}`,
		`{"amount":"1","Currency":"USD"}`,
		`{"amount":"1","currency":"USD","note":"x"}`,
		`{"amount":"1"}`,
		`{"currency":"USD"}`,
		`{"amount":null,"currency":"USD"}`,
		`{"amount":"1","currency":null}`,
		`{"amount":"1","currency":""}`,
		`{"amount":"1","currency":"XXX"}`,
		`{"amount":"1","currency":"ZZZ"}`,
		`{"amount":"1","currency":840}`,
		`{"amount":true,"currency":"USD"}`,
		`{"amount":{},"currency":"USD"}`,
		`{"amount":"1,5","currency":"USD"}`,
		`{"amount":"","currency":"USD"}`,
		`{"amount":1e100,"currency":"USD"}`,
		`{"amount":"1e999999999","currency":"USD"}`,
		`{"amount":"` + strings.Repeat("1", 30) + `","currency":"USD"}`,
		`{"amount":"` + strings.Repeat("1", 31) + `","currency":"USD"}`,
		`{"amount":"0.` + strings.Repeat("0", 29) + `1","currency":"USD"}`,
		`{"amount":"0.` + strings.Repeat("0", 30) + `1","currency":"USD"}`,
		`{"amount":"` + strings.Repeat("0", 65) + `","currency":"USD"}`,
		`"1 USD"`,
		`[]`,
		`{}`,
	}
	for _, in := range inputs {
		t.Run(in, func(t *testing.T) {
			var m pricing.Money
			moneyErr := m.UnmarshalJSON([]byte(in))
			c, contractErr := contract.Parse([]byte(`{"payment":{"total":` + in + `}}`))
			require.Equal(t, contractErr == nil, moneyErr == nil, "contract.Parse: %v; Money.UnmarshalJSON: %v", contractErr, moneyErr)
			if moneyErr == nil {
				require.NotNil(t, c.Payment.Total)
				assert.True(t, c.Payment.Total.Equal(m), "contract read %s, Money %s", c.Payment.Total, m)
			}
		})
	}
}

func TestMarshalJSONRefusesWhatCannotBeReadBack(t *testing.T) {
	tenth := decimal.New(1, -16)
	big30 := pricing.MustNew(strings.Repeat("9", 30), "USD")
	sum, err := big30.Add(pricing.MustNew("1", "USD"))
	require.NoError(t, err)
	tests := []struct {
		why  string
		m    pricing.Money
		want string // the JSON; "" for an ErrInvalidAmount error
	}{
		{why: "two Mul take 1.23 USD to 34 digits after the point", m: pricing.MustNew("1.23", "USD").Mul(tenth).Mul(tenth)},
		{why: "an Add takes 30 nines past 10^30", m: sum},
		{why: "a Mul by a huge power of ten passes 10^30 without expanding it", m: pricing.MustNew("1", "USD").Mul(decimal.New(1, 2_000_000_000))},
		{why: "a Mul by a tiny power of ten is refused without expanding it", m: pricing.MustNew("1", "USD").Mul(decimal.New(1, -2_000_000_000))},
		{why: "trailing zeros past 30 digits change no value and are dropped", m: pricing.MustNew("1.5", "USD").Mul(decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(30), nil), -31)),
			want: `{"amount":"0.15","currency":"USD"}`},
		{why: "zero with a tiny exponent is zero", m: pricing.MustNew("0", "JPY").Mul(decimal.New(0, -40)),
			want: `{"amount":"0.000000000000000000000000000000","currency":"JPY"}`},
		{why: "zero with a huge exponent is zero", m: pricing.MustNew("0", "USD").Mul(decimal.New(0, 2_000_000_000)),
			want: `{"amount":"0.00","currency":"USD"}`},
		{why: "exactly 30 integer digits still marshal", m: big30, want: `{"amount":"` + strings.Repeat("9", 30) + `.00","currency":"USD"}`},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			data, err := json.Marshal(tt.m)
			if tt.want == "" {
				assert.ErrorIs(t, err, pricing.ErrInvalidAmount)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(data))
			var back pricing.Money
			require.NoError(t, json.Unmarshal(data, &back))
			assert.True(t, back.Equal(tt.m))
		})
	}
}

// TestSecondXXXUnitIsNoCurrency checks that x/text's second XXX unit
// builds the zero Money or fails, as currency.XXX does, so that no Money
// marshals a currency New rejects.
func TestSecondXXXUnitIsNoCurrency(t *testing.T) {
	u := secondXXX(t)
	_, err := pricing.FromMinor(100, u)
	assert.ErrorIs(t, err, pricing.ErrNoCurrency)
	_, err = pricing.FromDecimal(decimal.New(1, 0), u)
	assert.ErrorIs(t, err, pricing.ErrNoCurrency)
	z := pricing.Zero(u)
	assert.True(t, z.Equal(pricing.Money{}), "Zero of the second XXX is the zero Money")
	data, err := json.Marshal(z)
	require.NoError(t, err)
	assert.Equal(t, "null", string(data))
}

// randomMoneyForJSON returns a Money any caller could build: an amount at a
// random scale in a random currency, multiplied by a random decimal and
// sometimes added to itself, so that amounts cover every magnitude and
// exponent the API produces, in and beyond New's bounds.
func randomMoneyForJSON(t *testing.T, rng *rand.Rand, units []currency.Unit) pricing.Money {
	t.Helper()
	unit := units[rng.IntN(len(units))]
	if unit.String() == "XXX" {
		return pricing.Zero(unit)
	}
	minor := rng.Int64() >> rng.IntN(64)
	if rng.IntN(2) == 0 {
		minor = -minor
	}
	m, err := pricing.FromDecimal(decimal.New(minor, -int32(rng.IntN(12))), unit)
	require.NoError(t, err)
	switch rng.IntN(4) {
	case 0: // as built
	case 1:
		digits := make([]byte, 1+rng.IntN(25))
		for i := range digits {
			digits[i] = byte('0' + rng.IntN(10))
		}
		coef, _ := new(big.Int).SetString(string(digits), 10)
		m = m.Mul(decimal.NewFromBigInt(coef, int32(rng.IntN(50)-35)))
	case 2:
		m = m.Mul(decimal.New(rng.Int64N(1000), int32(rng.IntN(30)-15))).Mul(decimal.New(rng.Int64N(1000), int32(rng.IntN(30)-15)))
	case 3:
		m = m.Mul(decimal.New(1, int32(rng.IntN(20))))
		if sum, err := m.Add(m); err == nil {
			m = sum
		}
	}
	return m
}

// TestMoneyJSONRoundTripsOrFails is the property of issue 13.4: every Money
// the API can produce marshals to JSON that unmarshals to an Equal Money,
// or fails to marshal with an error wrapping ErrInvalidAmount, and then
// only when its amount really lies outside New's bounds.
func TestMoneyJSONRoundTripsOrFails(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 4))
	units := []currency.Unit{currency.USD, currency.JPY, currency.CHF, currency.EUR,
		currency.MustParseISO("BHD"), currency.MustParseISO("XTS"), currency.XXX, secondXXX(t)}
	var marshalled, refused int
	for range 20000 {
		m := randomMoneyForJSON(t, rng, units)
		data, err := json.Marshal(m)
		if err != nil {
			require.ErrorIs(t, err, pricing.ErrInvalidAmount)
			assert.True(t, outOfBounds(m.Amount()), "%s was refused but lies within New's bounds", m.Amount().StringFixed(40))
			refused++
			continue
		}
		marshalled++
		var back pricing.Money
		require.NoError(t, json.Unmarshal(data, &back), "%s", data)
		require.True(t, back.Equal(m), "%s came back as %s", data, back)
	}
	assert.Greater(t, refused, 100, "the generator reaches amounts beyond the bounds")
	assert.Greater(t, marshalled, 10000, "the generator mostly builds amounts within the bounds")
}

// outOfBounds reports, independently of pricing's code, whether d has more
// than MaxIntegerDigits digits before the point or more than
// MaxFractionDigits significant digits after it.
func outOfBounds(d decimal.Decimal) bool {
	if d.IsZero() {
		return false
	}
	coef := strings.TrimLeft(d.Coefficient().Text(10), "-")
	exp := int(d.Exponent())
	trimmed := strings.TrimRight(coef, "0")
	exp += len(coef) - len(trimmed)
	intDigits := len(trimmed) + exp
	fracDigits := -exp
	return intDigits > pricing.MaxIntegerDigits || fracDigits > pricing.MaxFractionDigits
}

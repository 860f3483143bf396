package pricing_test

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"

	"github.com/influencekit/influencekit/pricing"
)

func TestMarshalJSON(t *testing.T) {
	tests := []struct {
		why  string
		m    pricing.Money
		want string
	}{
		{why: "the API's shape", m: pricing.MustNew("1250.5", "USD"), want: `{"amount":"1250.50","currency":"USD"}`},
		{why: "JPY without decimals", m: pricing.MustNew("1000", "JPY"), want: `{"amount":"1000","currency":"JPY"}`},
		{why: "sub-minor digits are kept so that unmarshalling is lossless", m: pricing.MustNew("1.005", "USD"), want: `{"amount":"1.005","currency":"USD"}`},
		{why: "negative amounts", m: pricing.MustNew("-0.5", "EUR"), want: `{"amount":"-0.50","currency":"EUR"}`},
		{why: "the zero Money is null", m: pricing.Money{}, want: `null`},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := json.Marshal(tt.m)
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, string(got))
			assert.Equal(t, tt.want, string(got), "byte-exact shape")
		})
	}
}

func TestUnmarshalJSON(t *testing.T) {
	tests := []struct {
		why  string
		in   string
		want string // String() of the result; "" for an error
		err  error
	}{
		{why: "the API's shape", in: `{"amount":"1250.50","currency":"USD"}`, want: "1250.50 USD"},
		{why: "the amount as a JSON number", in: `{"amount":1250.5,"currency":"USD"}`, want: "1250.50 USD"},
		{why: "a JSON number with an exponent", in: `{"amount":1.25e3,"currency":"USD"}`, want: "1250.00 USD"},
		{why: "a negative JSON number", in: `{"amount":-3,"currency":"JPY"}`, want: "-3 JPY"},
		{why: "members in any order, lower-case code", in: `{"currency":"eur","amount":"2"}`, want: "2.00 EUR"},
		{why: "whitespace inside the object", in: " { \"amount\" : \"1\" , \"currency\" : \"USD\" } ", want: "1.00 USD"},

		{why: "missing amount", in: `{"currency":"USD"}`, err: pricing.ErrInvalidMoneyJSON},
		{why: "null amount", in: `{"amount":null,"currency":"USD"}`, err: pricing.ErrInvalidMoneyJSON},
		{why: "missing currency", in: `{"amount":"1"}`, err: pricing.ErrInvalidMoneyJSON},
		{why: "unknown member", in: `{"amount":"1","currency":"USD","note":"x"}`, err: pricing.ErrInvalidMoneyJSON},
		{why: "not an object", in: `"1 USD"`, err: pricing.ErrInvalidMoneyJSON},
		{why: "an array", in: `["1","USD"]`, err: pricing.ErrInvalidMoneyJSON},
		{why: "a boolean amount", in: `{"amount":true,"currency":"USD"}`, err: pricing.ErrInvalidAmount},
		{why: "an object amount", in: `{"amount":{},"currency":"USD"}`, err: pricing.ErrInvalidAmount},
		{why: "a malformed amount string", in: `{"amount":"1,5","currency":"USD"}`, err: pricing.ErrInvalidAmount},
		{why: "an amount beyond the bounds", in: `{"amount":1e100,"currency":"USD"}`, err: pricing.ErrInvalidAmount},
		{why: "an unknown currency", in: `{"amount":"1","currency":"ZZZ"}`, err: pricing.ErrUnknownCurrency},
		{why: "a numeric currency", in: `{"amount":"1","currency":840}`, err: pricing.ErrInvalidMoneyJSON},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var m pricing.Money
			err := json.Unmarshal([]byte(tt.in), &m)
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
				assert.True(t, m.Equal(pricing.Money{}), "m is unchanged on error")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, m.String())
		})
	}
}

func TestUnmarshalJSONDirectCallRejectsTrailingData(t *testing.T) {
	// encoding/json validates its input before calling UnmarshalJSON; a
	// direct caller may not.
	for _, in := range []string{`{"amount":"1","currency":"USD"}}`, `{"amount":"1","currency":"USD"} {}`, `{"amount":"1","currency":"USD"}x`} {
		var m pricing.Money
		assert.ErrorIs(t, m.UnmarshalJSON([]byte(in)), pricing.ErrInvalidMoneyJSON, in)
	}
}

func TestUnmarshalJSONNullLeavesValue(t *testing.T) {
	m := pricing.MustNew("5", "USD")
	require.NoError(t, json.Unmarshal([]byte("null"), &m))
	assert.Equal(t, "5.00 USD", m.String())

	var inStruct struct {
		Fee pricing.Money `json:"fee"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"fee":null}`), &inStruct))
	assert.True(t, inStruct.Fee.Equal(pricing.Money{}))
}

func TestJSONInStruct(t *testing.T) {
	type payment struct {
		Total pricing.Money   `json:"total"`
		Parts []pricing.Money `json:"parts"`
	}
	in := payment{Total: pricing.MustNew("1500", "USD"), Parts: []pricing.Money{pricing.MustNew("750", "USD"), pricing.MustNew("750.00", "USD")}}
	data, err := json.Marshal(in)
	require.NoError(t, err)
	assert.Equal(t, `{"total":{"amount":"1500.00","currency":"USD"},"parts":[{"amount":"750.00","currency":"USD"},{"amount":"750.00","currency":"USD"}]}`, string(data))
	var out payment
	require.NoError(t, json.Unmarshal(data, &out))
	assert.True(t, out.Total.Equal(in.Total))
	require.Len(t, out.Parts, 2)
	assert.True(t, out.Parts[1].Equal(in.Parts[1]))
}

// TestJSONRoundTripProperty marshals random amounts in several currencies
// and checks that unmarshalling gives back an Equal Money.
func TestJSONRoundTripProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 4))
	units := []currency.Unit{currency.USD, currency.JPY, currency.EUR, currency.MustParseISO("BHD"), currency.CHF}
	for range 2000 {
		minor := rng.Int64() >> rng.IntN(63) // magnitudes from 0 to MaxInt64
		if rng.IntN(2) == 0 {
			minor = -minor
		}
		m, err := pricing.FromMinor(minor, units[rng.IntN(len(units))])
		require.NoError(t, err)
		m = m.Mul(decimalFraction(rng))
		data, err := json.Marshal(m)
		require.NoError(t, err)
		var back pricing.Money
		require.NoError(t, json.Unmarshal(data, &back), "%s", data)
		assert.True(t, back.Equal(m), "%s came back as %s", data, back)
	}
}

// TestUnmarshalJSONKeepsTheDecoderError checks that the error wraps
// encoding/json's own error as well as ErrInvalidMoneyJSON, so a caller can
// find the offending member with errors.As, as with every other error of
// the module.
func TestUnmarshalJSONKeepsTheDecoderError(t *testing.T) {
	var m pricing.Money
	err := json.Unmarshal([]byte(`{"amount":"1","currency":840}`), &m)
	require.ErrorIs(t, err, pricing.ErrInvalidMoneyJSON)
	var typeErr *json.UnmarshalTypeError
	require.ErrorAs(t, err, &typeErr)
	assert.Equal(t, "currency", typeErr.Field)
}

package pricing_test

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/internal/jsonform"
	"github.com/influencekit/influencekit/pricing"
)

// fullTerms returns Terms with every member set, fractions whose shortest
// text differs from shopspring's String in every setting ("0.125", a
// trailing zero, an exponent), and money in every slot.
func fullTerms() pricing.Terms {
	return pricing.Terms{
		Bundles:       []pricing.Bundle{{MinQuantity: 5, Discount: decimal.New(10, -2)}, {MinQuantity: 10, Discount: decimal.New(15, -2)}},
		Discount:      decimal.New(5, -2),
		FixedDiscount: pricing.MustNew("20", "USD"),
		Usage:         pricing.UsageTerms{Months: 2, MonthlyRate: decimal.New(125, -3), MonthlyFee: pricing.MustNew("5", "USD")},
		Exclusivity:   pricing.ExclusivityTerms{Days: 30, Rate: decimal.New(2, -1), Fee: pricing.MustNew("10", "USD")},
		ProductValue:  pricing.MustNew("40", "USD"),
		Affiliate:     pricing.AffiliateTerms{Rate: decimal.New(150, -3)},
	}
}

// TestInputJSONForms checks the JSON of each quote input type against its
// golden file and the library's JSON rules, and that it reads back Equal.
func TestInputJSONForms(t *testing.T) {
	terms := fullTerms()
	tests := []struct {
		name  string
		value any
		back  any
	}{
		{name: "terms", value: terms, back: new(pricing.Terms)},
		{name: "bundle", value: terms.Bundles[0], back: new(pricing.Bundle)},
		{name: "usage_terms", value: terms.Usage, back: new(pricing.UsageTerms)},
		{name: "exclusivity_terms", value: terms.Exclusivity, back: new(pricing.ExclusivityTerms)},
		{name: "line", value: pricing.Line{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 2}, back: new(pricing.Line)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Empty(t, jsonform.Problems(tt.value))
			data, err := json.Marshal(tt.value)
			require.NoError(t, err)
			diff, err := jsonform.Golden(filepath.Join("testdata", "json", tt.name+".json"), data, *update)
			require.NoError(t, err)
			assert.Empty(t, diff)
			require.NoError(t, json.Unmarshal(data, tt.back))
			again, err := json.Marshal(tt.back)
			require.NoError(t, err)
			assert.Equal(t, string(data), string(again), "the JSON round-trips")
		})
	}
}

// TestTermsJSONRoundTrip checks that Terms read back with Equal decimals
// and money, which byte-equal JSON alone would not prove for decimals.
func TestTermsJSONRoundTrip(t *testing.T) {
	for _, in := range []pricing.Terms{fullTerms(), {}, {Discount: decimal.RequireFromString("0.0000001"), Usage: pricing.UsageTerms{MonthlyRate: decimal.New(1, 1)}}} {
		data, err := json.Marshal(in)
		require.NoError(t, err)
		var back pricing.Terms
		require.NoError(t, json.Unmarshal(data, &back), "%s", data)
		assert.True(t, back.Discount.Equal(in.Discount), "%s", data)
		assert.True(t, back.Usage.MonthlyRate.Equal(in.Usage.MonthlyRate), "%s", data)
		assert.True(t, back.Exclusivity.Rate.Equal(in.Exclusivity.Rate), "%s", data)
		assert.True(t, back.Affiliate.Rate.Equal(in.Affiliate.Rate), "%s", data)
		assert.True(t, back.FixedDiscount.Equal(in.FixedDiscount), "%s", data)
		assert.True(t, back.ProductValue.Equal(in.ProductValue), "%s", data)
		assert.True(t, back.Usage.MonthlyFee.Equal(in.Usage.MonthlyFee), "%s", data)
		assert.True(t, back.Exclusivity.Fee.Equal(in.Exclusivity.Fee), "%s", data)
		require.Len(t, back.Bundles, len(in.Bundles))
		for i := range in.Bundles {
			assert.Equal(t, in.Bundles[i].MinQuantity, back.Bundles[i].MinQuantity)
			assert.True(t, back.Bundles[i].Discount.Equal(in.Bundles[i].Discount))
		}
	}
	data, err := json.Marshal(pricing.Terms{})
	require.NoError(t, err)
	assert.JSONEq(t, `{"bundles":[],"discount":"0","fixed_discount":null,"usage":{"months":0,"monthly_rate":"0","monthly_fee":null},
		"exclusivity":{"days":0,"rate":"0","fee":null},"product_value":null,"affiliate":{"rate":0}}`, string(data), "no terms: every member, lists as []")
}

// TestTermsJSONIgnoresMarshalJSONWithoutQuotes flips the shopspring
// setting that decimal.Decimal's own MarshalJSON reads, and checks that it
// moves decimal's JSON but not the JSON of any quote input.
func TestTermsJSONIgnoresMarshalJSONWithoutQuotes(t *testing.T) {
	saved := decimal.MarshalJSONWithoutQuotes
	t.Cleanup(func() { decimal.MarshalJSONWithoutQuotes = saved })
	values := []any{fullTerms(), fullTerms().Bundles[0], fullTerms().Usage, fullTerms().Exclusivity}
	marshalAll := func(without bool) ([]string, string) {
		decimal.MarshalJSONWithoutQuotes = without
		var out []string
		for _, v := range values {
			data, err := json.Marshal(v)
			require.NoError(t, err)
			out = append(out, string(data))
		}
		plain, err := json.Marshal(decimal.New(125, -3))
		require.NoError(t, err)
		return out, string(plain)
	}
	quoted, decimalQuoted := marshalAll(false)
	unquoted, decimalUnquoted := marshalAll(true)
	require.NotEqual(t, decimalQuoted, decimalUnquoted, "the setting changes decimal's own JSON")
	assert.Equal(t, quoted, unquoted)
	assert.Contains(t, quoted[0], `"discount":"0.05"`)
}

// TestInputJSONIsStrict checks that the quote inputs' readers follow the
// library's one rule for JSON objects and name what was wrong.
func TestInputJSONIsStrict(t *testing.T) {
	tests := []struct {
		why string
		in  string
		err error
	}{
		{"a member name in another case: encoding/json would fold it", `{"Discount":"0.1"}`, pricing.ErrInvalidQuote},
		{"a repeated member: encoding/json would keep the last", `{"discount":"0.1","discount":"0.2"}`, pricing.ErrInvalidQuote},
		{"a Go field name is not the JSON name", `{"FixedDiscount":null}`, pricing.ErrInvalidQuote},
		{"an unknown member deep inside", `{"usage":{"months":1,"monthly_rate":"0.1","rate":"0.1"}}`, pricing.ErrInvalidQuote},
		{"a bundle member in another case", `{"bundles":[{"Min_Quantity":5,"discount":"0.1"}]}`, pricing.ErrInvalidQuote},
		{"a fraction that is not decimal text", `{"discount":"10%"}`, pricing.ErrInvalidAmount},
		{"a fraction of the wrong JSON type", `{"exclusivity":{"rate":true}}`, pricing.ErrInvalidAmount},
		{"money with a case-folded member", `{"fixed_discount":{"Amount":"1","currency":"USD"}}`, pricing.ErrInvalidMoneyJSON},
		{"a quantity of the wrong type in a line's terms", `{"usage":{"months":"3"}}`, pricing.ErrInvalidQuote},
		{"not an object", `[]`, pricing.ErrInvalidQuote},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			before := fullTerms()
			got := before
			err := json.Unmarshal([]byte(tt.in), &got)
			assert.ErrorIs(t, err, tt.err)
			assert.Equal(t, before, got, "on error the terms are unchanged")
		})
	}

	var terms pricing.Terms
	require.NoError(t, json.Unmarshal([]byte(`{"discount":0.1,"usage":{"months":1,"monthly_rate":1e-1}}`), &terms), "fractions may be JSON numbers")
	assert.Equal(t, "0.1", terms.Discount.String())
	assert.Equal(t, "0.1", terms.Usage.MonthlyRate.StringFixed(1))
}

// TestInputJSONRefusesWhatCannotBeReadBack checks that a fraction past the
// bounds the readers apply fails to marshal, with ErrInvalidAmount, rather
// than writing text no reader takes back (or a billion digits).
func TestInputJSONRefusesWhatCannotBeReadBack(t *testing.T) {
	tests := []struct {
		why   string
		value any
	}{
		{"a discount of 10^40", pricing.Terms{Discount: decimal.New(1, 40)}},
		{"a bundle discount with 31 significant places", pricing.Bundle{Discount: decimal.New(1, -31)}},
		{"a usage rate with a huge exponent is not written out", pricing.UsageTerms{MonthlyRate: decimal.New(1, 1_000_000_000)}},
		{"an exclusivity rate with a huge negative exponent", pricing.ExclusivityTerms{Rate: decimal.New(7, -1_000_000_000)}},
		{"an affiliate rate past the bounds", pricing.AffiliateTerms{Rate: decimal.New(1, 31)}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			_, err := json.Marshal(tt.value)
			assert.ErrorIs(t, err, pricing.ErrInvalidAmount)
		})
	}
	data, err := json.Marshal(pricing.Bundle{MinQuantity: 1, Discount: decimal.New(1000, -33)})
	require.NoError(t, err, "trailing zeros past 30 places change no value")
	assert.Equal(t, `{"min_quantity":1,"discount":"0.000000000000000000000000000001"}`, string(data))
}

package pricing_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/language"

	"github.com/influencekit/influencekit/pricing"
)

// FuzzNew checks that New never panics and that every Money it accepts
// survives String, Format, Round and a JSON round trip.
func FuzzNew(f *testing.F) {
	for _, seed := range []struct{ amount, code string }{
		{"1250.50", "USD"}, {"1000", "JPY"}, {"-0.005", "usd"}, {"1.5e3", "EUR"}, {"1e999999999", "USD"},
		{"", ""}, {"12a", "USD"}, {"0.000000000000000000000000000001", "BHD"}, {"1.23", "CHF"}, {"5", "XXX"},
		{"+00.10E+2", "GBP"}, {"\u22121", "USD"}, {"999999999999999999999999999999", "KRW"},
	} {
		f.Add(seed.amount, seed.code)
	}
	f.Fuzz(func(t *testing.T, amount, code string) {
		m, err := pricing.New(amount, code)
		if err != nil {
			assert.True(t, m.Equal(pricing.Money{}), "a failed New returns the zero Money")
			return
		}
		_ = m.String()
		_ = m.Format(language.German)
		r := m.Round()
		assert.True(t, r.Round().Equal(r), "Round is idempotent")
		data, err := json.Marshal(m)
		require.NoError(t, err)
		var back pricing.Money
		require.NoError(t, json.Unmarshal(data, &back), "%s", data)
		assert.True(t, back.Equal(m), "%q %q marshalled to %s, came back as %s", amount, code, data, back)
	})
}

// FuzzUnmarshalJSON checks that UnmarshalJSON never panics and that any
// value it accepts re-marshals to JSON that unmarshals to an Equal Money.
func FuzzUnmarshalJSON(f *testing.F) {
	for _, seed := range []string{
		`{"amount":"1250.50","currency":"USD"}`, `{"amount":1250.5,"currency":"USD"}`, `null`, `{}`,
		`{"amount":"1","currency":"USD","x":1}`, `{"amount":1e100,"currency":"USD"}`, `{"amount":true,"currency":"USD"}`,
		`{"amount":"1.005","currency":"jpy"}`, `{"amount":0e999999999,"currency":"USD"}`, `[1]`, `{"amount":"1"`, `{"amount":-0,"currency":"EUR"} {}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var m pricing.Money
		if err := json.Unmarshal(data, &m); err != nil {
			return
		}
		out, err := json.Marshal(m)
		require.NoError(t, err)
		var back pricing.Money
		require.NoError(t, json.Unmarshal(out, &back), "%s re-marshalled to %s", data, out)
		assert.True(t, back.Equal(m), "%s re-marshalled to %s, came back as %s", data, out, back)
	})
}

// FuzzRateCardJSON checks that RateCard.UnmarshalJSON never panics and that
// any card it accepts re-marshals to JSON that reads back to the same
// prices.
func FuzzRateCardJSON(f *testing.F) {
	for _, seed := range []string{
		`[{"platform":"instagram","format":"reel","price":{"amount":"250.00","currency":"USD"}}]`,
		`[{"platform":"twitter","format":"post","price":{"amount":20,"currency":"usd"}},{"platform":"x","format":"post","price":{"amount":"1","currency":"USD"}}]`,
		`[]`, `null`, `[{}]`, `[{"platform":"x"}]`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var card pricing.RateCard
		if err := json.Unmarshal(data, &card); err != nil {
			return
		}
		out, err := json.Marshal(card)
		require.NoError(t, err)
		var back pricing.RateCard
		require.NoError(t, json.Unmarshal(out, &back), "%s re-marshalled to %s", data, out)
		rates, backRates := card.Prices(), back.Prices()
		require.Len(t, backRates, len(rates))
		for i := range rates {
			assert.Equal(t, rates[i].Platform, backRates[i].Platform)
			assert.Equal(t, rates[i].Format, backRates[i].Format)
			assert.True(t, rates[i].Price.Equal(backRates[i].Price))
		}
	})
}

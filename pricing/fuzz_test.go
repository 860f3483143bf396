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

// FuzzResultJSON checks that the readers of pricing's result JSON
// (Attribution, MarketRange, AffiliateTerms, Affordable) never panic and
// that any value one accepts marshals again and reads back to the same
// JSON.
func FuzzResultJSON(f *testing.F) {
	for _, seed := range []string{
		`{"currency":"USD","creators":[{"creator":"Tess","fee":{"amount":"30.00","currency":"USD"},"revenue":{"amount":"70.10","currency":"USD"},"conversions":1,"order_ids":["A-1"],"by_code":1,"by_link":0,"by_both":0}],"unmatched":[],"conflicts":[],"duplicates":[],"totals":{"orders":1,"conversions":1,"revenue":{"amount":"70.10","currency":"USD"},"attributed":{"amount":"70.10","currency":"USD"},"unattributed":{"amount":"0.00","currency":"USD"},"fees":{"amount":"30.00","currency":"USD"}}}`,
		`{"currency":"XXX","creators":[],"unmatched":[],"conflicts":[],"duplicates":[],"totals":{"orders":0,"conversions":0,"revenue":null,"attributed":null,"unattributed":null,"fees":null}}`,
		`{"currency":"ZZZ"}`, `{"platform":"instagram","tier":"micro","low":{"amount":"100.00","currency":"USD"},"high":null,"per":"post","source":"x"}`,
		`{"rate":0.15}`, `{"rate":1e-40}`, `{"range":{},"at_most":1,"at_least":0}`, `null`, `[]`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, newValue := range []func() any{
			func() any { return new(pricing.Attribution) },
			func() any { return new(pricing.MarketRange) },
			func() any { return new(pricing.AffiliateTerms) },
			func() any { return new(pricing.Affordable) },
		} {
			v := newValue()
			if err := json.Unmarshal(data, v); err != nil {
				continue
			}
			out, err := json.Marshal(v)
			if err != nil {
				// Only an amount JSON gave that New could not: impossible,
				// as every amount read went through New.
				t.Fatalf("%s read as %T but does not marshal: %v", data, v, err)
			}
			back := newValue()
			require.NoError(t, json.Unmarshal(out, back), "%s re-marshalled to %s", data, out)
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(out), string(again), "%T from %s", v, data)
		}
	})
}

// FuzzTermsJSON checks that the readers of a quote's inputs (Terms,
// Bundle, UsageTerms, ExclusivityTerms, and Line as encoding/json reads
// it) never panic, and that what one accepts marshals and reads back to
// the same JSON.
func FuzzTermsJSON(f *testing.F) {
	for _, seed := range []string{
		`{"bundles":[{"min_quantity":5,"discount":"0.1"}],"discount":"0.05","fixed_discount":{"amount":"20.00","currency":"USD"},"usage":{"months":2,"monthly_rate":"0.125","monthly_fee":null},"exclusivity":{"days":30,"rate":"0.2","fee":null},"product_value":null,"affiliate":{"rate":0.15}}`,
		`{"discount":1e-3}`, `{"Discount":"0.1"}`, `{"discount":"0.1","discount":"0.2"}`, `{"usage":{"monthly_rate":"x"}}`,
		`{"platform":"instagram","format":"reel","quantity":2}`, `{"min_quantity":5,"discount":0.1}`, `{"days":30,"rate":"0.25","fee":null}`, `null`, `[]`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, newValue := range []func() any{
			func() any { return new(pricing.Terms) },
			func() any { return new(pricing.Bundle) },
			func() any { return new(pricing.UsageTerms) },
			func() any { return new(pricing.ExclusivityTerms) },
			func() any { return new(pricing.Line) },
		} {
			v := newValue()
			if err := json.Unmarshal(data, v); err != nil {
				continue
			}
			out, err := json.Marshal(v)
			require.NoError(t, err, "%s read as %T but does not marshal", data, v)
			back := newValue()
			require.NoError(t, json.Unmarshal(out, back), "%s re-marshalled to %s", data, out)
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(out), string(again), "%T from %s", v, data)
		}
	})
}

package pricing_test

import (
	"encoding/json"
	"flag"
	"path/filepath"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/internal/jsonform"
	"github.com/influencekit/influencekit/pricing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/json")

// fullQuote returns a quote with an item of every kind and affiliate terms.
func fullQuote(t *testing.T) pricing.Quote {
	t.Helper()
	card, err := pricing.NewRateCard(
		pricing.UnitPrice{Platform: influencekit.Instagram, Format: influencekit.Reel, Price: pricing.MustNew("250", "USD")},
		pricing.UnitPrice{Platform: influencekit.TikTok, Format: influencekit.Video, Price: pricing.MustNew("99.99", "USD")},
	)
	require.NoError(t, err)
	q, err := pricing.NewQuote(card,
		[]pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 3}, {Platform: influencekit.TikTok, Format: influencekit.Video, Quantity: 2}},
		pricing.Terms{
			Bundles:       []pricing.Bundle{{MinQuantity: 5, Discount: decimal.New(10, -2)}},
			Discount:      decimal.New(5, -2),
			FixedDiscount: pricing.MustNew("20", "USD"),
			Usage:         pricing.UsageTerms{Months: 2, MonthlyRate: decimal.New(125, -3), MonthlyFee: pricing.MustNew("5", "USD")},
			Exclusivity:   pricing.ExclusivityTerms{Days: 30, Rate: decimal.New(2, -1), Fee: pricing.MustNew("10", "USD")},
			ProductValue:  pricing.MustNew("40", "USD"),
			Affiliate:     pricing.AffiliateTerms{Rate: decimal.New(150, -3)},
		})
	require.NoError(t, err)
	return q
}

// fullAttribution returns an attribution with a result for two creators,
// an unmatched order, a conflict and a duplicate.
func fullAttribution(t *testing.T) pricing.Attribution {
	t.Helper()
	at := time.Date(2026, 3, 1, 12, 30, 0, 0, time.UTC)
	a, err := pricing.Attribute(
		[]pricing.Order{
			{ID: "A-1", Time: at, Amount: pricing.MustNew("50.10", "USD"), Code: " glow10 "},
			{ID: "A-2", Time: at.Add(time.Hour), Amount: pricing.MustNew("20", "USD"), LinkID: "tess-reel", Code: "GLOW10"},
			{ID: "A-3", Time: at.Add(2 * time.Hour), Amount: pricing.MustNew("35.5", "USD"), LinkID: "sam-video"},
			{ID: "A-4", Time: at.Add(3 * time.Hour), Amount: pricing.MustNew("5", "USD"), Code: "OTHER"},
			{ID: "A-5", Time: at.Add(4 * time.Hour), Amount: pricing.MustNew("12", "USD"), Code: "glow10", LinkID: "sam-video"},
			{ID: "A-1", Time: at.Add(5 * time.Hour), Amount: pricing.MustNew("50.10", "USD"), Code: "GLOW10"},
		},
		[]pricing.CreatorTracking{
			{Creator: "Tess", Codes: []string{"GLOW10"}, LinkIDs: []string{"tess-reel"}, Fee: pricing.MustNew("30", "USD")},
			{Creator: "Sam", Codes: []string{"SAM5"}, LinkIDs: []string{"sam-video"}, Fee: pricing.MustNew("25", "USD")},
		},
	)
	require.NoError(t, err)
	require.NotEmpty(t, a.Unmatched)
	require.NotEmpty(t, a.Conflicts)
	require.NotEmpty(t, a.Duplicates)
	return a
}

// TestJSONForms checks each result type's JSON against its golden file
// under testdata/json and the library's JSON rules (internal/jsonform), and
// that the types that can be rebuilt from JSON come back as they went.
func TestJSONForms(t *testing.T) {
	q := fullQuote(t)
	a := fullAttribution(t)
	bounded, ok := pricing.MarketRangeFor(influencekit.Instagram, 20_000)
	require.True(t, ok)
	plan, err := pricing.PlanBudget(pricing.MustNew("25000", "USD"), influencekit.YouTube)
	require.NoError(t, err)
	card, err := pricing.NewRateCard(pricing.UnitPrice{Platform: influencekit.YouTube, Format: influencekit.Video, Price: pricing.MustNew("1200", "USD")})
	require.NoError(t, err)

	tests := []struct {
		name  string // the golden file's name, without .json
		value any
		back  any // a pointer to decode the JSON into and marshal again; nil for a type that cannot be rebuilt
	}{
		{name: "quote", value: q},
		{name: "item", value: q.Items()[2], back: new(pricing.Item)},
		{name: "affiliate_terms", value: q.Affiliate(), back: new(pricing.AffiliateTerms)},
		{name: "market_range", value: bounded, back: new(pricing.MarketRange)},
		{name: "affordable", value: plan[1], back: new(pricing.Affordable)},
		{name: "attribution", value: a, back: new(pricing.Attribution)},
		{name: "creator_result", value: a.Creators[0], back: new(pricing.CreatorResult)},
		{name: "conflict", value: a.Conflicts[0], back: new(pricing.Conflict)},
		{name: "attribution_totals", value: a.Totals, back: new(pricing.AttributionTotals)},
		{name: "order", value: a.Unmatched[0], back: new(pricing.Order)},
		{name: "unit_price", value: card.Prices()[0], back: new(pricing.UnitPrice)},
		{name: "rate_card", value: card, back: new(pricing.RateCard)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Empty(t, jsonform.Problems(tt.value))
			data, err := json.Marshal(tt.value)
			require.NoError(t, err)
			diff, err := jsonform.Golden(filepath.Join("testdata", "json", tt.name+".json"), data, *update)
			require.NoError(t, err)
			assert.Empty(t, diff)
			if tt.back == nil {
				return
			}
			require.NoError(t, json.Unmarshal(data, tt.back))
			again, err := json.Marshal(tt.back)
			require.NoError(t, err)
			assert.JSONEq(t, string(data), string(again), "the JSON round-trips")
		})
	}
}

// TestJSONFormsOfEmptyResults checks that results with nothing in them
// still write their lists as [], never null or {}.
func TestJSONFormsOfEmptyResults(t *testing.T) {
	tests := []struct {
		why   string
		value any
		want  string
	}{
		{why: "a creator with no attributed orders has order_ids []", value: pricing.CreatorResult{Creator: "Tess", Fee: pricing.MustNew("1", "USD"), Revenue: pricing.MustNew("0", "USD")},
			want: `{"creator":"Tess","fee":{"amount":"1.00","currency":"USD"},"revenue":{"amount":"0.00","currency":"USD"},"conversions":0,"order_ids":[],"by_code":0,"by_link":0,"by_both":0}`},
		{why: "an attribution with nothing unmatched has empty lists", value: pricing.Attribution{},
			want: `{"currency":"XXX","creators":[],"unmatched":[],"conflicts":[],"duplicates":[],"totals":{"orders":0,"conversions":0,"revenue":null,"attributed":null,"unattributed":null,"fees":null}}`},
		{why: "the zero Quote has no items and no amounts", value: pricing.Quote{},
			want: `{"items":[],"subtotal":null,"fee":null,"total":null,"cash":null,"affiliate":{"rate":0}}`},
		{why: "an open market range has a null high end", value: openRange(t),
			want: `{"platform":"instagram","tier":"mega","low":{"amount":"10000.00","currency":"USD"},"high":null,"per":"post","source":"Influencer Marketing Hub, influencer rates (2024)"}`},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			data, err := json.Marshal(tt.value)
			require.NoError(t, err)
			assert.JSONEq(t, tt.want, string(data))
		})
	}
}

func openRange(t *testing.T) pricing.MarketRange {
	t.Helper()
	r, ok := pricing.MarketRangeFor(influencekit.Instagram, 2_000_000)
	require.True(t, ok)
	require.False(t, r.Bounded())
	return r
}

func TestAffiliateTermsUnmarshalJSON(t *testing.T) {
	tests := []struct {
		why  string
		in   string
		want string // the rate at 4 places; "" for an error
	}{
		{why: "a JSON number", in: `{"rate":0.15}`, want: "0.1500"},
		{why: "an exponent", in: `{"rate":1.5e-1}`, want: "0.1500"},
		{why: "a string holding a number, as encoding/json reads one into json.Number", in: `{"rate":"0.15"}`, want: "0.1500"},
		{why: "a string holding text", in: `{"rate":"15%"}`},
		{why: "a boolean", in: `{"rate":true}`},
		{why: "a string holding a word", in: `{"rate":"abc"}`},
		{why: "an object", in: `{"rate":{"value":0.15}}`},
		{why: "an unknown member", in: `{"rate":0.15,"cap":1}`},
		{why: "no rate", in: `{}`},
		{why: "a rate beyond the bounds on amounts", in: `{"rate":1e-40}`},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var a pricing.AffiliateTerms
			err := json.Unmarshal([]byte(tt.in), &a)
			if tt.want == "" {
				require.Error(t, err)
				// A caller of another language reads this message: it names
				// the member and the JSON it holds, never encoding/json's
				// Go types (json.Number, "Go value").
				assert.NotRegexp(t, `json:|Number|Go value|unmarshal`, err.Error())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, a.Rate.StringFixed(4))
		})
	}
}

// TestResultJSONIsStrict checks that every pricing reader of result JSON
// follows the library's one rule for objects (internal/jsonobject): a
// member name in another case or given twice is an error with the type's
// sentinel, where encoding/json alone would fold or keep the last.
func TestResultJSONIsStrict(t *testing.T) {
	tests := []struct {
		why string
		in  string
		v   any
		err error
	}{
		{"an item member in another case", `{"Kind":"deliverable"}`, new(pricing.Item), pricing.ErrInvalidResultJSON},
		{"a market range member twice", `{"per":"post","per":"video"}`, new(pricing.MarketRange), pricing.ErrInvalidResultJSON},
		{"a range inside an affordable, case-folded", `{"range":{"Per":"post"},"at_most":1,"at_least":0}`, new(pricing.Affordable), pricing.ErrInvalidResultJSON},
		{"an order member in another case", `{"ID":"A-1"}`, new(pricing.Order), pricing.ErrInvalidAttributionJSON},
		{"a creator result member twice", `{"creator":"a","creator":"b"}`, new(pricing.CreatorResult), pricing.ErrInvalidAttributionJSON},
		{"a conflict with an unknown member", `{"order":{},"why":"x"}`, new(pricing.Conflict), pricing.ErrInvalidAttributionJSON},
		{"totals member in another case", `{"Orders":1}`, new(pricing.AttributionTotals), pricing.ErrInvalidAttributionJSON},
		{"an attribution member in another case", `{"Currency":"USD"}`, new(pricing.Attribution), pricing.ErrInvalidAttributionJSON},
		{"an order deep inside an attribution, case-folded", `{"currency":"USD","unmatched":[{"Id":"1"}]}`, new(pricing.Attribution), pricing.ErrInvalidAttributionJSON},
		{"a unit price member in another case", `{"Platform":"youtube"}`, new(pricing.UnitPrice), pricing.ErrInvalidRateCard},
		{"a unit price twice-named inside a rate card", `[{"platform":"youtube","platform":"tiktok","format":"video","price":{"amount":"1","currency":"USD"}}]`, new(pricing.RateCard), pricing.ErrInvalidRateCard},
		{"affiliate terms with a case-folded rate", `{"Rate":0.1}`, new(pricing.AffiliateTerms), pricing.ErrInvalidQuote},
		{"affiliate terms with the rate twice", `{"rate":0.1,"rate":0.2}`, new(pricing.AffiliateTerms), pricing.ErrInvalidQuote},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.ErrorIs(t, json.Unmarshal([]byte(tt.in), tt.v), tt.err)
		})
	}
}

package pricing_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/pricing"
	"github.com/influencekit/influencekit/tier"
)

// pricingResults computes a result of every kind the package produces and
// writes each as text without reading a package setting of shopspring's
// decimal itself (StringFixed, never String).
func pricingResults(t *testing.T) []string {
	t.Helper()
	var out []string
	add := func(format string, args ...any) { out = append(out, fmt.Sprintf(format, args...)) }
	addJSON := func(what string, v any) {
		data, err := json.Marshal(v)
		add("%s: %s %v", what, data, err)
	}
	fixed := func(d decimal.Decimal, err error) string { return d.StringFixed(8) + fmt.Sprint(err) }

	m := pricing.MustNew("1250.505", "USD")
	add("%s %s %s", m, m.Round(), pricing.MustNew("1.23", "CHF").RoundCash())
	add("%s %s", m.Format(language.German), pricing.MustNew("-1250", "JPY").Format(language.Japanese))
	add("%d %d %d", pricing.MinorUnitDigits(currency.MustParseISO("USD")), pricing.MinorUnitDigits(currency.MustParseISO("CHF")), pricing.MustNew("1", "BHD").MinorUnitDigits())
	addJSON("money", m)
	addJSON("money product", m.Mul(decimal.New(125, -3)))
	var back pricing.Money
	add("%v %s", back.UnmarshalJSON([]byte(`{"amount":1.5e2,"currency":"eur"}`)), back)
	z := pricing.Zero(currency.MustParseISO("JPY"))
	add("%s %v", z, z.Equal(pricing.Money{}))
	add("%s", pricing.Money{})
	parts, err := m.Allocate(1, 2, 3, 0)
	add("%v %v", parts, err)
	parts, err = pricing.MustNew("100", "EUR").Split(3)
	add("%v %v", parts, err)
	for _, f := range []func(pricing.Money, int64) (pricing.Money, error){pricing.CPM, pricing.CPE, pricing.CPC, pricing.CPA} {
		v, err := f(pricing.MustNew("17515.87", "USD"), 3_414_400)
		add("%s %v", v, err)
	}
	add("%s", fixed(pricing.ROI(pricing.MustNew("1000", "USD"), pricing.MustNew("300", "USD"))))
	add("%s", fixed(pricing.ROAS(pricing.MustNew("1000", "USD"), pricing.MustNew("300", "USD"))))

	card, err := pricing.NewRateCard(
		pricing.UnitPrice{Platform: influencekit.Instagram, Format: influencekit.Reel, Price: pricing.MustNew("250", "USD")},
		pricing.UnitPrice{Platform: influencekit.TikTok, Format: influencekit.Video, Price: pricing.MustNew("99.99", "USD")},
	)
	require.NoError(t, err)
	addJSON("card", card)
	q, err := pricing.NewQuote(card, []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 3}, {Platform: influencekit.TikTok, Format: influencekit.Video, Quantity: 2}},
		pricing.Terms{
			Bundles:      []pricing.Bundle{{MinQuantity: 5, Discount: decimal.New(10, -2)}},
			Discount:     decimal.New(5, -2),
			Usage:        pricing.UsageTerms{Months: 2, MonthlyRate: decimal.New(125, -3)},
			Exclusivity:  pricing.ExclusivityTerms{Days: 30, Rate: decimal.New(2, -1), Fee: pricing.MustNew("10", "USD")},
			ProductValue: pricing.MustNew("40", "USD"),
			Affiliate:    pricing.AffiliateTerms{Rate: decimal.New(15, -2)},
		})
	require.NoError(t, err)
	add("%s", q)
	addJSON("quote", q)
	commission, err := q.Commission(pricing.MustNew("1000", "USD"))
	add("%s %v", commission, err)

	r, ok := pricing.MarketRangeFor(influencekit.Instagram, 60_000)
	add("%s %v", r, ok)
	pos, r, err := pricing.CheckMarketPrice(influencekit.TikTok, 20_000, pricing.MustNew("130", "USD"))
	add("%s %s %v", pos, r, err)
	addJSON("market range", r)
	plan, err := pricing.PlanBudget(pricing.MustNew("25000", "USD"), influencekit.Instagram)
	add("%v", err)
	for _, a := range plan {
		add("%s %d %d", a.Range, a.AtMost, a.AtLeast)
	}

	when := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	attribution, err := pricing.Attribute(
		[]pricing.Order{
			{ID: "1", Time: when, Amount: pricing.MustNew("50.10", "USD"), Code: " glow10 "},
			{ID: "2", Time: when, Amount: pricing.MustNew("20", "USD"), LinkID: "tess"},
			{ID: "3", Time: when, Amount: pricing.MustNew("5", "USD")},
		},
		[]pricing.CreatorTracking{{Creator: "Tess", Codes: []string{"GLOW10"}, LinkIDs: []string{"tess"}, Fee: pricing.MustNew("30", "USD")}},
	)
	require.NoError(t, err)
	add("%s %s %s %d", attribution.Totals.Revenue, attribution.Totals.Attributed, attribution.Totals.Unattributed, attribution.Totals.Conversions)
	add("%s", fixed(attribution.Totals.ROI()))
	addJSON("attribution", attribution)

	addJSON("terms", fullTerms())
	var terms pricing.Terms
	err = json.Unmarshal([]byte(`{"discount":"0.125","usage":{"months":1,"monthly_rate":1.5e-1,"monthly_fee":null}}`), &terms)
	add("%v %s %s", err, terms.Discount.StringFixed(4), terms.Usage.MonthlyRate.StringFixed(4))
	addJSON("terms read back", terms)
	return out
}

// TestNoResultDependsOnDependencySettings flips every package-level
// setting and assignable variable of shopspring/decimal, x/text and tier
// that pricing could read, and checks that every result stays the same:
// the package reads none of them after it has initialised.
func TestNoResultDependsOnDependencySettings(t *testing.T) {
	before := pricingResults(t)

	saveDecimal := [...]any{decimal.DivisionPrecision, decimal.PowPrecisionNegativeExponent, decimal.MarshalJSONWithoutQuotes,
		decimal.TrimTrailingZeros, decimal.UseScientificNotation, decimal.ExpMaxIterations, decimal.MaxDecodeExponent}
	saveUnits := [...]currency.Unit{currency.XXX, currency.USD, currency.EUR}
	saveStandard, saveCash, saveCatalog, saveFiveTier := currency.Standard, currency.Cash, message.DefaultCatalog, tier.FiveTier
	t.Cleanup(func() {
		decimal.DivisionPrecision = saveDecimal[0].(int)
		decimal.PowPrecisionNegativeExponent = saveDecimal[1].(int)
		decimal.MarshalJSONWithoutQuotes = saveDecimal[2].(bool)
		decimal.TrimTrailingZeros = saveDecimal[3].(bool)
		decimal.UseScientificNotation = saveDecimal[4].(bool)
		decimal.ExpMaxIterations = saveDecimal[5].(int)
		decimal.MaxDecodeExponent = saveDecimal[6].(int)
		currency.XXX, currency.USD, currency.EUR = saveUnits[0], saveUnits[1], saveUnits[2]
		currency.Standard, currency.Cash, message.DefaultCatalog, tier.FiveTier = saveStandard, saveCash, saveCatalog, saveFiveTier
	})

	decimal.DivisionPrecision = 1
	decimal.PowPrecisionNegativeExponent = 1
	decimal.MarshalJSONWithoutQuotes = true
	decimal.TrimTrailingZeros = false
	decimal.UseScientificNotation = true
	decimal.ExpMaxIterations = 1
	decimal.MaxDecodeExponent = 1
	currency.XXX, currency.USD, currency.EUR = currency.CHF, currency.JPY, currency.GBP
	currency.Standard, currency.Cash = saveCash, saveStandard
	german := catalog.NewBuilder()
	require.NoError(t, german.SetString(language.German, "%d", "eine Zahl"))
	message.DefaultCatalog = german
	tier.FiveTier = tier.Standard

	after := pricingResults(t)
	assert.Equal(t, before, after)
	assert.Contains(t, strings.Join(before, "\n"), "1250.51 USD", "the results were computed")
}

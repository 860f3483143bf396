package main

import (
	"net/http"
	"testing"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/pricing"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const testCard = `[{"platform":"instagram","format":"reel","price":{"amount":"250.00","currency":"USD"}},` +
	`{"platform":"instagram","format":"story","price":{"amount":"80.00","currency":"USD"}}]`

func TestPricingQuote(t *testing.T) {
	s, _ := testServer(t, nil)
	card, err := pricing.NewRateCard(
		pricing.UnitPrice{Platform: influencekit.Instagram, Format: influencekit.Reel, Price: pricing.MustNew("250.00", "USD")},
		pricing.UnitPrice{Platform: influencekit.Instagram, Format: influencekit.Story, Price: pricing.MustNew("80.00", "USD")})
	require.NoError(t, err)
	q, err := pricing.NewQuote(card,
		[]pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 2}, {Platform: influencekit.Instagram, Format: influencekit.Story, Quantity: 3}},
		pricing.Terms{
			Bundles:     []pricing.Bundle{{MinQuantity: 5, Discount: decimal.RequireFromString("0.10")}},
			Usage:       pricing.UsageTerms{Months: 3, MonthlyRate: decimal.RequireFromString("0.10")},
			Exclusivity: pricing.ExclusivityTerms{Days: 30, Fee: pricing.MustNew("100", "USD")},
			Affiliate:   pricing.AffiliateTerms{Rate: decimal.RequireFromString("0.05")},
		})
	require.NoError(t, err)

	rec := sendJSON(t, s, "/v1/pricing/quote", `{"rate_card":`+testCard+`,
		"lines":[{"platform":"instagram","format":"reel","quantity":2},{"platform":"Instagram","format":"story","quantity":3}],
		"terms":{"bundles":[{"min_quantity":5,"discount":"0.10"}],"usage":{"months":3,"monthly_rate":0.10},
		         "exclusivity":{"days":30,"fee":{"amount":"100","currency":"USD"}},"affiliate":{"rate":"0.05"}}}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.JSONEq(t, libraryJSON(t, q), rec.Body.String(), "the body is the library's Quote JSON")
	assert.Equal(t, "965.80 USD", q.Total().String(), "the quote the test expects: 740 - 74 bundle + 3 × 10% × 666 usage + 100 exclusivity")
}

func TestPricingAllocate(t *testing.T) {
	s, _ := testServer(t, nil)
	rec := sendJSON(t, s, "/v1/pricing/allocate", `{"total":{"amount":"100.00","currency":"USD"},"weights":[1,1,1]}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.JSONEq(t, `{"parts":[{"amount":"33.34","currency":"USD"},{"amount":"33.33","currency":"USD"},{"amount":"33.33","currency":"USD"}]}`, rec.Body.String())

	rec = sendJSON(t, s, "/v1/pricing/allocate", `{"total":{"amount":1000,"currency":"JPY"},"weights":[0,1,1]}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.JSONEq(t, `{"parts":[{"amount":"0","currency":"JPY"},{"amount":"500","currency":"JPY"},{"amount":"500","currency":"JPY"}]}`, rec.Body.String(),
		"a zero weight gets zero; amounts may be numbers")
}

func TestPricingMetrics(t *testing.T) {
	s, _ := testServer(t, nil)
	rec := sendJSON(t, s, "/v1/pricing/metrics", `{"cost":{"amount":"17515.87","currency":"USD"},"revenue":{"amount":"21894.84","currency":"USD"},
		"impressions":3414400,"engagements":1000,"clicks":700,"conversions":3}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.JSONEq(t, `{"cpm":{"amount":"5.13","currency":"USD"},"cpe":{"amount":"17.52","currency":"USD"},
		"cpc":{"amount":"25.02","currency":"USD"},"cpa":{"amount":"5838.62","currency":"USD"},"roi":0.25,"roas":1.25}`, rec.Body.String(),
		"5.13 USD is the Hers campaign's CPM; ROI and ROAS are fractions")

	rec = sendJSON(t, s, "/v1/pricing/metrics", `{"cost":{"amount":"100","currency":"EUR"},"clicks":8}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.JSONEq(t, `{"cpc":{"amount":"12.50","currency":"EUR"}}`, rec.Body.String(), "only the metrics whose inputs are given")
}

func TestPricingErrors(t *testing.T) {
	s, _ := testServer(t, nil)
	rows := []struct {
		why, path, body string
		status          int
		field           string
	}{
		{why: "a deliverable the card has no price for names its line", path: "/v1/pricing/quote",
			body:   `{"rate_card":` + testCard + `,"lines":[{"platform":"instagram","format":"reel","quantity":1},{"platform":"tiktok","format":"video","quantity":1}]}`,
			status: 422, field: "lines[1]"},
		{why: "a quantity of zero names its line", path: "/v1/pricing/quote",
			body:   `{"rate_card":` + testCard + `,"lines":[{"platform":"instagram","format":"reel","quantity":0}]}`,
			status: 422, field: "lines[0]"},
		{why: "no lines", path: "/v1/pricing/quote", body: `{"rate_card":` + testCard + `,"lines":[]}`, status: 422, field: "lines"},
		{why: "an empty rate card", path: "/v1/pricing/quote", body: `{"lines":[{"platform":"instagram","format":"reel","quantity":1}]}`, status: 422, field: "rate_card"},
		{why: "a discount over 100%", path: "/v1/pricing/quote",
			body:   `{"rate_card":` + testCard + `,"lines":[{"platform":"instagram","format":"reel","quantity":1}],"terms":{"discount":"1.5"}}`,
			status: 422, field: "terms.discount"},
		{why: "an unknown format names its path", path: "/v1/pricing/quote",
			body:   `{"rate_card":` + testCard + `,"lines":[{"platform":"instagram","format":"hologram","quantity":1}]}`,
			status: 400, field: "lines[0].format"},
		{why: "a malformed amount in the terms names its path", path: "/v1/pricing/quote",
			body:   `{"rate_card":` + testCard + `,"lines":[{"platform":"instagram","format":"reel","quantity":1}],"terms":{"usage":{"months":1,"monthly_fee":{"amount":"ten","currency":"USD"}}}}`,
			status: 400, field: "terms.usage.monthly_fee"},
		{why: "allocate needs a total", path: "/v1/pricing/allocate", body: `{"weights":[1]}`, status: 400, field: "total"},
		{why: "allocate rejects all-zero weights", path: "/v1/pricing/allocate", body: `{"total":{"amount":"1","currency":"USD"},"weights":[0,0]}`, status: 422, field: "weights"},
		{why: "a negative weight is invalid before the library sees it", path: "/v1/pricing/allocate", body: `{"total":{"amount":"1","currency":"USD"},"weights":[1,-1]}`, status: 400, field: "weights[1]"},
		{why: "an unknown currency", path: "/v1/pricing/allocate", body: `{"total":{"amount":"1","currency":"XYZ"},"weights":[1]}`, status: 400, field: "total"},
		{why: "metrics need a cost", path: "/v1/pricing/metrics", body: `{"clicks":1}`, status: 400, field: "cost"},
		{why: "metrics need something to divide by", path: "/v1/pricing/metrics", body: `{"cost":{"amount":"1","currency":"USD"}}`, status: 400, field: "impressions"},
		{why: "zero impressions", path: "/v1/pricing/metrics", body: `{"cost":{"amount":"1","currency":"USD"},"impressions":0}`, status: 422, field: "impressions"},
		{why: "negative conversions are invalid", path: "/v1/pricing/metrics", body: `{"cost":{"amount":"1","currency":"USD"},"conversions":-2}`, status: 400, field: "conversions"},
		{why: "negative impressions are invalid", path: "/v1/pricing/metrics", body: `{"cost":{"amount":"1","currency":"USD"},"impressions":-1}`, status: 400, field: "impressions"},
		{why: "negative engagements are invalid", path: "/v1/pricing/metrics", body: `{"cost":{"amount":"1","currency":"USD"},"engagements":-1}`, status: 400, field: "engagements"},
		{why: "negative clicks are invalid", path: "/v1/pricing/metrics", body: `{"cost":{"amount":"1","currency":"USD"},"clicks":-1}`, status: 400, field: "clicks"},
		{why: "revenue in another currency", path: "/v1/pricing/metrics", body: `{"cost":{"amount":"1","currency":"USD"},"revenue":{"amount":"1","currency":"EUR"}}`, status: 422, field: "revenue"},
		{why: "a zero cost has no ROI", path: "/v1/pricing/metrics", body: `{"cost":{"amount":"0","currency":"USD"},"revenue":{"amount":"1","currency":"USD"}}`, status: 422, field: "cost"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			requireProblem(t, sendJSON(t, s, row.path, row.body), row.status, row.field)
		})
	}
}

// TestStrictMemberNames holds the server's readers to the library's rule for
// JSON objects: encoding/json alone would take "Total" for "total" and keep
// the last of two "discount" members, so a misspelt or repeated member would
// change a quote without a word.
func TestStrictMemberNames(t *testing.T) {
	s, _ := testServer(t, nil)
	lines := `"lines":[{"platform":"instagram","format":"reel","quantity":2}]`
	for _, tc := range []struct {
		name, target, body, field string
	}{
		{"a case-folded member of a request struct", "/v1/pricing/allocate",
			`{"Total":{"amount":"100.00","currency":"USD"},"weights":[1,2]}`, "Total"},
		{"a repeated member of a request struct", "/v1/pricing/allocate",
			`{"total":{"amount":"100.00","currency":"USD"},"weights":[1,2],"weights":[1]}`, "weights"},
		{"a case-folded member inside a list", "/v1/pricing/quote",
			`{"rate_card":` + testCard + `,"lines":[{"platform":"instagram","format":"reel","Quantity":2}]}`, "lines[0].Quantity"},
		{"a case-folded member of the terms, read by pricing.Terms itself", "/v1/pricing/quote",
			`{"rate_card":` + testCard + `,` + lines + `,"terms":{"Discount":"0.05"}}`, "terms.Discount"},
		{"a repeated member of the terms", "/v1/pricing/quote",
			`{"rate_card":` + testCard + `,` + lines + `,"terms":{"discount":"0.05","discount":"0.5"}}`, "terms.discount"},
		{"a case-folded top-level member of the quote", "/v1/pricing/quote",
			`{"RATE_CARD":` + testCard + `,` + lines + `}`, "RATE_CARD"},
		{"a case-folded member of the engagement rates", "/v1/engagement/rates",
			`{"Likes":10,"reach":100}`, "Likes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := sendJSON(t, s, tc.target, tc.body)
			requireProblem(t, rec, http.StatusBadRequest, tc.field)
		})
	}
}

// TestQuoteTermsProblemsNameTheMember checks that a 422 about the terms
// points at the member, as a 400 does, rather than at "terms" as a whole.
func TestQuoteTermsProblemsNameTheMember(t *testing.T) {
	s, _ := testServer(t, nil)
	lines := `"lines":[{"platform":"instagram","format":"reel","quantity":1}]`
	tests := []struct{ why, terms, field string }{
		{"a discount past 100%", `{"discount":"1.5"}`, "terms.discount"},
		{"a bundle below one deliverable", `{"bundles":[{"min_quantity":5,"discount":"0.1"},{"min_quantity":0,"discount":"0.1"}]}`, "terms.bundles[1]"},
		{"two bundles from the same quantity", `{"bundles":[{"min_quantity":5,"discount":"0.1"},{"min_quantity":5,"discount":"0.2"}]}`, "terms.bundles"},
		{"an affiliate rate past 100%", `{"affiliate":{"rate":2}}`, "terms.affiliate.rate"},
		{"negative usage months", `{"usage":{"months":-1,"monthly_rate":"0.1"}}`, "terms.usage.months"},
		{"a negative usage rate", `{"usage":{"months":1,"monthly_rate":"-0.1"}}`, "terms.usage.monthly_rate"},
		{"a usage fee in another currency", `{"usage":{"months":1,"monthly_fee":{"amount":"5","currency":"EUR"}}}`, "terms.usage.monthly_fee"},
		{"negative exclusivity days", `{"exclusivity":{"days":-3}}`, "terms.exclusivity.days"},
		{"a negative exclusivity fee", `{"exclusivity":{"days":3,"fee":{"amount":"-5","currency":"USD"}}}`, "terms.exclusivity.fee"},
		{"products worth more than the total", `{"product_value":{"amount":"1000","currency":"USD"}}`, "terms.product_value"},
		{"a negative fixed discount", `{"fixed_discount":{"amount":"-1","currency":"USD"}}`, "terms.fixed_discount"},
		{"discounts together below zero name the terms", `{"discount":"0.5","fixed_discount":{"amount":"1000","currency":"USD"}}`, "terms"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			rec := sendJSON(t, s, "/v1/pricing/quote", `{"rate_card":`+testCard+`,`+lines+`,"terms":`+tt.terms+`}`)
			requireProblem(t, rec, http.StatusUnprocessableEntity, tt.field)
		})
	}
}

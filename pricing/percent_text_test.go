package pricing_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/pricing"
)

// TestPercentText pins the percentages a quote writes in its items, its
// text and its errors, as pricing wrote them with its own formatter before
// internal/percent became the one: shortest text, no trailing zeros, no
// exponent, whatever the decimal's exponent.
func TestPercentText(t *testing.T) {
	line := []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 1}}
	errors := []struct {
		why   string
		terms pricing.Terms
		want  string
	}{
		{"a discount past 100%", pricing.Terms{Discount: decimal.New(15, -1)}, "discount 150% is outside 0%-100%"},
		{"a bundle discount written with an exponent", pricing.Terms{Bundles: []pricing.Bundle{{MinQuantity: 1, Discount: decimal.New(2, 0)}}}, "bundle 0 has discount 200%, outside 0%-100%"},
		{"an affiliate rate with a fraction of a percent", pricing.Terms{Affiliate: pricing.AffiliateTerms{Rate: decimal.New(1125, -3)}}, "affiliate rate 112.5% is outside 0%-100%"},
		{"a negative usage rate with trailing zeros", pricing.Terms{Usage: pricing.UsageTerms{Months: 1, MonthlyRate: decimal.New(-500, -4)}}, "usage rate -5% is negative"},
		{"a negative exclusivity rate", pricing.Terms{Exclusivity: pricing.ExclusivityTerms{Days: 1, Rate: decimal.New(-1, -3)}}, "exclusivity rate -0.1% is negative"},
	}
	for _, tt := range errors {
		t.Run(tt.why, func(t *testing.T) {
			_, err := pricing.NewQuote(testCard(t), line, tt.terms)
			require.ErrorIs(t, err, pricing.ErrInvalidQuote)
			assert.Contains(t, err.Error(), tt.want)
		})
	}

	q, err := pricing.NewQuote(testCard(t), line, pricing.Terms{Discount: decimal.New(1250, -4), Affiliate: pricing.AffiliateTerms{Rate: decimal.New(75, -3)}})
	require.NoError(t, err)
	assert.Equal(t, "12.5% discount", q.Items()[1].Description)
	assert.Contains(t, q.String(), "plus 7.5% commission on attributed sales")
}

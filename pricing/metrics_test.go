package pricing_test

import (
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/pricing"
)

func TestCostPerMetrics(t *testing.T) {
	type metric func(pricing.Money, int64) (pricing.Money, error)
	tests := []struct {
		why    string
		metric metric
		cost   pricing.Money
		count  int64
		want   string
		err    error
	}{
		{why: "mighty-micro: Hers skincare, 3,414,400 impressions at a 5.13 USD CPM", metric: pricing.CPM, cost: pricing.MustNew("17515.87", "USD"), count: 3_414_400, want: "5.13 USD"},
		{why: "mighty-micro reports a 2 USD CPM with Spark Ads; the spend here is chosen to give it on the hair-loss track's 1,453,900 impressions", metric: pricing.CPM, cost: pricing.MustNew("2907.80", "USD"), count: 1_453_900, want: "2.00 USD"},
		{why: "CPM rounds half away from zero at the cent: 0.005 is 0.01", metric: pricing.CPM, cost: pricing.MustNew("0.01", "USD"), count: 2000, want: "0.01 USD"},
		{why: "CPM just below the half rounds down", metric: pricing.CPM, cost: pricing.MustNew("0.01", "USD"), count: 2001, want: "0.00 USD"},
		{why: "CPM in JPY rounds to whole yen", metric: pricing.CPM, cost: pricing.MustNew("50000", "JPY"), count: 120_000, want: "417 JPY"},
		{why: "CPM rounds once, from the exact cost, not from a rounded cost", metric: pricing.CPM, cost: pricing.MustNew("0.0149", "USD"), count: 1000, want: "0.01 USD"},
		{why: "a refund gives a negative metric, rounded away from zero", metric: pricing.CPC, cost: pricing.MustNew("-1.00", "USD"), count: 8, want: "-0.13 USD"},
		{why: "CPE: 500 USD over 1,234 engagements", metric: pricing.CPE, cost: pricing.MustNew("500", "USD"), count: 1234, want: "0.41 USD"},
		{why: "CPC: 250 USD over 400 clicks", metric: pricing.CPC, cost: pricing.MustNew("250", "USD"), count: 400, want: "0.63 USD"},
		{why: "CPA: 1,500 USD over 7 sales", metric: pricing.CPA, cost: pricing.MustNew("1500", "USD"), count: 7, want: "214.29 USD"},
		{why: "a huge count must not overflow", metric: pricing.CPM, cost: pricing.MustNew("1", "USD"), count: math.MaxInt64, want: "0.00 USD"},

		{why: "zero impressions", metric: pricing.CPM, cost: pricing.MustNew("1", "USD"), count: 0, err: pricing.ErrNonPositiveBase},
		{why: "negative engagements", metric: pricing.CPE, cost: pricing.MustNew("1", "USD"), count: -5, err: pricing.ErrNonPositiveBase},
		{why: "zero clicks", metric: pricing.CPC, cost: pricing.MustNew("1", "USD"), count: 0, err: pricing.ErrNonPositiveBase},
		{why: "zero conversions", metric: pricing.CPA, cost: pricing.MustNew("1", "USD"), count: 0, err: pricing.ErrNonPositiveBase},
		{why: "the zero Money has no currency to round in", metric: pricing.CPM, cost: pricing.Money{}, count: 10, err: pricing.ErrNoCurrency},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := tt.metric(tt.cost, tt.count)
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got.String())
			assert.True(t, got.Round().Equal(got), "the result is already rounded")
		})
	}
}

func TestROIAndROAS(t *testing.T) {
	tests := []struct {
		why     string
		revenue pricing.Money
		cost    pricing.Money
		roi     string
		roas    string
		err     error
	}{
		{why: "API: 0.25 is a 25% return", revenue: pricing.MustNew("1250", "USD"), cost: pricing.MustNew("1000", "USD"), roi: "0.25", roas: "1.25"},
		{why: "break-even", revenue: pricing.MustNew("500", "EUR"), cost: pricing.MustNew("500", "EUR"), roi: "0", roas: "1"},
		{why: "nothing back is -100%", revenue: pricing.MustNew("0", "USD"), cost: pricing.MustNew("300", "USD"), roi: "-1", roas: "0"},
		{why: "a repeating fraction rounds to RatioPlaces, half away from zero", revenue: pricing.MustNew("200", "USD"), cost: pricing.MustNew("300", "USD"), roi: "-0.333333", roas: "0.666667"},
		{why: "ROAS 3 is ROI 2: vendors confuse the two", revenue: pricing.MustNew("3000", "USD"), cost: pricing.MustNew("1000", "USD"), roi: "2", roas: "3"},

		{why: "zero cost", revenue: pricing.MustNew("1", "USD"), cost: pricing.MustNew("0", "USD"), err: pricing.ErrNonPositiveBase},
		{why: "negative cost", revenue: pricing.MustNew("1", "USD"), cost: pricing.MustNew("-1", "USD"), err: pricing.ErrNonPositiveBase},
		{why: "different currencies", revenue: pricing.MustNew("1", "USD"), cost: pricing.MustNew("1", "EUR"), err: pricing.ErrCurrencyMismatch},
		{why: "the zero Money", revenue: pricing.Money{}, cost: pricing.MustNew("1", "EUR"), err: pricing.ErrNoCurrency},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			roi, errROI := pricing.ROI(tt.revenue, tt.cost)
			roas, errROAS := pricing.ROAS(tt.revenue, tt.cost)
			if tt.err != nil {
				assert.ErrorIs(t, errROI, tt.err)
				assert.ErrorIs(t, errROAS, tt.err)
				return
			}
			require.NoError(t, errROI)
			require.NoError(t, errROAS)
			assert.True(t, roi.Equal(decimal.RequireFromString(tt.roi)), "ROI %s", roi.StringFixed(pricing.RatioPlaces))
			assert.True(t, roas.Equal(decimal.RequireFromString(tt.roas)), "ROAS %s", roas.StringFixed(pricing.RatioPlaces))
		})
	}
}

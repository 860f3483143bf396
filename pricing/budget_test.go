package pricing_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/pricing"
	"github.com/influencekit/influencekit/tier"
)

func TestPlanBudget(t *testing.T) {
	tests := []struct {
		why      string
		budget   pricing.Money
		platform influencekit.Platform
		tier     tier.Tier
		atMost   int64
		atLeast  int64
	}{
		{why: "micro-how-to: a celebrity's 7,500 USD post buys 75 micro posts at 100 USD, 15 at 500 USD", budget: pricing.MustNew("7500", "USD"), platform: influencekit.Instagram, tier: tier.Micro, atMost: 75, atLeast: 15},
		{why: "micro-how-to's 100 micro-influencers need 10,000-50,000 USD at IMH rates", budget: pricing.MustNew("10000", "USD"), platform: influencekit.Instagram, tier: tier.Micro, atMost: 100, atLeast: 20},
		{why: "nano creators are where 7,500 USD buys more than a hundred", budget: pricing.MustNew("7500", "USD"), platform: influencekit.Instagram, tier: tier.Nano, atMost: 750, atLeast: 75},
		{why: "an open mega range has no guaranteed count", budget: pricing.MustNew("25000", "USD"), platform: influencekit.Instagram, tier: tier.Mega, atMost: 2, atLeast: 0},
		{why: "counts round down: 99.99 USD buys no 100 USD post", budget: pricing.MustNew("99.99", "USD"), platform: influencekit.Instagram, tier: tier.Micro, atMost: 0, atLeast: 0},
		{why: "a budget far beyond int64 creators is capped", budget: pricing.MustNew("999999999999999999999999999999", "USD"), platform: influencekit.TikTok, tier: tier.Nano, atMost: 1<<63 - 1, atLeast: 1<<63 - 1},
		{why: "a zero budget buys nobody", budget: pricing.MustNew("0", "USD"), platform: influencekit.X, tier: tier.Micro, atMost: 0, atLeast: 0},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			plan, err := pricing.PlanBudget(tt.budget, tt.platform)
			require.NoError(t, err)
			var found bool
			for _, a := range plan {
				assert.Equal(t, tt.platform, a.Range.Platform)
				if a.Range.Tier == tt.tier {
					found = true
					assert.Equal(t, tt.atMost, a.AtMost, "AtMost")
					assert.Equal(t, tt.atLeast, a.AtLeast, "AtLeast")
				}
			}
			assert.True(t, found, "the plan has a %s row", tt.tier)
		})
	}
}

func TestPlanBudgetTiersInOrder(t *testing.T) {
	plan, err := pricing.PlanBudget(pricing.MustNew("50000", "USD"), influencekit.YouTube)
	require.NoError(t, err)
	require.Len(t, plan, 5)
	for i, want := range []tier.Tier{tier.Nano, tier.Micro, tier.Mid, tier.Macro, tier.Mega} {
		assert.Equal(t, want, plan[i].Range.Tier)
		assert.GreaterOrEqual(t, plan[i].AtMost, plan[i].AtLeast)
	}
}

func TestPlanBudgetErrors(t *testing.T) {
	_, err := pricing.PlanBudget(pricing.MustNew("100", "EUR"), influencekit.Instagram)
	assert.ErrorIs(t, err, pricing.ErrCurrencyMismatch)
	_, err = pricing.PlanBudget(pricing.MustNew("-1", "USD"), influencekit.Instagram)
	assert.ErrorIs(t, err, pricing.ErrInvalidAmount)
	_, err = pricing.PlanBudget(pricing.Money{}, influencekit.Instagram)
	assert.ErrorIs(t, err, pricing.ErrNoCurrency)
	_, err = pricing.PlanBudget(pricing.MustNew("100", "USD"), influencekit.Twitch)
	assert.ErrorIs(t, err, pricing.ErrNoMarketRange)
}

// TestSplitBudgetByFollowers splits a budget across creators in proportion
// to their followers without losing a cent. 1,000,000 cents × followers /
// 74,499 leaves 3 cents over, which go to the largest remainders: the
// first, third and fourth creators (checked by hand).
func TestSplitBudgetByFollowers(t *testing.T) {
	budget := pricing.MustNew("10000.00", "USD")
	followers := []int64{4_000, 12_500, 48_000, 9_999, 0}
	parts, err := budget.Allocate(followers...)
	require.NoError(t, err)
	got := make([]string, len(parts))
	for i, p := range parts {
		got[i] = p.String()
	}
	assert.Equal(t, []string{"536.92 USD", "1677.87 USD", "6443.04 USD", "1342.17 USD", "0.00 USD"}, got)
	assertSumsTo(t, budget, parts)
}

package pricing_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/pricing"
	"github.com/influencekit/influencekit/tier"
)

func TestMarketRangeFor(t *testing.T) {
	tests := []struct {
		why       string
		platform  influencekit.Platform
		followers int64
		want      string // MarketRange.String(); "" when there is no row
	}{
		{why: "imh-rates: Instagram nano 10-100", platform: influencekit.Instagram, followers: 1_000, want: "instagram nano: 10.00 USD to 100.00 USD per post"},
		{why: "FiveTier ranges are half-open: 10,000 is micro", platform: influencekit.Instagram, followers: 10_000, want: "instagram micro: 100.00 USD to 500.00 USD per post"},
		{why: "imh-rates: micro is 10,000-50,000 followers at 100-500 USD", platform: influencekit.Instagram, followers: 49_999, want: "instagram micro: 100.00 USD to 500.00 USD per post"},
		{why: "50,000 starts mid on FiveTier", platform: influencekit.Instagram, followers: 50_000, want: "instagram mid: 500.00 USD to 5000.00 USD per post"},
		{why: "Instagram macro", platform: influencekit.Instagram, followers: 500_000, want: "instagram macro: 5000.00 USD to 10000.00 USD per post"},
		{why: "Instagram mega is open-ended", platform: influencekit.Instagram, followers: 2_000_000, want: "instagram mega: 10000.00 USD and up per post"},
		{why: "YouTube micro 200-1,000 per video", platform: influencekit.YouTube, followers: 20_000, want: "youtube micro: 200.00 USD to 1000.00 USD per video"},
		{why: "YouTube mega 20,000+", platform: influencekit.YouTube, followers: 1_000_000, want: "youtube mega: 20000.00 USD and up per video"},
		{why: "TikTok nano 5-25", platform: influencekit.TikTok, followers: 5_000, want: "tiktok nano: 5.00 USD to 25.00 USD per video"},
		{why: "TikTok mid 125-1,250", platform: influencekit.TikTok, followers: 100_000, want: "tiktok mid: 125.00 USD to 1250.00 USD per video"},
		{why: "mighty-micro: X micro 20-100 per tweet", platform: influencekit.X, followers: 12_000, want: "x micro: 20.00 USD to 100.00 USD per tweet"},
		{why: "mighty-micro: Facebook micro 250-1,250 per post", platform: influencekit.Facebook, followers: 12_000, want: "facebook micro: 250.00 USD to 1250.00 USD per post"},

		{why: "below 1,000 followers is unranked: no rate", platform: influencekit.Instagram, followers: 999},
		{why: "negative followers: no rate", platform: influencekit.Instagram, followers: -1},
		{why: "the sources give no TikTok macro row: no guess", platform: influencekit.TikTok, followers: 600_000},
		{why: "the sources give only X's micro row", platform: influencekit.X, followers: 5_000},
		{why: "an unpriced platform", platform: influencekit.Pinterest, followers: 20_000},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r, ok := pricing.MarketRangeFor(tt.platform, tt.followers)
			if tt.want == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, r.String())
			assert.NotEmpty(t, r.Source)
		})
	}
}

func TestMarketRangesTable(t *testing.T) {
	rates := pricing.MarketRanges()
	require.Len(t, rates, 15)
	type key struct {
		p influencekit.Platform
		t tier.Tier
	}
	seen := map[key]bool{}
	for _, r := range rates {
		k := key{r.Platform, r.Tier}
		assert.False(t, seen[k], "one row per platform and tier: %s", r)
		seen[k] = true
		assert.Contains(t, r.Source, "Influencer Marketing Hub", "every row cites its source: %s", r)
		assert.Contains(t, r.Source, "2024")
		assert.True(t, r.Low.IsPositive(), "%s", r)
		if r.Bounded() {
			c, err := r.Low.Cmp(r.High)
			require.NoError(t, err)
			assert.Equal(t, -1, c, "low below high: %s", r)
		}
		// Every row is reachable by follower count.
		lo, _, ok := tier.FiveTier.Range(r.Tier)
		require.True(t, ok)
		got, ok := pricing.MarketRangeFor(r.Platform, lo)
		require.True(t, ok)
		assert.Equal(t, r.String(), got.String())
	}
	// Tiers rise in price on each platform.
	for i := 1; i < len(rates); i++ {
		if rates[i].Platform == rates[i-1].Platform {
			c, err := rates[i-1].Low.Cmp(rates[i].Low)
			require.NoError(t, err)
			assert.Equal(t, -1, c, "%s then %s", rates[i-1], rates[i])
		}
	}
}

func TestCheckMarketPrice(t *testing.T) {
	tests := []struct {
		why       string
		platform  influencekit.Platform
		followers int64
		price     pricing.Money
		want      influencekit.Standing
		err       error
	}{
		{why: "melissa-2017's 75 USD is below IMH's Instagram micro range", platform: influencekit.Instagram, followers: 20_000, price: pricing.MustNew("75", "USD"), want: influencekit.Below},
		{why: "the low end is inclusive", platform: influencekit.Instagram, followers: 20_000, price: pricing.MustNew("100.00", "USD"), want: influencekit.Within},
		{why: "the high end is inclusive", platform: influencekit.Instagram, followers: 20_000, price: pricing.MustNew("500", "USD"), want: influencekit.Within},
		{why: "a cent above the high end", platform: influencekit.Instagram, followers: 20_000, price: pricing.MustNew("500.01", "USD"), want: influencekit.Above},
		{why: "a cent below the low end", platform: influencekit.Instagram, followers: 20_000, price: pricing.MustNew("99.99", "USD"), want: influencekit.Below},
		{why: "nothing is above an open range", platform: influencekit.Instagram, followers: 5_000_000, price: pricing.MustNew("1000000", "USD"), want: influencekit.Within},
		{why: "micro-how-to's 7,500 USD celebrity post is below IMH's mega range", platform: influencekit.Instagram, followers: 5_000_000, price: pricing.MustNew("7500", "USD"), want: influencekit.Below},

		{why: "market rates are in USD", platform: influencekit.Instagram, followers: 20_000, price: pricing.MustNew("100", "EUR"), err: pricing.ErrCurrencyMismatch},
		{why: "no row for the tier", platform: influencekit.TikTok, followers: 2_000_000, price: pricing.MustNew("100", "USD"), err: pricing.ErrNoMarketRange},
		{why: "the zero Money", platform: influencekit.Instagram, followers: 20_000, price: pricing.Money{}, err: pricing.ErrNoCurrency},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			pos, r, err := pricing.CheckMarketPrice(tt.platform, tt.followers, tt.price)
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
				assert.Equal(t, influencekit.UnknownStanding, pos)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, pos)
			assert.Equal(t, tt.platform, r.Platform)
		})
	}
}

// TestMarketPositionIsStanding checks that the deprecated names are
// influencekit.Standing's own, not a second enum: a value outside the
// constants now prints as a standing ("standing(9)", formerly
// "market-position(9)"), the one behaviour issue 14.3 changes.
func TestMarketPositionIsStanding(t *testing.T) {
	for p := pricing.UnknownMarketPosition; p <= pricing.AboveMarket; p++ {
		text, err := p.MarshalText()
		require.NoError(t, err)
		var back influencekit.Standing
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, p, back)
	}
	assert.Equal(t, []influencekit.Standing{influencekit.UnknownStanding, influencekit.Below, influencekit.Within, influencekit.Above},
		[]pricing.MarketPosition{pricing.UnknownMarketPosition, pricing.BelowMarket, pricing.WithinMarket, pricing.AboveMarket})
	got, err := pricing.ParseMarketPosition("Within")
	require.NoError(t, err)
	assert.Equal(t, influencekit.Within, got)
	_, err = pricing.ParseMarketPosition("inside")
	assert.ErrorIs(t, err, pricing.ErrUnknownMarketPosition)
	assert.ErrorIs(t, err, influencekit.ErrUnknownStanding)
	assert.Equal(t, "standing(9)", pricing.MarketPosition(9).String())
}

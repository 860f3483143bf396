package pricing_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/pricing"
)

func TestRateCardPrice(t *testing.T) {
	card := testCard(t)
	assert.Equal(t, currency.USD, card.Currency())
	price, ok := card.Price(influencekit.Instagram, influencekit.Reel)
	require.True(t, ok)
	assert.Equal(t, "250.00 USD", price.String())
	_, ok = card.Price(influencekit.Instagram, influencekit.Live)
	assert.False(t, ok, "a format the card does not price")
	_, ok = pricing.RateCard{}.Price(influencekit.Instagram, influencekit.Reel)
	assert.False(t, ok, "the zero card prices nothing")

	rates := card.Prices()
	require.Len(t, rates, 4)
	assert.Equal(t, influencekit.Instagram, rates[0].Platform, "sorted by platform")
	assert.Equal(t, influencekit.Story, rates[0].Format, "then by format")
	rates[0].Price = pricing.MustNew("1", "USD")
	price, _ = card.Price(influencekit.Instagram, influencekit.Story)
	assert.Equal(t, "75.00 USD", price.String(), "Rates returns a copy")
}

func TestNewRateCardErrors(t *testing.T) {
	usd := pricing.MustNew("1", "USD")
	tests := []struct {
		why   string
		rates []pricing.UnitPrice
		err   error
	}{
		{why: "no rates", rates: nil, err: pricing.ErrInvalidRateCard},
		{why: "unknown platform", rates: []pricing.UnitPrice{{Format: influencekit.Post, Price: usd}}, err: pricing.ErrInvalidRateCard},
		{why: "unknown format", rates: []pricing.UnitPrice{{Platform: influencekit.X, Price: usd}}, err: pricing.ErrInvalidRateCard},
		{why: "out-of-range platform", rates: []pricing.UnitPrice{{Platform: influencekit.Platform(200), Format: influencekit.Post, Price: usd}}, err: pricing.ErrInvalidRateCard},
		{why: "two prices for one deliverable", rates: []pricing.UnitPrice{{Platform: influencekit.X, Format: influencekit.Post, Price: usd}, {Platform: influencekit.X, Format: influencekit.Post, Price: usd}}, err: pricing.ErrInvalidRateCard},
		{why: "a negative price", rates: []pricing.UnitPrice{{Platform: influencekit.X, Format: influencekit.Post, Price: pricing.MustNew("-1", "USD")}}, err: pricing.ErrInvalidRateCard},
		{why: "mixed currencies", rates: []pricing.UnitPrice{{Platform: influencekit.X, Format: influencekit.Post, Price: usd}, {Platform: influencekit.Blog, Format: influencekit.Article, Price: pricing.MustNew("1", "EUR")}}, err: pricing.ErrCurrencyMismatch},
		{why: "a missing price", rates: []pricing.UnitPrice{{Platform: influencekit.X, Format: influencekit.Post}}, err: pricing.ErrNoCurrency},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			_, err := pricing.NewRateCard(tt.rates...)
			assert.ErrorIs(t, err, tt.err)
		})
	}
}

func TestRateCardJSON(t *testing.T) {
	card := testCard(t)
	data, err := json.Marshal(card)
	require.NoError(t, err)
	assert.Equal(t, `[{"platform":"instagram","format":"story","price":{"amount":"75.00","currency":"USD"}},`+
		`{"platform":"instagram","format":"reel","price":{"amount":"250.00","currency":"USD"}},`+
		`{"platform":"tiktok","format":"short","price":{"amount":"120.00","currency":"USD"}},`+
		`{"platform":"youtube","format":"video","price":{"amount":"0.125","currency":"USD"}}]`, string(data))
	var back pricing.RateCard
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, len(card.Prices()), len(back.Prices()))
	for i, r := range back.Prices() {
		assert.True(t, r.Price.Equal(card.Prices()[i].Price))
	}

	tests := []struct {
		why string
		in  string
		err error
	}{
		{why: "twitter is accepted for X", in: `[{"platform":"Twitter","format":"post","price":{"amount":20,"currency":"USD"}}]`},
		{why: "an empty array is no card", in: `[]`, err: pricing.ErrInvalidRateCard},
		{why: "an unknown member", in: `[{"platform":"x","format":"post","price":{"amount":"1","currency":"USD"},"tier":"micro"}]`, err: pricing.ErrInvalidRateCard},
		{why: "an unknown platform name", in: `[{"platform":"myspace","format":"post","price":{"amount":"1","currency":"USD"}}]`, err: influencekit.ErrUnknownPlatform},
		{why: "a malformed price", in: `[{"platform":"x","format":"post","price":{"amount":"1,0","currency":"USD"}}]`, err: pricing.ErrInvalidAmount},
		{why: "an object instead of an array", in: `{"x":1}`, err: pricing.ErrInvalidRateCard},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var c pricing.RateCard
			err := json.Unmarshal([]byte(tt.in), &c)
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			_, ok := c.Price(influencekit.X, influencekit.Post)
			assert.True(t, ok)
		})
	}
}

// TestDeprecatedRateNames checks that the names kept for callers of the
// former API are the new ones under another name, not copies.
func TestDeprecatedRateNames(t *testing.T) {
	var old pricing.Rate = pricing.UnitPrice{Platform: influencekit.Instagram, Format: influencekit.Reel, Price: pricing.MustNew("250", "USD")}
	card, err := pricing.NewRateCard(old)
	require.NoError(t, err)
	assert.Equal(t, card.Prices(), card.Rates())
	_, err = pricing.NewQuote(card, []pricing.Line{{Platform: influencekit.TikTok, Format: influencekit.Video, Quantity: 1}}, pricing.Terms{})
	assert.ErrorIs(t, err, pricing.ErrNoRate, "ErrNoRate is ErrNoPrice")
	assert.ErrorIs(t, err, pricing.ErrNoPrice)
}

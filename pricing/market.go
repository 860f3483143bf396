package pricing

import (
	"errors"
	"fmt"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/tier"
)

// ErrNoMarketRange is wrapped when the market price table has no row for a
// platform and follower count.
var ErrNoMarketRange = errors.New("pricing: no market price range")

// ErrNoMarketRate is the former name of [ErrNoMarketRange]: the same error.
//
// Deprecated: use [ErrNoMarketRange].
var ErrNoMarketRate = ErrNoMarketRange

// MarketRange is the typical price of one sponsored piece of content (Per:
// a post, a video, a tweet) by creators of a tier on a platform, in USD.
//
// Its JSON form names every field in snake_case and round-trips; an open
// range's high end is null. Source opens with the SOURCES.md key of the
// row's source, here imh-rates (Influencer Marketing Hub, "Influencer
// Rates", 2024):
//
//	{"platform":"instagram","tier":"micro","low":{"amount":"100.00","currency":"USD"},
//	 "high":{"amount":"500.00","currency":"USD"},"per":"post","source":"imh-rates: ..."}
type MarketRange struct {
	Platform influencekit.Platform `json:"platform"`
	Tier     tier.Tier             `json:"tier"`   // on [tier.FiveTier], the scale rate tables are quoted in
	Low      Money                 `json:"low"`    // the low end, inclusive
	High     Money                 `json:"high"`   // the high end, inclusive; the zero Money (JSON null) for an open range ("10,000 USD and up")
	Per      string                `json:"per"`    // what one price buys: "post", "video", "tweet"
	Source   string                `json:"source"` // where the figures come from, with the year
}

// Bounded reports whether the range has a high end.
func (r MarketRange) Bounded() bool { return r.High.unit != noCurrency }

// Check says whether price is [influencekit.Below], [influencekit.Within]
// or [influencekit.Above] the range; within includes both ends, and nothing
// is above an open range. price must be in the range's currency
// ([ErrCurrencyMismatch]; [ErrNoCurrency] for the zero [Money]), or the
// result is [influencekit.UnknownStanding] with the error.
func (r MarketRange) Check(price Money) (influencekit.Standing, error) {
	c, err := price.Cmp(r.Low)
	if err != nil {
		return influencekit.UnknownStanding, fmt.Errorf("checking against the %s market range: %w", r.label(), err)
	}
	if c < 0 {
		return influencekit.Below, nil
	}
	if r.Bounded() {
		if c, _ := price.Cmp(r.High); c > 0 {
			return influencekit.Above, nil
		}
	}
	return influencekit.Within, nil
}

// String returns the range for people: "instagram micro: 100.00 USD to
// 500.00 USD per post" or "instagram mega: 10000.00 USD and up per post".
func (r MarketRange) String() string {
	if !r.Bounded() {
		return fmt.Sprintf("%s: %s and up per %s", r.label(), r.Low, r.Per)
	}
	return fmt.Sprintf("%s: %s to %s per %s", r.label(), r.Low, r.High, r.Per)
}

func (r MarketRange) label() string { return r.Platform.String() + " " + r.Tier.String() }

// fiveTier is [tier.FiveTier], the scale the market price table is quoted on,
// looked up once as the package initialises: tier.FiveTier is an assignable
// variable, and a program that assigns to it must not move this package's
// tiers.
var fiveTier, _ = tier.LookupScale("five-tier")

// marketRange builds a [MarketRange] from a table row.
func (row marketRow) marketRange() MarketRange {
	r := MarketRange{Platform: row.platform, Tier: row.tier, Per: row.per, Source: row.source}
	r.Low, _ = FromMinor(row.low*100, usd) // USD has 2 decimals; the table holds whole dollars
	if row.high > 0 {
		r.High, _ = FromMinor(row.high*100, usd)
	}
	return r
}

// MarketRanges returns every row of the market price table, grouped by
// platform, smallest tier first. Each row's Source cites where it comes
// from: imh-rates (Influencer Marketing Hub, "Influencer Rates", 2024), and
// mighty-micro ("The mighty micro-influencer", a small-business guide),
// which quotes it.
func MarketRanges() []MarketRange {
	ranges := make([]MarketRange, len(marketTable))
	for i, row := range marketTable {
		ranges[i] = row.marketRange()
	}
	return ranges
}

// MarketRangeFor returns the typical range for a creator with the given
// follower count on platform, their tier taken on [tier.FiveTier],
// and false when the table has no such row: fewer than 1,000 followers
// (Unranked), a platform the sources do not price, or a tier they leave out
// (see [MarketRanges]).
func MarketRangeFor(platform influencekit.Platform, followers int64) (MarketRange, bool) {
	return marketRangeForTier(platform, fiveTier.Of(followers))
}

// MarketRate is the former name of [MarketRangeFor]: it returns a range of
// prices, not a rate.
//
// Deprecated: use [MarketRangeFor].
func MarketRate(platform influencekit.Platform, followers int64) (MarketRange, bool) {
	return MarketRangeFor(platform, followers)
}

// MarketRates is the former name of [MarketRanges].
//
// Deprecated: use [MarketRanges].
func MarketRates() []MarketRange { return MarketRanges() }

func marketRangeForTier(platform influencekit.Platform, t tier.Tier) (MarketRange, bool) {
	for _, row := range marketTable {
		if row.platform == platform && row.tier == t {
			return row.marketRange(), true
		}
	}
	return MarketRange{}, false
}

// CheckMarketPrice says whether price is below, within or above the typical
// range for a creator with the given follower count on platform (an
// [influencekit.Standing]), and returns the range it checked against. No
// row for the platform and tier is an error wrapping [ErrNoMarketRange];
// otherwise it has [MarketRange.Check]'s errors.
func CheckMarketPrice(platform influencekit.Platform, followers int64, price Money) (influencekit.Standing, MarketRange, error) {
	r, ok := MarketRangeFor(platform, followers)
	if !ok {
		return influencekit.UnknownStanding, MarketRange{}, fmt.Errorf("%w for %s creators with %d followers (%s tier on %s)",
			ErrNoMarketRange, platform, followers, fiveTier.Of(followers), fiveTier)
	}
	pos, err := r.Check(price)
	return pos, r, err
}

package pricing

import (
	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/tier"
)

// marketRow is one row of the market rate table: whole US dollars per piece
// of content; high 0 means "and up".
type marketRow struct {
	platform  influencekit.Platform
	tier      tier.Tier
	low, high int64
	per       string
	source    string
}

// Sources of the market rate table, by their SOURCES.md keys: imh-rates is
// Influencer Marketing Hub's table on the FiveTier scale; mighty-micro ("The
// mighty micro-influencer") quotes the same publication's micro-tier rows,
// adding X and Facebook.
const (
	sourceIMH         = "Influencer Marketing Hub, influencer rates (2024)"
	sourceMightyMicro = "The mighty micro-influencer, quoting Influencer Marketing Hub (2024)"
)

// marketTable holds the typical price of one sponsored piece of content in
// USD, by platform and tier on [tier.FiveTier] (nano 1K-10K, micro 10K-50K,
// mid 50K-500K, macro 500K-1M, mega 1M+ followers). It is never modified.
// Rows absent from the sources are absent here (TikTok macro and mega, and
// all but the micro tier on X and Facebook): lookups for them report no
// rate rather than a guess.
var marketTable = [...]marketRow{
	// Instagram, per post: imh-rates; the micro row is also quoted by
	// mighty-micro.
	{influencekit.Instagram, tier.Nano, 10, 100, "post", sourceIMH},
	{influencekit.Instagram, tier.Micro, 100, 500, "post", sourceIMH},
	{influencekit.Instagram, tier.Mid, 500, 5_000, "post", sourceIMH},
	{influencekit.Instagram, tier.Macro, 5_000, 10_000, "post", sourceIMH},
	{influencekit.Instagram, tier.Mega, 10_000, 0, "post", sourceIMH},

	// YouTube, per video: imh-rates; the micro row is also quoted by
	// mighty-micro.
	{influencekit.YouTube, tier.Nano, 20, 200, "video", sourceIMH},
	{influencekit.YouTube, tier.Micro, 200, 1_000, "video", sourceIMH},
	{influencekit.YouTube, tier.Mid, 1_000, 10_000, "video", sourceIMH},
	{influencekit.YouTube, tier.Macro, 10_000, 20_000, "video", sourceIMH},
	{influencekit.YouTube, tier.Mega, 20_000, 0, "video", sourceIMH},

	// TikTok, per video: imh-rates, which gives nano to mid only; the micro
	// row is also quoted by mighty-micro.
	{influencekit.TikTok, tier.Nano, 5, 25, "video", sourceIMH},
	{influencekit.TikTok, tier.Micro, 25, 125, "video", sourceIMH},
	{influencekit.TikTok, tier.Mid, 125, 1_250, "video", sourceIMH},

	// X (Twitter), per tweet: mighty-micro's micro row.
	{influencekit.X, tier.Micro, 20, 100, "tweet", sourceMightyMicro},

	// Facebook, per post: mighty-micro's micro row.
	{influencekit.Facebook, tier.Micro, 250, 1_250, "post", sourceMightyMicro},
}

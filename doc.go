// Package influencekit is the root of a library for micro-influencer
// campaigns: follower tiers, engagement metrics, exact-money pricing and
// sponsorship-disclosure rules, as pure functions over plain values. It also
// holds the vocabulary every other package shares: the Platform a creator
// posts on, the Format of a piece of content, and the Severity of a finding.
//
// # Tour
//
// Package [github.com/influencekit/influencekit/tier] sorts creators into
// follower-count tiers (nano, micro, mid, macro, mega) on named scales.
// The industry has several definitions of "micro"; each is a Scale, and
// Standard (seed 003's pyramid) is the default:
//
//	tier.Of(42_000)          // tier.Micro
//	tier.FiveTier.Of(60_000) // tier.Mid: the scale rate tables are quoted in
//
// Package [github.com/influencekit/influencekit/engagement] computes what a
// campaign is judged by. ERR, ByFollowers, ByViews and CTR return a Rate,
// always a fraction that prints as "2.40%"; bad counts are errors, never
// NaN or a panic. GradeERR applies seed 003's inclusive 2% and 5%
// thresholds exactly, CTRStanding places a CTR against its industry's band
// and StoryCompletion finds where viewers drop off. MeanOfPostRates and
// PooledRate name the two ways to average posts; BenchmarkTable compares a
// creator with published figures for their tier; AudienceSignals reports
// fake-follower red flags with their evidence:
//
//	r, err := engagement.ERR(engagement.Interactions{Likes: 554, Comments: 40, Saves: 31}, 3650)
//	engagement.GradeERR(r) // engagement.Exceptional
//
// # The shared vocabulary
//
// Platform, Format and Severity are small integer enums. They print and
// marshal as lower-case names ("instagram", "reel", "error"), parse
// case-insensitively ("twitter" is X), and have explicit zero values:
// UnknownPlatform, UnknownFormat and SeverityInfo. Text that names no value
// is an error wrapping ErrUnknownPlatform, ErrUnknownFormat or
// ErrUnknownSeverity.
//
// # Where the figures come from
//
// Every benchmark figure cites its source and year in the code that holds it:
// the project's seed articles (numbered 000-004), Influencer Marketing Hub,
// Hootsuite, HypeAuditor and Iconosquare, and regulators' guidance.
//
// # Errors and concurrency
//
// Functions are pure and safe for concurrent use. None panics on bad input
// except the Must* constructors; errors wrap exported sentinels, so callers
// test them with errors.Is.
package influencekit

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

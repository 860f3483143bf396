// Package tier sorts creators into follower-count tiers (nano, micro, mid,
// macro, mega) on named, configurable scales.
//
// Sources are cited by the keys of the repository's SOURCES.md, each with
// its author or title where a doc first uses it. Contents:
//
//   - Tiers: the tier of a follower count ([Of]).
//   - Scales: the shipped definitions of "micro", and a scale of one's own.
//   - Text and JSON: a tier's name and a scale's JSON form.
//
// # Tiers
//
// [Of] returns the [Tier] of a follower count on the [Standard] scale. Ranges
// are half-open: 9,999 followers is [Nano] and 10,000 is [Micro]. Counts
// below the nano floor, and negative counts, are [Unranked]. Of reads the
// floors the package built, never the assignable variable Standard, and does
// not allocate (see ExampleOf):
//
//	tier.Of(9_999)  // tier.Nano
//	tier.Of(42_000) // tier.Micro
//
// # Scales
//
// The industry has no single definition of "micro". A [Scale] is five floors,
// one per tier; a creator belongs to the highest tier whose floor their
// follower count reaches, and [Scale.Range] gives a tier's half-open
// interval. The package ships the definitions in use, each citing its source
// ([Scales] lists them, [LookupScale] finds one by name):
//
//   - [Standard] (the default, used by Of): the pyramid of mighty-micro
//     ("The mighty micro-influencer", a small-business guide) and
//     iconosquare-tiers (Iconosquare, influencer tiers by follower count);
//     nano 1K-10K, micro 10K-100K, macro 100K-1M, mega 1M+, no mid tier.
//   - [FiveTier]: the tiers imh-rates (Influencer Marketing Hub, "Influencer
//     Rates", 2024) and Hootsuite quote rates in; 1K / 10K / 50K / 500K / 1M.
//   - [MicroUpTo10K]: melissa-2017 (Melissa, "Micro-Influencers: What They
//     Are...", 2017), stryde-greg (Greg of Stryde, "What Are
//     Micro-Influencers and Why Should You Work With Them?") and micro-how-to
//     ("What is Micro-Influencer Marketing? How to Work With Them"), where
//     "micro" means 1,000-10,000.
//   - [MicroUpTo100K]: merrick-2025 (Matt Merrick, "What is a Micro
//     Influencer?", 2025), where "micro" means 1,000-100,000.
//   - [HypeAuditorLegacy]: the 1K / 5K / 20K / 100K / 1M tiers of
//     hypeauditor-2018 (HypeAuditor, "Instagram engagement rate by follower
//     count", 2018).
//
// [NewScale] builds any other scale; equal floors make a tier empty (see
// ExampleScale_Of and ExampleNewScale):
//
//	tier.FiveTier.Of(60_000) // tier.Mid
//	agency, err := tier.NewScale("agency", 500, 5_000, 25_000, 250_000, 2_000_000)
//
// # Text and JSON
//
// [Tier] marshals as its lower-case name ("micro") and [Parse] reads it back,
// ignoring ASCII case. A Scale travels as JSON with its name and all five
// floors, shipped or custom, and reads back as itself; a shipped scale may be
// named alone (see ExampleScale_MarshalJSON):
//
//	{"name":"five-tier","floors":{"nano":1000,"micro":10000,"mid":50000,"macro":500000,"mega":1000000}}
//	{"name":"five-tier"}
package tier

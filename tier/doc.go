// Package tier sorts creators into follower-count tiers (nano, micro, mid,
// macro, mega) on named, configurable scales.
//
// # Scales
//
// The industry has no single definition of "micro". A Scale is five floors,
// one per tier; a creator belongs to the highest tier whose floor their
// follower count reaches. Ranges are half-open: on Standard, 9,999 followers
// is Nano and 10,000 is Micro. Counts below the nano floor, and negative
// counts, are Unranked.
//
// The package ships the definitions in use, each with its source:
//
//   - Standard (the default, used by Of): the influencer pyramid of mighty-micro and
//     iconosquare-tiers; nano 1K-10K, micro 10K-100K, macro 100K-1M, mega 1M+, no
//     mid tier.
//   - FiveTier: the tiers the Influencer Marketing Hub and Hootsuite rate
//     tables are quoted in; 1K / 10K / 50K / 500K / 1M.
//   - MicroUpTo10K: melissa-2017, stryde-greg and micro-how-to, where "micro" means 1,000-10,000.
//   - MicroUpTo100K: merrick-2025, where "micro" means 1,000-100,000.
//   - HypeAuditorLegacy: HypeAuditor's older 1K / 5K / 20K / 100K / 1M tiers.
//
// NewScale builds any other scale; equal floors make a tier empty.
//
// # Text and JSON
//
// Tier marshals as its lower-case name ("micro") and parses case-insensitively.
package tier

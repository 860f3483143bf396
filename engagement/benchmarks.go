package engagement

import "github.com/influencekit/influencekit/tier"

// This file holds every published figure the package compares against. Each
// row cites its source and year by its key in the repository's SOURCES.md.

// ctrBands are the industry click-through averages, indexed by [Industry].
var ctrBands = [...]Range{
	UnknownIndustry: {},
	Beauty:          {Low: 0.015, High: 0.025}, // mighty-micro (2024): "Beauty: 1.5–2.5%"
	Fashion:         {Low: 0.010, High: 0.020}, // mighty-micro (2024): "Fashion: 1–2%"
	FoodBeverage:    {Low: 0.020, High: 0.030}, // mighty-micro (2024): "Food & Beverage: 2–3%"
	Tech:            {Low: 0.018, High: 0.028}, // mighty-micro (2024): "Tech: 1.8–2.8%"
}

// The thresholds [GradeERR] and [StoryCompletion] apply, inclusive.
const (
	// SolidERR is "Above 2% is solid" for [ERR], from mighty-micro ("The
	// mighty micro-influencer", a small-business guide, 2024).
	SolidERR Rate = 0.02
	// ExceptionalERR is "above 5% is exceptional" for [ERR], from
	// mighty-micro ("The mighty micro-influencer", a small-business guide,
	// 2024).
	ExceptionalERR Rate = 0.05
	// StrongCompletion is the threshold of mighty-micro ("The mighty
	// micro-influencer", a small-business guide, 2024): "70% completion rate
	// is strong". Story.Strong is Completion >= StrongCompletion.
	StrongCompletion Rate = 0.70
)

// Expected engagement by follower tier. The figures are likes plus comments
// over followers on Instagram, so compare a follower-based rate with them.
var (
	// MicroHowToBenchmarks is the table of Instagram engagement by follower
	// count in micro-how-to ("What is Micro-Influencer Marketing? How to
	// Work With Them"), keyed on [tier.MicroUpTo10K], the article's own
	// scale: under 1K 8%, 1K-10K 4%, 10K-100K 2.4%, 1M-10M 1.7%. The article
	// gives no figure for 100K-1M, so Macro has no row. It states no year and
	// quotes the studies without naming them.
	MicroHowToBenchmarks = microHowTo

	// HypeAuditor2018Benchmarks is HypeAuditor's 2018 study of average
	// Instagram engagement (likes and comments per follower) by follower
	// count, hypeauditor-2018 (HypeAuditor, "Instagram engagement rate by
	// follower count", 2018), keyed on [tier.HypeAuditorLegacy], the scale
	// the study uses.
	HypeAuditor2018Benchmarks = hypeAuditor2018

	// MightyMicroBenchmarks is the rule of thumb of mighty-micro ("The
	// mighty micro-influencer", 2024), keyed on [tier.Standard], the
	// article's pyramid: micro-influencers "typically between 7% and 20%",
	// macro-influencers "around 5%". Nano and mega have no figure.
	MightyMicroBenchmarks = mightyMicro
)

// The shipped tables as this package built them. The exported variables
// are copies for callers; nothing in the package reads those.
var (
	microHowTo = mustBenchmarkTable("micro-how-to", "micro-how-to (n.d.), Instagram likes and comments per follower", scaleNamed("micro-up-to-10k"),
		TierBenchmark{Tier: tier.Unranked, Expected: Range{0.08, 0.08}}, // micro-how-to: "less than 1000 followers ... 8%"
		TierBenchmark{Tier: tier.Micro, Expected: Range{0.04, 0.04}},    // micro-how-to: "1000 to 10,000 followers ... 4%"
		TierBenchmark{Tier: tier.Mid, Expected: Range{0.024, 0.024}},    // micro-how-to: "10,000 to 100,000 followers ... 2.4%"
		TierBenchmark{Tier: tier.Mega, Expected: Range{0.017, 0.017}},   // micro-how-to: "1 to 10 million followers ... 1.7%"
	)

	hypeAuditor2018 = mustBenchmarkTable("hypeauditor-2018", "HypeAuditor (2018), average Instagram engagement rate by follower count", scaleNamed("hypeauditor-legacy"),
		TierBenchmark{Tier: tier.Unranked, Expected: Range{0.1058, 0.1058}}, // HypeAuditor 2018: 0-1K 10.58%
		TierBenchmark{Tier: tier.Nano, Expected: Range{0.0426, 0.0426}},     // HypeAuditor 2018: 1K-5K 4.26%
		TierBenchmark{Tier: tier.Micro, Expected: Range{0.0228, 0.0228}},    // HypeAuditor 2018: 5K-20K 2.28%
		TierBenchmark{Tier: tier.Mid, Expected: Range{0.0162, 0.0162}},      // HypeAuditor 2018: 20K-100K 1.62%
		TierBenchmark{Tier: tier.Macro, Expected: Range{0.0155, 0.0155}},    // HypeAuditor 2018: 100K-1M 1.55%
		TierBenchmark{Tier: tier.Mega, Expected: Range{0.0154, 0.0154}},     // HypeAuditor 2018: 1M+ 1.54%
	)

	mightyMicro = mustBenchmarkTable("mighty-micro", "mighty-micro (2024), micro-influencer engagement rule of thumb", scaleNamed("standard"),
		TierBenchmark{Tier: tier.Micro, Expected: Range{0.07, 0.20}}, // mighty-micro (2024): "typically between 7% and 20%"
		TierBenchmark{Tier: tier.Macro, Expected: Range{0.05, 0.05}}, // mighty-micro (2024): "around 5%"
	)
)

// BenchmarkTables returns the shipped tier benchmark tables as this
// package built them: [HypeAuditor2018Benchmarks] first (the most
// complete), then [MicroHowToBenchmarks] and [MightyMicroBenchmarks].
func BenchmarkTables() []BenchmarkTable {
	return []BenchmarkTable{hypeAuditor2018, microHowTo, mightyMicro}
}

// scaleNamed returns the tier package's shipped scale of that name, read
// through [tier.LookupScale] rather than tier's exported variables, which a
// program may have assigned to before this package's initialization.
func scaleNamed(name string) tier.Scale {
	s, ok := tier.LookupScale(name)
	if !ok {
		panic("engagement: tier package ships no scale " + name)
	}
	return s
}

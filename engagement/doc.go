// Package engagement computes the metrics a creator campaign is judged by:
// engagement and click-through rates, story completion, averages over many
// posts, benchmarks by industry and follower tier, and audience-quality red
// flags.
//
// # Sections
//
// Rates. ERR, ByFollowers, ByViews and CTR divide counts and return a Rate,
// always a fraction (0.024), never a percent: Rate.Percent gives 2.4 and
// Rate.String "2.40%"; JSON holds the fraction as a plain number. Bad input
// never panics and never yields NaN or infinity: a zero or negative
// denominator, a negative count, more clicks than impressions and sums that
// overflow int64 are errors wrapping the exported sentinels (ErrNonPositiveBase,
// ErrNegativeCount, ErrCountAboveBase, ErrOverflow), usually inside an
// *InputError that names the function, the input and its value.
//
// Grades and benchmarks. GradeERR applies seed 003's thresholds, inclusive
// and exact: 2% is Solid, 5% Exceptional. CTRBenchmark gives seed 003's
// click-through band per Industry and CTRStanding says whether a CTR is
// Below, Within or Above it. BenchmarkTable holds expected engagement per
// follower tier (package tier), with the published tables
// HypeAuditor2018Benchmarks, Seed002Benchmarks and Seed003Benchmarks;
// BenchmarkTable.Compare places a creator's rate against their tier. Every
// figure is in benchmarks.go with its source and year.
//
// Stories. StoryCompletion takes the views of each frame and returns the
// completion (last over first), whether it is Strong (70% or more, seed
// 003), the retention of each frame and the WorstFrame, where viewers drop
// off most.
//
// Averages over posts. The industry averages many posts two ways, and they
// differ: MeanOfPostRates is the mean of each post's rate (Hootsuite), where
// every post weighs the same; PooledRate is total engagements over total
// reach, followers or views (Later, Sprout Social), where big posts weigh
// more. A Formula says which rate to average.
//
// Audience quality. AudienceSignals reads a Profile (followers, following,
// recent posts, optional comment texts and follower history) and reports
// typed Signals with their evidence: engagement far below the tier
// benchmark or under 1%, follower spikes (FollowerSpikes, reusable on any
// dated follower series), a high following/followers ratio, and a high
// share of emoji-only, generic or repeated comments (CommentQuality).
// Signals are evidence for a human, not a verdict. SignalThresholds sets
// every cut-off.
//
// Platform exports. InstagramInsights, TikTokVideo, YouTubeStatistics and
// XPublicMetrics carry each API's own field names (as JSON tags) and map
// them onto Interactions; their docs give the mapping.
//
// All functions are pure and safe for concurrent use; the hot paths (ERR,
// ByFollowers, ByViews, CTR, GradeERR) do not allocate.
package engagement

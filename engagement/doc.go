// Package engagement computes the metrics a creator campaign is judged by:
// engagement and click-through rates, story completion, averages over many
// posts, benchmarks by industry and follower tier, audience-quality red
// flags, and goals with their progress.
//
// Sources are cited by the keys of the repository's SOURCES.md, each with
// its author or title where a doc first uses it. Contents:
//
//   - Rates: engagement and click-through rates, always fractions.
//   - Grades and benchmarks: a rate graded, and placed against its
//     industry's or its tier's published figures.
//   - Stories: completion and where viewers drop off.
//   - Averages over posts: the mean of rates and the pooled rate.
//   - Audience quality: red flags with their evidence.
//   - Goals and follower growth: progress, pace and projection of a target.
//   - JSON: every result's form, for other languages.
//   - Errors and concurrency: sentinels, input errors, purity.
//
// # Rates
//
// [ERR], [ByFollowers], [ByViews] and [CTR] divide counts and return a
// [Rate], always a fraction (0.024), never a percent: [Rate.Percent] gives
// 2.4 and [Rate.String] "2.40%"; JSON holds the fraction as a plain number.
// ERR is the rate by reach of mighty-micro ("The mighty micro-influencer", a
// small-business guide); the rate by views is that of hypeauditor-tiktok
// (HypeAuditor, TikTok engagement rate by views) and later-engagement
// (Later, engagement rate guide):
//
//	ERR          (Likes + Comments + Saves) / reach            mighty-micro
//	ByFollowers  (Likes + Comments + Saves + Shares) / followers
//	ByViews      (Likes + Comments + Saves + Shares) / views   hypeauditor-tiktok, later-engagement
//	CTR          clicks / impressions
//
// [Interactions] holds the counts; [InstagramInsights], [TikTokVideo],
// [YouTubeStatistics] and [XPublicMetrics] carry each platform API's own
// field names (as JSON tags) and document how they map onto it (see
// ExampleERR and ExampleInstagramInsights):
//
//	r, err := engagement.ERR(engagement.Interactions{Likes: 554, Comments: 40, Saves: 31}, 3650) // 17.12%
//
// # Grades and benchmarks
//
// [GradeERR] applies mighty-micro's thresholds, inclusive and exact: 20
// interactions on a reach of 1,000 is [Solid], 50 is [Exceptional].
// [CTRBenchmark] gives mighty-micro's click-through band per [Industry] and
// [CTRStanding] says whether a CTR is [influencekit.Below],
// [influencekit.Within] or [influencekit.Above] it. A [BenchmarkTable] holds
// expected engagement per follower tier (package tier):
// [HypeAuditor2018Benchmarks], [MicroHowToBenchmarks] and
// [MightyMicroBenchmarks] ship, and [BenchmarkTable.Compare] places a
// creator's rate against their tier. Every published figure is in
// benchmarks.go with its source key and year (see ExampleGradeERR and
// ExampleBenchmarkTable_Compare):
//
//	engagement.GradeERR(r)                                        // engagement.Exceptional
//	c, ok := engagement.HypeAuditor2018Benchmarks.Compare(0.029, 12_000) // above, 1.27x
//
// # Stories
//
// [StoryCompletion] takes the views of each frame and returns a [Story]: the
// completion (last over first), whether it is Strong (70% or more, per
// mighty-micro), the retention of each frame and the WorstFrame, where
// viewers drop off most (see ExampleStoryCompletion):
//
//	s, err := engagement.StoryCompletion(1200, 1010, 905, 860) // 71.67%, Strong, WorstFrame 1
//
// # Averages over posts
//
// The industry averages many posts two ways, and they differ:
// [MeanOfPostRates] is the mean of each post's rate, as hootsuite-engagement
// (Hootsuite, "Engagement rate calculator") averages, where every post
// weighs the same; [PooledRate] is total engagements over total reach,
// followers or views, as later-engagement and sprout-engagement (Sprout
// Social, engagement rate guide) pool them, where big posts weigh more. A [Formula] says which rate to average (see
// ExampleMeanOfPostRates):
//
//	mean, err := engagement.MeanOfPostRates(engagement.FormulaERR, posts)
//
// # Audience quality
//
// [AudienceSignals] reads a [Profile] (followers, following, recent posts,
// optional comment texts and follower history) and reports typed [Signal]
// values with their evidence: engagement far below the tier benchmark or
// under 1%, follower spikes ([FollowerSpikes], reusable on any dated
// follower series), a high following/followers ratio, and a high share of
// emoji-only, generic or repeated comments ([CommentQuality]). Signals are
// evidence for a person to weigh, not a verdict; [SignalThresholds] sets
// every cut-off (see ExampleAudienceSignals):
//
//	signals, err := engagement.AudienceSignals(profile)
//
// # Goals and follower growth
//
// A [Goal] is a [KPI] target with a deadline, of the kinds stryde-greg
// (Greg of Stryde, "What Are Micro-Influencers and Why Should You Work With
// Them?") and mighty-micro name: follower growth ("increase our Instagram following by
// 30% by the end of the year"), ERR, reach, impressions, clicks, CTR,
// conversions and discount-code uses. [Goal.Evaluate] reads dated
// [Measurement] values and returns a [GoalReport]: progress as a fraction
// of the target, the trend and its linear projection at the deadline, the
// pace still needed, a [GoalStatus] ([Met], [OnTrack], [Behind], [Missed])
// and the arithmetic behind them in one line. A sales target is money: a
// [RevenueGoal] takes a [pricing.Money] target and [Revenue] totals and
// returns a [RevenueReport] whose figures are exact amounts.
//
// [FollowerGrowth] measures a follower history's [Growth], absolute, as a
// fraction and per day, with its spikes as evidence: the same [SpikeRule]
// finds them as for the audience red flags (see ExampleGoal_Evaluate,
// ExampleRevenueGoal_Evaluate and ExampleFollowerGrowth):
//
//	r, err := goal.Evaluate(measurements, now) // r.Status, r.Arithmetic
//
// # JSON
//
// Every result marshals in the form other languages read without Go
// knowledge: snake_case keys (each field's json tag), lists as [] and never
// null, enums as their names, rates as fractions, dates as "YYYY-MM-DD" (the
// calendar date in the time's own location; read back as midnight UTC),
// money as [pricing.Money] writes it. Day counts ("days", "days_left") are
// in days and paces per day, as each field's doc says. Every result reads back
// as itself; a [BenchmarkTable] is rebuilt through [NewBenchmarkTable] and
// so validated (see ExampleStory_MarshalJSON and
// ExampleBenchmarkTable_MarshalJSON):
//
//	{"completion":0.72,"strong":true,"retention":[1,0.9,0.8],"worst_frame":2}
//
// # Errors and concurrency
//
// Bad input never panics and never yields NaN or infinity: a zero or
// negative denominator, a negative count, more clicks than impressions, a
// story frame with more views than the one before, and sums that overflow
// int64 are errors wrapping exported sentinels ([ErrNonPositiveBase],
// [ErrNegativeCount], [ErrCountAboveBase], [ErrFrameGrowth], [ErrOverflow]),
// usually inside an [InputError] naming the function, the input and its
// value. All functions are pure and safe for concurrent use, and none reads
// a variable a caller can assign; ERR, ByFollowers, ByViews, CTR and
// GradeERR do not allocate (see ExampleERR_errors and ExampleInputError):
//
//	_, err := engagement.ERR(engagement.Interactions{Likes: 5}, 0) // errors.Is(err, engagement.ErrNonPositiveBase)
package engagement

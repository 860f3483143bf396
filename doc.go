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
// Standard (the pyramid of mighty-micro and iconosquare-tiers) is the
// default:
//
//	tier.Of(42_000)          // tier.Micro
//	tier.FiveTier.Of(60_000) // tier.Mid: the scale rate tables are quoted in
//
// Package [github.com/influencekit/influencekit/engagement] computes what a
// campaign is judged by. ERR, ByFollowers, ByViews and CTR return a Rate,
// always a fraction that prints as "2.40%"; bad counts are errors, never
// NaN or a panic. GradeERR applies mighty-micro's inclusive 2% and 5%
// thresholds exactly, CTRStanding places a CTR against its industry's band
// and StoryCompletion finds where viewers drop off. MeanOfPostRates and
// PooledRate name the two ways to average posts; BenchmarkTable compares a
// creator with published figures for their tier; AudienceSignals reports
// fake-follower red flags with their evidence:
//
//	r, err := engagement.ERR(engagement.Interactions{Likes: 554, Comments: 40, Saves: 31}, 3650)
//	engagement.GradeERR(r) // engagement.Exceptional
//
// Package [github.com/influencekit/influencekit/pricing] does exact money
// arithmetic: a Money is a decimal amount and an x/text currency, never a
// float, and rounding happens only where it is named. Allocate and Split
// divide by largest remainder so no cent is lost; CPM, CPE, CPC, CPA, ROI and
// ROAS reproduce the seeds' figures; RateCard and NewQuote itemize quotes;
// MarketRangeFor and CheckMarketPrice compare offers with cited market rates:
//
//	cpm, err := pricing.CPM(pricing.MustNew("17515.87", "USD"), 3_414_400) // 5.13 USD
//
// Package [github.com/influencekit/influencekit/disclosure] lints sponsored
// posts the way followers and regulators read them: captions, long video
// descriptions and spoken transcripts, under US (FTC), UK, German, French,
// Spanish, Italian, Dutch and Irish rules, one term table per jurisdiction
// with each row citing its source. Check reports every label it finds
// (clear, ambiguous or vague, with byte spans into the caption) and findings
// modelled on go/analysis diagnostics: missing, vague, not upfront, below
// the platform's "more" fold, buried in hashtags, obfuscated, in the wrong
// language, not said in a video's first 30 seconds, undisclosed editing and
// unsubstantiated claims, each with a message and fixes that Autofix applies:
//
//	post := disclosure.Post{Caption: caption, Platform: influencekit.Instagram, Brand: "Glow Co"}
//	if !disclosure.Check(post).Compliant() {
//		caption = disclosure.Autofix(post)
//	}
//
// Package [github.com/influencekit/influencekit/contract] turns an
// influencer agreement into data. Parse reads the JSON other services send,
// strictly, naming the JSON path of every error; Validate reviews it as a
// careful person would (missing clauses, a vague brief, dates outside the
// term, installments that do not add up, disclosure wording checked with
// package disclosure, perpetual usage, long exclusivity); Render writes a
// Markdown term sheet in the order a lawyer reads one:
//
//	c, err := contract.Parse(data)
//	problems := c.Validate() // sorted by JSON path, then rule
//
// Package [github.com/influencekit/influencekit/creator] says what an
// account's size obliges in each market: AGCOM's list of relevant
// influencers and its bio line in Italy, the CvdM's registration of video
// uploaders in the Netherlands, Spain's register of users of special
// relevance, trader identification in every EU market, and the laws on
// child creators in France, Illinois, Minnesota and California. Thresholds
// are exported constants citing their sources; each Duty is Met, Unmet or
// Unknown (naming the data missing), judged on a day the caller gives:
//
//	duties, err := creator.DutiesOn(day, profile, disclosure.IT, disclosure.ES)
//
// Measuring results, the last step of every playbook the library grew
// from, spans
// three packages: engagement.Goal.Evaluate turns dated measurements of a KPI
// into progress, the pace still needed, a projection and a status (met, on
// track, behind, missed) with the arithmetic shown; engagement.FollowerGrowth
// reports growth with spike evidence; pricing.Attribute credits orders to
// creators by discount code and link id, exactly and never twice; and
// disclosure.SponsoredMix answers melissa-2017's "How often do they post
// sponsored content?" with each post as evidence.
//
// # Programs
//
// The commands under examples/ use the library as its users do:
// examples/campaign runs all of it on an embedded sample campaign (or a
// campaign file given with -f); examples/captionlint lints an export of
// captions (plain lines, JSON lines or CSV) like go vet; examples/server
// serves the library as a JSON HTTP service, described by an OpenAPI
// document, for backends in any language; examples/playground compiles the
// disclosure linter to WebAssembly and serves a page that checks a caption
// as it is typed; and examples/beam, a Go module of its own so that the
// library never imports Apache Beam, runs the disclosure audit as a Beam
// pipeline over millions of posts.
//
// # The shared vocabulary
//
// [Platform], [Format], [Severity] and [Standing] are small integer enums.
// They print and marshal as lower-case names ("instagram", "reel", "error",
// "within"), parse ignoring ASCII case and nothing else ("twitter" is [X];
// "in\u017Ftagram" is an error), and have explicit zero values:
// [UnknownPlatform], [UnknownFormat], [SeverityInfo] and [UnknownStanding].
// Standing is the library's one below/within/above answer, for an
// engagement rate against its band as for a price against the market. Text
// that names no value is an error wrapping [ErrUnknownPlatform],
// [ErrUnknownFormat], [ErrUnknownSeverity] or [ErrUnknownStanding] (see
// ExampleParsePlatform and ExampleParseStanding):
//
//	p, err := influencekit.ParsePlatform("Twitter") // influencekit.X
//
// # Where the figures come from
//
// Every benchmark figure cites its source and year in the code that holds
// it, by the source's key in the repository's SOURCES.md (mighty-micro,
// hypeauditor-2018, imh-rates, ftc-faqs, ...) or by the source's own name
// (a court and docket, a statute): the five articles the project grew from,
// Influencer Marketing Hub, Hootsuite, HypeAuditor and Iconosquare, and
// regulators' guidance. Tables carry their citation at run time too:
//
//	engagement.HypeAuditor2018Benchmarks.Source() // "HypeAuditor (2018), average Instagram engagement rate by follower count"
//
// # Errors and concurrency
//
// Functions are pure and safe for concurrent use, and none reads a variable
// a caller can assign or a dependency's package setting: assigning
// tier.Standard changes only the caller's copy. None panics on bad input
// except the Must* constructors; errors wrap exported sentinels, so callers
// test them with [errors.Is] (see ExampleParsePlatform):
//
//	if _, err := influencekit.ParsePlatform("myspace"); errors.Is(err, influencekit.ErrUnknownPlatform) { ... }
//
// The strict JSON readers of every package wrap one set of errors,
// [ErrJSONSyntax], [ErrUnknownMember], [ErrRepeatedMember] and
// [ErrJSONType], each under the package's own sentinel and message (see
// ExampleWrapSentinel).
//
// # JSON
//
// Every result travels as JSON in one form: snake_case keys, lists as [] and
// never null, enums as their lower-case names, rates as fractions, money as
// {"amount":"1250.50","currency":"USD"}, dates as "YYYY-MM-DD". Each
// package's golden files under testdata/json show each result's form; a
// value type reads back as itself (see ExampleScale_MarshalJSON in package
// tier):
//
//	{"name":"five-tier","floors":{"nano":1000,"micro":10000,"mid":50000,"macro":500000,"mega":1000000}}
package influencekit

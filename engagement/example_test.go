package engagement_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/pricing"
	"github.com/influencekit/influencekit/tier"
)

// mighty-micro's engagement rate by reach, graded.
func ExampleERR() {
	r, err := engagement.ERR(engagement.Interactions{Likes: 554, Comments: 40, Saves: 31}, 3650)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r, engagement.GradeERR(r))
	// Output: 17.12% exceptional
}

// Bad input is an error wrapping a sentinel, never NaN or a panic.
func ExampleERR_errors() {
	_, err := engagement.ERR(engagement.Interactions{Likes: 12}, 0)
	fmt.Println(errors.Is(err, engagement.ErrNonPositiveBase))
	fmt.Println(err)
	// Output:
	// true
	// engagement: denominator is zero or negative: ERR reach = 0
}

// stryde-greg's worked example: 554 likes and 40 comments on about 4,000
// followers.
func ExampleByFollowers() {
	r, _ := engagement.ByFollowers(engagement.Interactions{Likes: 554, Comments: 40}, 4000)
	fmt.Println(r)
	// Output: 14.85%
}

func ExampleByViews() {
	r, _ := engagement.ByViews(engagement.Interactions{Likes: 3900, Comments: 210, Shares: 450}, 61000)
	fmt.Println(r)
	// Output: 7.48%
}

func ExampleCTR() {
	ctr, _ := engagement.CTR(96, 5200)
	fmt.Println(ctr, engagement.CTRStanding(engagement.Beauty, ctr))
	// Output: 1.85% within
}

// The grade thresholds are inclusive: 20 in 1,000 is Solid, 50 Exceptional.
func ExampleGradeERR() {
	for _, n := range []int64{19, 20, 49, 50} {
		r, _ := engagement.ERR(engagement.Interactions{Likes: n}, 1000)
		fmt.Println(r, engagement.GradeERR(r))
	}
	// Output:
	// 1.90% low
	// 2.00% solid
	// 4.90% solid
	// 5.00% exceptional
}

func ExampleCTRBenchmark() {
	for _, i := range []engagement.Industry{engagement.Beauty, engagement.Fashion, engagement.FoodBeverage, engagement.Tech} {
		band, _ := engagement.CTRBenchmark(i)
		fmt.Printf("%s: %s\n", i, band)
	}
	// Output:
	// beauty: 1.50%-2.50%
	// fashion: 1.00%-2.00%
	// food-beverage: 2.00%-3.00%
	// tech: 1.80%-2.80%
}

func ExampleCTRStanding() {
	ctr, _ := engagement.CTR(32, 1000)
	for _, i := range []engagement.Industry{engagement.Fashion, engagement.FoodBeverage} {
		fmt.Println(i, engagement.CTRStanding(i, ctr))
	}
	// Output:
	// fashion above
	// food-beverage above
}

func ExampleParseIndustry() {
	i, err := engagement.ParseIndustry("Food & Beverage")
	fmt.Println(i, err)
	// Output: food-beverage <nil>
}

func ExampleRange_Stand() {
	band := engagement.Range{Low: 0.015, High: 0.025}
	fmt.Println(band.Stand(0.01), band.Stand(0.015), band.Stand(0.03))
	// Output: below within above
}

func ExampleRate() {
	r := engagement.Rate(0.024)
	b, _ := json.Marshal(map[string]engagement.Rate{"err": r})
	fmt.Println(r, r.Percent(), string(b))
	// Output: 2.40% 2.4 {"err":0.024}
}

// The story loses over half its viewers on the second frame (index 1).
func ExampleStoryCompletion() {
	s, err := engagement.StoryCompletion(5000, 2100, 1900, 1850)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("completion", s.Completion, "strong", s.Strong)
	fmt.Println("retention", s.Retention)
	fmt.Println("worst frame", s.WorstFrame)
	// Output:
	// completion 37.00% strong false
	// retention [100.00% 42.00% 90.48% 97.37%]
	// worst frame 1
}

func ExampleStoryCompletion_growth() {
	_, err := engagement.StoryCompletion(1200, 1010, 1100)
	fmt.Println(errors.Is(err, engagement.ErrFrameGrowth))
	fmt.Println(err)
	// Output:
	// true
	// engagement: story frame has more views than the frame before it: StoryCompletion frameViews[2] = 1100 (above frameViews[1] = 1010)
}

// The two averages differ when posts differ in size: name the one you use.
func ExampleMeanOfPostRates() {
	posts := []engagement.PostCounts{
		{Interactions: engagement.Interactions{Likes: 100}, Base: 1000},
		{Interactions: engagement.Interactions{Likes: 900}, Base: 90000},
	}
	mean, _ := engagement.MeanOfPostRates(engagement.FormulaERR, posts)
	pooled, _ := engagement.PooledRate(engagement.FormulaERR, posts)
	fmt.Println("mean of post rates (Hootsuite):", mean)
	fmt.Println("pooled rate (Later, Sprout):", pooled)
	// Output:
	// mean of post rates (Hootsuite): 5.50%
	// pooled rate (Later, Sprout): 1.10%
}

func ExamplePooledRate() {
	posts := []engagement.PostCounts{
		{Interactions: engagement.Interactions{Likes: 3900, Comments: 210, Shares: 450}, Base: 61000},
		{Interactions: engagement.Interactions{Likes: 800, Comments: 40, Shares: 60}, Base: 12000},
	}
	r, _ := engagement.PooledRate(engagement.FormulaByViews, posts)
	fmt.Println(r)
	// Output: 7.48%
}

func ExampleFormula_Rate() {
	in := engagement.Interactions{Likes: 10, Shares: 10}
	for _, f := range []engagement.Formula{engagement.FormulaERR, engagement.FormulaByFollowers} {
		r, _ := f.Rate(in, 100)
		fmt.Println(f, r)
	}
	// Output:
	// err 10.00%
	// by-followers 20.00%
}

// stryde-greg's creator against micro-how-to's table: 1K-10K followers average 4%.
func ExampleBenchmarkTable_Compare() {
	r, _ := engagement.ByFollowers(engagement.Interactions{Likes: 554, Comments: 40}, 4000)
	for _, table := range engagement.BenchmarkTables() {
		c, ok := table.Compare(r, 4000)
		if !ok {
			fmt.Println(table.Name()+":", "no figure for", table.Scale().Of(4000))
			continue
		}
		fmt.Println(c)
	}
	// Output:
	// 14.85% vs 4.26% expected of nano (hypeauditor-2018): above, 3.49x
	// 14.85% vs 4.00% expected of micro (micro-how-to): above, 3.71x
	// mighty-micro: no figure for nano
}

func ExampleNewBenchmarkTable() {
	table, err := engagement.NewBenchmarkTable("agency-2026", "our own 2026 campaigns", tier.FiveTier,
		engagement.TierBenchmark{Tier: tier.Micro, Expected: engagement.Range{Low: 0.03, High: 0.06}},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ := table.Compare(0.025, 30000)
	fmt.Println(c.Tier, c.Expected, c.Standing)
	// Output: micro 3.00%-6.00% below
}

func ExampleFollowerSpikes() {
	start := time.Date(2026, 1, 4, 0, 0, 0, 0, time.UTC)
	var history []engagement.FollowerSample
	for i, n := range []int64{151000, 152200, 153100, 243900, 246800, 248300, 250000} {
		history = append(history, engagement.FollowerSample{Date: start.AddDate(0, 0, 7*i), Followers: n})
	}
	spikes, _ := engagement.FollowerSpikes(history)
	for _, s := range spikes {
		fmt.Printf("%s to %s: +%d (%s)\n", s.From.Date.Format(time.DateOnly), s.To.Date.Format(time.DateOnly), s.Gain, engagement.Rate(s.Jump))
	}
	// Output: 2026-01-18 to 2026-01-25: +90800 (59.31%)
}

func ExampleSpikeRule_Find() {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var history []engagement.FollowerSample
	for i, n := range []int64{1000, 1010, 1020, 1100, 1110} {
		history = append(history, engagement.FollowerSample{Date: start.AddDate(0, 0, i), Followers: n})
	}
	byDefault, _ := engagement.FollowerSpikes(history)
	sensitive, _ := engagement.SpikeRule{Multiple: 5, MinJump: 0.05}.Find(history)
	fmt.Println(len(byDefault), len(sensitive))
	// Output: 0 1
}

func ExampleClassifyComment() {
	for _, c := range []string{"Nice! 🔥", "🔥🔥🔥", "Which brush did you use?", " "} {
		fmt.Printf("%q %s\n", c, engagement.ClassifyComment(c))
	}
	// Output:
	// "Nice! 🔥" generic
	// "🔥🔥🔥" emoji-only
	// "Which brush did you use?" substantive
	// " " blank
}

func ExampleCommentQuality() {
	s := engagement.CommentQuality([]string{"Nice! 🔥", "love it", "😍😍", "Where is it sold?", "where is it sold"})
	fmt.Printf("%d of %d low quality (%d emoji-only, %d generic, %d repeated)\n", s.LowQuality(), s.Total, s.EmojiOnly, s.Generic, s.Repeated)
	// Output: 4 of 5 low quality (1 emoji-only, 2 generic, 1 repeated)
}

func ExampleAudienceSignals() {
	signals, err := engagement.AudienceSignals(engagement.Profile{
		Platform:  influencekit.Instagram,
		Followers: 250000,
		Following: 9800,
		Posts:     []engagement.Interactions{{Likes: 1100, Comments: 95}},
		Comments:  []string{"Nice! 🔥", "🔥🔥🔥", "love it", "Nice! 🔥", "😍😍", "great post"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range signals {
		fmt.Printf("%s: %.4f crossed %.4f\n", s.Kind, s.Measured, s.Threshold)
	}
	// Output:
	// low-engagement: 0.0048 crossed 0.0077
	// engagement-floor: 0.0048 crossed 0.0100
	// low-quality-comments: 1.0000 crossed 0.5000
}

func ExampleSignalThresholds_Signals() {
	th := engagement.DefaultSignalThresholds()
	th.FollowingRatio = 1 // flag accounts following more than follow them
	signals, _ := th.Signals(engagement.Profile{Followers: 2000, Following: 2400})
	for _, s := range signals {
		fmt.Println(s.Kind, s.Evidence)
	}
	// Output: following-ratio follows 2400 accounts for 2000 followers, a ratio of 1.2, at or above 1.0
}

func ExampleDefaultSignalThresholds() {
	th := engagement.DefaultSignalThresholds()
	fmt.Println(th.Benchmarks.Name(), th.FarBelow, th.EngagementFloor, th.FollowingRatio, th.LowQualityComments, th.MinComments, th.Spike)
	// Output: hypeauditor-2018 0.5 1.00% 50 0.5 5 {5 0.1}
}

// An Instagram Graph media insights response, with each metric's value
// taken from the "data" array.
func ExampleInstagramInsights() {
	m := engagement.InstagramInsights{Likes: 554, Comments: 40, Saved: 31, Shares: 9, Reach: 3650, Views: 5200}
	r, _ := m.ERR()
	fmt.Printf("%+v %s\n", m.Interactions(), r)
	// Output: {Likes:554 Comments:40 Saves:31 Shares:9} 17.12%
}

// A TikTok Display API video object decodes directly.
func ExampleTikTokVideo() {
	var v engagement.TikTokVideo
	_ = json.Unmarshal([]byte(`{"id":"73","like_count":3900,"comment_count":210,"share_count":450,"view_count":61000}`), &v)
	r, _ := v.ByViews()
	fmt.Printf("%+v %s\n", v.Interactions(), r)
	// Output: {Likes:3900 Comments:210 Saves:0 Shares:450} 7.48%
}

// A YouTube Data API video's "statistics" object, whose counts are strings.
func ExampleYouTubeStatistics() {
	var s engagement.YouTubeStatistics
	_ = json.Unmarshal([]byte(`{"viewCount":"95000","likeCount":"5200","favoriteCount":"0","commentCount":"640"}`), &s)
	r, _ := s.ByViews()
	fmt.Printf("%+v %s\n", s.Interactions(), r)
	// Output: {Likes:5200 Comments:640 Saves:0 Shares:0} 6.15%
}

// An X API v2 post's public_metrics: reposts and quotes are both shares.
func ExampleXPublicMetrics() {
	var m engagement.XPublicMetrics
	_ = json.Unmarshal([]byte(`{"retweet_count":12,"reply_count":30,"like_count":400,"quote_count":3,"bookmark_count":25,"impression_count":20000}`), &m)
	in, _ := m.Interactions()
	r, _ := m.ByImpressions()
	fmt.Printf("%+v %s\n", in, r)
	// Output: {Likes:400 Comments:30 Saves:25 Shares:15} 2.35%
}

// InputError names the function, the input and the value it rejected.
func ExampleInputError() {
	_, err := engagement.CTR(-3, 1000)
	var ie *engagement.InputError
	if errors.As(err, &ie) {
		fmt.Println(ie.Func, ie.Input, ie.Value, errors.Is(err, engagement.ErrNegativeCount))
	}
	// Output: CTR clicks -3 true
}

func ExampleBenchmarkTables() {
	for _, table := range engagement.BenchmarkTables() {
		fmt.Printf("%s on %s: %d tiers\n", table.Name(), table.Scale(), len(table.Rows()))
	}
	// Output:
	// hypeauditor-2018 on hypeauditor-legacy: 6 tiers
	// micro-how-to on micro-up-to-10k: 4 tiers
	// mighty-micro on standard: 2 tiers
}

func ExampleDefaultSpikeRule() {
	r := engagement.DefaultSpikeRule()
	fmt.Printf("a spike gains %gx the typical daily gain and at least %s of the followers\n", r.Multiple, engagement.Rate(r.MinJump))
	// Output: a spike gains 5x the typical daily gain and at least 10.00% of the followers
}

func ExampleParseGrade() {
	g, err := engagement.ParseGrade("Solid")
	fmt.Println(g, err, g < engagement.Exceptional)
	// Output: solid <nil> true
}

func ExampleParseFormula() {
	f, _ := engagement.ParseFormula("BY-VIEWS")
	r, _ := f.Rate(engagement.Interactions{Likes: 90, Shares: 10}, 1000)
	fmt.Println(f, r)
	// Output: by-views 10.00%
}

func ExampleParseCommentClass() {
	c, err := engagement.ParseCommentClass("emoji-only")
	fmt.Println(c == engagement.EmojiOnly, err)
	// Output: true <nil>
}

func ExampleParseSignalKind() {
	k, _ := engagement.ParseSignalKind("follower-spike")
	b, _ := json.Marshal(struct {
		Kind engagement.SignalKind `json:"kind"`
	}{k})
	fmt.Println(string(b))
	// Output: {"kind":"follower-spike"}
}

// stryde-greg's goal: "increasing your Instagram following by 30% ... by the
// end of the year", evaluated on July 1 with the arithmetic shown.
func ExampleGoal_Evaluate() {
	date := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	goal := engagement.Goal{
		Name:     "Instagram following +30%",
		KPI:      engagement.KPIFollowerGrowth,
		Target:   0.30,
		Start:    date("2026-01-01"),
		Deadline: date("2026-12-31"),
	}
	history := []engagement.FollowerSample{
		{Date: date("2026-01-01"), Followers: 10000},
		{Date: date("2026-04-01"), Followers: 10700},
		{Date: date("2026-07-01"), Followers: 11500},
	}
	r, err := goal.Evaluate(engagement.FollowerMeasurements(history), date("2026-07-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: %s, %.0f%% of the way, %.1f followers a day needed\n", goal.Name, r.Status, r.Progress*100, r.PaceNeeded)
	fmt.Println(r.Arithmetic)
	// Output:
	// Instagram following +30%: on-track, 50% of the way, 8.2 followers a day needed
	// target 13000 = 10000 x (1 + 30.00%); progress (11500 - 10000) / (13000 - 10000) = 50.00%; trend (11500 - 10000) / 181 days = 8.3/day; projected 11500 + 8.3/day x 183 days = 13017 on 2026-12-31; needs (13000 - 11500) / 183 days left = 8.2/day; projected 13017 >= 13000: on track
}

// Campaign-to-date totals count from zero at the start: 140 discount-code
// uses in the first 30 of 60 days project 280, short of 300.
func ExampleGoal_Evaluate_totals() {
	start := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	goal := engagement.Goal{KPI: engagement.KPICodeUses, Target: 300, Start: start, Deadline: start.AddDate(0, 0, 60)}
	now := start.AddDate(0, 0, 30)
	r, _ := goal.Evaluate([]engagement.Measurement{{Date: now, Value: 140}}, now)
	fmt.Println(r.Status)
	fmt.Println(r.Arithmetic)
	// Output:
	// behind
	// progress 140 / 300 = 46.67%; trend (140 - 0) / 30 days = 4.7/day; projected 140 + 4.7/day x 30 days = 280 on 2026-04-30; needs (300 - 140) / 30 days left = 5.3/day; projected 280 < 300: behind
}

// Bad goals are errors wrapping sentinels.
func ExampleGoal_Evaluate_errors() {
	start := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	goal := engagement.Goal{Name: "reach", KPI: engagement.KPIReach, Target: 0, Start: start, Deadline: start.AddDate(0, 1, 0)}
	_, err := goal.Evaluate([]engagement.Measurement{{Date: start, Value: 10}}, start)
	fmt.Println(errors.Is(err, engagement.ErrInvalidTarget))
	fmt.Println(err)
	// Output:
	// true
	// engagement: invalid goal target: goal "reach" has target 0; want a positive finite number
}

// Growth over a follower history, with the spike that AudienceSignals also
// flags as bought followers.
func ExampleFollowerGrowth() {
	start := time.Date(2026, 1, 4, 0, 0, 0, 0, time.UTC)
	var history []engagement.FollowerSample
	for i, n := range []int64{151000, 152200, 153100, 243900, 246800, 248300, 250000} {
		history = append(history, engagement.FollowerSample{Date: start.AddDate(0, 0, 7*i), Followers: n})
	}
	g, err := engagement.FollowerGrowth(history)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(g)
	for _, s := range g.Spikes {
		fmt.Printf("spike: +%d in the week to %s, %.0fx the typical week\n", s.Gain, s.To.Date.Format(time.DateOnly), s.PerDay/s.TypicalPerDay)
	}
	// Output:
	// +99000 followers (+65.56%) from 151000 on 2026-01-04 to 250000 on 2026-02-15, 2357.1 a day over 42 days, 1 spike
	// spike: +90800 in the week to 2026-01-25, 61x the typical week
}

func ExampleParseKPI() {
	k, err := engagement.ParseKPI("Discount-Code-Uses")
	fmt.Println(k, err)
	// Output: code-uses <nil>
}

// A Story travels as JSON with snake_case keys and rates as fractions, and
// reads back as itself.
func ExampleStory_MarshalJSON() {
	s, _ := engagement.StoryCompletion(1000, 900, 720)
	b, _ := json.Marshal(s)
	fmt.Println(string(b))

	var back engagement.Story
	_ = json.Unmarshal(b, &back)
	fmt.Println(back.Completion, back.Strong, back.WorstFrame)
	// Output:
	// {"completion":0.72,"strong":true,"retention":[1,0.9,0.8],"worst_frame":2}
	// 72.00% true 2
}

// A BenchmarkTable travels with its scale and rows; reading it back builds
// it through NewBenchmarkTable, so a table read from JSON is as valid as a
// table built in Go.
func ExampleBenchmarkTable_MarshalJSON() {
	b, _ := json.Marshal(engagement.HypeAuditor2018Benchmarks)
	var back engagement.BenchmarkTable
	err := json.Unmarshal(b, &back)
	fmt.Println(err, back.Name(), back.Scale().Name(), len(back.Rows()))

	c, _ := back.Compare(0.029, 12_000)
	fmt.Println(c)
	// Output:
	// <nil> hypeauditor-2018 hypeauditor-legacy 6
	// 2.90% vs 2.28% expected of micro (hypeauditor-2018): above, 1.27x
}

// A sales goal is money: its target and its campaign-to-date revenues are
// pricing.Money, and every figure of the report is exact.
func ExampleRevenueGoal_Evaluate() {
	goal := engagement.RevenueGoal{
		Name:     "spring sales",
		Target:   pricing.MustNew("40000.00", "USD"),
		Start:    time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC),
		Deadline: time.Date(2026, 3, 31, 0, 0, 0, 0, time.UTC),
	}
	feb21 := time.Date(2026, 2, 21, 0, 0, 0, 0, time.UTC)
	r, err := goal.Evaluate([]engagement.Revenue{{Date: feb21, Total: pricing.MustNew("18250.00", "USD")}}, feb21)
	fmt.Println(err, r.Status, r.Trend, r.Projected, r.PaceNeeded)
	// Output:
	// <nil> on-track 912.50 USD 52925.00 USD 572.37 USD
}

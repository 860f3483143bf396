package engagement

import (
	"encoding/json"
	"flag"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/internal/jsonform"
	"github.com/influencekit/influencekit/tier"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/json")

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// jsonResults are fully populated results of this package, each with the
// golden file its JSON must match. oneWay marks a type documented as not
// readable back from its JSON.
func jsonResults() []struct {
	golden string
	value  any
} {
	spiky := weekly(151000, 152200, 153100, 243900, 246800, 248300, 250000)
	growth := must(FollowerGrowth(spiky))
	signals := must(AudienceSignals(Profile{
		Platform: influencekit.Instagram, Followers: 250000, Following: 240,
		Posts:    []Interactions{{Likes: 900, Comments: 40}, {Likes: 700, Comments: 25}},
		Comments: []string{"🔥🔥", "nice post", "nice post", "love it", "so where is it sold?", "🔥"},
		History:  spiky,
	}))
	goal := Goal{Name: "Instagram following +7%", KPI: KPIFollowerGrowth, Target: 0.07, Start: day("2026-01-01"), Deadline: day("2026-03-31")}
	report := must(goal.Evaluate(FollowerMeasurements(weekly(3710, 3768, 3815, 3870)), day("2026-01-30")))
	comparison, _ := HypeAuditor2018Benchmarks.Compare(0.029, 12_000)
	revenue := must(springSales.Evaluate(revenues("2026-02-11", "2000.00", "2026-03-01", "9000.00"), day("2026-03-01")))
	return []struct {
		golden string
		value  any
	}{
		{"story.json", must(StoryCompletion(1200, 1010, 930, 610))},
		{"range.json", Range{Low: 0.015, High: 0.025}},
		{"interactions.json", Interactions{Likes: 554, Comments: 40, Saves: 31, Shares: 12}},
		{"tier_benchmark.json", TierBenchmark{Tier: tier.Micro, Expected: Range{Low: 0.07, High: 0.20}}},
		{"benchmark_table.json", HypeAuditor2018Benchmarks},
		{"tier_comparison.json", comparison},
		{"follower_sample.json", spiky[0]},
		{"follower_spike.json", growth.Spikes[0]},
		{"growth.json", growth},
		{"signal.json", signals[0]},
		{"signals.json", signals},
		{"comment_stats.json", CommentQuality([]string{"🔥🔥", "nice post", "where is it sold?", "where is it sold?", ""})},
		{"goal.json", goal},
		{"measurement.json", Measurement{Date: day("2026-02-01"), Value: 1200}},
		{"goal_report.json", report},
		{"spike_rule.json", DefaultSpikeRule()},
		{"revenue_goal.json", springSales},
		{"revenue.json", revenue.Current},
		{"revenue_report.json", revenue},
	}
}

// TestJSONForms holds every result type to its golden file and to the
// shared rules of internal/jsonform, and reads each back as itself.
func TestJSONForms(t *testing.T) {
	for _, tt := range jsonResults() {
		t.Run(tt.golden, func(t *testing.T) {
			assert.Empty(t, jsonform.Problems(tt.value))
			b, err := json.Marshal(tt.value)
			require.NoError(t, err)
			diff, err := jsonform.Golden(filepath.Join("testdata", "json", tt.golden), b, *update)
			require.NoError(t, err)
			assert.Empty(t, diff)

			back := reflect.New(reflect.TypeOf(tt.value))
			require.NoError(t, json.Unmarshal(b, back.Interface()), "every result of this package reads back")
			assert.Equal(t, tt.value, back.Elem().Interface(), "and comes back as itself")
		})
	}
}

// TestJSONListsNeverNull: results without frames, spikes or rows still
// write their lists as [].
func TestJSONListsNeverNull(t *testing.T) {
	for _, v := range []any{Story{}, Growth{}, BenchmarkTable{}} {
		b, err := json.Marshal(v)
		require.NoError(t, err)
		assert.NotContains(t, string(b), "null", "%T", v)
	}
}

func TestJSONDates(t *testing.T) {
	tests := []struct {
		why string
		in  string
		v   any
	}{
		{"a date with a time is not a date", `{"date":"2026-01-04T10:00:00Z","followers":1}`, &FollowerSample{}},
		{"a date needs two-digit months", `{"date":"2026-1-04","value":1}`, &Measurement{}},
		{"an empty deadline", `{"kpi":"reach","target":1,"start":"2026-01-01","deadline":""}`, &Goal{}},
		{"an impossible date", `{"kind":"follower-spike","at":"2026-02-30"}`, &Signal{}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.ErrorIs(t, json.Unmarshal([]byte(tt.in), tt.v), ErrInvalidDate)
		})
	}
	var s Signal
	require.NoError(t, json.Unmarshal([]byte(`{"kind":"following-ratio","measured":60,"threshold":50,"evidence":"x"}`), &s))
	assert.True(t, s.At.IsZero(), "a signal without \"at\" has no date")
}

func TestBenchmarkTableJSONIsValidated(t *testing.T) {
	var table BenchmarkTable
	err := json.Unmarshal([]byte(`{"name":"x","source":"y","scale":{"name":"standard"},"rows":[{"tier":"micro","expected":{"low":0.2,"high":0.1}}]}`), &table)
	assert.ErrorIs(t, err, ErrInvalidThreshold, "an inverted range is refused as NewBenchmarkTable refuses it")
	err = json.Unmarshal([]byte(`{"name":"x","source":"y","scale":{"name":"standard"},"rows":[{"tier":"mid","expected":{"low":0.1,"high":0.1}}]}`), &table)
	assert.ErrorIs(t, err, ErrInvalidThreshold, "mid is empty on the standard scale")
}

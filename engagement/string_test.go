package engagement

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStringsReadInALogLine holds each result's String to one line that
// says what happened, with units, as a person reading a log wants it (the
// default %v printed struct internals and unexported fields).
func TestStringsReadInALogLine(t *testing.T) {
	spiky := weekly(151000, 152200, 153100, 243900, 246800, 248300, 250000)
	growth := must(FollowerGrowth(spiky))
	report := must(Goal{Name: "Instagram following +7%", KPI: KPIFollowerGrowth, Target: 0.07, Start: day("2026-01-01"), Deadline: day("2026-03-31")}.
		Evaluate(FollowerMeasurements(weekly(3710, 3768, 3815, 3870)), day("2026-01-30")))
	revenue := must(springSales.Evaluate(revenues("2026-02-21", "18250.00"), day("2026-03-01")))
	tests := []struct {
		why   string
		value fmt.Stringer
		want  string
	}{
		{"a story names its completion, strength and worst frame", must(StoryCompletion(1000, 900, 720)),
			"completion 72.00% (strong) over 3 frames; worst frame 2 keeps 80.00%"},
		{"a story that keeps everyone has no worst frame", must(StoryCompletion(10, 10)), "completion 100.00% (strong) over 2 frames"},
		{"the zero story", Story{}, "no frames"},
		{"a signal is its kind and evidence", Signal{Kind: SignalFollowingRatio, Evidence: "follows 12000 accounts for 200 followers"},
			"following-ratio: follows 12000 accounts for 200 followers"},
		{"comment stats count each class", CommentQuality([]string{"🔥", "nice", "where is it sold?", "where is it sold?"}),
			"3 of 4 comments are low quality (75.00%): 1 emoji-only, 1 generic, 1 repeated"},
		{"a sample is a count on a date", spiky[0], "151000 followers on 2026-01-04"},
		{"a spike says how far above the typical gain it was", growth.Spikes[0],
			"+90800 followers (59.31%) from 2026-01-18 to 2026-01-25, 12971 a day against a typical 214"},
		{"a goal report names the goal, status and progress", report, "Instagram following +7%: on-track, 61.61% of target (follower-growth)"},
		{"an unnamed goal still reads", GoalReport{Status: Met, Progress: 1, Goal: Goal{KPI: KPIReach}}, "goal: met, 100.00% of target (reach)"},
		{"a revenue report shows money", revenue, "spring sales: on-track, 45.62% of 40000.00 USD (projected 52925.00 USD)"},
		{"a benchmark table lists its rows", MicroHowToBenchmarks,
			"micro-how-to on micro-up-to-10k: unranked 8.00%, micro 4.00%, mid 2.40%, mega 1.70%"},
		{"the zero table", BenchmarkTable{}, "empty benchmark table"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.value.String())
			assert.Equal(t, tt.want, fmt.Sprint(tt.value), "%%v uses String")
		})
	}
}

package engagement

import (
	"testing"

	"github.com/influencekit/influencekit"
	"github.com/stretchr/testify/assert"
)

var (
	benchIn     = Interactions{Likes: 554, Comments: 40, Saves: 31, Shares: 9}
	benchFrames = []int64{5000, 4600, 4300, 3900, 3700, 3400, 3300, 3100, 2900, 2800}
)

// TestAllocationTargets holds the allocation budget: ERR, CTR and
// GradeERR allocate nothing, StoryCompletion over 10 frames at most twice.
func TestAllocationTargets(t *testing.T) {
	var sink Rate
	tests := []struct {
		why string
		f   func()
		max float64
	}{
		{"ERR allocates nothing", func() { sink, _ = ERR(benchIn, 3650) }, 0},
		{"ByFollowers allocates nothing", func() { sink, _ = ByFollowers(benchIn, 4000) }, 0},
		{"ByViews allocates nothing", func() { sink, _ = ByViews(benchIn, 5200) }, 0},
		{"CTR allocates nothing", func() { sink, _ = CTR(96, 5200) }, 0},
		{"GradeERR allocates nothing", func() { _ = GradeERR(sink) }, 0},
		{"CTRStanding allocates nothing", func() { _ = CTRStanding(Beauty, sink) }, 0},
		{"StoryCompletion over 10 frames allocates at most twice", func() { _, _ = StoryCompletion(benchFrames...) }, 2},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.LessOrEqual(t, testing.AllocsPerRun(100, tt.f), tt.max)
		})
	}
}

func BenchmarkERR(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = ERR(benchIn, 3650)
	}
}

func BenchmarkByFollowers(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = ByFollowers(benchIn, 4000)
	}
}

func BenchmarkCTR(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = CTR(96, 5200)
	}
}

func BenchmarkGradeERR(b *testing.B) {
	b.ReportAllocs()
	rates := []Rate{0.019, 0.02, 0.049, 0.05, 0.17}
	i := 0
	for b.Loop() {
		_ = GradeERR(rates[i%len(rates)])
		i++
	}
}

func BenchmarkStoryCompletion10(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_, _ = StoryCompletion(benchFrames...)
	}
}

func BenchmarkPooledRate12(b *testing.B) {
	posts := make([]PostCounts, 12)
	for i := range posts {
		posts[i] = PostCounts{Interactions: benchIn, Base: int64(3000 + 100*i)}
	}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = PooledRate(FormulaERR, posts)
	}
}

func BenchmarkCommentQuality(b *testing.B) {
	comments := maxVibes().Comments
	b.ReportAllocs()
	for b.Loop() {
		_ = CommentQuality(comments)
	}
}

func BenchmarkAudienceSignals(b *testing.B) {
	p := maxVibes()
	p.Platform = influencekit.Instagram
	b.ReportAllocs()
	for b.Loop() {
		_, _ = AudienceSignals(p)
	}
}

func BenchmarkGoalEvaluate(b *testing.B) {
	history := make([]FollowerSample, 52)
	for i := range history {
		history[i] = FollowerSample{Date: day("2026-01-01").AddDate(0, 0, 7*i), Followers: int64(10000 + 60*i)}
	}
	measurements := FollowerMeasurements(history)
	now := history[len(history)-1].Date
	b.ReportAllocs()
	for b.Loop() {
		_, _ = strydeGoal.Evaluate(measurements, now)
	}
}

func BenchmarkFollowerGrowth52Weeks(b *testing.B) {
	history := make([]FollowerSample, 52)
	for i := range history {
		history[i] = FollowerSample{Date: day("2026-01-01").AddDate(0, 0, 7*i), Followers: int64(10000 + 60*i + 7*(i%5))}
	}
	b.ReportAllocs()
	for b.Loop() {
		_, _ = FollowerGrowth(history)
	}
}

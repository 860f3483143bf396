package engagement

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// weekly builds a history of weekly samples starting 2026-01-04.
func weekly(counts ...int64) []FollowerSample {
	h := make([]FollowerSample, len(counts))
	for i, c := range counts {
		h[i] = FollowerSample{Date: day("2026-01-04").AddDate(0, 0, 7*i), Followers: c}
	}
	return h
}

func TestFollowerSpikes(t *testing.T) {
	tests := []struct {
		why     string
		history []FollowerSample
		spikes  []string // dates of the sample after each jump
	}{
		{"steady growth has no spike", weekly(3710, 3768, 3815, 3870, 3921, 3962, 4000), nil},
		{"campaign sample: 90,800 bought in one week", weekly(151000, 152200, 153100, 243900, 246800, 248300, 250000), []string{"2026-01-25"}},
		{"two samples have no trend to compare with", weekly(1000, 5000), nil},
		{"three samples are enough: the jump is compared with the other interval", weekly(1000, 1010, 2000), []string{"2026-01-18"}},
		{"a big jump on a flat account", weekly(1000, 1000, 1000, 1500, 1500), []string{"2026-01-25"}},
		{"a jump under MinJump (10%) is ordinary noise on a flat account", weekly(1000, 1000, 1000, 1050, 1050), nil},
		{"a jump of 5x the trend that stays under 10% is not a spike", weekly(100000, 100100, 100200, 105000, 105100), nil},
		{"losses are never spikes", weekly(5000, 5000, 1000, 1000), nil},
		{"two spikes, in date order", weekly(1000, 1010, 3000, 3010, 3020, 9000, 9010), []string{"2026-01-18", "2026-02-08"}},
		{"an account starting from zero", weekly(0, 0, 500, 505), []string{"2026-01-18"}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			spikes, err := FollowerSpikes(tt.history)
			require.NoError(t, err)
			var dates []string
			for _, s := range spikes {
				dates = append(dates, s.To.Date.Format(time.DateOnly))
				assert.Equal(t, s.To.Followers-s.From.Followers, s.Gain)
			}
			assert.Equal(t, tt.spikes, dates)
		})
	}
}

func TestFollowerSpikeEvidence(t *testing.T) {
	spikes, err := FollowerSpikes(weekly(151000, 152200, 153100, 243900, 246800, 248300, 250000))
	require.NoError(t, err)
	require.Len(t, spikes, 1)
	s := spikes[0]
	assert.Equal(t, int64(90_800), s.Gain)
	assert.InDelta(t, 90800.0/153100, s.Jump, 1e-12)
	assert.InDelta(t, 90800.0/7, s.PerDay, 1e-9)
	// The other weekly gains are 1200, 900, 2900, 1500, 1700: median 1500.
	assert.InDelta(t, 1500.0/7, s.TypicalPerDay, 1e-9)
}

func TestFollowerSpikesComparePerDay(t *testing.T) {
	// Samples a day apart and a month apart: a month's gain of 3,000 is the
	// same pace as 100 a day, so nothing spikes although it is 30x larger.
	h := []FollowerSample{
		{day("2026-01-01"), 10000},
		{day("2026-01-02"), 10100},
		{day("2026-01-03"), 10200},
		{day("2026-02-02"), 13200},
		{day("2026-02-03"), 13300},
	}
	spikes, err := FollowerSpikes(h)
	require.NoError(t, err)
	assert.Empty(t, spikes)
}

func TestSpikeRule(t *testing.T) {
	h := weekly(1000, 1010, 1020, 1100, 1110)
	strict, err := DefaultSpikeRule().Find(h)
	require.NoError(t, err)
	assert.Empty(t, strict, "an 8% jump is under the default 10%")
	loose, err := SpikeRule{Multiple: 5, MinJump: 0.05}.Find(h)
	require.NoError(t, err)
	assert.Len(t, loose, 1, "a rule with a lower MinJump flags it")

	for _, bad := range []SpikeRule{{}, {Multiple: -1}, {Multiple: 5, MinJump: -0.1}, {Multiple: nanFloat(), MinJump: 0.1}, {Multiple: 5, MinJump: nanFloat()}} {
		_, err := bad.Find(h)
		assert.ErrorIs(t, err, ErrInvalidThreshold, "%+v", bad)
	}
}

func TestFollowerSpikesErrors(t *testing.T) {
	tests := []struct {
		why     string
		history []FollowerSample
		want    error
	}{
		{"a negative count", weekly(100, -1, 100), ErrNegativeCount},
		{"dates out of order", []FollowerSample{{day("2026-01-02"), 1}, {day("2026-01-01"), 2}, {day("2026-01-03"), 3}}, ErrUnsortedHistory},
		{"the same date twice", []FollowerSample{{day("2026-01-01"), 1}, {day("2026-01-01"), 2}, {day("2026-01-03"), 3}}, ErrUnsortedHistory},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			spikes, err := FollowerSpikes(tt.history)
			assert.ErrorIs(t, err, tt.want)
			assert.Nil(t, spikes)
		})
	}
	_, err := FollowerSpikes([]FollowerSample{{day("2026-01-02"), 1}, {day("2026-01-01"), 2}})
	assert.EqualError(t, err, "engagement: follower history is not in increasing date order: history[1] on 2026-01-01 is not after history[0] on 2026-01-02",
		"a short history is still validated")
}

func TestMedianWithout(t *testing.T) {
	tests := []struct {
		why    string
		sorted []float64
		v      float64
		want   float64
	}{
		{"two values: the other one", []float64{1, 9}, 9, 1},
		{"odd remainder", []float64{1, 2, 3, 100}, 100, 2},
		{"even remainder", []float64{1, 2, 3, 4, 100}, 1, 3.5},
		{"duplicates of v", []float64{5, 5, 5}, 5, 5},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.InDelta(t, tt.want, medianWithout(tt.sorted, tt.v), 1e-12)
		})
	}
}

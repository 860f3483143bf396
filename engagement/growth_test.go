package engagement

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// frankBody is an illustrative monthly series in the shape of stryde-greg's
// Frank Body: "more than 350,000 Instagram followers in less than one
// year". The counts are made up; the article gives only the total and the
// span.
func frankBody() []FollowerSample {
	counts := []int64{25000, 52000, 83000, 115000, 148000, 178000, 210000, 243000, 275000, 310000, 345000, 380000}
	h := make([]FollowerSample, len(counts))
	for i, c := range counts {
		h[i] = FollowerSample{Date: day("2014-01-15").AddDate(0, i, 0), Followers: c}
	}
	return h
}

func TestFollowerGrowth(t *testing.T) {
	tests := []struct {
		why      string
		history  []FollowerSample
		gain     int64
		fraction float64
		days     float64
		spikes   int
	}{
		{"stryde-greg: Frank Body gained over 350,000 in under a year, steadily", frankBody(), 355000, 355000.0 / 25000, 334, 0},
		{"steady organic growth (the campaign's nano creator)", weekly(3710, 3768, 3815, 3870, 3921, 3962, 4000), 290, 290.0 / 3710, 42, 0},
		{"bought followers show as one spike (the campaign's last creator)", weekly(151000, 152200, 153100, 243900, 246800, 248300, 250000), 99000, 99000.0 / 151000, 42, 1},
		{"two samples: growth but no trend for spikes", weekly(1000, 5000), 4000, 4, 7, 0},
		{"a loss is negative growth", weekly(5000, 4800, 4500), -500, -0.1, 14, 0},
		{"growth from zero counts the start as one follower", weekly(0, 0, 500, 505), 505, 505, 21, 1},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			g, err := FollowerGrowth(tt.history)
			require.NoError(t, err)
			assert.Equal(t, tt.gain, g.Gain)
			assert.InDelta(t, tt.fraction, g.Fraction, 1e-12)
			assert.InDelta(t, tt.fraction*100, g.Percent(), 1e-9)
			assert.InDelta(t, tt.days, g.Days, 1e-9)
			assert.InDelta(t, float64(tt.gain)/tt.days, g.PerDay, 1e-9)
			assert.Len(t, g.Spikes, tt.spikes)
			assert.Equal(t, tt.history[0], g.From)
			assert.Equal(t, tt.history[len(tt.history)-1], g.To)
		})
	}
}

// TestFollowerGrowthSharesSpikes holds growth and the audience red flags to
// one spike logic: the same history gives the same spikes both ways.
func TestFollowerGrowthSharesSpikes(t *testing.T) {
	rule := SpikeRule{Multiple: 3, MinJump: 0.05}
	for _, h := range [][]FollowerSample{frankBody(), weekly(151000, 152200, 153100, 243900, 246800, 248300, 250000), weekly(1000, 1010, 3000, 3010, 3020, 9000, 9010)} {
		g, err := rule.Growth(h)
		require.NoError(t, err)
		spikes, err := rule.Find(h)
		require.NoError(t, err)
		assert.Equal(t, spikes, g.Spikes)
	}
}

func TestFollowerGrowthErrors(t *testing.T) {
	tests := []struct {
		why     string
		rule    SpikeRule
		history []FollowerSample
		want    error
	}{
		{"no samples", DefaultSpikeRule(), nil, ErrShortHistory},
		{"one sample is no growth", DefaultSpikeRule(), weekly(1000), ErrShortHistory},
		{"a negative count", DefaultSpikeRule(), weekly(1000, -1), ErrNegativeCount},
		{"dates out of order", DefaultSpikeRule(), []FollowerSample{{day("2026-01-02"), 1}, {day("2026-01-01"), 2}}, ErrUnsortedHistory},
		{"an invalid rule", SpikeRule{}, weekly(1000, 1100), ErrInvalidThreshold},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			g, err := tt.rule.Growth(tt.history)
			assert.ErrorIs(t, err, tt.want)
			assert.Equal(t, Growth{}, g)
		})
	}
	_, err := FollowerGrowth(weekly(10, -3))
	assert.EqualError(t, err, "engagement: count is negative: FollowerGrowth history[1].Followers = -3", "the error names the function")
}

func TestGrowthString(t *testing.T) {
	g, err := FollowerGrowth(weekly(3710, 3768, 3815, 3870, 3921, 3962, 4000))
	require.NoError(t, err)
	assert.Equal(t, "+290 followers (+7.82%) from 3710 on 2026-01-04 to 4000 on 2026-02-15, 6.9 a day over 42 days, 0 spikes", g.String())
}

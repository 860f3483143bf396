package engagement

import (
	"errors"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAveragesDiffer(t *testing.T) {
	// One small post at 10% and one large post at 1%: the mean of rates
	// weighs them equally, the pooled rate weighs the large one more.
	posts := []PostCounts{
		{Interactions: Interactions{Likes: 100}, Base: 1_000},
		{Interactions: Interactions{Likes: 900}, Base: 90_000},
	}
	tests := []struct {
		why  string
		avg  func(Formula, []PostCounts) (Rate, error)
		f    Formula
		want Rate
	}{
		{"Hootsuite: mean of the per-post rates, (10% + 1%) / 2", MeanOfPostRates, FormulaERR, 0.055},
		{"Later and Sprout: total engagements over total reach, 1,000 / 91,000", PooledRate, FormulaERR, 1000.0 / 91000},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := tt.avg(tt.f, posts)
			require.NoError(t, err)
			assert.InDelta(t, float64(tt.want), float64(got), 1e-15)
		})
	}
}

func TestAveragesFollowTheFormula(t *testing.T) {
	posts := []PostCounts{{Interactions: Interactions{Likes: 10, Shares: 10}, Base: 100}}
	tests := []struct {
		why  string
		f    Formula
		want Rate
	}{
		{"ERR ignores shares", FormulaERR, 0.1},
		{"by followers counts shares", FormulaByFollowers, 0.2},
		{"by views counts shares", FormulaByViews, 0.2},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			mean, err := MeanOfPostRates(tt.f, posts)
			require.NoError(t, err)
			pooled, err := PooledRate(tt.f, posts)
			require.NoError(t, err)
			assert.InDelta(t, float64(tt.want), float64(mean), 1e-15)
			assert.InDelta(t, float64(tt.want), float64(pooled), 1e-15, "one post: both methods agree")
			direct, err := tt.f.Rate(posts[0].Interactions, posts[0].Base)
			require.NoError(t, err)
			assert.Equal(t, mean, direct)
		})
	}
}

func TestAverageErrors(t *testing.T) {
	ok := PostCounts{Interactions: Interactions{Likes: 1}, Base: 10}
	tests := []struct {
		why   string
		avg   func(Formula, []PostCounts) (Rate, error)
		f     Formula
		posts []PostCounts
		want  error
		input string
	}{
		{"mean of no posts", MeanOfPostRates, FormulaERR, nil, ErrNoPosts, "len(posts)"},
		{"pooled of no posts", PooledRate, FormulaERR, []PostCounts{}, ErrNoPosts, "len(posts)"},
		{"mean: the bad post is named", MeanOfPostRates, FormulaERR, []PostCounts{ok, {Base: 0}}, ErrNonPositiveBase, "posts[1].Base"},
		{"pooled: the bad post is named", PooledRate, FormulaByViews, []PostCounts{ok, ok, {Base: -1}}, ErrNonPositiveBase, "posts[2].Base"},
		{"mean: negative count", MeanOfPostRates, FormulaByFollowers, []PostCounts{{Interactions: Interactions{Comments: -2}, Base: 5}}, ErrNegativeCount, "posts[0].Comments"},
		{"pooled: negative count", PooledRate, FormulaERR, []PostCounts{{Interactions: Interactions{Saves: -2}, Base: 5}}, ErrNegativeCount, "posts[0].Saves"},
		{"pooled: engagements of all posts overflow though each fits", PooledRate, FormulaERR,
			[]PostCounts{{Interactions: Interactions{Likes: math.MaxInt64}, Base: 1}, ok}, ErrOverflow, "posts[1].engagements"},
		{"pooled: total base overflows", PooledRate, FormulaERR,
			[]PostCounts{{Base: math.MaxInt64}, ok}, ErrOverflow, "posts[1].Base"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r, err := tt.avg(tt.f, tt.posts)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.Zero(t, r)
			var ie *InputError
			require.True(t, errors.As(err, &ie))
			assert.Equal(t, tt.input, ie.Input)
		})
	}
	_, err := MeanOfPostRates(Formula(9), []PostCounts{ok})
	assert.ErrorIs(t, err, ErrUnknownFormula, "an undeclared formula is an error, not a guess")
	_, err = Formula(9).Engagements(Interactions{})
	assert.ErrorIs(t, err, ErrUnknownFormula)
	_, err = Formula(9).Rate(Interactions{}, 10)
	assert.ErrorIs(t, err, ErrUnknownFormula, "Rate documents the same error")
	_, err = PooledRate(Formula(9), []PostCounts{ok})
	assert.ErrorIs(t, err, ErrUnknownFormula, "PooledRate has MeanOfPostRates' errors")
}

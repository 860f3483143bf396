package engagement

import (
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestERR(t *testing.T) {
	tests := []struct {
		why   string
		in    Interactions
		reach int64
		want  Rate
		grade Grade
	}{
		{"mighty-micro's formula counts likes, comments and saves", Interactions{Likes: 15, Comments: 3, Saves: 2}, 1000, 0.02, Solid},
		{"shares are not part of ERR", Interactions{Likes: 10, Shares: 500}, 1000, 0.01, Low},
		{"20 on 1,000 is exactly the Solid threshold (inclusive)", Interactions{Likes: 20}, 1000, 0.02, Solid},
		{"19 on 1,000 is just under Solid", Interactions{Likes: 19}, 1000, 0.019, Low},
		{"50 on 1,000 is exactly the Exceptional threshold (inclusive)", Interactions{Likes: 50}, 1000, 0.05, Exceptional},
		{"49 on 1,000 is just under Exceptional", Interactions{Likes: 49}, 1000, 0.049, Solid},
		{"Gillette #ChooseToSmooth, mighty-micro: 2.2% of a 476,000 reach", Interactions{Likes: 10_472}, 476_000, 0.022, Solid},
		{"no interactions is a valid 0%", Interactions{}, 500, 0, Low},
		{"a rate above 100% is possible: one account can like, comment and save", Interactions{Likes: 10, Comments: 10, Saves: 10}, 10, 3, Exceptional},
		{"counts near the int64 limit still sum: MaxInt64 of MaxInt64 is 100%", Interactions{Likes: math.MaxInt64 - 2, Comments: 1, Saves: 1}, math.MaxInt64, 1, Exceptional},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := ERR(tt.in, tt.reach)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.grade, GradeERR(got))
		})
	}
}

func TestStrydeWorkedExample(t *testing.T) {
	// stryde-greg: 554 likes and "more than 40 comments" on a following of
	// "around 4,000" is "almost 14%". Exactly 4,000 followers gives 14.85%;
	// the article's "almost 14%" implies nearer 4,250 followers (13.98%).
	in := Interactions{Likes: 554, Comments: 40}
	r, err := ByFollowers(in, 4_000)
	require.NoError(t, err)
	assert.Equal(t, "14.85%", r.String())
	r, err = ByFollowers(in, 4_250)
	require.NoError(t, err)
	assert.Equal(t, "13.98%", r.String())
	assert.Equal(t, Exceptional, GradeERR(r))
}

func TestByFollowersAndByViewsCountShares(t *testing.T) {
	in := Interactions{Likes: 3900, Comments: 210, Saves: 340, Shares: 450}
	byF, err := ByFollowers(in, 42_000)
	require.NoError(t, err)
	assert.InDelta(t, 4900.0/42000, float64(byF), 1e-15, "every interaction counts, shares included")
	byV, err := ByViews(in, 61_000)
	require.NoError(t, err)
	assert.InDelta(t, 4900.0/61000, float64(byV), 1e-15, "every interaction counts, shares included")
}

// TestRateErrors covers every error path of the four rate functions.
func TestRateErrors(t *testing.T) {
	big := Interactions{Likes: math.MaxInt64, Comments: 1}
	tests := []struct {
		why   string
		call  func() (Rate, error)
		want  error
		input string
	}{
		{"zero reach", func() (Rate, error) { return ERR(Interactions{Likes: 1}, 0) }, ErrNonPositiveBase, "reach"},
		{"negative reach", func() (Rate, error) { return ERR(Interactions{}, -5) }, ErrNonPositiveBase, "reach"},
		{"negative likes", func() (Rate, error) { return ERR(Interactions{Likes: -1}, 10) }, ErrNegativeCount, "Likes"},
		{"negative comments", func() (Rate, error) { return ERR(Interactions{Comments: -1}, 10) }, ErrNegativeCount, "Comments"},
		{"negative saves", func() (Rate, error) { return ERR(Interactions{Saves: -1}, 10) }, ErrNegativeCount, "Saves"},
		{"negative shares are bad data even where ERR ignores shares", func() (Rate, error) { return ERR(Interactions{Shares: -1}, 10) }, ErrNegativeCount, "Shares"},
		{"likes plus comments overflow", func() (Rate, error) { return ERR(big, 10) }, ErrOverflow, "Comments"},
		{"adding saves overflows", func() (Rate, error) {
			return ERR(Interactions{Likes: math.MaxInt64 - 1, Comments: 1, Saves: 1}, 10)
		}, ErrOverflow, "Saves"},
		{"adding shares overflows ByFollowers", func() (Rate, error) {
			return ByFollowers(Interactions{Likes: math.MaxInt64, Shares: 1}, 10)
		}, ErrOverflow, "Shares"},
		{"the same counts are fine for ERR, which skips shares, but not ByViews", func() (Rate, error) {
			return ByViews(Interactions{Saves: math.MaxInt64, Shares: math.MaxInt64}, 10)
		}, ErrOverflow, "Shares"},
		{"zero followers", func() (Rate, error) { return ByFollowers(Interactions{}, 0) }, ErrNonPositiveBase, "followers"},
		{"zero views", func() (Rate, error) { return ByViews(Interactions{}, 0) }, ErrNonPositiveBase, "views"},
		{"zero impressions", func() (Rate, error) { return CTR(0, 0) }, ErrNonPositiveBase, "impressions"},
		{"negative impressions", func() (Rate, error) { return CTR(0, -1) }, ErrNonPositiveBase, "impressions"},
		{"negative clicks", func() (Rate, error) { return CTR(-1, 10) }, ErrNegativeCount, "clicks"},
		{"more clicks than impressions", func() (Rate, error) { return CTR(11, 10) }, ErrCountAboveBase, "clicks"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r, err := tt.call()
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.Zero(t, r)
			var ie *InputError
			require.True(t, errors.As(err, &ie), "errors are *InputError")
			assert.Equal(t, tt.input, ie.Input)
			assert.Contains(t, err.Error(), tt.input, "the message names the input")
		})
	}
	_, err := ERR(Interactions{Saves: math.MaxInt64, Shares: math.MaxInt64}, 10)
	require.NoError(t, err, "ERR ignores shares, so only ByViews overflows on them")
	_, err = ERR(big, 10)
	assert.EqualError(t, err, "engagement: sum of counts overflows int64: ERR Comments = 1 (added to Likes)")
	_, err = CTR(11, 10)
	assert.EqualError(t, err, "engagement: count is above its denominator: CTR clicks = 11 (above impressions = 10)")
}

func TestCTR(t *testing.T) {
	tests := []struct {
		why                 string
		clicks, impressions int64
		want                string
	}{
		{"mighty-micro's Beauty floor, 1.5%", 15, 1000, "1.50%"},
		{"no clicks is 0%", 0, 1000, "0.00%"},
		{"every impression clicked is 100%, the maximum", 1000, 1000, "100.00%"},
		{"campaign sample: 96 clicks on 5,200 impressions", 96, 5200, "1.85%"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r, err := CTR(tt.clicks, tt.impressions)
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.String())
		})
	}
}

func TestRateFormatting(t *testing.T) {
	tests := []struct {
		why     string
		r       Rate
		percent float64
		str     string
		json    string
	}{
		{"the API's example", 0.024, 2.4, "2.40%", "0.024"},
		{"zero", 0, 0, "0.00%", "0"},
		{"above 100%", 1.5, 150, "150.00%", "1.5"},
		{"rounds half-even at two decimals like strconv", 0.123456, 12.3456, "12.35%", "0.123456"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.InDelta(t, tt.percent, tt.r.Percent(), 1e-12)
			assert.Equal(t, tt.str, tt.r.String())
			b, err := json.Marshal(tt.r)
			require.NoError(t, err)
			assert.JSONEq(t, tt.json, string(b), "JSON holds the fraction as a plain number")
			var back Rate
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tt.r, back)
		})
	}
	var r Rate
	assert.Error(t, json.Unmarshal([]byte(`"2.40%"`), &r), "the percent string is display only, not JSON")
}

// TestThresholdsAreExact checks the claim in GradeERR's, CTRStanding's and
// StoryCompletion's docs: for a denominator up to 10^14, the float quotient
// of counts never rounds across a threshold, because such a quotient is at
// least 1/(q*b) away from a threshold p/q, which is more than one ulp of the
// threshold. The oracle compares integers: a/b >= p/q iff a*q >= p*b.
func TestThresholdsAreExact(t *testing.T) {
	thresholds := []struct {
		name string
		rate Rate
		p, q int64
	}{
		{"Solid", SolidERR, 1, 50},
		{"Exceptional", ExceptionalERR, 1, 20},
		{"Strong", StrongCompletion, 7, 10},
		{"Beauty low", ctrBands[Beauty].Low, 3, 200},
		{"Beauty high", ctrBands[Beauty].High, 1, 40},
		{"Fashion low", ctrBands[Fashion].Low, 1, 100},
		{"Fashion high", ctrBands[Fashion].High, 1, 50},
		{"Food low", ctrBands[FoodBeverage].Low, 1, 50},
		{"Food high", ctrBands[FoodBeverage].High, 3, 100},
		{"Tech low", ctrBands[Tech].Low, 9, 500},
		{"Tech high", ctrBands[Tech].High, 7, 250},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, th := range thresholds {
		t.Run(th.name, func(t *testing.T) {
			require.Equal(t, float64(th.p)/float64(th.q), float64(th.rate), "the oracle's fraction is the threshold")
			for i := range 30_000 {
				b := 1 + rng.Int64N(100_000_000_000_000) // up to 10^14
				if i < 1000 {
					b = th.q * (1 + rng.Int64N(1000)) // small, exact multiples: the edge itself
				}
				a0 := th.p * b / th.q // no overflow: p*b < 10^16
				for a := max(a0-1, 0); a <= a0+1; a++ {
					got := Rate(float64(a)/float64(b)) >= th.rate
					want := a*th.q >= th.p*b
					require.Equal(t, want, got, "%d/%d against %s", a, b, th.rate)
				}
			}
		})
	}
}

package engagement

import (
	"encoding"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// textEnum is what every enum of the package implements.
type textEnum interface {
	encoding.TextMarshaler
	String() string
}

func TestEnumText(t *testing.T) {
	tests := []struct {
		why      string
		value    textEnum
		name     string
		parse    func(string) (textEnum, error)
		badValue textEnum
		sentinel error
	}{
		{"grade", Exceptional, "exceptional", func(s string) (textEnum, error) { return ParseGrade(s) }, Grade(9), ErrUnknownGrade},
		{"industry", FoodBeverage, "food-beverage", func(s string) (textEnum, error) { return ParseIndustry(s) }, Industry(42), ErrUnknownIndustry},
		{"standing", Within, "within", func(s string) (textEnum, error) { return ParseStanding(s) }, Standing(7), ErrUnknownStanding},
		{"formula", FormulaByViews, "by-views", func(s string) (textEnum, error) { return ParseFormula(s) }, Formula(3), ErrUnknownFormula},
		{"comment class", EmojiOnly, "emoji-only", func(s string) (textEnum, error) { return ParseCommentClass(s) }, CommentClass(5), ErrUnknownCommentClass},
		{"signal kind", SignalFollowerSpike, "follower-spike", func(s string) (textEnum, error) { return ParseSignalKind(s) }, SignalKind(6), ErrUnknownSignalKind},
		{"KPI", KPICodeUses, "code-uses", func(s string) (textEnum, error) { return ParseKPI(s) }, KPI(10), ErrUnknownKPI},
		{"goal status", OnTrack, "on-track", func(s string) (textEnum, error) { return ParseGoalStatus(s) }, GoalStatus(5), ErrUnknownGoalStatus},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.name, tt.value.String())
			b, err := tt.value.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.name, string(b))
			back, err := tt.parse(string(b))
			require.NoError(t, err)
			assert.Equal(t, tt.value, back, "round trip")
			upper, err := tt.parse(strings.ToUpper(string(b)))
			require.NoError(t, err)
			assert.Equal(t, tt.value, upper)
			_, err = tt.parse("")
			assert.ErrorIs(t, err, tt.sentinel, "empty text names nothing")
			_, err = tt.badValue.MarshalText()
			assert.ErrorIs(t, err, tt.sentinel, "an undeclared value does not marshal")
			assert.Contains(t, tt.badValue.String(), "(", "an undeclared value prints its number")
		})
	}
}

func TestParseIsCaseInsensitiveWithAliases(t *testing.T) {
	tests := []struct {
		why  string
		in   string
		want Industry
	}{
		{"upper case", "BEAUTY", Beauty},
		{"mighty-micro writes Food & Beverage", "Food & Beverage", FoodBeverage},
		{"short form", "food", FoodBeverage},
		{"long form", "Technology", Tech},
		{"the zero value round-trips", "unknown", UnknownIndustry},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := ParseIndustry(tt.in)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestUnmarshalTextLeavesValueOnError(t *testing.T) {
	g := Solid
	require.NoError(t, g.UnmarshalText([]byte("Exceptional")))
	assert.Equal(t, Exceptional, g)
	assert.ErrorIs(t, g.UnmarshalText([]byte("great")), ErrUnknownGrade)
	assert.Equal(t, Exceptional, g, "unchanged on error")

	var i Industry
	assert.ErrorIs(t, i.UnmarshalText([]byte("cars")), ErrUnknownIndustry)
	assert.Equal(t, UnknownIndustry, i)
	var s Standing
	require.NoError(t, s.UnmarshalText([]byte("ABOVE")))
	assert.Equal(t, Above, s)
	var f Formula
	require.NoError(t, f.UnmarshalText([]byte("by-followers")))
	assert.Equal(t, FormulaByFollowers, f)
	assert.Error(t, f.UnmarshalText([]byte("by-likes")))
	var c CommentClass
	require.NoError(t, c.UnmarshalText([]byte("generic")))
	assert.Equal(t, Generic, c)
	assert.Error(t, c.UnmarshalText([]byte("spam")))
	var k SignalKind
	require.NoError(t, k.UnmarshalText([]byte("following-ratio")))
	assert.Equal(t, SignalFollowingRatio, k)
	assert.Error(t, k.UnmarshalText([]byte("bot")))
}

func TestGradeERR(t *testing.T) {
	tests := []struct {
		why  string
		r    Rate
		want Grade
	}{
		{"zero is Low", 0, Low},
		{"just under 2%", 0.0199999, Low},
		{"2% is Solid (inclusive)", 0.02, Solid},
		{"2% reached by float division of 20 by 1,000", Rate(20.0 / 1000.0), Solid},
		{"5% is Exceptional (inclusive)", 0.05, Exceptional},
		{"5% reached by float division of 50 by 1,000", Rate(50.0 / 1000.0), Exceptional},
		{"far above", 3, Exceptional},
		{"negative rates (not produced by ERR) are Low", -0.5, Low},
		{"NaN (not produced by ERR) is Low, not a panic", Rate(nanFloat()), Low},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, GradeERR(tt.r))
		})
	}
}

func nanFloat() float64 {
	zero := 0.0
	return zero / zero
}

func TestCTRBenchmarkAndStanding(t *testing.T) {
	tests := []struct {
		why      string
		industry Industry
		ctr      Rate
		band     string
		want     Standing
	}{
		{"Beauty's band, mighty-micro", Beauty, 0.02, "1.50%-2.50%", Within},
		{"Beauty's low bound is inclusive", Beauty, 0.015, "1.50%-2.50%", Within},
		{"Beauty's high bound is inclusive", Beauty, 0.025, "1.50%-2.50%", Within},
		{"under Beauty's band", Beauty, 0.0149, "1.50%-2.50%", Below},
		{"over Beauty's band", Beauty, 0.0251, "1.50%-2.50%", Above},
		{"Fashion 1-2%", Fashion, 0.005, "1.00%-2.00%", Below},
		{"Food & Beverage 2-3%", FoodBeverage, 0.031, "2.00%-3.00%", Above},
		{"Tech 1.8-2.8%", Tech, 0.018, "1.80%-2.80%", Within},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			band, ok := CTRBenchmark(tt.industry)
			require.True(t, ok)
			assert.Equal(t, tt.band, band.String())
			assert.Equal(t, tt.want, CTRStanding(tt.industry, tt.ctr))
			assert.Equal(t, tt.want, band.Stand(tt.ctr))
		})
	}
	for _, i := range []Industry{UnknownIndustry, Industry(200)} {
		_, ok := CTRBenchmark(i)
		assert.False(t, ok, "%s has no band", i)
		assert.Equal(t, UnknownStanding, CTRStanding(i, 0.02))
	}
	ctr, err := CTR(15, 1000)
	require.NoError(t, err)
	assert.Equal(t, Within, CTRStanding(Beauty, ctr), "15 of 1,000 through float division is on Beauty's inclusive floor")
	assert.Equal(t, UnknownStanding, CTRStanding(Beauty, Rate(nanFloat())))
}

func TestRange(t *testing.T) {
	tests := []struct {
		why   string
		rg    Range
		valid bool
		mid   Rate
		str   string
	}{
		{"a band", Range{0.01, 0.03}, true, 0.02, "1.00%-3.00%"},
		{"a single figure", Range{0.024, 0.024}, true, 0.024, "2.40%"},
		{"inverted bounds", Range{0.03, 0.01}, false, 0.02, "3.00%-1.00%"},
		{"negative low", Range{-0.01, 0.01}, false, 0, "-1.00%-1.00%"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			err := tt.rg.Valid()
			if tt.valid {
				assert.NoError(t, err)
			} else {
				assert.ErrorIs(t, err, ErrInvalidThreshold)
				assert.Equal(t, UnknownStanding, tt.rg.Stand(0.02), "an invalid range places nothing")
			}
			assert.InDelta(t, float64(tt.mid), float64(tt.rg.Mid()), 1e-15)
			assert.Equal(t, tt.str, tt.rg.String())
		})
	}
}

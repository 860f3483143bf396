package tier

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// boundary is one follower count and the tier a scale must give it.
type boundary struct {
	why       string
	followers int64
	want      Tier
}

// TestScaleBoundaries walks every floor of every named scale from one below
// to the floor itself, so an off-by-one in either direction fails.
func TestScaleBoundaries(t *testing.T) {
	extremes := []boundary{
		{"negative counts are Unranked", -1, Unranked},
		{"the most negative count does not wrap", math.MinInt64, Unranked},
		{"zero followers is Unranked", 0, Unranked},
		{"the largest count is Mega", math.MaxInt64, Mega},
	}
	tests := []struct {
		scale Scale
		rows  []boundary
	}{
		{Standard, []boundary{
			{"just below the nano floor", 999, Unranked},
			{"the nano floor is inclusive", 1_000, Nano},
			{"the last nano count", 9_999, Nano},
			{"mighty-micro: micro starts at 10,000", 10_000, Micro},
			{"the last micro count", 99_999, Micro},
			{"no mid tier: 100,000 goes straight to macro", 100_000, Macro},
			{"the last macro count", 999_999, Macro},
			{"mighty-micro: mega starts at 1M", 1_000_000, Mega},
		}},
		{FiveTier, []boundary{
			{"just below the nano floor", 999, Unranked},
			{"the nano floor", 1_000, Nano},
			{"the last nano count", 9_999, Nano},
			{"the micro floor", 10_000, Micro},
			{"the last micro count", 49_999, Micro},
			{"the mid floor", 50_000, Mid},
			{"the last mid count", 499_999, Mid},
			{"the macro floor", 500_000, Macro},
			{"the last macro count", 999_999, Macro},
			{"the mega floor", 1_000_000, Mega},
		}},
		{MicroUpTo10K, []boundary{
			{"below 1,000 is not micro in melissa-2017, stryde-greg and micro-how-to", 999, Unranked},
			{"melissa-2017, stryde-greg and micro-how-to: micro starts at 1,000", 1_000, Micro},
			{"the last micro count", 9_999, Micro},
			{"10,000 is past micro in these articles", 10_000, Mid},
			{"the last mid count", 99_999, Mid},
			{"the macro floor", 100_000, Macro},
			{"the mega floor", 1_000_000, Mega},
		}},
		{MicroUpTo100K, []boundary{
			{"below 1,000 is not micro in merrick-2025", 999, Unranked},
			{"merrick-2025: micro starts at 1,000", 1_000, Micro},
			{"merrick-2025: still micro at 99,999", 99_999, Micro},
			{"the macro floor, with no mid tier", 100_000, Macro},
			{"the last macro count", 999_999, Macro},
			{"the mega floor", 1_000_000, Mega},
		}},
		{HypeAuditorLegacy, []boundary{
			{"just below the nano floor", 999, Unranked},
			{"the nano floor", 1_000, Nano},
			{"the last nano count", 4_999, Nano},
			{"the micro floor", 5_000, Micro},
			{"the last micro count", 19_999, Micro},
			{"the mid floor", 20_000, Mid},
			{"the last mid count", 99_999, Mid},
			{"the macro floor", 100_000, Macro},
			{"the mega floor", 1_000_000, Mega},
		}},
	}
	for _, tt := range tests {
		for _, row := range append(tt.rows, extremes...) {
			t.Run(tt.scale.Name()+"/"+row.why, func(t *testing.T) {
				assert.Equal(t, row.want, tt.scale.Of(row.followers), "%d followers", row.followers)
			})
		}
	}
}

func TestOfUsesStandard(t *testing.T) {
	for _, n := range []int64{-5, 0, 999, 1_000, 9_999, 10_000, 99_999, 100_000, 1_000_000} {
		assert.Equal(t, Standard.Of(n), Of(n), "%d followers", n)
	}
}

func TestZeroScaleIsStandard(t *testing.T) {
	var zero Scale
	assert.Equal(t, "standard", zero.Name())
	assert.Equal(t, Standard.Floors(), zero.Floors())
	assert.Equal(t, Micro, zero.Of(10_000))
	lo, hi, ok := zero.Range(Nano)
	assert.True(t, ok)
	assert.Equal(t, [2]int64{1_000, 10_000}, [2]int64{lo, hi})
}

func TestNewScale(t *testing.T) {
	tests := []struct {
		why                         string
		nano, micro, mid, macro, mg int64
		errorMentions               string
	}{
		{"strictly increasing floors", 1, 2, 3, 4, 5, ""},
		{"equal floors make empty tiers", 1_000, 1_000, 1_000, 1_000, 1_000, ""},
		{"all floors zero is a valid, if odd, scale", 0, 0, 0, 0, 0, ""},
		{"negative nano floor", -1, 10, 20, 30, 40, "nano floor -1 is negative"},
		{"a negative floor after the first is named as negative", 1, 2, -3, 4, 5, "mid floor -3 is negative"},
		{"micro below nano", 1_000, 999, 5_000, 6_000, 7_000, "micro floor 999 is below the nano floor 1000"},
		{"mega below macro", 1, 2, 3, 10, 9, "mega floor 9 is below the macro floor 10"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			s, err := NewScale("custom", tt.nano, tt.micro, tt.mid, tt.macro, tt.mg)
			if tt.errorMentions == "" {
				require.NoError(t, err)
				assert.Equal(t, "custom", s.Name())
				return
			}
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidScale)
			assert.Contains(t, err.Error(), tt.errorMentions)
			assert.Contains(t, err.Error(), `"custom"`, "the error names the scale")
		})
	}
}

func TestAllZeroScale(t *testing.T) {
	s, err := NewScale("everyone-is-mega", 0, 0, 0, 0, 0)
	require.NoError(t, err)
	assert.Equal(t, Mega, s.Of(0), "with every floor at zero, zero followers reaches mega")
	assert.Equal(t, Unranked, s.Of(-1), "negative counts stay Unranked on any scale")
}

func TestRange(t *testing.T) {
	tests := []struct {
		why      string
		scale    Scale
		tier     Tier
		min, max int64
		ok       bool
	}{
		{"Unranked runs from zero to the nano floor", Standard, Unranked, 0, 1_000, true},
		{"nano", Standard, Nano, 1_000, 10_000, true},
		{"micro", Standard, Micro, 10_000, 100_000, true},
		{"Standard has no mid tier", Standard, Mid, 0, 0, false},
		{"macro", Standard, Macro, 100_000, 1_000_000, true},
		{"the top tier has no ceiling", Standard, Mega, 1_000_000, math.MaxInt64, true},
		{"FiveTier's mid tier exists", FiveTier, Mid, 50_000, 500_000, true},
		{"merrick-2025 has no nano tier", MicroUpTo100K, Nano, 0, 0, false},
		{"a value outside the tiers", Standard, Tier(99), 0, 0, false},
		{"a mega floor of MaxInt64 still holds that count, as Of says: Mega is never empty",
			mustScale("top-only", 0, 0, 0, 0, math.MaxInt64), Mega, math.MaxInt64, math.MaxInt64, true},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			min, max, ok := tt.scale.Range(tt.tier)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.min, min)
			assert.Equal(t, tt.max, max)
		})
	}
}

// TestRangeAgreesWithOf checks, for every scale and tier, that Of puts the
// ends of Range in that tier and the count just past max in a higher one.
func TestRangeAgreesWithOf(t *testing.T) {
	for _, s := range Scales() {
		for tr := Unranked; tr <= Mega; tr++ {
			min, max, ok := s.Range(tr)
			if !ok {
				continue
			}
			assert.Equal(t, tr, s.Of(min), "%s %s min", s, tr)
			assert.Equal(t, tr, s.Of(max-1), "%s %s max-1", s, tr)
			if max < math.MaxInt64 {
				assert.Greater(t, s.Of(max), tr, "%s %s max", s, tr)
			}
		}
	}
}

func TestLookupScale(t *testing.T) {
	for _, s := range Scales() {
		got, ok := LookupScale(s.Name())
		require.True(t, ok, s.Name())
		assert.Equal(t, s, got)
	}
	_, ok := LookupScale("Standard")
	assert.False(t, ok, "scale names are exact")
}

func TestParseTier(t *testing.T) {
	tests := []struct {
		why   string
		in    string
		want  Tier
		error bool
	}{
		{"canonical name", "micro", Micro, false},
		{"mixed case", "Macro", Macro, false},
		{"upper case", "MEGA", Mega, false},
		{"the zero value's name", "unranked", Unranked, false},
		{"empty is not a tier", "", Unranked, true},
		{"a label some vendors use, not ours", "celebrity", Unranked, true},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := Parse(tt.in)
			if tt.error {
				assert.ErrorIs(t, err, ErrUnknownTier)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestTierJSONRoundTrip(t *testing.T) {
	for tr := Unranked; tr <= Mega; tr++ {
		b, err := json.Marshal(tr)
		require.NoError(t, err)
		assert.Equal(t, `"`+tr.String()+`"`, string(b))
		var got Tier
		require.NoError(t, json.Unmarshal(b, &got))
		assert.Equal(t, tr, got)
	}
	_, err := json.Marshal(Tier(42))
	assert.ErrorIs(t, err, ErrUnknownTier)
	assert.Equal(t, "tier(42)", Tier(42).String())
	got := Micro
	assert.Error(t, got.UnmarshalText([]byte("huge")))
	assert.Equal(t, Micro, got, "a failed unmarshal leaves the value alone")
}

var sink Tier

func BenchmarkOf(b *testing.B) {
	b.ReportAllocs()
	var n int64
	for b.Loop() {
		sink = Of(n)
		n = (n + 7_919) % 2_000_000
	}
}

func BenchmarkScaleOf(b *testing.B) {
	b.ReportAllocs()
	var n int64
	for b.Loop() {
		sink = FiveTier.Of(n)
		n = (n + 7_919) % 2_000_000
	}
}

// TestOfIgnoresAssignedStandard: tier.Standard is a variable (API.md fixes
// it so), and one package assigning to it must not change what Of, the zero
// Scale or LookupScale answer for every other caller.
func TestOfIgnoresAssignedStandard(t *testing.T) {
	saved := Standard
	t.Cleanup(func() { Standard = saved })
	Standard = FiveTier

	assert.Equal(t, Macro, Of(100_000), "Of keeps the standard floors: 100,000 is macro, not mid")
	assert.Equal(t, Macro, Scale{}.Of(100_000), "the zero Scale keeps the standard floors")
	assert.Equal(t, "standard", Scale{}.Name(), "the zero Scale keeps the standard name")
	s, ok := LookupScale("standard")
	require.True(t, ok)
	assert.Equal(t, [5]int64{1_000, 10_000, 100_000, 100_000, 1_000_000}, s.Floors(), "LookupScale keeps the standard floors")
	assert.Equal(t, saved.Floors(), Scales()[0].Floors(), "Scales keeps the standard scale first")
}

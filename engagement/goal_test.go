package engagement

import (
	"math"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// strydeGoal is stryde-greg's step 1: "increasing your Instagram following by
// 30% ... by the end of the year".
var strydeGoal = Goal{Name: "Instagram following +30%", KPI: KPIFollowerGrowth, Target: 0.30,
	Start: day("2026-01-01"), Deadline: day("2026-12-31")}

func ms(pairs ...any) []Measurement {
	var out []Measurement
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, Measurement{Date: day(pairs[i].(string)), Value: float64(pairs[i+1].(int))})
	}
	return out
}

func rates(pairs ...any) []Measurement {
	var out []Measurement
	for i := 0; i < len(pairs); i += 2 {
		out = append(out, Measurement{Date: day(pairs[i].(string)), Value: pairs[i+1].(float64)})
	}
	return out
}

func TestGoalStatus(t *testing.T) {
	conversions := Goal{KPI: KPIConversions, Target: 500, Start: day("2026-03-01"), Deadline: day("2026-05-30")}
	err := Goal{KPI: KPIERR, Target: 0.05, Start: day("2026-03-01"), Deadline: day("2026-05-30")}
	tests := []struct {
		why  string
		goal Goal
		ms   []Measurement
		now  string
		want GoalStatus
	}{
		{"stryde-greg: exactly 30% by June is met (the target is inclusive)", strydeGoal,
			ms("2026-01-01", 10000, "2026-06-01", 13000), "2026-06-02", Met},
		{"stryde-greg: 15% by July 1 projects past 30% by year end", strydeGoal,
			ms("2026-01-01", 10000, "2026-07-01", 11500), "2026-07-01", OnTrack},
		{"stryde-greg: 5% by July 1 projects about 10%", strydeGoal,
			ms("2026-01-01", 10000, "2026-07-01", 10500), "2026-07-01", Behind},
		{"stryde-greg: the year is over at 20%", strydeGoal,
			ms("2026-01-01", 10000, "2026-12-01", 12000), "2027-01-15", Missed},
		{"exactly 7% of 1,900 followers is met: the float 1,900 x 1.07 is just above 2,033", Goal{KPI: KPIFollowerGrowth, Target: 0.07,
			Start: day("2026-01-01"), Deadline: day("2026-12-31")}, ms("2026-01-01", 1900, "2026-06-01", 2033), "2026-06-02", Met},
		{"met stays met after the deadline", strydeGoal,
			ms("2026-01-01", 10000, "2026-10-01", 13100), "2027-01-15", Met},
		{"a measurement after the deadline does not count", strydeGoal,
			ms("2026-01-01", 10000, "2026-12-01", 12900, "2027-01-10", 13500), "2027-01-15", Missed},
		{"at the deadline itself no time is left", strydeGoal,
			ms("2026-01-01", 10000, "2026-12-31", 12999), "2026-12-31", Missed},
		{"one follower count has no trend yet", strydeGoal,
			ms("2026-01-01", 10000), "2026-01-01", Behind},
		{"a follower loss is behind, with negative progress", strydeGoal,
			ms("2026-01-01", 10000, "2026-02-01", 9000), "2026-02-01", Behind},
		{"totals count from zero at the start: 200 in 30 of 90 days projects 600", conversions,
			ms("2026-03-31", 200), "2026-03-31", OnTrack},
		{"totals: 100 in 30 days projects 300", conversions,
			ms("2026-03-31", 100), "2026-03-31", Behind},
		{"a rate at the target is met", err,
			rates("2026-03-10", 0.03, "2026-04-10", 0.05), "2026-04-10", Met},
		{"a rising rate projected past the target", err,
			rates("2026-03-10", 0.02, "2026-04-10", 0.04), "2026-04-10", OnTrack},
		{"a flat rate under the target", err,
			rates("2026-03-10", 0.03, "2026-04-10", 0.03), "2026-04-10", Behind},
		{"a rate under the target after the deadline", err,
			rates("2026-03-10", 0.03, "2026-05-29", 0.049), "2026-06-01", Missed},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r, err := tt.goal.Evaluate(tt.ms, day(tt.now))
			require.NoError(t, err)
			assert.Equal(t, tt.want, r.Status, r.Arithmetic)
			assert.Contains(t, r.Arithmetic, ": "+map[GoalStatus]string{Met: "met", OnTrack: "on track", Behind: "behind", Missed: "missed"}[tt.want])
		})
	}
}

func TestGoalFigures(t *testing.T) {
	r, err := strydeGoal.Evaluate(ms("2026-01-01", 10000, "2026-07-01", 11500), day("2026-07-01"))
	require.NoError(t, err)
	assert.InDelta(t, 10000, r.Baseline, 0)
	assert.InDelta(t, 13000, r.TargetValue, 1e-9)
	assert.InDelta(t, 0.5, r.Progress, 1e-12, "1,500 of the 3,000 needed")
	assert.InDelta(t, 1500.0/181, r.Trend, 1e-9, "Jan 1 to Jul 1 is 181 days")
	assert.InDelta(t, 11500+1500.0/181*183, r.Projected, 1e-6, "Jul 1 to Dec 31 is 183 days")
	assert.InDelta(t, 183, r.DaysLeft, 1e-9)
	assert.InDelta(t, 1500.0/183, r.PaceNeeded, 1e-9)
	assert.Equal(t, "target 13000 = 10000 x (1 + 30.00%); progress (11500 - 10000) / (13000 - 10000) = 50.00%; "+
		"trend (11500 - 10000) / 181 days = 8.3/day; projected 11500 + 8.3/day x 183 days = 13017 on 2026-12-31; "+
		"needs (13000 - 11500) / 183 days left = 8.2/day; projected 13017 >= 13000: on track", r.Arithmetic)

	met, err := strydeGoal.Evaluate(ms("2026-01-01", 10000, "2026-06-01", 13000), day("2026-06-02"))
	require.NoError(t, err)
	assert.Zero(t, met.PaceNeeded, "nothing more is needed once met")
	missed, err := strydeGoal.Evaluate(ms("2026-01-01", 10000, "2026-12-01", 12000), day("2027-01-15"))
	require.NoError(t, err)
	assert.Zero(t, missed.DaysLeft)
	assert.Zero(t, missed.PaceNeeded, "no time is left to need a pace")

	rate, err := Goal{KPI: KPICTR, Target: 0.02, Start: day("2026-03-01"), Deadline: day("2026-03-31")}.
		Evaluate(rates("2026-03-01", 0.01, "2026-03-11", 0.015), day("2026-03-11"))
	require.NoError(t, err)
	assert.Equal(t, "progress 1.50% / 2.00% = 75.00%; trend (1.50% - 1.00%) / 10 days = 0.050 pp/day; "+
		"projected 1.50% + 0.050 pp/day x 20 days = 2.50% on 2026-03-31; needs (2.00% - 1.50%) / 20 days left = 0.025 pp/day; "+
		"projected 2.50% >= 2.00%: on track", rate.Arithmetic)
}

func TestGoalFollowerGrowthExactTarget(t *testing.T) {
	// 1,900 x (1 + 0.07) is 2033.0000000000002 in float64, so comparing the
	// count with that product left exactly 7% growth short of its target.
	g := Goal{KPI: KPIFollowerGrowth, Target: 0.07, Start: day("2026-01-01"), Deadline: day("2026-12-31")}
	r, err := g.Evaluate(ms("2026-01-01", 1900, "2026-06-01", 2033), day("2026-06-02"))
	require.NoError(t, err)
	assert.Equal(t, Met, r.Status, r.Arithmetic)
	assert.Equal(t, 1.0, r.Progress, "growth of exactly the target is exactly 1")
	assert.Zero(t, r.PaceNeeded, "nothing more is needed once met")

	short, err := g.Evaluate(ms("2026-01-01", 1900, "2026-06-01", 2032), day("2026-06-02"))
	require.NoError(t, err)
	assert.NotEqual(t, Met, short.Status, "one follower under the target is not met")
	assert.Less(t, short.Progress, 1.0)
}

func TestGoalErrors(t *testing.T) {
	ok := Goal{Name: "orders", KPI: KPIConversions, Target: 1_000_000, Start: day("2026-03-01"), Deadline: day("2026-05-30")}
	with := func(f func(*Goal)) Goal { g := ok; f(&g); return g }
	good := ms("2026-03-10", 1000, "2026-03-20", 3000)
	tests := []struct {
		why  string
		goal Goal
		ms   []Measurement
		now  string
		want error
	}{
		{"the zero KPI is unknown", with(func(g *Goal) { g.KPI = UnknownKPI }), good, "2026-04-01", ErrUnknownKPI},
		{"an undeclared KPI", with(func(g *Goal) { g.KPI = KPI(99) }), good, "2026-04-01", ErrUnknownKPI},
		{"a target of zero", with(func(g *Goal) { g.Target = 0 }), good, "2026-04-01", ErrInvalidTarget},
		{"a negative target", with(func(g *Goal) { g.Target = -5 }), good, "2026-04-01", ErrInvalidTarget},
		{"a NaN target", with(func(g *Goal) { g.Target = math.NaN() }), good, "2026-04-01", ErrInvalidTarget},
		{"an infinite target", with(func(g *Goal) { g.Target = math.Inf(1) }), good, "2026-04-01", ErrInvalidTarget},
		{"a deadline before the start", with(func(g *Goal) { g.Deadline = day("2026-02-01") }), good, "2026-04-01", ErrDateOrder},
		{"a deadline equal to the start", with(func(g *Goal) { g.Deadline = g.Start }), good, "2026-04-01", ErrDateOrder},
		{"no measurements", ok, nil, "2026-04-01", ErrNoMeasurements},
		{"measurements out of order", ok, ms("2026-03-20", 3000, "2026-03-10", 1000), "2026-04-01", ErrDateOrder},
		{"two measurements on one date", ok, ms("2026-03-10", 1000, "2026-03-10", 3000), "2026-04-01", ErrDateOrder},
		{"a measurement before the start", ok, ms("2026-02-27", 1000, "2026-03-20", 3000), "2026-04-01", ErrDateOrder},
		{"a measurement after now", ok, good, "2026-03-15", ErrDateOrder},
		{"now before the start", ok, good, "2026-02-01", ErrDateOrder},
		{"a negative value", ok, ms("2026-03-10", -1), "2026-04-01", ErrInvalidMeasurement},
		{"a NaN value", ok, []Measurement{{day("2026-03-10"), math.NaN()}}, "2026-04-01", ErrInvalidMeasurement},
		{"an infinite value", ok, []Measurement{{day("2026-03-10"), math.Inf(1)}}, "2026-04-01", ErrInvalidMeasurement},
		{"every measurement after the deadline", ok, ms("2026-06-10", 1000), "2026-07-01", ErrNoMeasurements},
		{"follower growth from zero followers has no base", with(func(g *Goal) { g.KPI = KPIFollowerGrowth; g.Target = 0.3 }),
			ms("2026-03-10", 0, "2026-03-20", 50), "2026-04-01", ErrInvalidTarget},
		{"follower growth whose target value overflows", with(func(g *Goal) { g.KPI = KPIFollowerGrowth; g.Target = math.MaxFloat64 }),
			ms("2026-03-10", 10), "2026-04-01", ErrInvalidTarget},
		{"follower growth too small to tell from the baseline", with(func(g *Goal) { g.KPI = KPIFollowerGrowth; g.Target = 1e-300 }),
			ms("2026-03-10", 10), "2026-04-01", ErrInvalidTarget},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r, err := tt.goal.Evaluate(tt.ms, day(tt.now))
			assert.ErrorIs(t, err, tt.want)
			assert.Equal(t, GoalReport{}, r)
		})
	}
	_, err := with(func(g *Goal) { g.Deadline = day("2026-02-01") }).Evaluate(good, day("2026-04-01"))
	assert.EqualError(t, err, `engagement: dates out of order: goal "orders" has deadline 2026-02-01, not after its start 2026-03-01`)
}

// TestGoalFiguresStayFinite holds Evaluate to the package's promise of no
// NaN or infinity: huge but valid measurements used to give +Inf (and, with
// no days ahead, a NaN projection).
func TestGoalFiguresStayFinite(t *testing.T) {
	sales := Goal{Name: "orders", KPI: KPIConversions, Target: 1_000_000, Start: day("2026-03-01"), Deadline: day("2026-05-30")}
	tiny, rate := sales, sales
	tiny.Target = 1e-300
	rate.KPI, rate.Target = KPIERR, 5
	tests := []struct {
		why  string
		goal Goal
		ms   []Measurement
		now  string
	}{
		{"a value a nanosecond after the start: the per-day change overflowed to +Inf", sales,
			[]Measurement{{day("2026-03-01").Add(time.Nanosecond), math.MaxFloat64}}, "2026-04-01"},
		{"a value against a tiny target: progress overflowed to +Inf", tiny, ms("2026-03-10", 10_000_000_000), "2026-04-01"},
		{"an infinite trend times no days ahead projected NaN", rate,
			[]Measurement{{day("2026-05-30").Add(-time.Nanosecond), 0}, {day("2026-05-30"), 1e300}}, "2026-06-01"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r, err := tt.goal.Evaluate(tt.ms, day(tt.now))
			require.NoError(t, err, "huge but valid measurements are not an error")
			for name, v := range map[string]float64{"Progress": r.Progress, "Trend": r.Trend, "Projected": r.Projected, "DaysLeft": r.DaysLeft, "PaceNeeded": r.PaceNeeded} {
				assert.False(t, math.IsNaN(v) || math.IsInf(v, 0), "%s = %v", name, v)
			}
		})
	}
}

func TestFollowerMeasurements(t *testing.T) {
	got := FollowerMeasurements(weekly(3710, 3768))
	assert.Equal(t, []Measurement{{day("2026-01-04"), 3710}, {day("2026-01-11"), 3768}}, got)
	assert.Empty(t, FollowerMeasurements(nil))
}

func TestKPICumulative(t *testing.T) {
	for k := KPIFollowerGrowth; k <= KPICodeUses; k++ {
		level := k == KPIFollowerGrowth || k == KPIERR || k == KPICTR
		assert.Equal(t, !level, k.cumulative(), k.String())
	}
}

// TestGoalProjectionAtTime checks that times of day count as fractions of
// a day, so hourly dashboards project as daily ones do.
func TestGoalProjectionAtTime(t *testing.T) {
	g := Goal{KPI: KPIClicks, Target: 100, Start: day("2026-03-01"), Deadline: day("2026-03-03")}
	r, err := g.Evaluate([]Measurement{{day("2026-03-01").Add(12 * time.Hour), 30}}, day("2026-03-01").Add(12*time.Hour))
	require.NoError(t, err)
	assert.InDelta(t, 60, r.Trend, 1e-9)
	assert.InDelta(t, 120, r.Projected, 1e-9)
	assert.Equal(t, OnTrack, r.Status)
}

package engagement

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/pricing"
)

func usd(s string) pricing.Money { return pricing.MustNew(s, "USD") }

func revenues(pairs ...string) []Revenue {
	var rs []Revenue
	for i := 0; i+1 < len(pairs); i += 2 {
		rs = append(rs, Revenue{Date: day(pairs[i]), Total: usd(pairs[i+1])})
	}
	return rs
}

// springSales is the campaign example's sales goal: 40,000.00 USD from
// February 1 to March 31.
var springSales = RevenueGoal{Name: "spring sales", Target: usd("40000.00"), Start: day("2026-02-01"), Deadline: day("2026-03-31")}

func TestRevenueGoalEvaluate(t *testing.T) {
	tests := []struct {
		why        string
		revenues   []Revenue
		now        string
		status     GoalStatus
		progress   float64
		trend      string
		projected  string
		paceNeeded string
	}{
		{"18,250.00 over 20 days projects 52,925.00 by March 31", revenues("2026-02-21", "18250.00"), "2026-03-01",
			OnTrack, 0.45625, "912.50 USD", "52925.00 USD", "725.00 USD"},
		{"exactly the target is met (inclusive), even a day early", revenues("2026-03-30", "40000.00"), "2026-03-30",
			Met, 1, "701.75 USD", "40701.75 USD", "0.00 USD"},
		{"one cent short of the target is not met", revenues("2026-03-31", "39999.99"), "2026-03-31",
			Missed, 0.99999975, "689.66 USD", "39999.99 USD", "0.00 USD"},
		{"a slow start projects short", revenues("2026-02-11", "2000.00", "2026-03-01", "9000.00"), "2026-03-01",
			Behind, 0.225, "321.43 USD", "18642.86 USD", "1033.33 USD"},
		{"revenue after the deadline does not count", revenues("2026-03-20", "30000.00", "2026-04-02", "41000.00"), "2026-04-05",
			Missed, 0.75, "638.30 USD", "37021.28 USD", "0.00 USD"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r, err := springSales.Evaluate(tt.revenues, day(tt.now))
			require.NoError(t, err)
			assert.Equal(t, tt.status, r.Status, r.Arithmetic)
			assert.InDelta(t, tt.progress, r.Progress, 1e-12)
			assert.Equal(t, tt.trend, r.Trend.String(), "trend per day")
			assert.Equal(t, tt.projected, r.Projected.String())
			assert.Equal(t, tt.paceNeeded, r.PaceNeeded.String())
		})
	}
}

func TestRevenueGoalArithmetic(t *testing.T) {
	r, err := springSales.Evaluate(revenues("2026-02-21", "18250.00"), day("2026-03-01"))
	require.NoError(t, err)
	assert.Equal(t, "progress 18250.00 USD / 40000.00 USD = 45.62%; trend 18250.00 USD / 20 days = 912.50 USD/day; "+
		"projected 18250.00 USD + 912.50 USD/day x 38 days = 52925.00 USD on 2026-03-31; "+
		"needs (40000.00 USD - 18250.00 USD) / 30 days left = 725.00 USD/day; projected 52925.00 USD >= 40000.00 USD: on track",
		r.Arithmetic)
}

func TestRevenueGoalErrors(t *testing.T) {
	good := revenues("2026-02-10", "100.00")
	with := func(f func(*RevenueGoal)) RevenueGoal { g := springSales; f(&g); return g }
	tests := []struct {
		why      string
		goal     RevenueGoal
		revenues []Revenue
		now      string
		want     error
	}{
		{"a zero target", with(func(g *RevenueGoal) { g.Target = usd("0") }), good, "2026-03-01", ErrInvalidTarget},
		{"a negative target", with(func(g *RevenueGoal) { g.Target = usd("-5") }), good, "2026-03-01", ErrInvalidTarget},
		{"the zero Money is no target", with(func(g *RevenueGoal) { g.Target = pricing.Money{} }), good, "2026-03-01", ErrInvalidTarget},
		{"revenue in another currency", springSales, []Revenue{{Date: day("2026-02-10"), Total: pricing.MustNew("100", "EUR")}}, "2026-03-01", pricing.ErrCurrencyMismatch},
		{"a negative revenue", springSales, revenues("2026-02-10", "-1.00"), "2026-03-01", ErrInvalidMeasurement},
		{"a deadline before the start", with(func(g *RevenueGoal) { g.Deadline = day("2026-01-01") }), good, "2026-03-01", ErrDateOrder},
		{"revenues out of order", springSales, revenues("2026-02-20", "5.00", "2026-02-10", "9.00"), "2026-03-01", ErrDateOrder},
		{"a revenue before the start", springSales, revenues("2026-01-20", "5.00"), "2026-03-01", ErrDateOrder},
		{"a revenue after now", springSales, good, "2026-02-05", ErrDateOrder},
		{"no revenues", springSales, nil, "2026-03-01", ErrNoMeasurements},
		{"every revenue after the deadline", springSales, revenues("2026-04-10", "5.00"), "2026-04-20", ErrNoMeasurements},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r, err := tt.goal.Evaluate(tt.revenues, day(tt.now))
			assert.ErrorIs(t, err, tt.want)
			assert.Equal(t, RevenueReport{}, r)
		})
	}
}

// TestGoalRefusesSales: a float64 sales target would be float cents; the
// money goal is RevenueGoal.
func TestGoalRefusesSales(t *testing.T) {
	g := Goal{Name: "sales", KPI: KPISales, Target: 4_000_000, Start: day("2026-02-01"), Deadline: day("2026-03-31")}
	_, err := g.Evaluate(ms("2026-02-10", 1000), day("2026-03-01"))
	assert.ErrorIs(t, err, ErrInvalidTarget)
	assert.ErrorContains(t, err, "RevenueGoal")
}

func TestRevenueTrendOverPartDays(t *testing.T) {
	// 100.00 over 36 hours is 66.67 a day, rounded only for display.
	start := day("2026-02-01")
	g := RevenueGoal{Target: usd("1000.00"), Start: start, Deadline: start.AddDate(0, 0, 10)}
	r, err := g.Evaluate([]Revenue{{Date: start.Add(36 * time.Hour), Total: usd("100.00")}}, start.Add(36*time.Hour))
	require.NoError(t, err)
	assert.Equal(t, "66.67 USD", r.Trend.String())
	assert.Equal(t, "666.67 USD", r.Projected.String(), "100 + 100/1.5 x 8.5 = 666.666..., rounded half away from zero")
	assert.Equal(t, Behind, r.Status)
}

package engagement

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// KPI names what a [Goal] measures: the kinds of target stryde-greg (Greg of
// Stryde, "What Are Micro-Influencers and Why Should You Work With Them?":
// "increasing your Instagram following by 30% ... by the end of the year")
// and mighty-micro ("The mighty micro-influencer", a small-business guide:
// "website traffic, social media engagement, sales conversions, or discount
// code usage"; [ERR] and [CTR]) name. The zero value is [UnknownKPI].
//
// A KPI fixes the unit of a [Goal]'s Target and of its [Measurement] values, and
// how progress counts (see each constant). Its text form is "unknown",
// "follower-growth", "err", "reach", "impressions", "clicks", "ctr",
// "conversions", "sales" or "code-uses"; parsing ignores case.
//
//enumgen:names unknown, follower-growth, err, reach, impressions, clicks, ctr, conversions, sales, code-uses
//enumgen:aliases discount-code-uses = code-uses, followers = follower-growth
//enumgen:kind KPI
type KPI uint8

// The KPIs. Totals (reach, impressions, clicks, conversions, sales, code
// uses) are measured campaign-to-date and count from zero at the goal's
// Start; levels (follower count, [ERR], [CTR]) are measured as they stand.
const (
	UnknownKPI KPI = iota
	// KPIFollowerGrowth: [Measurement] values are follower counts; Target is
	// the growth wanted over the first measurement, a fraction (0.30 is the
	// 30% of stryde-greg (Greg of Stryde, "What Are Micro-Influencers and Why
	// Should You Work With Them?")).
	KPIFollowerGrowth
	// KPIERR: values and Target are engagement rates by reach, fractions.
	KPIERR
	// KPIReach: values and Target are campaign-to-date reach, a count.
	KPIReach
	// KPIImpressions: campaign-to-date impressions, a count.
	KPIImpressions
	// KPIClicks: campaign-to-date clicks, a count.
	KPIClicks
	// KPICTR: values and Target are click-through rates, fractions.
	KPICTR
	// KPIConversions: campaign-to-date conversions, a count.
	KPIConversions
	// KPISales: campaign-to-date sales, an amount of money. Its target
	// and measurements are [pricing.Money], so a sales goal is a
	// [RevenueGoal]; [Goal.Evaluate] refuses KPISales with an error
	// wrapping [ErrInvalidTarget].
	KPISales
	// KPICodeUses: campaign-to-date discount-code uses, a count.
	KPICodeUses
)

// ErrUnknownKPI is wrapped by errors for text or values that name no [KPI].
var ErrUnknownKPI = errors.New("engagement: unknown KPI")

// cumulative reports whether k is a campaign-to-date total counted from
// zero at the goal's start.
func (k KPI) cumulative() bool {
	switch k {
	case KPIReach, KPIImpressions, KPIClicks, KPIConversions, KPISales, KPICodeUses:
		return true
	}
	return false
}

// GoalStatus is a goal's standing. The zero value is [UnknownGoalStatus],
// which Evaluate never returns.
//
// Its text form is "unknown", "met", "on-track", "behind" or "missed";
// parsing ignores case.
//
//enumgen:names unknown, met, on-track, behind, missed
type GoalStatus uint8

// The statuses.
const (
	UnknownGoalStatus GoalStatus = iota
	Met                          // the latest measurement reached the target by the deadline
	OnTrack                      // not yet met; the linear projection reaches it by the deadline
	Behind                       // not yet met; the projection falls short and time is left
	Missed                       // the deadline has passed without the target met
)

// ErrUnknownGoalStatus is wrapped by errors for text or values that name no
// goal status.
var ErrUnknownGoalStatus = errors.New("engagement: unknown goal status")

// Goal is a [KPI] target with a deadline: reach Target between Start and
// Deadline. Every goal is "at least": a value at or above the target meets
// it. A Goal is a plain value.
type Goal struct {
	Name     string    `json:"name"`     // optional label for reports: "Instagram following +30%"
	KPI      KPI       `json:"kpi"`      // what is measured; fixes the unit of Target
	Target   float64   `json:"target"`   // in the KPI's unit (see KPI); positive and finite
	Start    time.Time `json:"start"`    // when progress starts counting
	Deadline time.Time `json:"deadline"` // when the target is due; after Start
}

// Measurement is a [KPI]'s value on a date, in the unit the goal's [KPI] names:
// a follower count, a rate as a fraction, a campaign-to-date total.
type Measurement struct {
	Date  time.Time `json:"date"`
	Value float64   `json:"value"`
}

// FollowerMeasurements converts a follower history into measurements for a
// [KPIFollowerGrowth] goal.
func FollowerMeasurements(history []FollowerSample) []Measurement {
	ms := make([]Measurement, len(history))
	for i, s := range history {
		ms[i] = Measurement{Date: s.Date, Value: float64(s.Followers)}
	}
	return ms
}

// GoalReport is a goal's standing with the figures behind it. Values are in
// the [KPI]'s unit; paces are per day.
type GoalReport struct {
	Goal   Goal       `json:"goal"`
	Status GoalStatus `json:"status"`
	// Baseline is where progress counts from: the first measurement for
	// [KPIFollowerGrowth], zero for every other [KPI].
	Baseline float64 `json:"baseline"`
	// TargetValue is the value that meets the goal: Baseline x (1 + Target)
	// for [KPIFollowerGrowth], Target otherwise. For follower growth it is
	// for display: Met compares the growth fraction with Target, since the
	// float product may round just above the whole-number target.
	TargetValue float64 `json:"target_value"`
	// Current is the latest measurement on or before the deadline.
	Current Measurement `json:"current"`
	// Progress is (Current.Value - Baseline) / (TargetValue - Baseline), a
	// fraction of the target: 1 is met, above 1 exceeded, below 0 lost
	// ground. For [KPIFollowerGrowth] it is computed as the growth fraction
	// over Target, so that growth of exactly Target is exactly 1.
	Progress float64 `json:"progress"`
	// Trend is the observed change per day: from zero at Start to Current
	// for totals, from the first measurement to Current otherwise; zero
	// when they share a date.
	Trend float64 `json:"trend"`
	// Projected is the linear projection at the deadline:
	// Current.Value + Trend x days from Current to Deadline.
	Projected float64 `json:"projected"`
	// DaysLeft is the time from the evaluation to the deadline in days,
	// fractional; zero once the deadline has passed.
	DaysLeft float64 `json:"days_left"`
	// PaceNeeded is the change per day needed from the evaluation to the
	// deadline, (TargetValue - Current.Value) / DaysLeft; zero when the goal
	// is met or no time is left.
	PaceNeeded float64 `json:"pace_needed"`
	// Arithmetic shows how the figures and the status were reached, in one
	// line.
	Arithmetic string `json:"arithmetic"`
}

// Evaluate reports g's standing at now from ms, dated measurements in
// strictly increasing date order, none before g.Start or after now.
// Measurements after the deadline are ignored: the goal is judged on the
// latest one on or before it. The status is Met when that measurement is at
// or above the target value; otherwise Missed when now is at or after the
// deadline, OnTrack when the projection at the deadline reaches the target
// value, and Behind when it does not.
//
// Errors: an undeclared [KPI] wraps [ErrUnknownKPI]; a Target that is zero,
// negative, NaN or infinite, a follower-growth goal whose first
// measurement is zero, or a [KPISales] goal (sales are money: evaluate a
// [RevenueGoal]) wraps [ErrInvalidTarget]; a Deadline not after Start,
// measurements out of order, before Start or after now wrap [ErrDateOrder]; no
// measurement (on or before the deadline) wraps [ErrNoMeasurements]; a
// negative, NaN or infinite value wraps [ErrInvalidMeasurement].
//
// A report never holds NaN or an infinity: a figure that would overflow
// float64 (a huge value against a tiny target, or a change over a
// nanosecond) is held at ±[math.MaxFloat64].
func (g Goal) Evaluate(ms []Measurement, now time.Time) (GoalReport, error) {
	if err := g.check(ms, now); err != nil {
		return GoalReport{}, err
	}
	counted := ms[:upTo(len(ms), func(i int) time.Time { return ms[i].Date }, g.Deadline)]
	if len(counted) == 0 {
		return GoalReport{}, fmt.Errorf("%w: none of %d measurements is on or before the deadline %s",
			ErrNoMeasurements, len(ms), date(g.Deadline))
	}

	r := GoalReport{Goal: g, TargetValue: g.Target, Current: counted[len(counted)-1]}
	origin := Measurement{Date: g.Start}
	if !g.KPI.cumulative() {
		origin = ms[0]
	}
	if g.KPI == KPIFollowerGrowth {
		r.Baseline = ms[0].Value
		if r.Baseline == 0 {
			return GoalReport{}, fmt.Errorf("%w: follower growth of %v from 0 followers on %s has no base",
				ErrInvalidTarget, g.Target, date(ms[0].Date))
		}
		r.TargetValue = r.Baseline * (1 + g.Target)
		if math.IsInf(r.TargetValue, 0) || !(r.TargetValue > r.Baseline) {
			return GoalReport{}, fmt.Errorf("%w: %v growth over %v followers is not a representable count above it", ErrInvalidTarget, g.Target, r.Baseline)
		}
	}
	cur := r.Current.Value
	met := r.reaches(cur)
	if g.KPI == KPIFollowerGrowth {
		r.Progress = saturate((cur - r.Baseline) / r.Baseline / g.Target)
	} else {
		r.Progress = saturate(cur / r.TargetValue)
	}
	if d := days(origin.Date, r.Current.Date); d > 0 {
		r.Trend = saturate((cur - origin.Value) / d)
	}
	ahead := days(r.Current.Date, g.Deadline)
	r.Projected = saturate(cur + r.Trend*ahead)
	r.DaysLeft = max(days(now, g.Deadline), 0)
	if need := r.TargetValue - cur; !met && need > 0 && r.DaysLeft > 0 {
		r.PaceNeeded = saturate(need / r.DaysLeft)
	}
	switch {
	case met:
		r.Status = Met
	case !now.Before(g.Deadline):
		r.Status = Missed
	case r.reaches(r.Projected):
		r.Status = OnTrack
	default:
		r.Status = Behind
	}
	r.Arithmetic = r.arithmetic(origin, ahead)
	return r, nil
}

// saturate holds x, which is never NaN here, within ±[math.MaxFloat64], so
// that huge but valid measurements give the largest finite figure rather
// than an infinity (and an infinite trend times zero days ahead no NaN).
func saturate(x float64) float64 { return max(min(x, math.MaxFloat64), -math.MaxFloat64) }

// reaches reports whether the value x meets the goal. A follower-growth
// goal compares the growth fraction (x - Baseline) / Baseline with Target,
// which is exact for follower counts: the float TargetValue can round above
// the whole-number target (1,900 x (1 + 0.07) is 2033.0000000000002), and
// comparing with it would leave exactly 7% growth short.
func (r GoalReport) reaches(x float64) bool {
	if r.Goal.KPI == KPIFollowerGrowth {
		return (x-r.Baseline)/r.Baseline >= r.Goal.Target
	}
	return x >= r.TargetValue
}

func (g Goal) check(ms []Measurement, now time.Time) error {
	if int(g.KPI) >= kpiNames.Len() || g.KPI == UnknownKPI {
		return fmt.Errorf("%w: goal %q has KPI %s", ErrUnknownKPI, g.Name, g.KPI)
	}
	if g.KPI == KPISales {
		return fmt.Errorf("%w: goal %q measures sales, which are money: use RevenueGoal", ErrInvalidTarget, g.Name)
	}
	if !(g.Target > 0) || math.IsInf(g.Target, 0) {
		return fmt.Errorf("%w: goal %q has target %v; want a positive finite number", ErrInvalidTarget, g.Name, g.Target)
	}
	if !g.Deadline.After(g.Start) {
		return fmt.Errorf("%w: goal %q has deadline %s, not after its start %s", ErrDateOrder, g.Name, date(g.Deadline), date(g.Start))
	}
	if len(ms) == 0 {
		return fmt.Errorf("%w: goal %q", ErrNoMeasurements, g.Name)
	}
	for i, m := range ms {
		if !(m.Value >= 0) || math.IsInf(m.Value, 0) {
			return fmt.Errorf("%w: measurements[%d] on %s is %v; want zero or more and finite", ErrInvalidMeasurement, i, date(m.Date), m.Value)
		}
		if err := dateOrder("measurements", i, func(i int) time.Time { return ms[i].Date }, g.Start, now); err != nil {
			return err
		}
	}
	return nil
}

// dateOrder reports the date of entry i of a goal's list (named list in
// messages: "measurements", "revenues", whose dates at gives) when it lies
// before start, is not after the entry before it, or lies after now: the
// entries of both goal kinds are dated alike.
func dateOrder(list string, i int, at func(int) time.Time, start, now time.Time) error {
	d := at(i)
	switch {
	case d.Before(start):
		return fmt.Errorf("%w: %s[%d] on %s is before the start %s", ErrDateOrder, list, i, date(d), date(start))
	case i > 0 && !d.After(at(i-1)):
		return fmt.Errorf("%w: %s[%d] on %s is not after %s[%d] on %s", ErrDateOrder, list, i, date(d), list, i-1, date(at(i-1)))
	case d.After(now):
		return fmt.Errorf("%w: %s[%d] on %s is after the evaluation time %s", ErrDateOrder, list, i, date(d), date(now))
	}
	return nil
}

// upTo returns how many of n entries in date order (whose dates at gives)
// lie on or before deadline: the entries a goal counts.
func upTo(n int, at func(int) time.Time, deadline time.Time) int {
	for n > 0 && at(n-1).After(deadline) {
		n--
	}
	return n
}

// arithmetic writes the report's figures as one line of arithmetic.
func (r GoalReport) arithmetic(origin Measurement, ahead float64) string {
	g := r.Goal
	v, pace := r.formatValue, r.formatPace
	cur := r.Current.Value
	var b strings.Builder
	if g.KPI == KPIFollowerGrowth {
		fmt.Fprintf(&b, "target %s = %s x (1 + %s); progress (%s - %s) / (%s - %s) = %s",
			v(r.TargetValue), v(r.Baseline), Rate(g.Target), v(cur), v(r.Baseline), v(r.TargetValue), v(r.Baseline), Rate(r.Progress))
	} else {
		fmt.Fprintf(&b, "progress %s / %s = %s", v(cur), v(r.TargetValue), Rate(r.Progress))
	}
	if span := days(origin.Date, r.Current.Date); span > 0 {
		fmt.Fprintf(&b, "; trend (%s - %s) / %s days = %s", v(cur), v(origin.Value), num(span), pace(r.Trend))
	} else {
		b.WriteString("; no trend yet (one date)")
	}
	fmt.Fprintf(&b, "; projected %s + %s x %s days = %s on %s", v(cur), pace(r.Trend), num(ahead), v(r.Projected), date(g.Deadline))
	if r.PaceNeeded > 0 {
		fmt.Fprintf(&b, "; needs (%s - %s) / %s days left = %s", v(r.TargetValue), v(cur), num(r.DaysLeft), pace(r.PaceNeeded))
	}
	switch r.Status {
	case Met:
		fmt.Fprintf(&b, "; %s >= %s on %s: met", v(cur), v(r.TargetValue), date(r.Current.Date))
	case Missed:
		fmt.Fprintf(&b, "; deadline %s passed at %s < %s: missed", date(g.Deadline), v(cur), v(r.TargetValue))
	case OnTrack:
		fmt.Fprintf(&b, "; projected %s >= %s: on track", v(r.Projected), v(r.TargetValue))
	default:
		fmt.Fprintf(&b, "; projected %s < %s: behind", v(r.Projected), v(r.TargetValue))
	}
	return b.String()
}

// isRate reports whether the goal's values are rates (fractions).
func (r GoalReport) isRate() bool { return r.Goal.KPI == KPIERR || r.Goal.KPI == KPICTR }

func (r GoalReport) formatValue(x float64) string {
	if r.isRate() {
		return Rate(x).String()
	}
	return strconv.FormatFloat(x, 'f', 0, 64)
}

func (r GoalReport) formatPace(x float64) string {
	if r.isRate() {
		return strconv.FormatFloat(x*100, 'f', 3, 64) + " pp/day"
	}
	return strconv.FormatFloat(x, 'f', 1, 64) + "/day"
}

// num formats a day count with at most one decimal.
func num(x float64) string { return strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64) }

func date(t time.Time) string { return t.Format(time.DateOnly) }

// String describes r in one line for logs: the goal's name (or its KPI),
// its status and progress, "Instagram following +30%: on-track, 56.67% of
// target (follower-growth)". The figures behind it are in Arithmetic.
func (r GoalReport) String() string {
	name := r.Goal.Name
	if name == "" {
		name = "goal"
	}
	return fmt.Sprintf("%s: %s, %s of target (%s)", name, r.Status, Rate(r.Progress), r.Goal.KPI)
}

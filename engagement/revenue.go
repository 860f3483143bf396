package engagement

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit/pricing"
)

// RevenueGoal is a sales target in money with a deadline: campaign-to-date
// revenue of at least Target between Start and Deadline. It is the money
// form of a [KPISales] goal; [Goal], whose target is a float64, refuses
// [KPISales], so that no amount is ever a float. A RevenueGoal is a plain
// value.
type RevenueGoal struct {
	Name     string        `json:"name"`     // optional label for reports: "Sales of 40,000.00 USD by March 31"
	Target   pricing.Money `json:"target"`   // positive; every measurement is in its currency
	Start    time.Time     `json:"start"`    // when revenue starts counting (from zero)
	Deadline time.Time     `json:"deadline"` // when the target is due; after Start
}

// Revenue is the campaign-to-date revenue on a date: every sale since the
// goal's Start, summed exactly (for example with [pricing.Money.Add]).
type Revenue struct {
	Date  time.Time     `json:"date"`
	Total pricing.Money `json:"total"`
}

// RevenueReport is a [RevenueGoal]'s standing with the figures behind it,
// the money form of [GoalReport]. Amounts are in the target's currency and
// rounded to its minor unit (half away from zero, [pricing.Money.Round]);
// Status is decided on the exact figures before rounding.
type RevenueReport struct {
	Goal   RevenueGoal `json:"goal"`
	Status GoalStatus  `json:"status"`
	// Current is the latest revenue on or before the deadline.
	Current Revenue `json:"current"`
	// Progress is Current.Total / Goal.Target, a fraction: 1 is met.
	Progress float64 `json:"progress"`
	// Trend is the revenue per day from Start to Current.Date; zero when
	// they share an instant.
	Trend pricing.Money `json:"trend"`
	// Projected is the linear projection at the deadline:
	// Current.Total + Trend x days from Current.Date to Deadline.
	Projected pricing.Money `json:"projected"`
	// DaysLeft is the time from the evaluation to the deadline in days,
	// fractional; zero once the deadline has passed.
	DaysLeft float64 `json:"days_left"`
	// PaceNeeded is the revenue per day needed from the evaluation to the
	// deadline, (Target - Current.Total) / DaysLeft; zero when the goal is
	// met or no time is left.
	PaceNeeded pricing.Money `json:"pace_needed"`
	// Arithmetic shows how the figures and the status were reached, in one
	// line, with amounts as [pricing.Money.String] writes them.
	Arithmetic string `json:"arithmetic"`
}

// dayPrecision is the number of decimal places kept when an amount is
// divided by a number of days, well below any currency's minor unit.
const dayPrecision = 12

// decimalDays returns the length of [from, to] in days as an exact decimal
// (nanoseconds over the nanoseconds of a day, to dayPrecision places).
func decimalDays(from, to time.Time) decimal.Decimal {
	return decimal.NewFromInt(int64(to.Sub(from))).DivRound(decimal.NewFromInt(int64(24*time.Hour)), dayPrecision)
}

// Evaluate reports g's standing at now from revenues, campaign-to-date
// totals in strictly increasing date order, none before g.Start or after
// now. As with [Goal.Evaluate], revenues after the deadline are ignored and
// the status is Met when the latest revenue on or before the deadline
// reaches the target; otherwise Missed once now is at or after the
// deadline, OnTrack when the projection at the deadline reaches the target,
// Behind when it does not. All money arithmetic is exact decimal; only
// Progress and the day counts are floats.
//
// Errors: a Target that is not positive wraps [ErrInvalidTarget]; a
// revenue in another currency wraps [pricing.ErrCurrencyMismatch]; a
// negative revenue wraps [ErrInvalidMeasurement]; dates out of order wrap
// [ErrDateOrder]; no revenue on or before the deadline wraps
// [ErrNoMeasurements].
func (g RevenueGoal) Evaluate(revenues []Revenue, now time.Time) (RevenueReport, error) {
	if err := g.check(revenues, now); err != nil {
		return RevenueReport{}, err
	}
	counted := revenues[:upTo(len(revenues), func(i int) time.Time { return revenues[i].Date }, g.Deadline)]
	if len(counted) == 0 {
		return RevenueReport{}, fmt.Errorf("%w: none of %d revenues is on or before the deadline %s",
			ErrNoMeasurements, len(revenues), date(g.Deadline))
	}
	cur := counted[len(counted)-1]
	unit := g.Target.Currency()
	target, total := g.Target.Amount(), cur.Total.Amount()

	trend := decimal.Zero
	if span := decimalDays(g.Start, cur.Date); span.Sign() > 0 {
		trend = total.DivRound(span, dayPrecision)
	}
	ahead := decimalDays(cur.Date, g.Deadline)
	projected := total.Add(trend.Mul(ahead))
	daysLeft := decimal.Max(decimalDays(now, g.Deadline), decimal.Zero)
	met := total.Cmp(target) >= 0
	pace := decimal.Zero
	if need := target.Sub(total); !met && daysLeft.Sign() > 0 {
		pace = need.DivRound(daysLeft, dayPrecision)
	}

	r := RevenueReport{Goal: g, Current: cur, Progress: total.DivRound(target, 16).InexactFloat64(), DaysLeft: daysLeft.InexactFloat64()}
	var err error
	money := func(d decimal.Decimal) pricing.Money {
		m, e := pricing.FromDecimal(d, unit)
		if e != nil && err == nil {
			err = e
		}
		return m.Round()
	}
	r.Trend, r.Projected, r.PaceNeeded = money(trend), money(projected), money(pace)
	if err != nil {
		return RevenueReport{}, fmt.Errorf("%w: goal %q: %w", ErrInvalidMeasurement, g.Name, err)
	}
	switch {
	case met:
		r.Status = Met
	case !now.Before(g.Deadline):
		r.Status = Missed
	case projected.Cmp(target) >= 0:
		r.Status = OnTrack
	default:
		r.Status = Behind
	}
	r.Arithmetic = r.arithmetic(ahead.InexactFloat64(), days(g.Start, cur.Date))
	return r, nil
}

func (g RevenueGoal) check(revenues []Revenue, now time.Time) error {
	if !g.Target.IsPositive() {
		return fmt.Errorf("%w: revenue goal %q has target %s; want a positive amount", ErrInvalidTarget, g.Name, g.Target)
	}
	if !g.Deadline.After(g.Start) {
		return fmt.Errorf("%w: revenue goal %q has deadline %s, not after its start %s", ErrDateOrder, g.Name, date(g.Deadline), date(g.Start))
	}
	if len(revenues) == 0 {
		return fmt.Errorf("%w: revenue goal %q", ErrNoMeasurements, g.Name)
	}
	for i, r := range revenues {
		if _, err := r.Total.Cmp(g.Target); err != nil {
			return fmt.Errorf("revenues[%d] on %s: %w", i, date(r.Date), err)
		}
		if r.Total.IsNegative() {
			return fmt.Errorf("%w: revenues[%d] on %s is %s; want zero or more", ErrInvalidMeasurement, i, date(r.Date), r.Total)
		}
		if err := dateOrder("revenues", i, func(i int) time.Time { return revenues[i].Date }, g.Start, now); err != nil {
			return err
		}
	}
	return nil
}

// arithmetic writes the report's figures as one line, in the manner of
// GoalReport.Arithmetic.
func (r RevenueReport) arithmetic(ahead, span float64) string {
	g := r.Goal
	cur, target := r.Current.Total.String(), g.Target.String()
	var b strings.Builder
	fmt.Fprintf(&b, "progress %s / %s = %s", cur, target, Rate(r.Progress))
	if span > 0 {
		fmt.Fprintf(&b, "; trend %s / %s days = %s/day", cur, num(span), r.Trend)
	} else {
		b.WriteString("; no trend yet (no time since the start)")
	}
	fmt.Fprintf(&b, "; projected %s + %s/day x %s days = %s on %s", cur, r.Trend, num(ahead), r.Projected, date(g.Deadline))
	if r.PaceNeeded.IsPositive() {
		fmt.Fprintf(&b, "; needs (%s - %s) / %s days left = %s/day", target, cur, num(r.DaysLeft), r.PaceNeeded)
	}
	switch r.Status {
	case Met:
		fmt.Fprintf(&b, "; %s >= %s on %s: met", cur, target, date(r.Current.Date))
	case Missed:
		fmt.Fprintf(&b, "; deadline %s passed at %s < %s: missed", date(g.Deadline), cur, target)
	case OnTrack:
		fmt.Fprintf(&b, "; projected %s >= %s: on track", r.Projected, target)
	default:
		fmt.Fprintf(&b, "; projected %s < %s: behind", r.Projected, target)
	}
	return b.String()
}

type revenueGoalJSON struct {
	Name     string        `json:"name"`
	Target   pricing.Money `json:"target"`
	Start    string        `json:"start"`
	Deadline string        `json:"deadline"`
}

// MarshalJSON implements [json.Marshaler]:
// {"name":"...","target":{"amount":"40000.00","currency":"USD"},"start":"2026-02-01","deadline":"2026-03-31"}.
// Dates are calendar dates in each time's own location.
func (g RevenueGoal) MarshalJSON() ([]byte, error) {
	return json.Marshal(revenueGoalJSON{Name: g.Name, Target: g.Target, Start: dateText(g.Start), Deadline: dateText(g.Deadline)})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes; dates read as midnight UTC and must be "YYYY-MM-DD" (else an error
// wrapping [ErrInvalidDate]). The goal is not validated here;
// [RevenueGoal.Evaluate] does that.
func (g *RevenueGoal) UnmarshalJSON(data []byte) error {
	var j revenueGoalJSON
	if err := readStrict(data, &j, "revenue goal"); err != nil {
		return err
	}
	start, deadline, err := parsePeriod(j.Start, j.Deadline)
	if err != nil {
		return err
	}
	*g = RevenueGoal{Name: j.Name, Target: j.Target, Start: start, Deadline: deadline}
	return nil
}

type revenueJSON struct {
	Date  string        `json:"date"`
	Total pricing.Money `json:"total"`
}

// MarshalJSON implements [json.Marshaler]:
// {"date":"2026-02-20","total":{"amount":"18250.00","currency":"USD"}}.
func (r Revenue) MarshalJSON() ([]byte, error) {
	return json.Marshal(revenueJSON{Date: dateText(r.Date), Total: r.Total})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes; the date reads as midnight UTC and must be "YYYY-MM-DD" (else an
// error wrapping [ErrInvalidDate]).
func (r *Revenue) UnmarshalJSON(data []byte) error {
	var j revenueJSON
	if err := readStrict(data, &j, "revenue"); err != nil {
		return err
	}
	d, err := parseDate("date", j.Date)
	if err != nil {
		return err
	}
	*r = Revenue{Date: d, Total: j.Total}
	return nil
}

// String describes r in one line for logs: "spring sales: on-track, 45.62%
// of 40000.00 USD (projected 52925.00 USD)". The figures behind it are in
// Arithmetic.
func (r RevenueReport) String() string {
	name := r.Goal.Name
	if name == "" {
		name = "revenue goal"
	}
	return fmt.Sprintf("%s: %s, %s of %s (projected %s)", name, r.Status, Rate(r.Progress), r.Goal.Target, r.Projected)
}

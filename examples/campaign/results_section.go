package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/pricing"
)

// resultsSection prints what the articles' last step asks for
// (stryde-greg step 7 "Measure results", micro-how-to "Monitor Results",
// mighty-micro "Track Metrics That Actually Matter", merrick-2025 step 8)
// as of the report date: each goal's status with its arithmetic, the sales
// attributed to each creator by discount code and link with CPA, ROI and
// ROAS against the offered fee, and each creator's sponsored-content mix
// over their recent feed (melissa-2017: "How often do they post sponsored
// content?").
func resultsSection(w sectionWriter, c Campaign) error {
	w.heading("Results (as of %s)", c.ReportDate)
	// The goals measured from orders and the attribution need the orders;
	// the rest goes on without them.
	a, byID, err := attributeOrders(c)
	errs := []error{err}
	errs = append(errs, writeGoals(w, c, a, byID, err == nil))
	w.blank()
	errs = append(errs, writeFollowerGrowth(w, c))
	if err == nil {
		w.blank()
		errs = append(errs, writeAttribution(w, a))
	}
	w.blank()
	errs = append(errs, writeSponsoredMix(w, c))
	return errors.Join(errs...)
}

// writeFollowerGrowth prints each creator's follower growth over their
// history, with the spikes the audience red flags also report.
func writeFollowerGrowth(w sectionWriter, c Campaign) error {
	w.subheading("Follower growth")
	t := w.table(1, "creator", "from", "to", "growth", "per day", "spikes")
	chart := Chart{
		ID:    "follower-growth",
		Title: "Follower growth by creator",
		Desc:  "One bar per creator: the growth of their followers over their history, as a share of the first count.",
	}
	var errs []error
	for _, cr := range c.Creators {
		g, err := engagement.FollowerGrowth(cr.followerSeries())
		if err != nil {
			errs = append(errs, fmt.Errorf("%s follower history: %w", cr.Handle, err))
			continue
		}
		spikes := "none"
		if len(g.Spikes) > 0 {
			var parts []string
			for _, s := range g.Spikes {
				parts = append(parts, fmt.Sprintf("%+d to %s (%.0fx typical)", s.Gain, s.To.Date.Format(time.DateOnly), s.PerDay/max(s.TypicalPerDay, 1)))
			}
			spikes = strings.Join(parts, "; ")
		}
		growth := fmt.Sprintf("%+d (%s)", g.Gain, engagement.Rate(g.Fraction))
		w.row(t, cr.Handle,
			fmt.Sprintf("%d on %s", g.From.Followers, g.From.Date.Format(time.DateOnly)),
			fmt.Sprintf("%d on %s", g.To.Followers, g.To.Date.Format(time.DateOnly)),
			growth, fmt.Sprintf("%.1f", g.PerDay), spikes)
		chart.Bars = append(chart.Bars, Bar{Label: cr.Handle, Value: g.Fraction, Text: growth})
	}
	if len(chart.Bars) > 0 {
		w.chart(chart)
	}
	return errors.Join(errs...)
}

// attributeOrders credits the campaign's orders to its creators by their
// codes and link ids, each measured against the fee offered. It also
// returns each order by ID (the first, for a duplicated ID).
func attributeOrders(c Campaign) (pricing.Attribution, map[string]pricing.Order, error) {
	orders := make([]pricing.Order, len(c.Orders))
	byID := make(map[string]pricing.Order, len(c.Orders))
	for i, o := range c.Orders {
		amount, err := pricing.New(o.Amount, c.Budget.Currency().String())
		if err != nil {
			return pricing.Attribution{}, nil, fmt.Errorf("order %s: %w", o.ID, err)
		}
		orders[i] = pricing.Order{ID: o.ID, Time: o.Time, Amount: amount, Code: o.Code, LinkID: o.LinkID}
		if _, ok := byID[o.ID]; !ok {
			byID[o.ID] = orders[i]
		}
	}
	creators := make([]pricing.CreatorTracking, len(c.Creators))
	for i, cr := range c.Creators {
		fee, _, ok := c.convert(cr.OfferedFee, c.Budget.Currency())
		if !ok {
			return pricing.Attribution{}, nil, fmt.Errorf("%s: %s offered fee %s: no exchange rate from %s to the budget's %s in the campaign file",
				c.where(jsonPath{"creators", i, "offered_fee"}), cr.Handle, cr.OfferedFee, cr.OfferedFee.Currency(), c.Budget.Currency())
		}
		creators[i] = pricing.CreatorTracking{Creator: cr.Handle, Codes: cr.Codes, LinkIDs: cr.LinkIDs, Fee: fee}
	}
	a, err := pricing.Attribute(orders, creators)
	if err != nil {
		return pricing.Attribution{}, nil, fmt.Errorf("attribution: %w", err)
	}
	return a, byID, nil
}

// writeGoals evaluates every goal at the report date and writes its
// status, progress and arithmetic. Goals measured from the orders are
// errors when the orders could not be read (haveOrders false). A goal that
// cannot be evaluated is an error; the others go on.
func writeGoals(w sectionWriter, c Campaign, a pricing.Attribution, byID map[string]pricing.Order, haveOrders bool) error {
	w.subheading("Goals")
	now := c.ReportDate.In(time.UTC)
	chart := Chart{
		ID:         "goal-pacing",
		Title:      "Goals: progress and pacing",
		Desc:       "One bar per goal: progress towards its target as of the report date; the band marks the target and the mark where the trend projects the goal at its deadline.",
		BandLegend: "the target",
		MarkLegend: "projected at the deadline",
	}
	var errs []error
	if len(c.Goals) == 0 {
		w.line(1, "none")
	}
	for i, spec := range c.Goals {
		at := c.where(jsonPath{"goals", i})
		if spec.FromOrders && !haveOrders {
			errs = append(errs, fmt.Errorf("%s: goal %q: measured from the orders, which could not be read", at, spec.Name))
			continue
		}
		r, err := evaluateGoal(c, spec, a, byID, now)
		if err != nil {
			w.line(1, "%s (%s): error: %v", spec.Name, spec.KPI, err)
			errs = append(errs, fmt.Errorf("%s: goal %q: %w", at, spec.Name, err))
			continue
		}
		progress := engagement.Rate(r.progress).String()
		w.line(1, "%s (%s): %s, %s of target", spec.Name, spec.KPI, r.status, progress)
		w.line(2, "%s", r.arithmetic)
		chart.Bars = append(chart.Bars, Bar{
			Label: spec.Name, Value: r.progress, Text: progress + " (" + r.status + ")",
			HasBand: true, BandLow: 1, BandHigh: 1,
			HasMark: true, Mark: r.projected,
		})
	}
	if len(chart.Bars) > 0 {
		w.chart(chart)
	}
	return errors.Join(errs...)
}

// goalStanding is what the report shows of a goal's evaluation: its
// status, its progress and projection at the deadline as fractions of the
// target, and the arithmetic behind them.
type goalStanding struct {
	status     string
	progress   float64
	projected  float64
	arithmetic string
}

// evaluateGoal evaluates one goal at now: a sales goal as money, the
// others in their KPI's unit.
func evaluateGoal(c Campaign, spec GoalSpec, a pricing.Attribution, byID map[string]pricing.Order, now time.Time) (goalStanding, error) {
	if spec.KPI == engagement.KPISales {
		return evaluateRevenueGoal(c, spec, a, byID, now)
	}
	goal := engagement.Goal{Name: spec.Name, KPI: spec.KPI, Start: spec.Start.In(time.UTC), Deadline: spec.Deadline.In(time.UTC)}
	var err error
	if goal.Target, err = goalTarget(spec); err != nil {
		return goalStanding{}, err
	}
	var ms []engagement.Measurement
	if spec.FromOrders {
		if ms, err = orderMeasurements(spec.KPI, a, byID); err != nil {
			return goalStanding{}, err
		}
	} else {
		for _, m := range spec.Measurements {
			ms = append(ms, engagement.Measurement{Date: m.Date.In(time.UTC), Value: m.Value})
		}
	}
	r, err := goal.Evaluate(ms, now)
	if err != nil {
		return goalStanding{}, err
	}
	projected := 0.0
	if span := r.TargetValue - r.Baseline; span != 0 {
		projected = (r.Projected - r.Baseline) / span
	}
	return goalStanding{r.Status.String(), r.Progress, projected, r.Arithmetic}, nil
}

// evaluateRevenueGoal evaluates a sales goal, whose target and revenues
// are money.
func evaluateRevenueGoal(c Campaign, spec GoalSpec, a pricing.Attribution, byID map[string]pricing.Order, now time.Time) (goalStanding, error) {
	code := c.Budget.Currency().String()
	target, err := pricing.New(spec.Target, code)
	if err != nil {
		return goalStanding{}, err
	}
	goal := engagement.RevenueGoal{Name: spec.Name, Target: target, Start: spec.Start.In(time.UTC), Deadline: spec.Deadline.In(time.UTC)}
	var revenues []engagement.Revenue
	if spec.FromOrders {
		if revenues, err = orderRevenues(a, byID); err != nil {
			return goalStanding{}, err
		}
	} else {
		for _, m := range spec.Measurements {
			total, err := pricing.New(strconv.FormatFloat(m.Value, 'f', -1, 64), code)
			if err != nil {
				return goalStanding{}, err
			}
			revenues = append(revenues, engagement.Revenue{Date: m.Date.In(time.UTC), Total: total})
		}
	}
	r, err := goal.Evaluate(revenues, now)
	if err != nil {
		return goalStanding{}, err
	}
	projected, _ := r.Projected.Amount().Float64()
	targetF, _ := target.Amount().Float64()
	return goalStanding{r.Status.String(), r.Progress, projected / targetF, r.Arithmetic}, nil
}

// goalTarget reads a goal's target, a number in the KPI's unit (sales,
// which are money, go through evaluateRevenueGoal).
func goalTarget(spec GoalSpec) (float64, error) {
	return strconv.ParseFloat(spec.Target, 64)
}

// countedOrders returns the orders a goal counts, in time order: every
// distinct order for sales, the attributed ones for conversions.
func countedOrders(kpi engagement.KPI, a pricing.Attribution, byID map[string]pricing.Order) ([]pricing.Order, error) {
	var counted []pricing.Order
	for _, r := range a.Creators {
		for _, id := range r.OrderIDs {
			counted = append(counted, byID[id])
		}
	}
	switch kpi {
	case engagement.KPIConversions:
	case engagement.KPISales:
		counted = append(counted, a.Unmatched...)
		for _, cf := range a.Conflicts {
			counted = append(counted, cf.Order)
		}
	default:
		return nil, fmt.Errorf("the orders measure sales and conversions, not %s", kpi)
	}
	slices.SortFunc(counted, func(x, y pricing.Order) int { return x.Time.Compare(y.Time) })
	return counted, nil
}

// endOfDay is the end of the UTC day of t, where a day's orders are counted.
func endOfDay(t time.Time) time.Time { return t.UTC().Truncate(24 * time.Hour).Add(24 * time.Hour) }

// orderMeasurements turns the orders into a campaign-to-date series of
// conversions over the attributed orders, one value at the end of each day
// with orders.
func orderMeasurements(kpi engagement.KPI, a pricing.Attribution, byID map[string]pricing.Order) ([]engagement.Measurement, error) {
	counted, err := countedOrders(kpi, a, byID)
	if err != nil {
		return nil, err
	}
	var ms []engagement.Measurement
	for i, o := range counted {
		day := endOfDay(o.Time)
		if k := len(ms) - 1; k >= 0 && ms[k].Date.Equal(day) {
			ms[k].Value = float64(i + 1)
			continue
		}
		ms = append(ms, engagement.Measurement{Date: day, Value: float64(i + 1)})
	}
	return ms, nil
}

// orderRevenues turns every distinct order into a campaign-to-date revenue
// series, exact, one total at the end of each day with orders.
func orderRevenues(a pricing.Attribution, byID map[string]pricing.Order) ([]engagement.Revenue, error) {
	counted, err := countedOrders(engagement.KPISales, a, byID)
	if err != nil {
		return nil, err
	}
	var rs []engagement.Revenue
	total := pricing.Zero(a.Currency)
	for _, o := range counted {
		if total, err = total.Add(o.Amount); err != nil {
			return nil, err
		}
		day := endOfDay(o.Time)
		if k := len(rs) - 1; k >= 0 && rs[k].Date.Equal(day) {
			rs[k].Total = total
			continue
		}
		rs = append(rs, engagement.Revenue{Date: day, Total: total})
	}
	return rs, nil
}

// writeAttribution writes each creator's attributed sales and the orders
// that could not be credited.
func writeAttribution(w sectionWriter, a pricing.Attribution) error {
	en := language.AmericanEnglish
	t := a.Totals
	w.subheading("Attributed sales (%d orders, %s; by discount code, case and spaces ignored, or utm_content link id)", t.Orders, t.Revenue.Format(en))
	tb := w.table(1, "creator", "orders", "code/link/both", "revenue", "fee", "CPA", "ROI", "ROAS")
	for _, r := range a.Creators {
		cpa, roi, roas := metrics(r.CPA, r.ROI, r.ROAS)
		w.row(tb, r.Creator, strconv.FormatInt(r.Conversions, 10), fmt.Sprintf("%d/%d/%d", r.ByCode, r.ByLink, r.ByBoth),
			r.Revenue.Format(en), r.Fee.Format(en), cpa, roi, roas)
	}
	cpa, roi, roas := metrics(t.CPA, t.ROI, t.ROAS)
	w.row(tb, "campaign", strconv.FormatInt(t.Conversions, 10), "", t.Attributed.Format(en), t.Fees.Format(en), cpa, roi, roas)
	w.line(1, "%s attributed + %s unattributed = %s of sales", t.Attributed.Format(en), t.Unattributed.Format(en), t.Revenue.Format(en))

	if len(a.Unmatched) > 0 {
		sum := pricing.Zero(a.Currency)
		ways := map[string]int{}
		for _, o := range a.Unmatched {
			var err error
			if sum, err = sum.Add(o.Amount); err != nil {
				return err
			}
			switch {
			case strings.TrimSpace(o.Code) != "":
				ways["code "+strings.TrimSpace(o.Code)]++
			case strings.TrimSpace(o.LinkID) != "":
				ways["link "+strings.TrimSpace(o.LinkID)]++
			default:
				ways["no code or link"]++
			}
		}
		w.line(1, "unmatched: %d orders, %s (%s)", len(a.Unmatched), sum.Format(en), countList(ways))
	}
	for _, cf := range a.Conflicts {
		w.line(1, "conflict: %s (%s) used %s's code %q through %s's link %q: counted for neither",
			cf.Order.ID, cf.Order.Amount.Format(en), cf.CodeCreator, cf.Order.Code, cf.LinkCreator, cf.Order.LinkID)
	}
	if len(a.Duplicates) > 0 {
		ids := make([]string, len(a.Duplicates))
		for i, o := range a.Duplicates {
			ids[i] = o.ID
		}
		w.line(1, "duplicates: %s sent again, counted once", strings.Join(ids, ", "))
	}
	return nil
}

// metrics formats CPA, ROI (percent) and ROAS, or "-" where the fee or the
// conversions leave one undefined.
func metrics(cpaOf func() (pricing.Money, error), roiOf, roasOf func() (decimal.Decimal, error)) (cpa, roi, roas string) {
	cpa, roi, roas = "-", "-", "-"
	if v, err := cpaOf(); err == nil {
		cpa = v.Format(language.AmericanEnglish)
	}
	if v, err := roiOf(); err == nil {
		roi = v.Shift(2).StringFixed(1) + "%"
	}
	if v, err := roasOf(); err == nil {
		roas = v.StringFixed(2)
	}
	return cpa, roi, roas
}

// countList writes counts as "code SPRING10 x13, no code or link x5",
// largest first, then by name.
func countList(counts map[string]int) string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y string) int {
		return cmp.Or(cmp.Compare(counts[y], counts[x]), cmp.Compare(x, y))
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + " x" + strconv.Itoa(counts[k])
	}
	return strings.Join(parts, ", ")
}

// writeSponsoredMix writes each creator's sponsored-content mix over their
// recent captions, and for every post it calls an ad (labelled, or looking
// sponsored without a label) the ad reading's score and signals.
func writeSponsoredMix(w sectionWriter, c Campaign) error {
	w.subheading("Sponsored-content mix (recent feed; labelled = any disclosure label, looks sponsored = no label but the text reads as an ad, score >= 3)")
	t := w.table(1, "creator", "posts", "labelled", "clearly", "looks sponsored", "sponsored in all")
	type flagged struct{ handle, how, caption, evidence string }
	var shown []flagged
	var errs []error
	for _, cr := range c.Creators {
		if len(cr.RecentCaptions) == 0 {
			w.row(t, cr.Handle, "0", "-", "-", "-", "-")
			continue
		}
		posts := make([]disclosure.Post, len(cr.RecentCaptions))
		for i, caption := range cr.RecentCaptions {
			posts[i] = disclosure.Post{Caption: caption, Platform: cr.Platform}
		}
		m, err := disclosure.SponsoredMix(posts)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s recent captions: %w", cr.Handle, err))
			continue
		}
		w.row(t, cr.Handle, strconv.Itoa(len(m.Posts)),
			fmt.Sprintf("%d (%s)", m.Labelled, engagement.Rate(m.LabelledShare())), strconv.Itoa(m.ClearlyLabelled),
			fmt.Sprintf("%d (%s)", m.LooksSponsored, engagement.Rate(m.LooksSponsoredShare())), engagement.Rate(m.SponsoredShare()).String())
		for i, p := range m.Posts {
			how := "labelled"
			switch p.Sponsorship {
			case disclosure.Organic:
				continue
			case disclosure.LooksSponsored:
				how = "no label"
			}
			ev := make([]string, len(p.Signals))
			for j, s := range p.Signals {
				ev[j] = fmt.Sprintf("%s %+d %q", s.Signal, s.Weight, s.Text)
			}
			shown = append(shown, flagged{cr.Handle, how, cr.RecentCaptions[i], "score " + strconv.Itoa(p.Score) + ": " + strings.Join(ev, ", ")})
		}
	}
	for _, f := range shown {
		w.line(1, "%s, %s: %q (%s)", f.handle, f.how, f.caption, f.evidence)
	}
	return errors.Join(errs...)
}

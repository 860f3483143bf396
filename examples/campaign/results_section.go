package main

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
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
func resultsSection(w io.Writer, c Campaign) error {
	fmt.Fprintf(w, "== Results (as of %s)\n", c.ReportDate)
	a, byID, err := attributeOrders(c)
	if err != nil {
		return err
	}
	if err := writeGoals(w, c, a, byID); err != nil {
		return err
	}
	fmt.Fprintln(w)
	if err := writeFollowerGrowth(w, c); err != nil {
		return err
	}
	fmt.Fprintln(w)
	if err := writeAttribution(w, c, a); err != nil {
		return err
	}
	fmt.Fprintln(w)
	return writeSponsoredMix(w, c)
}

// writeFollowerGrowth prints each creator's follower growth over their
// history, with the spikes the audience red flags also report.
func writeFollowerGrowth(w io.Writer, c Campaign) error {
	fmt.Fprintln(w, "Follower growth")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  creator\tfrom\tto\tgrowth\tper day\tspikes")
	for _, cr := range c.Creators {
		g, err := engagement.FollowerGrowth(cr.followerSeries())
		if err != nil {
			return fmt.Errorf("%s follower history: %w", cr.Handle, err)
		}
		spikes := "none"
		if len(g.Spikes) > 0 {
			var parts []string
			for _, s := range g.Spikes {
				parts = append(parts, fmt.Sprintf("%+d to %s (%.0fx typical)", s.Gain, s.To.Date.Format(time.DateOnly), s.PerDay/max(s.TypicalPerDay, 1)))
			}
			spikes = strings.Join(parts, "; ")
		}
		fmt.Fprintf(tw, "  %s\t%d on %s\t%d on %s\t%+d (%s)\t%.1f\t%s\n", cr.Handle,
			g.From.Followers, g.From.Date.Format(time.DateOnly), g.To.Followers, g.To.Date.Format(time.DateOnly),
			g.Gain, engagement.Rate(g.Fraction), g.PerDay, spikes)
	}
	return tw.Flush()
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
		fee := cr.OfferedFee
		creators[i] = pricing.CreatorTracking{Creator: cr.Handle, Codes: cr.Codes, LinkIDs: cr.LinkIDs, Fee: fee}
	}
	a, err := pricing.Attribute(orders, creators)
	if err != nil {
		return pricing.Attribution{}, nil, fmt.Errorf("attribution: %w", err)
	}
	return a, byID, nil
}

// writeGoals evaluates every goal at the report date and prints its status,
// progress and arithmetic.
func writeGoals(w io.Writer, c Campaign, a pricing.Attribution, byID map[string]pricing.Order) error {
	fmt.Fprintln(w, "Goals")
	now := c.ReportDate.In(time.UTC)
	for _, spec := range c.Goals {
		if spec.KPI == engagement.KPISales {
			if err := writeRevenueGoal(w, c, spec, a, byID, now); err != nil {
				return fmt.Errorf("goal %q: %w", spec.Name, err)
			}
			continue
		}
		goal := engagement.Goal{Name: spec.Name, KPI: spec.KPI, Start: spec.Start.In(time.UTC), Deadline: spec.Deadline.In(time.UTC)}
		var err error
		if goal.Target, err = goalTarget(spec); err != nil {
			return fmt.Errorf("goal %q: %w", spec.Name, err)
		}
		var ms []engagement.Measurement
		if spec.FromOrders {
			ms, err = orderMeasurements(spec.KPI, a, byID)
		} else {
			for _, m := range spec.Measurements {
				ms = append(ms, engagement.Measurement{Date: m.Date.In(time.UTC), Value: m.Value})
			}
		}
		if err != nil {
			return fmt.Errorf("goal %q: %w", spec.Name, err)
		}
		r, err := goal.Evaluate(ms, now)
		if err != nil {
			return fmt.Errorf("goal %q: %w", spec.Name, err)
		}
		fmt.Fprintf(w, "  %s (%s): %s, %s of target\n", spec.Name, spec.KPI, r.Status, engagement.Rate(r.Progress))
		fmt.Fprintf(w, "    %s\n", r.Arithmetic)
	}
	return nil
}

// writeRevenueGoal evaluates a sales goal, whose target and revenues are
// money, and prints it as writeGoals prints the others.
func writeRevenueGoal(w io.Writer, c Campaign, spec GoalSpec, a pricing.Attribution, byID map[string]pricing.Order, now time.Time) error {
	code := c.Budget.Currency().String()
	target, err := pricing.New(spec.Target, code)
	if err != nil {
		return err
	}
	goal := engagement.RevenueGoal{Name: spec.Name, Target: target, Start: spec.Start.In(time.UTC), Deadline: spec.Deadline.In(time.UTC)}
	var revenues []engagement.Revenue
	if spec.FromOrders {
		revenues, err = orderRevenues(a, byID)
	} else {
		for _, m := range spec.Measurements {
			total, err := pricing.New(strconv.FormatFloat(m.Value, 'f', -1, 64), code)
			if err != nil {
				return err
			}
			revenues = append(revenues, engagement.Revenue{Date: m.Date.In(time.UTC), Total: total})
		}
	}
	if err != nil {
		return err
	}
	r, err := goal.Evaluate(revenues, now)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  %s (%s): %s, %s of target\n", spec.Name, spec.KPI, r.Status, engagement.Rate(r.Progress))
	fmt.Fprintf(w, "    %s\n", r.Arithmetic)
	return nil
}

// goalTarget reads a goal's target, a number in the KPI's unit (sales,
// which are money, go through writeRevenueGoal).
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

// writeAttribution prints each creator's attributed sales and the orders
// that could not be credited.
func writeAttribution(w io.Writer, c Campaign, a pricing.Attribution) error {
	en := language.AmericanEnglish
	t := a.Totals
	fmt.Fprintf(w, "Attributed sales (%d orders, %s; by discount code, case and spaces ignored, or utm_content link id)\n", t.Orders, t.Revenue.Format(en))
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  creator\torders\tcode/link/both\trevenue\tfee\tCPA\tROI\tROAS")
	for _, r := range a.Creators {
		cpa, roi, roas := metrics(r.CPA, r.ROI, r.ROAS)
		fmt.Fprintf(tw, "  %s\t%d\t%d/%d/%d\t%s\t%s\t%s\t%s\t%s\n", r.Creator, r.Conversions, r.ByCode, r.ByLink, r.ByBoth,
			r.Revenue.Format(en), r.Fee.Format(en), cpa, roi, roas)
	}
	cpa, roi, roas := metrics(t.CPA, t.ROI, t.ROAS)
	fmt.Fprintf(tw, "  campaign\t%d\t\t%s\t%s\t%s\t%s\t%s\n", t.Conversions, t.Attributed.Format(en), t.Fees.Format(en), cpa, roi, roas)
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(w, "  %s attributed + %s unattributed = %s of sales\n", t.Attributed.Format(en), t.Unattributed.Format(en), t.Revenue.Format(en))

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
		fmt.Fprintf(w, "  unmatched: %d orders, %s (%s)\n", len(a.Unmatched), sum.Format(en), countList(ways))
	}
	for _, cf := range a.Conflicts {
		fmt.Fprintf(w, "  conflict: %s (%s) used %s's code %q through %s's link %q: counted for neither\n",
			cf.Order.ID, cf.Order.Amount.Format(en), cf.CodeCreator, cf.Order.Code, cf.LinkCreator, cf.Order.LinkID)
	}
	if len(a.Duplicates) > 0 {
		ids := make([]string, len(a.Duplicates))
		for i, o := range a.Duplicates {
			ids[i] = o.ID
		}
		fmt.Fprintf(w, "  duplicates: %s sent again, counted once\n", strings.Join(ids, ", "))
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

// writeSponsoredMix prints each creator's sponsored-content mix over their
// recent captions, and for every post it calls an ad (labelled, or looking
// sponsored without a label) the ad reading's score and signals.
func writeSponsoredMix(w io.Writer, c Campaign) error {
	fmt.Fprintln(w, "Sponsored-content mix (recent feed; labelled = any disclosure label, looks sponsored = no label but the text reads as an ad, score >= 3)")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  creator\tposts\tlabelled\tclearly\tlooks sponsored\tsponsored in all")
	type flagged struct{ handle, how, caption, evidence string }
	var shown []flagged
	for _, cr := range c.Creators {
		posts := make([]disclosure.Post, len(cr.RecentCaptions))
		for i, caption := range cr.RecentCaptions {
			posts[i] = disclosure.Post{Caption: caption, Platform: cr.Platform}
		}
		m, err := disclosure.SponsoredMix(posts)
		if err != nil {
			return fmt.Errorf("%s recent captions: %w", cr.Handle, err)
		}
		fmt.Fprintf(tw, "  %s\t%d\t%d (%s)\t%d\t%d (%s)\t%s\n", cr.Handle, len(m.Posts),
			m.Labelled, engagement.Rate(m.LabelledShare()), m.ClearlyLabelled,
			m.LooksSponsored, engagement.Rate(m.LooksSponsoredShare()), engagement.Rate(m.SponsoredShare()))
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
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, f := range shown {
		fmt.Fprintf(w, "  %s, %s: %q (%s)\n", f.handle, f.how, f.caption, f.evidence)
	}
	return nil
}

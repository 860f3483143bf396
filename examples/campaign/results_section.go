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

// resultsSection prints what the seeds' last step asks for (seed 001 step 7
// "Measure results", seed 002 "Monitor Results", seed 003 "Track Metrics
// That Actually Matter", seed 004 step 8) as of the report date: each
// goal's status with its arithmetic, the sales attributed to each creator
// by discount code and link with CPA, ROI and ROAS against the offered fee,
// and each creator's sponsored-content mix over their recent feed (seed
// 000: "How often do they post sponsored content?").
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
		goal := engagement.Goal{Name: spec.Name, KPI: spec.KPI, Start: spec.Start.In(time.UTC), Deadline: spec.Deadline.In(time.UTC)}
		var err error
		if goal.Target, err = goalTarget(spec, c.Budget.Currency().String()); err != nil {
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
		unit := ""
		if spec.KPI == engagement.KPISales {
			unit = ", in cents"
		}
		fmt.Fprintf(w, "  %s (%s%s): %s, %s of target\n", spec.Name, spec.KPI, unit, r.Status, engagement.Rate(r.Progress))
		fmt.Fprintf(w, "    %s\n", r.Arithmetic)
	}
	return nil
}

// goalTarget reads a goal's target: an amount in the campaign's currency
// for sales, in minor units as engagement.KPISales wants; a number
// otherwise.
func goalTarget(spec GoalSpec, currencyCode string) (float64, error) {
	if spec.KPI == engagement.KPISales {
		m, err := pricing.New(spec.Target, currencyCode)
		if err != nil {
			return 0, err
		}
		return float64(minorUnits(m)), nil
	}
	return strconv.ParseFloat(spec.Target, 64)
}

// minorUnits returns m rounded to its currency's minor unit, counted in
// minor units: 18,250.00 USD is 1,825,000.
func minorUnits(m pricing.Money) int64 {
	return m.Round().Amount().Shift(int32(m.Scale())).IntPart()
}

// orderMeasurements turns the orders into a campaign-to-date series, one
// value at the end of each day with orders: sales over every distinct
// order, in minor units, or conversions over the attributed ones.
func orderMeasurements(kpi engagement.KPI, a pricing.Attribution, byID map[string]pricing.Order) ([]engagement.Measurement, error) {
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

	var ms []engagement.Measurement
	total := pricing.Zero(a.Currency)
	var n int64
	for _, o := range counted {
		var err error
		if total, err = total.Add(o.Amount); err != nil {
			return nil, err
		}
		n++
		value := float64(n)
		if kpi == engagement.KPISales {
			value = float64(minorUnits(total))
		}
		endOfDay := o.Time.UTC().Truncate(24 * time.Hour).Add(24 * time.Hour)
		if k := len(ms) - 1; k >= 0 && ms[k].Date.Equal(endOfDay) {
			ms[k].Value = value
			continue
		}
		ms = append(ms, engagement.Measurement{Date: endOfDay, Value: value})
	}
	return ms, nil
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

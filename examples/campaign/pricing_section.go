package main

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/influencekit/influencekit/pricing"
	"github.com/influencekit/influencekit/tier"
)

// pricingSection lists each creator's fee quoted from their rate card, the
// fee the brand offered, the market range per post for their tier and where
// the offer falls against it, then the campaign's cost metrics: the spend
// is the sum of the offered fees, in the budget's currency.
//
// Market ranges are compared in their own currency (USD): an offer in
// another currency is converted with the campaign's exchange rate into
// USD, or its position is "n/a" when the campaign gives no such rate. A
// fee in a currency other than the budget's is converted the same way into
// the budget's.
func pricingSection(w sectionWriter, c Campaign) error {
	w.heading("Pricing")
	en := language.AmericanEnglish
	t := w.table(0, "creator", "quoted", "offered", "market rate (five-tier)", "offer vs market")

	var errs []error
	budget := c.Budget.Currency()
	spend := pricing.Zero(budget)
	var impressions, engagements, clicks int64
	for i, cr := range c.Creators {
		for _, p := range cr.Posts {
			impressions += p.Impressions
			engagements += p.Likes + p.Comments + p.Saves + p.Shares
			clicks += p.Clicks
		}
		offered := cr.OfferedFee
		if fee, _, ok := c.convert(offered, budget); !ok {
			errs = append(errs, fmt.Errorf("%s: %s offered fee %s: no exchange rate from %s to the budget's %s in the campaign file",
				c.where(jsonPath{"creators", i, "offered_fee"}), cr.Handle, offered, offered.Currency(), budget))
		} else if sum, err := spend.Add(fee); err != nil {
			errs = append(errs, fmt.Errorf("%s offered fee: %w", cr.Handle, err))
		} else {
			spend = sum
		}

		lines := make([]pricing.Line, len(cr.Deliverables))
		var pieces int64
		for i, d := range cr.Deliverables {
			lines[i] = pricing.Line{Platform: d.Platform, Format: d.Format, Quantity: int64(d.Quantity)}
			pieces += int64(d.Quantity)
		}
		quoted := "-"
		if quote, err := pricing.NewQuote(cr.RateCard, lines, pricing.Terms{}); err != nil {
			errs = append(errs, fmt.Errorf("%s quote: %w", cr.Handle, err))
		} else {
			quoted = quote.Total().Format(en)
		}
		market, position, err := marketPosition(c, cr, pieces)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s offer: %w", cr.Handle, err))
		}
		w.row(t, cr.Handle, quoted, offered.Format(en), tier.FiveTier.Of(cr.Followers).String()+" "+market, position)
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}

	revenue := c.Revenue
	cpm, err := pricing.CPM(spend, impressions)
	if err != nil {
		return err
	}
	cpe, err := pricing.CPE(spend, engagements)
	if err != nil {
		return err
	}
	cpc, err := pricing.CPC(spend, clicks)
	if err != nil {
		return err
	}
	roi, err := pricing.ROI(revenue, spend)
	if err != nil {
		return err
	}
	roas, err := pricing.ROAS(revenue, spend)
	if err != nil {
		return err
	}
	left, err := c.Budget.Sub(spend)
	if err != nil {
		return err
	}
	w.line(0, "spend %s of a %s budget (%s left)", spend.Format(en), c.Budget.Format(en), left.Format(en))
	w.line(0, "CPM %s over %d impressions", cpm.Format(en), impressions)
	w.line(0, "CPE %s over %d engagements (likes + comments + saves + shares)", cpe.Format(en), engagements)
	w.line(0, "CPC %s over %d clicks", cpc.Format(en), clicks)
	w.line(0, "ROI %s%% and ROAS %s on %s of revenue", roi.Shift(2).StringFixed(1), roas.StringFixed(2), revenue.Format(en))
	w.chart(Chart{
		ID:         "spend-against-budget",
		Title:      "Spend against budget",
		Desc:       "The sum of the offered fees against the campaign budget.",
		MarkLegend: "the budget",
		Bars: []Bar{{
			Label: "spend", Value: moneyFloat(spend), Text: spend.Format(en),
			HasMark: true, Mark: moneyFloat(c.Budget), MarkText: c.Budget.Format(en) + " budget",
		}},
	})
	return nil
}

// marketPosition returns the creator's market range for their tier, as
// the report writes it, and where the offer for pieces pieces of content
// falls against that many times the range.
func marketPosition(c Campaign, cr Creator, pieces int64) (market, position string, err error) {
	en := language.AmericanEnglish
	r, ok := pricing.MarketRangeFor(cr.Platform, cr.Followers)
	if !ok {
		return "no market rate", "-", nil
	}
	market = r.Low.Format(en) + " to " + r.High.Format(en)
	if !r.Bounded() {
		market = r.Low.Format(en) + " and up"
	}
	market += " per " + r.Per
	offer, rate, ok := c.convert(cr.OfferedFee, r.Low.Currency())
	if !ok {
		return market, "n/a: market rates are quoted in " + r.Low.Currency().String(), nil
	}
	// The offer buys several deliverables: compare it with the market
	// range for that many posts.
	pkg := r
	pkg.Low = r.Low.Mul(decimal.NewFromInt(pieces))
	if r.Bounded() {
		pkg.High = r.High.Mul(decimal.NewFromInt(pieces))
	}
	pos, err := pkg.Check(offer)
	if err != nil {
		return market, "-", err
	}
	position = pos.String() + ", " + strconv.FormatInt(pieces, 10) + " pieces"
	if pieces == 1 {
		position = pos.String() + ", 1 piece"
	}
	if rate != nil {
		position += " (offer " + offer.Format(en) + " at " + rate.String() + ")"
	}
	return market, position, nil
}

// moneyFloat is m's amount as a float64, for drawing a chart only: every
// figure the report writes comes from the exact amount.
func moneyFloat(m pricing.Money) float64 {
	f, _ := m.Amount().Float64()
	return f
}

package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/influencekit/influencekit/pricing"
	"github.com/influencekit/influencekit/tier"
)

// pricingSection prints each creator's fee quoted from their rate card, the
// fee the brand offered, the market range per post for their tier and where
// the offer falls against it, then the campaign's cost metrics: the spend
// is the sum of the offered fees.
func pricingSection(w io.Writer, c Campaign) error {
	fmt.Fprintln(w, "== Pricing")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "creator\tquoted\toffered\tmarket rate (five-tier)\toffer vs market")

	spend := pricing.Zero(c.Budget.Currency())
	var impressions, engagements, clicks int64
	for _, cr := range c.Creators {
		offered := cr.OfferedFee
		var err error
		if spend, err = spend.Add(offered); err != nil {
			return fmt.Errorf("%s offered fee: %w", cr.Handle, err)
		}
		lines := make([]pricing.Line, len(cr.Deliverables))
		var pieces int64
		for i, d := range cr.Deliverables {
			lines[i] = pricing.Line{Platform: d.Platform, Format: d.Format, Quantity: int64(d.Quantity)}
			pieces += int64(d.Quantity)
		}
		quote, err := pricing.NewQuote(cr.RateCard, lines, pricing.Terms{})
		if err != nil {
			return fmt.Errorf("%s quote: %w", cr.Handle, err)
		}
		market, position := "no market rate", "-"
		if r, ok := pricing.MarketRangeFor(cr.Platform, cr.Followers); ok {
			market = r.Low.Format(language.AmericanEnglish) + " to " + r.High.Format(language.AmericanEnglish)
			if !r.Bounded() {
				market = r.Low.Format(language.AmericanEnglish) + " and up"
			}
			market += " per " + r.Per
			// The offer buys several deliverables: compare it with the market
			// range for that many posts.
			pkg := r
			pkg.Low = r.Low.Mul(decimal.NewFromInt(pieces))
			if r.Bounded() {
				pkg.High = r.High.Mul(decimal.NewFromInt(pieces))
			}
			pos, err := pkg.Check(offered)
			if err != nil {
				return fmt.Errorf("%s offer: %w", cr.Handle, err)
			}
			position = fmt.Sprintf("%s, %d pieces", pos, pieces)
			if pieces == 1 {
				position = pos.String() + ", 1 piece"
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s %s\t%s\n", cr.Handle,
			quote.Total().Format(language.AmericanEnglish), offered.Format(language.AmericanEnglish),
			tier.FiveTier.Of(cr.Followers), market, position)

		for _, p := range cr.Posts {
			impressions += p.Impressions
			engagements += p.Likes + p.Comments + p.Saves + p.Shares
			clicks += p.Clicks
		}
	}
	if err := tw.Flush(); err != nil {
		return err
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
	en := language.AmericanEnglish
	fmt.Fprintf(w, "spend %s of a %s budget (%s left)\n", spend.Format(en), c.Budget.Format(en), left.Format(en))
	fmt.Fprintf(w, "CPM %s over %d impressions\n", cpm.Format(en), impressions)
	fmt.Fprintf(w, "CPE %s over %d engagements (likes + comments + saves + shares)\n", cpe.Format(en), engagements)
	fmt.Fprintf(w, "CPC %s over %d clicks\n", cpc.Format(en), clicks)
	fmt.Fprintf(w, "ROI %s%% and ROAS %s on %s of revenue\n", roi.Shift(2).StringFixed(1), roas.StringFixed(2), revenue.Format(en))
	return nil
}

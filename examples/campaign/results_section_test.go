package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/engagement"
)

func TestResultsSection(t *testing.T) {
	c, err := loadSample()
	require.NoError(t, err)
	report, err := sectionText(resultsSection, c)
	require.NoError(t, err)
	// Each line proves one part of the section on the sample data.
	for _, line := range []string{
		"== Results (as of 2026-03-01)",
		// stryde-greg's goal: 20,000 to 23,400 in 59 days projects 40,976 by year end.
		"  Glow Co Instagram following +30% by year end (follower-growth): on-track, 56.67% of target",
		"    target 26000 = 20000 x (1 + 30.00%); progress (23400 - 20000) / (26000 - 20000) = 56.67%",
		"  ERR of 5% on campaign feed posts (err): met, 106.00% of target",
		// The reach goal's deadline passed the day before the report date.
		"deadline 2026-02-28 passed at 210830 < 250000: missed",
		// 18,250.00 USD of orders over 20 days projects 45,625.00 by March 31,
		// in money, not float cents.
		"  Sales of 40,000.00 USD by March 31 (sales): on-track, 45.62% of target",
		"projected 18250.00 USD + 912.50 USD/day x 30 days = 45625.00 USD on 2026-03-31",
		"projected 125 + 6.2/day x 30 days = 312 on 2026-03-31",
		"  400 attributed conversions by March 31 (conversions): behind, 31.25% of target",
		// Growth shares the spike logic with the audience red flags.
		"  @maxvibes.daily   151000 on 2026-01-04  250000 on 2026-02-15  +99000 (65.56%)  2357.1   +90800 to 2026-01-25 (61x typical)",
		"Attributed sales (148 orders, 18,250.00 USD;",
		// 450 / 32 = 14.0625; (3,632 - 450) / 450 = 7.0711; 3,632 / 450 = 8.07.
		"  @tess.hoodedeyes  32      16/13/3         3,632.00 USD   450.00 USD     14.06 USD   707.1%   8.07",
		"  @maxvibes.daily   9       3/5/1           1,080.00 USD   6,000.00 USD   666.67 USD  -82.0%   0.18",
		"  campaign          125                     15,360.00 USD  11,250.00 USD  90.00 USD   36.5%    1.37",
		"  15,360.00 USD attributed + 2,890.00 USD unattributed = 18,250.00 USD of sales",
		"  unmatched: 22 orders, 2,794.00 USD (code SPRING10 x14, no code or link x5, link newsletter-feb x3)",
		`  conflict: GC-1086 (96.00 USD) used @tess.hoodedeyes's code "TESS15" through @maxvibes.daily's link "max-serum": counted for neither`,
		"  duplicates: GC-1017, GC-1090 sent again, counted once",
		"  @maxvibes.daily   5      1 (20.00%)  0        3 (60.00%)       80.00%",
		// Every post the mix calls an ad shows the reading's score and signals.
		`  @erin.shoots, no label: "The tripod I use from @steadyrig https://steadyrig.com/erin?aff=erin26" (score 6: product-credit +2 "from @steadyrig", brand-in-context +1 "@steadyrig", affiliate-link +3 "https://steadyrig.com/erin?aff=erin26")`,
		`  @maxvibes.daily, no label: "Morning routine with @shinyhair ✨ use code MAXHAIR for 15% off" (score 6: brand-in-context +1 "@shinyhair", discount-code +3 "MAXHAIR", offer +2 "% off")`,
		`  @parktruth, labelled: "Is the $15 Mickey pretzel worth it? #spon #themepark" (score 3: label +3 "#spon")`,
	} {
		assert.Contains(t, report, line)
	}
	assert.Equal(t, 5, strings.Count(report, ", no label: "), "five posts look sponsored without a label")
	assert.Equal(t, 6, strings.Count(report, ", labelled: "), "six posts carry a label")
}

// TestResultsAgreeWithPricing holds the sample to one revenue figure: the
// orders add up to the campaign revenue the pricing section reports.
func TestResultsAgreeWithPricing(t *testing.T) {
	c, err := loadSample()
	require.NoError(t, err)
	a, _, err := attributeOrders(c)
	require.NoError(t, err)
	revenue := c.Revenue
	assert.True(t, a.Totals.Revenue.Equal(revenue), "orders total %s, campaign revenue %s", a.Totals.Revenue, revenue)
}

func TestResultsSectionErrors(t *testing.T) {
	tests := []struct {
		why    string
		change func(*Campaign)
		want   string
	}{
		{"a goal target that is not a number", func(c *Campaign) { c.Goals[0].Target = "thirty percent" }, `goal "Glow Co Instagram following +30% by year end": strconv.ParseFloat`},
		{"a sales target that is not an amount", func(c *Campaign) { c.Goals[3].Target = "lots" }, "pricing: invalid amount"},
		{"a zero target", func(c *Campaign) { c.Goals[1].Target = "0" }, "engagement: invalid goal target"},
		{"a deadline before the start", func(c *Campaign) {
			c.Goals[2].Deadline = c.Goals[2].Start
			c.Goals[2].Deadline = c.Goals[2].Start.AddDays(-1)
		}, "engagement: dates out of order"},
		{"a measurement after the report date", func(c *Campaign) { c.ReportDate = c.ReportDate.AddDays(-20) }, "is after the evaluation time"},
		{"orders measure only sales and conversions", func(c *Campaign) { c.Goals[1].FromOrders = true; c.Goals[1].KPI = engagement.KPIClicks }, "the orders measure sales and conversions, not clicks"},
		{"an order amount that is not money", func(c *Campaign) { c.Orders[0].Amount = "12,50" }, "order GC-1001: pricing: invalid amount"},
		{"two creators sharing a code", func(c *Campaign) { c.Creators[1].Codes = []string{"tess15"} }, "attribution: pricing: code or link id belongs to two creators"},
		{"a follower history of one sample has no growth", func(c *Campaign) { c.Creators[0].FollowerHistory = c.Creators[0].FollowerHistory[:1] }, "@tess.hoodedeyes follower history: engagement: follower history needs at least two samples"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			c, err := loadSample()
			require.NoError(t, err)
			tt.change(&c)
			assert.ErrorContains(t, resultsSection(sectionWriter{&Section{}}, c), tt.want)
		})
	}
}

// TestResultsWithoutRecentCaptions: a creator whose recent feed the file
// leaves out has no sponsored-content mix, and that is not an error.
func TestResultsWithoutRecentCaptions(t *testing.T) {
	c, err := loadSample()
	require.NoError(t, err)
	c.Creators[2].RecentCaptions = nil
	report, err := sectionText(resultsSection, c)
	require.NoError(t, err)
	assert.Regexp(t, `\n  @erin.shoots +0 +- +- +- +-\n`, report)
}

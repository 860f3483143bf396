package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPricingSection(t *testing.T) {
	c, err := loadSample()
	require.NoError(t, err)
	report, err := sectionText(pricingSection, c)
	require.NoError(t, err)
	for _, want := range []string{
		// Tess: 1 post × 220 + 2 stories × 95 = 410 quoted; 450 offered for
		// 3 pieces is above the nano range of 30-300.
		"@tess.hoodedeyes  410.00 USD    450.00 USD    nano 10.00 USD to 100.00 USD per post        above, 3 pieces",
		// Erin: one video, 4,500 offered within mid YouTube's 1,000-10,000.
		"@erin.shoots      4,000.00 USD  4,500.00 USD  mid 1,000.00 USD to 10,000.00 USD per video  within, 1 piece",
		// Spend is the sum of offered fees: 450 + 300 + 4,500 + 6,000.
		"spend 11,250.00 USD of a 12,000.00 USD budget (750.00 USD left)",
		// 11,250 / 308,925 impressions × 1,000 = 36.416...
		"CPM 36.42 USD over 308925 impressions",
		// 11,250 / 13,630 = 0.8253...
		"CPE 0.83 USD over 13630 engagements",
		// (18,250 − 11,250) / 11,250 = 0.6222...; 18,250 / 11,250 = 1.6222...
		"ROI 62.2% and ROAS 1.62 on 18,250.00 USD of revenue",
	} {
		assert.Contains(t, report, want)
	}
}

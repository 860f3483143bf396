package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestContractSection(t *testing.T) {
	c, err := loadSample()
	require.NoError(t, err)
	report, err := sectionText(contractSection, c)
	require.NoError(t, err)
	// Each line proves one sample contract was validated; the flawed ones
	// show the problem they were written to have.
	for _, want := range []string{
		"@tess.hoodedeyes: 0 errors, 0 warnings",
		"@parktruth: 2 errors, 1 warning",
		"payment.schedule               schedule-mismatch",
		"disclosure.wording             vague-disclosure-wording",
		"@erin.shoots: 0 errors, 3 warnings",
		"usage_rights.days              perpetual-usage",
		"usage_rights.fee               paid-usage-without-fee",
		"exclusivity.days               long-exclusivity",
		"@maxvibes.daily: 4 errors, 0 warnings",
		"brief                          vague-brief",
		"disclosure.required            disclosure-not-required",
		"  # Influencer agreement: Glow Co and Tess Chung",
		"  ## 1. Contract length",
	} {
		assert.Contains(t, report, want)
	}
}

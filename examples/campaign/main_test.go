package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunPrintsTheReport(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run(&out))
	report := out.String()
	assert.Contains(t, report, "Campaign: Glow Co spring launch (brand Glow Co, 4 creators)")
	// Each row proves one creator was tiered on both scales.
	for _, row := range []string{
		"@tess.hoodedeyes  instagram  4000       nano      nano",
		"@parktruth        tiktok     42000      micro     micro",
		"@erin.shoots      youtube    180000     macro     mid",
		"@maxvibes.daily   instagram  250000     macro     mid",
	} {
		assert.Contains(t, report, row)
	}
}

func TestLoadCampaignRejectsBadInput(t *testing.T) {
	tests := []struct {
		why  string
		data string
		want string
	}{
		{"a typo in a field name must not be silently ignored", `{"name":"x","creatorz":[]}`, "unknown field"},
		{"an unknown platform is an error, not UnknownPlatform", `{"creators":[{"platform":"myspace"}]}`, "unknown platform"},
		{"two documents in one file are not one campaign", `{"creators":[{}]} {}`, "trailing data"},
		{"a campaign needs creators to report on", `{"name":"empty","creators":[]}`, "no creators"},
		{"dates are calendar dates", `{"creators":[{"follower_history":[{"date":"15/02/2026"}]}]}`, "YYYY-MM-DD"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			_, err := loadCampaign([]byte(tt.data))
			require.Error(t, err)
			assert.True(t, strings.Contains(err.Error(), tt.want), "error %q should mention %q", err, tt.want)
		})
	}
}

package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDisclosureSection(t *testing.T) {
	c, err := loadCampaign(sampleCampaign)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, disclosureSection(&out, c))
	report := out.String()
	// Each row proves one post's verdict; the sample has one of each kind of problem.
	for _, row := range []string{
		"tess-liner-post     instagram  post    compliant      -",
		"kevin-snack-review  tiktok     short   NOT compliant  vague-disclosure",
		"erin-night-shots    youtube    video   NOT compliant  below-fold",
		"max-serum-reel      instagram  reel    NOT compliant  undisclosed-editing, below-fold, buried-disclosure, unsubstantiated-claim (warning)",
		"max-serum-story     instagram  story   NOT compliant  missing-disclosure, undisclosed-editing",
	} {
		assert.Contains(t, report, row)
	}
	assert.Contains(t, report, `kevin-snack-review: "#sponsored Is the $15 Mickey pretzel`, "#spon is replaced and moved first")
	assert.Contains(t, report, `max-serum-story: "#ad Swipe for the serum that changed my skin ✨ #filtered"`)
	assert.NotContains(t, report, "tess-liner-post:", "a compliant post needs no suggestion")
}

func TestDisclosureSectionRejectsUnknownJurisdiction(t *testing.T) {
	c := Campaign{Brand: "Glow Co", Creators: []Creator{{Posts: []Post{{ID: "p1", Caption: "#ad", Jurisdiction: "Atlantis"}}}}}
	err := disclosureSection(&bytes.Buffer{}, c)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "post p1")
	assert.Contains(t, err.Error(), "unknown jurisdiction")
}

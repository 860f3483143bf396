package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEngagementSection(t *testing.T) {
	c, err := loadSample()
	require.NoError(t, err)
	report, err := sectionText(engagementSection, c)
	require.NoError(t, err)
	// Each line proves one part of the section on the sample data.
	for _, line := range []string{
		"== Engagement (industry beauty, CTR band 1.50%-2.50%, mighty-micro)",
		"  ERR 14.92% (exceptional) over 2 feed posts, pooled", // the liner post and the clinic reel
		"  CTR 1.66% (284 clicks on 17075 impressions): within the beauty band",
		"  story tess-liner-story: completion 71.67% (strong), most viewers leave at frame 2 of 4 (84.17% stay)",
		"  likes+comments per follower 15.65% vs 4.26% expected of nano (hypeauditor-2018): above, 3.67x",
		"  CTR 1.50% (2100 clicks on 140000 impressions): within the beauty band", // the band's inclusive floor
		"  ERR 1.99% (low) over 1 feed post",                                      // just under Solid
		"  story max-serum-story: completion 37.00% (weak), most viewers leave at frame 2 of 4 (42.00% stay)",
		"    follower-spike: followers rose by 90800 (59.31%) from 2026-01-18 to 2026-01-25",
		"    low-quality-comments: 10 of 10 comments",
	} {
		assert.Contains(t, report, line)
	}
	assert.Equal(t, 3, strings.Count(report, "audience red flags: none"), "only the account with bought followers is flagged")
}

func TestEngagementSectionRejectsAnUnknownIndustry(t *testing.T) {
	c, err := loadSample()
	require.NoError(t, err)
	c.Industry = "cars"
	assert.ErrorContains(t, engagementSection(sectionWriter{&Section{}}, c), "unknown industry")
}

func TestEngagementSectionReportsBadCounts(t *testing.T) {
	c, err := loadSample()
	require.NoError(t, err)
	c.Creators[0].Posts[1].StoryFrames = []int64{100, 120}
	assert.ErrorContains(t, engagementSection(sectionWriter{&Section{}}, c), "@tess.hoodedeyes: post tess-liner-story: engagement: story frame has more views")
}

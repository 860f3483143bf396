package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/engagement"
)

// engagementSection reports, per creator, the metrics the campaign is
// judged by: ERR and its grade over the feed posts (stories have no likes
// or saves to count), CTR against the campaign industry's band, each
// story's completion and worst frame, likes plus comments per follower
// against the tier benchmark, and any audience-quality red flags. A creator
// whose figures cannot be computed is reported as an error and the others
// go on; an unknown industry leaves CTR without a band.
func engagementSection(w sectionWriter, c Campaign) error {
	var errs []error
	industry, err := engagement.ParseIndustry(c.Industry)
	band, hasBand := engagement.CTRBenchmark(industry)
	switch {
	case err != nil:
		errs = append(errs, fmt.Errorf("campaign %q: %w", c.Name, err))
		w.heading("Engagement (no industry band)")
		hasBand = false
	default:
		w.heading("Engagement (industry %s, CTR band %s, mighty-micro)", industry, band)
	}
	chart := Chart{
		ID:         "engagement-by-tier",
		Title:      "Likes and comments per follower, by creator, against the tier benchmark",
		Desc:       "One bar per creator: likes plus comments per follower over the campaign's feed posts; the band is the benchmark of the creator's tier (hypeauditor-2018).",
		BandLegend: "the tier's benchmark",
	}
	for i, cr := range c.Creators {
		if i > 0 {
			w.blank()
		}
		cmp, err := writeCreatorEngagement(w, cr, industry, hasBand)
		if err != nil {
			w.line(1, "error: %v", err)
			errs = append(errs, fmt.Errorf("creator %s: %w", cr.Handle, err))
			continue
		}
		if cmp != nil {
			chart.Bars = append(chart.Bars, Bar{
				Label: cr.Handle, Value: float64(cmp.Rate), Text: cmp.Rate.String(),
				HasBand: true, BandLow: float64(cmp.Expected.Low), BandHigh: float64(cmp.Expected.High),
				BandText: cmp.Expected.String() + " expected of " + cmp.Tier.String(),
			})
		}
	}
	if len(chart.Bars) > 0 {
		w.chart(chart)
	}
	return errors.Join(errs...)
}

// writeCreatorEngagement writes one creator's engagement and returns how
// their likes and comments per follower compare with their tier's
// benchmark (nil when there is no benchmark or no feed post).
func writeCreatorEngagement(w sectionWriter, cr Creator, industry engagement.Industry, hasBand bool) (*engagement.TierComparison, error) {
	w.subheading("%s (%s, %d followers)", cr.Handle, cr.Platform, cr.Followers)

	var byReach []engagement.PostCounts
	var public []engagement.Interactions // likes and comments: what the tier benchmarks count
	var clicks, impressions int64
	for _, p := range cr.Posts {
		clicks += p.Clicks
		impressions += p.Impressions
		if p.Format == influencekit.Story {
			continue
		}
		in := engagement.Interactions{Likes: p.Likes, Comments: p.Comments, Saves: p.Saves, Shares: p.Shares}
		byReach = append(byReach, engagement.PostCounts{Interactions: in, Base: p.Reach})
		public = append(public, engagement.Interactions{Likes: p.Likes, Comments: p.Comments})
	}

	if len(byReach) > 0 {
		r, err := engagement.PooledRate(engagement.FormulaERR, byReach)
		if err != nil {
			return nil, err
		}
		posts := "1 feed post"
		if len(byReach) > 1 {
			posts = fmt.Sprintf("%d feed posts, pooled", len(byReach))
		}
		w.line(1, "ERR %s (%s) over %s", r, engagement.GradeERR(r), posts)
	}

	if impressions > 0 {
		ctr, err := engagement.CTR(clicks, impressions)
		if err != nil {
			return nil, err
		}
		standing := "no industry band"
		if hasBand {
			standing = engagement.CTRStanding(industry, ctr).String() + " the " + industry.String() + " band"
		}
		w.line(1, "CTR %s (%d clicks on %d impressions): %s", ctr, clicks, impressions, standing)
	}

	for _, p := range cr.Posts {
		if len(p.StoryFrames) == 0 {
			continue
		}
		s, err := engagement.StoryCompletion(p.StoryFrames...)
		if err != nil {
			return nil, fmt.Errorf("post %s: %w", p.ID, err)
		}
		strength := "weak"
		if s.Strong {
			strength = "strong"
		}
		drop := "no drop-off"
		if s.WorstFrame > 0 {
			drop = fmt.Sprintf("most viewers leave at frame %d of %d (%s stay)", s.WorstFrame+1, s.Frames(), s.Retention[s.WorstFrame])
		}
		w.line(1, "story %s: completion %s (%s), %s", p.ID, s.Completion, strength, drop)
	}

	var tierCmp *engagement.TierComparison
	if len(public) > 0 {
		perPost := make([]engagement.PostCounts, len(public))
		for i, in := range public {
			perPost[i] = engagement.PostCounts{Interactions: in, Base: cr.Followers}
		}
		r, err := engagement.MeanOfPostRates(engagement.FormulaByFollowers, perPost)
		if err != nil {
			return nil, err
		}
		if cmp, ok := engagement.HypeAuditor2018Benchmarks.Compare(r, cr.Followers); ok {
			w.line(1, "likes+comments per follower %s", cmp)
			tierCmp = &cmp
		}
	}

	signals, err := engagement.AudienceSignals(engagement.Profile{
		Platform:  cr.Platform,
		Followers: cr.Followers,
		Following: cr.Following,
		Posts:     public,
		Comments:  cr.RecentComments,
		History:   cr.followerSeries(),
	})
	if err != nil {
		return tierCmp, err
	}
	if len(signals) == 0 {
		w.line(1, "audience red flags: none")
		return tierCmp, nil
	}
	w.line(1, "audience red flags:")
	for _, s := range signals {
		w.line(2, "%s: %s", s.Kind, strings.TrimSpace(s.Evidence))
	}
	return tierCmp, nil
}

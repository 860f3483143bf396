package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/engagement"
)

// engagementSection prints, per creator, the metrics the campaign is judged
// by: ERR and its grade over the feed posts (stories have no likes or saves
// to count), CTR against the campaign industry's band, each story's
// completion and worst frame, likes plus comments per follower against the
// tier benchmark, and any audience-quality red flags.
func engagementSection(w io.Writer, c Campaign) error {
	industry, err := engagement.ParseIndustry(c.Industry)
	if err != nil {
		return fmt.Errorf("campaign %q: %w", c.Name, err)
	}
	band, hasBand := engagement.CTRBenchmark(industry)
	fmt.Fprintf(w, "== Engagement (industry %s, CTR band %s, mighty-micro)\n", industry, band)
	for i, cr := range c.Creators {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := writeCreatorEngagement(w, cr, industry, hasBand); err != nil {
			return fmt.Errorf("creator %s: %w", cr.Handle, err)
		}
	}
	return nil
}

func writeCreatorEngagement(w io.Writer, cr Creator, industry engagement.Industry, hasBand bool) error {
	fmt.Fprintf(w, "%s (%s, %d followers)\n", cr.Handle, cr.Platform, cr.Followers)

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
			return err
		}
		posts := "1 feed post"
		if len(byReach) > 1 {
			posts = fmt.Sprintf("%d feed posts, pooled", len(byReach))
		}
		fmt.Fprintf(w, "  ERR %s (%s) over %s\n", r, engagement.GradeERR(r), posts)
	}

	if impressions > 0 {
		ctr, err := engagement.CTR(clicks, impressions)
		if err != nil {
			return err
		}
		standing := "no industry band"
		if hasBand {
			standing = engagement.CTRStanding(industry, ctr).String() + " the " + industry.String() + " band"
		}
		fmt.Fprintf(w, "  CTR %s (%d clicks on %d impressions): %s\n", ctr, clicks, impressions, standing)
	}

	for _, p := range cr.Posts {
		if len(p.StoryFrames) == 0 {
			continue
		}
		s, err := engagement.StoryCompletion(p.StoryFrames...)
		if err != nil {
			return fmt.Errorf("post %s: %w", p.ID, err)
		}
		strength := "weak"
		if s.Strong {
			strength = "strong"
		}
		drop := "no drop-off"
		if s.WorstFrame > 0 {
			drop = fmt.Sprintf("most viewers leave at frame %d of %d (%s stay)", s.WorstFrame+1, s.Frames(), s.Retention[s.WorstFrame])
		}
		fmt.Fprintf(w, "  story %s: completion %s (%s), %s\n", p.ID, s.Completion, strength, drop)
	}

	if len(public) > 0 {
		perPost := make([]engagement.PostCounts, len(public))
		for i, in := range public {
			perPost[i] = engagement.PostCounts{Interactions: in, Base: cr.Followers}
		}
		r, err := engagement.MeanOfPostRates(engagement.FormulaByFollowers, perPost)
		if err != nil {
			return err
		}
		if cmp, ok := engagement.HypeAuditor2018Benchmarks.Compare(r, cr.Followers); ok {
			fmt.Fprintf(w, "  likes+comments per follower %s\n", cmp)
		}
	}

	history := cr.followerSeries()
	signals, err := engagement.AudienceSignals(engagement.Profile{
		Platform:  cr.Platform,
		Followers: cr.Followers,
		Following: cr.Following,
		Posts:     public,
		Comments:  cr.RecentComments,
		History:   history,
	})
	if err != nil {
		return err
	}
	if len(signals) == 0 {
		fmt.Fprintln(w, "  audience red flags: none")
		return nil
	}
	fmt.Fprintln(w, "  audience red flags:")
	for _, s := range signals {
		fmt.Fprintf(w, "    %s: %s\n", s.Kind, strings.TrimSpace(s.Evidence))
	}
	return nil
}

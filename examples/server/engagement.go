package main

import (
	"errors"
	"fmt"
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"github.com/influencekit/influencekit/engagement"
)

// ratesRequest is what /v1/engagement/rates reads: a post's counts and the
// bases it was seen against. Each base is optional, but one is needed; each
// one given adds its rate to the answer.
type ratesRequest struct {
	Likes     count  `json:"likes,omitempty"`
	Comments  count  `json:"comments,omitempty"`
	Saves     count  `json:"saves,omitempty"`
	Shares    count  `json:"shares,omitempty"`
	Reach     *count `json:"reach,omitempty"`     // accounts reached: enables err and grade
	Followers *count `json:"followers,omitempty"` // enables by_followers and tier_comparison
	Views     *count `json:"views,omitempty"`     // enables by_views
	// Table names the engagement.BenchmarkTable the creator is compared
	// with; empty for the first of engagement.BenchmarkTables.
	Table tableName `json:"table,omitempty"`
}

// tableName is the name of one of engagement.BenchmarkTables; the OpenAPI
// document lists them as an enum.
type tableName string

// ratesResult is what /v1/engagement/rates returns. Rates are fractions;
// members whose base was not given are absent.
type ratesResult struct {
	ERR         *engagement.Rate  `json:"err,omitempty"`          // engagement.ERR over reach
	Grade       *engagement.Grade `json:"grade,omitempty"`        // engagement.GradeERR of err
	ByFollowers *engagement.Rate  `json:"by_followers,omitempty"` // engagement.ByFollowers
	ByViews     *engagement.Rate  `json:"by_views,omitempty"`     // engagement.ByViews
	// TierComparison compares likes plus comments over followers, the
	// measure the shipped tables use, with the benchmark of the creator's
	// tier; absent when the table has no figure for that tier.
	TierComparison *engagement.TierComparison `json:"tier_comparison,omitempty"`
}

// engagementRates answers POST /v1/engagement/rates.
func (s *server) engagementRates(w http.ResponseWriter, r *http.Request) {
	var req ratesRequest
	if !s.readJSON(w, r, &req) {
		return
	}
	if req.Reach == nil && req.Followers == nil && req.Views == nil {
		s.problem(w, r, problemInvalidValue("reach", "give at least one base: reach, followers or views"))
		return
	}
	tables := engagement.BenchmarkTables()
	table := tables[0]
	if req.Table != "" {
		found := false
		var names []string
		for _, t := range tables {
			names = append(names, t.Name())
			if t.Name() == string(req.Table) {
				table, found = t, true
			}
		}
		if !found {
			s.problem(w, r, problemInvalidValue("table", "unknown benchmark table "+strconv.Quote(string(req.Table))+"; one of "+strings.Join(names, ", ")))
			return
		}
	}
	in := engagement.Interactions{Likes: int64(req.Likes), Comments: int64(req.Comments), Saves: int64(req.Saves), Shares: int64(req.Shares)}
	var out ratesResult
	if req.Reach != nil {
		rate, err := engagement.ERR(in, int64(*req.Reach))
		if err != nil {
			s.problem(w, r, engagementProblem(err))
			return
		}
		grade := engagement.GradeERR(rate)
		out.ERR, out.Grade = &rate, &grade
	}
	if req.Followers != nil {
		rate, err := engagement.ByFollowers(in, int64(*req.Followers))
		if err != nil {
			s.problem(w, r, engagementProblem(err))
			return
		}
		out.ByFollowers = &rate
		likesComments, err := engagement.ByFollowers(engagement.Interactions{Likes: int64(req.Likes), Comments: int64(req.Comments)}, int64(*req.Followers))
		if err == nil {
			if c, ok := table.Compare(likesComments, int64(*req.Followers)); ok {
				out.TierComparison = &c
			}
		}
	}
	if req.Views != nil {
		rate, err := engagement.ByViews(in, int64(*req.Views))
		if err != nil {
			s.problem(w, r, engagementProblem(err))
			return
		}
		out.ByViews = &rate
	}
	s.writeJSON(w, r, out)
}

// storyRequest is what /v1/engagement/story reads: the views of each frame
// of a story, first frame first.
type storyRequest struct {
	FrameViews []count `json:"frame_views"`
}

// engagementStory answers POST /v1/engagement/story with the
// engagement.Story of the frames.
func (s *server) engagementStory(w http.ResponseWriter, r *http.Request) {
	var req storyRequest
	if !s.readJSON(w, r, &req) {
		return
	}
	story, err := engagement.StoryCompletion(int64s(req.FrameViews)...)
	if err != nil {
		s.problem(w, r, engagementProblem(err))
		return
	}
	s.writeJSON(w, r, story)
}

// engagementProblem is the 422 for an input package engagement rejects,
// naming the request member from the engagement.InputError.
func engagementProblem(err error) problem {
	if errors.Is(err, engagement.ErrNoFrames) {
		return problemRejected("frame_views", "frame_views is empty: a story has at least one frame")
	}
	ie, ok := errors.AsType[*engagement.InputError](err)
	if !ok {
		return problemRejected("", err.Error())
	}
	// The library's message names its Go function and parameters
	// ("StoryCompletion frameViews[1] = 10"); a caller of this API knows
	// only the request's members.
	field := requestField(ie.Input)
	detail := fmt.Sprintf("%s is %d: %s", field, ie.Value, strings.TrimPrefix(ie.Err.Error(), "engagement: "))
	if ie.Detail != "" {
		detail += " (" + goNames.ReplaceAllStringFunc(ie.Detail, requestField) + ")"
	}
	return problemRejected(field, detail)
}

// goNames matches the Go names of counts and frames in an
// engagement.InputError's Detail ("above frameViews[0] = 5", "added to
// Likes").
var goNames = regexp.MustCompile(`\bframeViews(\[\d+\])?|\b(Likes|Comments|Saves|Shares|Clicks|Views|Impressions|Reach|Followers)\b`)

// requestField turns an engagement.InputError's Input ("Likes",
// "frameViews[3]", "reach") into the request member it came from ("likes",
// "frame_views[3]", "reach").
func requestField(input string) string {
	if rest, ok := strings.CutPrefix(input, "frameViews"); ok {
		return "frame_views" + rest
	}
	return strings.ToLower(input)
}

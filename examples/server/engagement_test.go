package main

import (
	"net/http"
	"testing"

	"github.com/influencekit/influencekit/engagement"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEngagementRates(t *testing.T) {
	s, _ := testServer(t, nil)
	in := engagement.Interactions{Likes: 900, Comments: 100, Saves: 50, Shares: 30}
	err, _ := engagement.ERR(in, 20000)
	byFollowers, _ := engagement.ByFollowers(in, 42000)
	likesComments, _ := engagement.ByFollowers(engagement.Interactions{Likes: 900, Comments: 100}, 42000)
	seed3, ok := engagement.MightyMicroBenchmarks.Compare(likesComments, 42000)
	require.True(t, ok)

	rows := []struct {
		why, body, want string
	}{
		{why: "reach gives ERR and its grade",
			body: `{"likes":900,"comments":100,"saves":50,"shares":30,"reach":20000}`,
			want: `{"err":` + libraryJSON(t, err) + `,"grade":"exceptional"}`},
		{why: "followers give the rate by followers and the tier comparison on likes and comments",
			body: `{"likes":900,"comments":100,"saves":50,"shares":30,"followers":42000,"table":"mighty-micro"}`,
			want: `{"by_followers":` + libraryJSON(t, byFollowers) + `,"tier_comparison":` + libraryJSON(t, seed3) + `}`},
		{why: "views give the rate by views; thresholds are exact: 20 of 1,000 is 2%",
			body: `{"likes":20,"views":1000}`,
			want: `{"by_views":0.02}`},
		{why: "2% of reach grades solid, inclusively",
			body: `{"likes":20,"reach":1000}`,
			want: `{"err":0.02,"grade":"solid"}`},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			rec := sendJSON(t, s, "/v1/engagement/rates", row.body)
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			assert.JSONEq(t, row.want, rec.Body.String())
		})
	}
}

func TestEngagementRatesDefaultTable(t *testing.T) {
	s, _ := testServer(t, nil)
	rec := sendJSON(t, s, "/v1/engagement/rates", `{"likes":900,"comments":100,"followers":42000}`)
	require.Equal(t, http.StatusOK, rec.Code)
	cmp := decodeBody(t, rec)["tier_comparison"].(map[string]any)
	assert.Equal(t, engagement.BenchmarkTables()[0].Name(), cmp["table"])
}

func TestEngagementErrors(t *testing.T) {
	s, _ := testServer(t, nil)
	rows := []struct {
		why, path, body string
		status          int
		field           string
	}{
		{why: "no base at all", path: "/v1/engagement/rates", body: `{"likes":1}`, status: 400, field: "reach"},
		{why: "an unknown table", path: "/v1/engagement/rates", body: `{"likes":1,"followers":10,"table":"nope"}`, status: 400, field: "table"},
		{why: "a count that is not a whole number", path: "/v1/engagement/rates", body: `{"likes":1.5,"reach":10}`, status: 400, field: "likes"},
		{why: "a member the request has not", path: "/v1/engagement/rates", body: `{"like":1,"reach":10}`, status: 400, field: "like"},
		{why: "a negative count is invalid before the library sees it", path: "/v1/engagement/rates", body: `{"likes":-1,"reach":10}`, status: 400, field: "likes"},
		{why: "a negative base is a negative count too", path: "/v1/engagement/rates", body: `{"likes":1,"reach":-10}`, status: 400, field: "reach"},
		{why: "a negative frame names its index", path: "/v1/engagement/story", body: `{"frame_views":[10,-5]}`, status: 400, field: "frame_views[1]"},
		{why: "a zero reach is rejected", path: "/v1/engagement/rates", body: `{"likes":1,"reach":0}`, status: 422, field: "reach"},
		{why: "a zero follower count is rejected", path: "/v1/engagement/rates", body: `{"likes":1,"followers":0}`, status: 422, field: "followers"},
		{why: "a negative view count is invalid", path: "/v1/engagement/rates", body: `{"likes":1,"views":-4}`, status: 400, field: "views"},
		{why: "a story without frames", path: "/v1/engagement/story", body: `{"frame_views":[]}`, status: 422, field: "frame_views"},
		{why: "a growing frame names its index", path: "/v1/engagement/story", body: `{"frame_views":[10,5,6]}`, status: 422, field: "frame_views[2]"},
		{why: "a frame that is not a number names its index", path: "/v1/engagement/story", body: `{"frame_views":[10,"5"]}`, status: 400, field: "frame_views[1]"},
		{why: "a JSON array is not a request", path: "/v1/engagement/story", body: `[1,2]`, status: 400, field: ""},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			requireProblem(t, sendJSON(t, s, row.path, row.body), row.status, row.field)
		})
	}
}

func TestEngagementStory(t *testing.T) {
	s, _ := testServer(t, nil)
	story, err := engagement.StoryCompletion(1000, 900, 850, 700)
	require.NoError(t, err)
	rec := sendJSON(t, s, "/v1/engagement/story", `{"frame_views":[1000,900,850,700]}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.JSONEq(t, libraryJSON(t, story), rec.Body.String())
	assert.Equal(t, true, decodeBody(t, rec)["strong"], "70% completion is strong, inclusively")
}

// TestEngagementProblemsSpeakTheRequest checks that a 422 from package
// engagement names the request's members, not the library's Go function
// and parameters ("StoryCompletion frameViews[1]", "ERR Likes"), which a
// caller in another language has never seen.
func TestEngagementProblemsSpeakTheRequest(t *testing.T) {
	s, _ := testServer(t, nil)
	tests := []struct {
		why, target, body, field, detail string
	}{
		{"counts whose sum overflows", "/v1/engagement/rates", `{"likes":9223372036854775807,"comments":9223372036854775807,"reach":100}`, "comments",
			"comments is 9223372036854775807: sum of counts overflows int64 (added to likes)"},
		{"a frame with more views than the one before", "/v1/engagement/story", `{"frame_views":[5,10]}`, "frame_views[1]",
			"frame_views[1] is 10: story frame has more views than the frame before it (above frame_views[0] = 5)"},
		{"no frames", "/v1/engagement/story", `{"frame_views":[]}`, "frame_views",
			"frame_views is empty: a story has at least one frame"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			p := requireProblem(t, sendJSON(t, s, tt.target, tt.body), http.StatusUnprocessableEntity, tt.field)
			assert.Equal(t, tt.detail, p.Detail)
		})
	}
}

package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/creator"
	"github.com/influencekit/influencekit/disclosure"
)

// TestCreatorDuties checks that the route answers what creator.DutiesOn
// answers, for a day given and for none.
func TestCreatorDuties(t *testing.T) {
	s, _ := testServer(t, nil)
	profile := creator.Profile{Country: "NL", VideosPerYear: 30,
		Audiences:     []creator.Audience{{Platform: influencekit.TikTok, Followers: 800_000}},
		Registrations: []creator.Registration{{Authority: "KvK", Number: "1234", Expires: time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC)}}}
	body, err := json.Marshal(profile)
	require.NoError(t, err)
	day := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	rows := []struct {
		why string
		on  string
		day time.Time
	}{
		{"on a day, as DutiesOn judges", `,"on":"2026-12-07"`, day},
		{"without a day, as Duties judges: the KvK registration's expiry cannot be judged", ``, time.Time{}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			want, err := creator.DutiesOn(row.day, profile, disclosure.NL)
			require.NoError(t, err)
			rec := sendJSON(t, s, "/v1/creator/duties", `{"profile":`+string(body)+`,"markets":["nl"]`+row.on+`}`)
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			var got dutiesResult
			require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &got))
			assert.Equal(t, want, got.Duties)
			assert.NotEmpty(t, got.Duties)
		})
	}
	t.Run("no duties is [], not null", func(t *testing.T) {
		rec := sendJSON(t, s, "/v1/creator/duties", `{"profile":{"country":"IT"},"markets":["UK"]}`)
		require.Equal(t, http.StatusOK, rec.Code)
		assert.JSONEq(t, `{"on":"","duties":[]}`, rec.Body.String())
	})
}

func TestCreatorDutiesErrors(t *testing.T) {
	s, _ := testServer(t, nil)
	rows := []struct {
		why, body string
		status    int
		field     string
	}{
		{"the profile is required", `{"markets":["IT"]}`, http.StatusBadRequest, "profile"},
		{"a misspelt member inside the profile, with its path", `{"profile":{"audiences":[{"platform":"x"},{"platform":"tiktok","folowers":1}]}}`, http.StatusBadRequest, "profile.audiences[1].folowers"},
		{"a misspelt member of the request", `{"profile":{},"market":["IT"]}`, http.StatusBadRequest, "market"},
		{"an unknown market", `{"profile":{},"markets":["IT","XX"]}`, http.StatusBadRequest, "markets[1]"},
		{"a day in another form", `{"profile":{},"on":"07/12/2026"}`, http.StatusBadRequest, "on"},
		{"a negative count is rejected by the package", `{"profile":{"audiences":[{"platform":"tiktok","followers":-5}]}}`, http.StatusUnprocessableEntity, "profile.audiences[0].followers"},
		{"a country that is not ISO 3166-1", `{"profile":{"country":"UK"}}`, http.StatusUnprocessableEntity, "profile.country"},
		{"a registration without authority", `{"profile":{"registrations":[{"number":"1"}]}}`, http.StatusUnprocessableEntity, "profile.registrations[0].authority"},
		{"a creator born after the day asked", `{"profile":{"birth_date":"2027-01-01"},"on":"2026-12-07"}`, http.StatusUnprocessableEntity, "profile.birth_date"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			requireProblem(t, sendJSON(t, s, "/v1/creator/duties", row.body), row.status, row.field)
		})
	}
}

// TestCreatorDutiesOverTCP serves the route on a real connection bound to
// the loopback address, as a client would call it.
func TestCreatorDutiesOverTCP(t *testing.T) {
	s, _ := testServer(t, nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	hs := s.httpServer()
	go hs.Serve(ln)
	defer hs.Close()

	body := `{"profile":{"country":"ES","audiences":[{"platform":"youtube","followers":999999},{"platform":"tiktok","followers":1000001}],"videos_per_year":24,"annual_income":{"amount":"300000","currency":"EUR"}},"markets":["ES"],"on":"2026-12-07"}`
	resp, err := http.Post("http://"+ln.Addr().String()+"/v1/creator/duties", mediaJSON, bytes.NewBufferString(body))
	require.NoError(t, err)
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	require.Equal(t, http.StatusOK, resp.StatusCode, string(data))
	var got dutiesResult
	require.NoError(t, json.Unmarshal(data, &got))
	require.NotEmpty(t, got.Duties)
	assert.Equal(t, "es-register", got.Duties[0].Code, "2,000,000 followers in all, none at 1,000,000 on one platform")
	assert.Equal(t, creator.Unmet, got.Duties[0].Status)
}

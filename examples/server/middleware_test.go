package main

import (
	"bufio"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnmatched(t *testing.T) {
	s, _ := testServer(t, nil)
	rows := []struct {
		why, method, path string
		status            int
		allow             string
	}{
		{why: "an unknown path is 404", method: http.MethodGet, path: "/v2/nothing", status: http.StatusNotFound},
		{why: "the root is not a route", method: http.MethodGet, path: "/", status: http.StatusNotFound},
		{why: "a known path with another method is 405 with Allow", method: http.MethodGet, path: "/v1/disclosure/check",
			status: http.StatusMethodNotAllowed, allow: "POST"},
		{why: "a GET route allows HEAD too", method: http.MethodPost, path: "/healthz",
			status: http.StatusMethodNotAllowed, allow: "GET, HEAD"},
		{why: "DELETE on a query route is 405", method: http.MethodDelete, path: "/v1/tiers",
			status: http.StatusMethodNotAllowed, allow: "GET, HEAD"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			rec := send(t, s, row.method, row.path, "", "")
			requireProblem(t, rec, row.status, "")
			assert.Equal(t, row.allow, rec.Header().Get("Allow"))
		})
	}
}

func TestOptionsWithoutCORSAnswersAllow(t *testing.T) {
	s, _ := testServer(t, nil)
	rec := send(t, s, http.MethodOptions, "/v1/pricing/quote", "", "")
	assert.Equal(t, http.StatusNoContent, rec.Code)
	assert.Equal(t, "POST, OPTIONS", rec.Header().Get("Allow"))
	assert.Empty(t, rec.Header().Get("Access-Control-Allow-Origin"))
}

func TestHeadServesHeadersOnly(t *testing.T) {
	s, _ := testServer(t, nil)
	rec := send(t, s, http.MethodHead, "/healthz", "", "")
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Empty(t, rec.Body.String())
}

func TestCORS(t *testing.T) {
	const app = "https://app.example.com"
	preflight := func(s http.Handler, origin, method, path string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodOptions, path, nil)
		req.Header.Set("Origin", origin)
		req.Header.Set("Access-Control-Request-Method", method)
		req.Header.Set("Access-Control-Request-Headers", "content-type")
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		return rec
	}
	none, _ := testServer(t, nil)
	some, _ := testServer(t, func(c *config) { c.corsOrigins = []string{app} })
	star, _ := testServer(t, func(c *config) { c.corsOrigins = []string{"*"} })
	rows := []struct {
		why                     string
		s                       http.Handler
		origin, method, path    string
		wantOrigin, wantMethods string
	}{
		{why: "no origin is allowed by default: no CORS headers", s: none, origin: app, method: "POST", path: "/v1/disclosure/check"},
		{why: "a listed origin gets its preflight answered", s: some, origin: app, method: "POST", path: "/v1/disclosure/check",
			wantOrigin: app, wantMethods: "POST"},
		{why: "an unlisted origin gets no CORS headers", s: some, origin: "https://evil.example", method: "POST", path: "/v1/disclosure/check"},
		{why: "a method the path does not serve is not allowed", s: some, origin: app, method: "DELETE", path: "/v1/disclosure/check"},
		{why: "an unknown path is not allowed", s: some, origin: app, method: "POST", path: "/v1/nothing"},
		{why: "* allows any origin", s: star, origin: "https://other.example", method: "GET", path: "/v1/tiers",
			wantOrigin: "*", wantMethods: "GET, HEAD"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			rec := preflight(row.s, row.origin, row.method, row.path)
			h := rec.Header()
			assert.Equal(t, row.wantOrigin, h.Get("Access-Control-Allow-Origin"))
			assert.Equal(t, row.wantMethods, h.Get("Access-Control-Allow-Methods"))
			if row.wantOrigin != "" {
				assert.Equal(t, http.StatusNoContent, rec.Code)
				assert.Equal(t, "Content-Type", h.Get("Access-Control-Allow-Headers"))
				assert.NotEmpty(t, h.Get("Access-Control-Max-Age"))
			}
		})
	}

	t.Run("an actual request from a listed origin is readable, and varies by origin", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodGet, "/healthz", nil)
		req.Header.Set("Origin", app)
		rec := httptest.NewRecorder()
		some.ServeHTTP(rec, req)
		assert.Equal(t, http.StatusOK, rec.Code)
		assert.Equal(t, app, rec.Header().Get("Access-Control-Allow-Origin"))
		assert.Contains(t, rec.Header().Values("Vary"), "Origin")
	})
}

// blockingRoute registers GET /test/block on s: each request signals
// started, then waits for release.
func blockingRoute(s *server) (started chan struct{}, release chan struct{}) {
	started, release = make(chan struct{}, 16), make(chan struct{})
	s.handle(http.MethodGet, "/v1/test/block", func(w http.ResponseWriter, r *http.Request) {
		started <- struct{}{}
		<-release
		s.writeJSON(w, r, map[string]string{"status": "done"})
	})
	return started, release
}

func TestConcurrencyLimit(t *testing.T) {
	s, log := testServer(t, func(c *config) { c.maxConcurrent = 2; c.retryAfter = 1500 * time.Millisecond })
	started, release := blockingRoute(s)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			rec := send(t, s, http.MethodGet, "/v1/test/block", "", "")
			assert.Equal(t, http.StatusOK, rec.Code)
		})
	}
	<-started
	<-started

	rec := sendJSON(t, s, "/v1/engagement/story", `{"frame_views":[10,5]}`)
	requireProblem(t, rec, http.StatusServiceUnavailable, "")
	assert.Equal(t, "2", rec.Header().Get("Retry-After"), "1.5 s rounds up to 2")
	lines := logLines(t, log.String())
	require.NotEmpty(t, lines)
	assert.Equal(t, "POST /v1/engagement/story", lines[len(lines)-1]["route"], "a refused request is logged with its route")
	assert.Equal(t, float64(503), lines[len(lines)-1]["status"])

	health := send(t, s, http.MethodGet, "/healthz", "", "")
	assert.Equal(t, http.StatusOK, health.Code, "health checks are not limited")

	close(release)
	wg.Wait()
	rec = sendJSON(t, s, "/v1/engagement/story", `{"frame_views":[10,5]}`)
	assert.Equal(t, http.StatusOK, rec.Code, "slots come back once requests finish")
}

func TestPanicBecomesA500AndALogLine(t *testing.T) {
	s, log := testServer(t, nil)
	s.handle(http.MethodGet, "/test/panic", func(http.ResponseWriter, *http.Request) {
		panic("boom")
	})
	rec := send(t, s, http.MethodGet, "/test/panic", "", "")
	requireProblem(t, rec, http.StatusInternalServerError, "")

	lines := logLines(t, log.String())
	require.Len(t, lines, 2, "a panic line and an access line")
	assert.Equal(t, "panic", lines[0]["msg"])
	assert.Equal(t, "ERROR", lines[0]["level"])
	assert.Equal(t, "boom", lines[0]["panic"])
	assert.Equal(t, "GET /test/panic", lines[0]["route"])
	assert.Contains(t, lines[0]["stack"], "panic")
	assert.Equal(t, float64(500), lines[1]["status"])
}

func TestPanicOverTheWireKeepsTheConnection(t *testing.T) {
	s, _ := testServer(t, nil)
	s.handle(http.MethodGet, "/test/panic", func(http.ResponseWriter, *http.Request) {
		panic("boom")
	})
	ts := httptest.NewServer(s)
	defer ts.Close()
	for range 2 { // the same keep-alive connection answers again
		resp, err := ts.Client().Get(ts.URL + "/test/panic")
		require.NoError(t, err, "a panic must not drop the connection")
		var p problem
		require.NoError(t, json.NewDecoder(resp.Body).Decode(&p))
		resp.Body.Close()
		assert.Equal(t, http.StatusInternalServerError, resp.StatusCode)
		assert.Equal(t, "application/problem+json", resp.Header.Get("Content-Type"))
	}
}

func TestPanicAfterTheStatusEndsTheResponse(t *testing.T) {
	s, log := testServer(t, nil)
	s.handle(http.MethodGet, "/test/late-panic", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", mediaNDJSON)
		w.Write([]byte("{}\n"))
		panic("late")
	})
	rec := send(t, s, http.MethodGet, "/test/late-panic", "", "")
	assert.Equal(t, http.StatusOK, rec.Code)
	assert.Equal(t, "{}\n", rec.Body.String(), "nothing is appended to a started response")
	assert.Contains(t, log.String(), `"panic":"late"`)
}

// logLines decodes a JSON log, one object per line.
func logLines(t *testing.T, log string) []map[string]any {
	t.Helper()
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(log))
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), "log line %q", sc.Text())
		out = append(out, m)
	}
	return out
}

func TestAccessLog(t *testing.T) {
	s, log := testServer(t, nil)
	const secret = "SECRET-CAPTION-TEXT"
	sendJSON(t, s, "/v1/disclosure/check", `{"caption":"`+secret+` #ad"}`)
	send(t, s, http.MethodPost, "/v1/disclosure/check/stream", mediaNDJSON, `{"caption":"`+secret+`"}`+"\n"+`{"caption":`+"\n")
	sendJSON(t, s, "/v1/contract/validate", `{"brand":{"name":"`+secret+`"}}`)
	sendJSON(t, s, "/v1/contract/render", `{"brand":{"name":"`+secret+`","logo":1}}`)
	sendJSON(t, s, "/v1/disclosure/autofix", `{"caption":"`+secret+`","unknown":"`+secret+`"}`)
	send(t, s, http.MethodGet, "/nowhere?caption="+secret, "", "")

	assert.NotContains(t, log.String(), secret, "captions and contracts never reach the log")
	lines := logLines(t, log.String())
	require.Len(t, lines, 6)
	want := []struct {
		route  string
		status float64
	}{
		{"POST /v1/disclosure/check", 200},
		{"POST /v1/disclosure/check/stream", 200},
		{"POST /v1/contract/validate", 200},
		{"POST /v1/contract/render", 400},
		{"POST /v1/disclosure/autofix", 400},
		{"unmatched", 404},
	}
	for i, line := range lines {
		assert.Equal(t, "request", line["msg"])
		assert.Equal(t, want[i].route, line["route"], "line %d", i)
		assert.Equal(t, want[i].status, line["status"], "line %d", i)
		assert.Greater(t, line["bytes"], float64(0), "line %d", i)
		assert.IsType(t, float64(0), line["duration"], "line %d: duration in seconds", i)
		assert.Contains(t, []any{"GET", "POST"}, line["method"])
	}
}

// TestEveryPOSTRouteRefuses checks, route by route, the errors every POST
// route shares: 415 for a body that is not JSON or not in UTF-8, 413 for a
// body over the limit, 400 for malformed JSON and for JSON that is not an
// object, and 405 for GET; a stream route refuses JSON and other charsets.
func TestEveryPOSTRouteRefuses(t *testing.T) {
	s, _ := testServer(t, func(c *config) { c.maxBody = 64 })
	for _, rt := range s.routes {
		if rt.method != http.MethodPost {
			continue
		}
		if s.isStream[rt.path] {
			t.Run(rt.path, func(t *testing.T) {
				rec := sendJSON(t, s, rt.path, `{"caption":"#ad"}`)
				requireProblem(t, rec, http.StatusUnsupportedMediaType, "")
				assert.Equal(t, mediaNDJSON, rec.Header().Get("Accept-Post"))
				requireProblem(t, send(t, s, http.MethodPost, rt.path, mediaNDJSON+"; charset=utf-16", `{"caption":"#ad"}`), http.StatusUnsupportedMediaType, "")
			})
			continue
		}
		t.Run(rt.path, func(t *testing.T) {
			requireProblem(t, send(t, s, http.MethodPost, rt.path, "text/plain", "hello"), http.StatusUnsupportedMediaType, "")
			p := requireProblem(t, send(t, s, http.MethodPost, rt.path, "application/json; charset=ISO-8859-1", "{}"), http.StatusUnsupportedMediaType, "")
			assert.Contains(t, p.Detail, `charset "iso-8859-1" is not accepted`)
			requireProblem(t, sendJSON(t, s, rt.path, `{"x":"`+strings.Repeat("a", 100)+`"}`), http.StatusRequestEntityTooLarge, "")
			requireProblem(t, sendJSON(t, s, rt.path, `{`), http.StatusBadRequest, "")
			assert.Equal(t, http.StatusBadRequest, sendJSON(t, s, rt.path, `"a string"`).Code)
			rec := send(t, s, http.MethodGet, rt.path, "", "")
			requireProblem(t, rec, http.StatusMethodNotAllowed, "")
			assert.Equal(t, "POST", rec.Header().Get("Allow"))
		})
	}
}

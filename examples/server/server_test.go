package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syncBuffer is a bytes.Buffer safe for the concurrent writes of a logger
// shared by handlers.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// testServer returns a server with the default configuration changed by
// edit (when not nil), and the buffer its JSON log goes to.
func testServer(t testing.TB, edit func(*config)) (*server, *syncBuffer) {
	t.Helper()
	cfg := defaultConfig()
	if edit != nil {
		edit(&cfg)
	}
	require.NoError(t, cfg.validate())
	var log syncBuffer
	return newServer(cfg, slog.New(slog.NewJSONHandler(&log, nil))), &log
}

// send serves one request with the given content type (none when empty)
// and body, and returns the recorded response.
func send(t testing.TB, h http.Handler, method, target, contentType, body string) *httptest.ResponseRecorder {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// sendJSON posts body as application/json.
func sendJSON(t testing.TB, h http.Handler, target, body string) *httptest.ResponseRecorder {
	t.Helper()
	return send(t, h, http.MethodPost, target, mediaJSON, body)
}

// decodeBody decodes rec's JSON body into a generic value.
func decodeBody(t testing.TB, rec *httptest.ResponseRecorder) map[string]any {
	t.Helper()
	var v map[string]any
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &v), "body: %s", rec.Body)
	return v
}

// requireProblem asserts that rec is a problem document of status whose
// field member is field ("" for none), and returns it.
func requireProblem(t testing.TB, rec *httptest.ResponseRecorder, status int, field string) problem {
	t.Helper()
	require.Equal(t, status, rec.Code, "body: %s", rec.Body)
	assert.Equal(t, "application/problem+json", rec.Header().Get("Content-Type"))
	var members map[string]json.RawMessage
	require.NoError(t, json.Unmarshal(rec.Body.Bytes(), &members))
	assert.Contains(t, members, "field", "every problem has a field member, \"\" when it is about no one value")
	var p problem
	dec := json.NewDecoder(rec.Body)
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&p))
	assert.Equal(t, status, p.Status, "the status member repeats the status")
	assert.True(t, strings.HasPrefix(p.Type, problemTypeBase), "type %q", p.Type)
	assert.NotEmpty(t, p.Title)
	assert.NotEmpty(t, p.Detail)
	assert.Equal(t, field, p.Field, "detail: %s", p.Detail)
	return p
}

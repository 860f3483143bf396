package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/disclosure"
)

// FuzzRoutes sends arbitrary bodies, as JSON and as NDJSON, to every POST
// route and arbitrary queries to every GET route. Whatever arrives, the
// answer is never a 5xx, and its body is what its Content-Type says: one
// JSON value, one JSON value per line, or (only for a rendered contract)
// Markdown.
func FuzzRoutes(f *testing.F) {
	s, _ := testServer(f, func(c *config) { c.maxBody = 64 << 10; c.maxLine = 4 << 10 })
	routes := s.routes
	seeds := []string{
		`{"caption":"Loving this serum #ad","platform":"instagram"}`,
		`{"caption":"#ad","transcript":[{"start":1e308,"text":"ad"}],"duration":-1,"format":"live"}`,
		"{\"caption\":\"a\"}\n{\"caption\":\n\n{}",
		`{"likes":9223372036854775807,"comments":1,"reach":1,"followers":1,"views":1}`,
		`{"frame_views":[3,2,1,0,0]}`,
		`{"rate_card":[{"platform":"instagram","format":"reel","price":{"amount":"1e30","currency":"USD"}}],"lines":[{"platform":"instagram","format":"reel","quantity":9223372036854775807}]}`,
		`{"total":{"amount":"-0.01","currency":"JPY"},"weights":[9223372036854775807,9223372036854775807]}`,
		`{"cost":{"amount":"1","currency":"USD"},"revenue":{"amount":"99999999999999999999999","currency":"USD"},"impressions":1}`,
		testContract,
		`followers=9223372036854775807&scale=five-tier`,
		"\x00\xff[",
		"\xEF\xBB\xBF{\"caption\":\"#ad\",\"platform\":\"instagramm\"}",
		`{"caption":"#ad","transcript":[{"start":1,"text":"a"},{"start":"2"}],"brand_identity":{"nam":1}}`,
		`{"likes":-1,"reach":-2,"frame_views":[1,-1],"weights":[-3]}`,
	}
	for i := range routes {
		for _, seed := range seeds {
			f.Add(uint8(i), false, []byte(seed))
		}
		f.Add(uint8(i), true, []byte(seeds[2]))
	}
	f.Fuzz(func(t *testing.T, route uint8, ndjson bool, body []byte) {
		rt := routes[int(route)%len(routes)]
		var rec *httptest.ResponseRecorder
		switch {
		case rt.method == http.MethodGet:
			req := httptest.NewRequest(rt.method, rt.path, nil)
			req.URL.RawQuery = string(body) // as a client may send it, unescaped
			rec = httptest.NewRecorder()
			s.ServeHTTP(rec, req)
		case ndjson:
			rec = send(t, s, rt.method, rt.path, mediaNDJSON, string(body))
		default:
			rec = send(t, s, rt.method, rt.path, mediaJSON, string(body))
		}
		if rec.Code >= 500 {
			t.Fatalf("%s %s %q: status %d: %s", rt.method, rt.path, body, rec.Code, rec.Body)
		}
		ct := rec.Header().Get("Content-Type")
		out := rec.Body.Bytes()
		switch {
		case ct == "application/json" || ct == "application/problem+json":
			if !json.Valid(out) {
				t.Fatalf("%s %s %q: %s body is not JSON: %q", rt.method, rt.path, body, ct, out)
			}
			if ct == "application/problem+json" {
				var p struct {
					problem
					Field *string `json:"field"`
				}
				if err := json.Unmarshal(out, &p); err != nil || p.Status != rec.Code || p.Type == "" || p.Title == "" || p.Detail == "" || p.Field == nil {
					t.Fatalf("%s %s %q: not a complete problem for %d: %s", rt.method, rt.path, body, rec.Code, out)
				}
			}
		case ct == mediaNDJSON:
			for line := range bytes.Lines(out) {
				if !json.Valid(line) {
					t.Fatalf("%s %s %q: NDJSON line is not JSON: %q", rt.method, rt.path, body, line)
				}
			}
		case ct == "text/markdown; charset=utf-8" && rt.path == "/v1/contract/render" && rec.Code == http.StatusOK:
		default:
			t.Fatalf("%s %s %q: unexpected Content-Type %q with status %d", rt.method, rt.path, body, ct, rec.Code)
		}
	})
}

// FuzzDecodePost reads any body as a post both ways the server can: in
// one pass with the post's own reader (decodePost, what the handlers do)
// and with the request cursor checking it first. Both accept the same
// bodies as the same post and reject the others with the same error.
func FuzzDecodePost(f *testing.F) {
	f.Add([]byte(`{"caption":"#ad hi","platform":"instagram","transcript":[{"start":1,"text":"x"}]}`))
	f.Add([]byte(`{"caption":"#ad","brand_identity":{"name":"Glow","nam":"x"}}`))
	f.Add([]byte(`{"caption":"a"} {"caption":"b"}`))
	f.Add([]byte(`{"caption":"#ad","transcript":[{"start":"3"}]}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var want disclosure.Post
		wantErr := decodeRequest(body, readPost(&want))
		got, err := decodePost(body)
		if wantErr != nil {
			require.Error(t, err)
			assert.Equal(t, wantErr.Error(), err.Error())
			return
		}
		require.NoError(t, err)
		assert.Equal(t, want, got)
	})
}

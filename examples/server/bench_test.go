package main

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// benchPosts returns the posts of disclosure's corpus benchmark, as Go
// values and as JSON request bodies.
func benchPosts(b *testing.B) ([]disclosure.Post, [][]byte) {
	b.Helper()
	data, err := os.ReadFile("../../disclosure/testdata/captions.txt")
	if err != nil {
		b.Fatal(err)
	}
	var posts []disclosure.Post
	var bodies [][]byte
	for c := range strings.SplitSeq(strings.TrimSpace(string(data)), "\n") {
		p := disclosure.Post{Caption: c, Platform: influencekit.Instagram, Brand: "Glow Co"}
		body, err := json.Marshal(p)
		if err != nil {
			b.Fatal(err)
		}
		posts = append(posts, p)
		bodies = append(bodies, body)
	}
	return posts, bodies
}

// BenchmarkCheckInProcess is disclosure.Check over the corpus, one post per
// op, for comparison with the handler benchmarks in the same binary.
func BenchmarkCheckInProcess(b *testing.B) {
	posts, _ := benchPosts(b)
	disclosure.Check(posts[0])
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		disclosure.Check(posts[i%len(posts)])
		i++
	}
}

// BenchmarkCheckHandler is one POST /v1/disclosure/check through the whole
// middleware (access log included, to io.Discard) without the network: the
// service's own cost per request.
func BenchmarkCheckHandler(b *testing.B) {
	_, bodies := benchPosts(b)
	s := newServer(defaultConfig(), slog.New(slog.NewJSONHandler(io.Discard, nil)))
	s.warmUp()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/v1/disclosure/check", bytes.NewReader(bodies[i%len(bodies)]))
		req.Header.Set("Content-Type", mediaJSON)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code, rec.Body)
		}
		i++
	}
}

// BenchmarkCheckNDJSONHandler is one NDJSON batch of 1,000 posts through the
// handler without the network; ns/op divided by 1,000 is the cost per post.
func BenchmarkCheckNDJSONHandler(b *testing.B) {
	_, bodies := benchPosts(b)
	var batch bytes.Buffer
	for i := range 1000 {
		batch.Write(bodies[i%len(bodies)])
		batch.WriteByte('\n')
	}
	s := newServer(defaultConfig(), slog.New(slog.NewJSONHandler(io.Discard, nil)))
	s.warmUp()
	b.SetBytes(int64(batch.Len()))
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, "/v1/disclosure/check/stream", bytes.NewReader(batch.Bytes()))
		req.Header.Set("Content-Type", mediaNDJSON)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code, rec.Body)
		}
	}
}

// BenchmarkReportJSON is the library's Report.MarshalJSON over the corpus'
// reports, one per op: the share of a check request spent writing its answer.
func BenchmarkReportJSON(b *testing.B) {
	posts, _ := benchPosts(b)
	reports := make([]disclosure.Report, len(posts))
	for i, p := range posts {
		reports[i] = disclosure.Check(p)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := json.Marshal(reports[i%len(reports)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkPostJSON is the library's Post.UnmarshalJSON over the corpus'
// request bodies, one per op: the share of a check request spent reading it.
func BenchmarkPostJSON(b *testing.B) {
	_, bodies := benchPosts(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		var p disclosure.Post
		if err := json.Unmarshal(bodies[i%len(bodies)], &p); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

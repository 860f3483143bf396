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
	"github.com/influencekit/influencekit/internal/cputime"
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
// reports, one per op, called as the handler calls it: the share of a
// check request spent writing its answer.
func BenchmarkReportJSON(b *testing.B) {
	posts, _ := benchPosts(b)
	reports := make([]disclosure.Report, len(posts))
	for i, p := range posts {
		reports[i] = disclosure.Check(p)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := reports[i%len(reports)].MarshalJSON(); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkPostJSON is the library's Post.UnmarshalJSON over the corpus'
// request bodies, one per op, called as the handler calls it: the share of
// a check request spent reading it.
func BenchmarkPostJSON(b *testing.B) {
	_, bodies := benchPosts(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		var p disclosure.Post
		if err := p.UnmarshalJSON(bodies[i%len(bodies)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// benchHandler posts body to path through the whole middleware, as
// BenchmarkCheckHandler does, and wants a 200.
func benchHandler(b *testing.B, path, body string) {
	s := newServer(defaultConfig(), slog.New(slog.NewJSONHandler(io.Discard, nil)))
	s.warmUp()
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
		req.Header.Set("Content-Type", mediaJSON)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK {
			b.Fatal(rec.Code, rec.Body)
		}
	}
}

// BenchmarkRatesHandler is one POST /v1/engagement/rates: a request of the
// server's own counts, read member by member.
func BenchmarkRatesHandler(b *testing.B) {
	benchHandler(b, "/v1/engagement/rates", `{"likes":1200,"comments":85,"saves":40,"shares":12,"reach":30000,"followers":42000,"views":51000}`)
}

// BenchmarkQuoteHandler is one POST /v1/pricing/quote: a request that holds
// values the library reads itself (the rate card, the terms) beside lines
// the server reads.
func BenchmarkQuoteHandler(b *testing.B) {
	benchHandler(b, "/v1/pricing/quote", `{"rate_card":`+testCard+`,"lines":[{"platform":"instagram","format":"reel","quantity":3},`+
		`{"platform":"instagram","format":"story","quantity":5}],"terms":{"discount":"0.05","usage":{"months":3,"monthly_rate":"0.1"}}}`)
}

// BenchmarkNDJSONAgainstCheck compares, in CPU time a post, an NDJSON
// batch of 1,000 posts through the handler (as BenchmarkCheckNDJSONHandler
// sends it) with disclosure.Check alone over the same 1,000 posts. Each op
// is one round of both, their order alternating from round to round; CPU
// time (the whole process's, garbage collection included) leaves out what
// other processes on the machine take. It reports both costs a post and
// their ratio, ndjson/check.
func BenchmarkNDJSONAgainstCheck(b *testing.B) {
	posts, bodies := benchPosts(b)
	const batchSize = 1000
	var batch bytes.Buffer
	for i := range batchSize {
		batch.Write(bodies[i%len(bodies)])
		batch.WriteByte('\n')
	}
	s := newServer(defaultConfig(), slog.New(slog.NewJSONHandler(io.Discard, nil)))
	s.warmUp()
	ndjson := func() {
		req := httptest.NewRequest(http.MethodPost, "/v1/disclosure/check/stream", bytes.NewReader(batch.Bytes()))
		req.Header.Set("Content-Type", mediaNDJSON)
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if rec.Code != http.StatusOK || bytes.Count(rec.Body.Bytes(), []byte("\n")) != batchSize {
			b.Fatal(rec.Code, rec.Body)
		}
	}
	check := func() {
		for i := range batchSize {
			disclosure.Check(posts[i%len(posts)])
		}
	}
	cputime.Compare(b, batchSize, "ndjson", ndjson, "check", check)
}

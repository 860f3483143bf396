package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/internal/cputime"
)

// minimalCheckHandler is the handler a Go programmer writes first to put
// disclosure.Check behind HTTP: encoding/json reads the post and writes
// the report, and nothing else is done (no media type, size limit,
// strictness beyond the post's own reader, problem documents, concurrency
// limit, CORS or access log). BenchmarkLoopback measures the server
// against it.
func minimalCheckHandler(w http.ResponseWriter, r *http.Request) {
	var p disclosure.Post
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(disclosure.Check(p))
}

// bareJSONHandler is net/http's floor for a JSON POST: it reads a JSON
// object with one string member and answers a JSON object, with neither
// the library nor anything else in between. BenchmarkLoopback measures the
// server against it too, for what the service costs above HTTP itself.
func bareJSONHandler(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Caption string `json:"caption"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(struct {
		Compliant bool `json:"compliant"`
	}{len(in.Caption) > 0})
}

// serveLoopback serves h on 127.0.0.1 with an ephemeral port until the
// benchmark ends, and returns its base URL.
func serveLoopback(b *testing.B, h http.Handler) string {
	b.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(b, err)
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	go hs.Serve(ln)
	b.Cleanup(func() { hs.Shutdown(context.Background()) })
	return "http://" + ln.Addr().String()
}

// BenchmarkLoopback sends the corpus' check requests over loopback to the
// server (its real middleware, timeouts and JSON access log, to
// io.Discard), to minimalCheckHandler and to bareJSONHandler, at 1, 16 and
// 64 concurrent clients. Each op is one round: loopbackRound requests to
// each, their order reversed every other round, so that all see the same
// machine. It reports each request rate (the median round's) and the
// median round's ratio of the server's to each other's (a round's runs
// are back to back, so a ratio is steadier than a rate on a busy
// machine): run it with -benchtime Nx for N rounds. Every round is
// bounded by a deadline of a minute. server/minimal-per-cpu (and
// server/bare-per-cpu) is the ratio
// of requests a CPU-second of the whole process, clients included: what
// the ratio of rates tends to when both are CPU-bound, whatever else the
// machine runs (the clients' share, the same for both, pulls it towards 1).
func BenchmarkLoopback(b *testing.B) {
	const loopbackRound = 400
	s := newServer(func() config { c := defaultConfig(); c.addr = "127.0.0.1:0"; return c }(), slog.New(slog.NewJSONHandler(io.Discard, nil)))
	s.warmUp()
	hs := s.httpServer()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(b, err)
	go hs.Serve(ln)
	b.Cleanup(func() { hs.Shutdown(context.Background()) })
	targets := []struct {
		name, url string
	}{
		{"server", "http://" + ln.Addr().String() + "/v1/disclosure/check"},
		{"minimal", serveLoopback(b, http.HandlerFunc(minimalCheckHandler)) + "/v1/disclosure/check"},
		{"bare", serveLoopback(b, http.HandlerFunc(bareJSONHandler)) + "/v1/disclosure/check"},
	}
	_, bodies := benchPosts(b)
	check := func(status int, body []byte) error {
		if status != http.StatusOK || !bytes.Contains(body, []byte(`"compliant":`)) {
			return fmt.Errorf("status %d: %s", status, body)
		}
		return nil
	}
	for _, clients := range []int{1, 16, 64} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) {
			client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}, Timeout: 30 * time.Second}
			defer client.CloseIdleConnections()
			rates := make([][]float64, len(targets))
			cpu := make([]time.Duration, len(targets))
			round := 0
			for b.Loop() {
				for k := range targets {
					if round%2 == 1 {
						k = len(targets) - 1 - k
					}
					var res loadResult
					d, _ := cputime.Of(func() {
						res = load(b, client, targets[k].url, mediaJSON, loopbackRound, clients, time.Minute,
							func(i int) []byte { return bodies[i%len(bodies)] }, check)
					})
					rates[k] = append(rates[k], float64(res.requests)/res.elapsed.Seconds())
					cpu[k] += d
				}
				round++
			}
			b.ReportMetric(median(rates[0]), "server-req/s")
			for k := 1; k < len(targets); k++ {
				ratios := make([]float64, len(rates[0]))
				for i := range ratios {
					ratios[i] = rates[0][i] / rates[k][i]
				}
				b.ReportMetric(median(rates[k]), targets[k].name+"-req/s")
				b.ReportMetric(median(ratios), "server/"+targets[k].name)
				if cpu[0] > 0 && cpu[k] > 0 {
					b.ReportMetric(float64(cpu[k])/float64(cpu[0]), "server/"+targets[k].name+"-per-cpu")
				}
			}
			b.ReportMetric(0, "ns/op") // a round's time says nothing the rates do not
		})
	}
}

// median returns the median of xs, which is not empty.
func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

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
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadEnv switches TestLoad to the full run the issue asks for:
// INFLUENCEKIT_LOAD=full go test -run TestLoad -v ./examples/server
const loadEnv = "INFLUENCEKIT_LOAD"

// loadCaptions returns the captions disclosure's benchmarks check, so that
// the service's figures stand beside Check's in-process one.
func loadCaptions(t testing.TB) []string {
	t.Helper()
	data, err := os.ReadFile("../../disclosure/testdata/captions.txt")
	require.NoError(t, err)
	captions := strings.Split(strings.TrimSpace(string(data)), "\n")
	require.GreaterOrEqual(t, len(captions), 50)
	return captions
}

// loadResult is what one load run measured.
type loadResult struct {
	requests  int
	elapsed   time.Duration
	latencies []time.Duration // sorted
}

func (r loadResult) quantile(q float64) time.Duration {
	return r.latencies[int(q*float64(len(r.latencies)-1))]
}

func (r loadResult) String() string {
	return fmt.Sprintf("%d requests in %v: %.0f requests/s, p50 %v, p99 %v, max %v",
		r.requests, r.elapsed.Round(time.Millisecond), float64(r.requests)/r.elapsed.Seconds(),
		r.quantile(0.50).Round(10*time.Microsecond), r.quantile(0.99).Round(10*time.Microsecond),
		r.latencies[len(r.latencies)-1].Round(10*time.Microsecond))
}

// load sends requests requests from clients concurrent clients to url,
// making body i with body(i), and checks each answer with check. It stops
// with an error when deadline passes first.
func load(t testing.TB, client *http.Client, url, contentType string, requests, clients int, deadline time.Duration,
	body func(i int) []byte, check func(status int, body []byte) error) loadResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), deadline)
	defer cancel()
	var next atomic.Int64
	var failures atomic.Int64
	var mu sync.Mutex
	var latencies []time.Duration
	var firstErr error
	var wg sync.WaitGroup
	start := time.Now()
	for range clients {
		wg.Go(func() {
			var mine []time.Duration
			defer func() {
				mu.Lock()
				latencies = append(latencies, mine...)
				mu.Unlock()
			}()
			for {
				i := int(next.Add(1)) - 1
				if i >= requests || ctx.Err() != nil {
					return
				}
				req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body(i)))
				if err != nil {
					panic(err)
				}
				req.Header.Set("Content-Type", contentType)
				t0 := time.Now()
				resp, err := client.Do(req)
				var data []byte
				if err == nil {
					data, err = io.ReadAll(resp.Body)
					resp.Body.Close()
				}
				mine = append(mine, time.Since(t0))
				if err == nil {
					err = check(resp.StatusCode, data)
				}
				if err != nil {
					if failures.Add(1) == 1 {
						mu.Lock()
						firstErr = fmt.Errorf("request %d: %w", i, err)
						mu.Unlock()
					}
				}
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	require.NoError(t, ctx.Err(), "the run did not finish within %v", deadline)
	require.Zero(t, failures.Load(), "failed requests; the first: %v", firstErr)
	require.Len(t, latencies, requests)
	slices.Sort(latencies)
	return loadResult{requests: requests, elapsed: elapsed, latencies: latencies}
}

// TestLoad starts the server on the loopback interface, with its real
// timeouts and middleware and a JSON access log, and has 64 concurrent
// clients send realistic check requests: every one must succeed within 1 s.
// Then it sends NDJSON batches of 1,000 posts. It reports requests per
// second and p50/p99 latency. With INFLUENCEKIT_LOAD=full it sends the
// issue's 50,000 requests and 200 batches (200,000 posts), and no request
// may take 1 s. Otherwise it is a smoke run of 2,000 requests and 8 batches
// (500 and 2 with -short or -race) that every request pass within 5 s, so
// that a busy machine or the race detector does not fail it.
func TestLoad(t *testing.T) {
	requests, batches, bound := 2_000, 8, 5*time.Second
	switch {
	case os.Getenv(loadEnv) == "full":
		requests, batches, bound = 50_000, 200, time.Second
	case testing.Short() || raceDetector:
		requests, batches = 500, 2
	}
	const clients, batchSize = 64, 1_000

	cfg := defaultConfig()
	cfg.addr = "127.0.0.1:0"
	s := newServer(cfg, slog.New(slog.NewJSONHandler(io.Discard, nil)))
	s.warmUp() // as listenAndServe does
	ln, err := net.Listen("tcp", cfg.addr)
	require.NoError(t, err)
	hs := s.httpServer()
	go hs.Serve(ln)
	defer hs.Shutdown(context.Background())
	base := "http://" + ln.Addr().String()

	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: clients, MaxConnsPerHost: clients}, Timeout: 30 * time.Second}
	defer client.CloseIdleConnections()

	captions := loadCaptions(t)
	posts := make([][]byte, len(captions))
	for i, c := range captions {
		posts[i], err = json.Marshal(map[string]string{"caption": c, "platform": "instagram", "brand": "Glow Co"})
		require.NoError(t, err)
	}

	check := load(t, client, base+"/v1/disclosure/check", mediaJSON, requests, clients, 5*time.Minute,
		func(i int) []byte { return posts[i%len(posts)] },
		func(status int, body []byte) error {
			if status != http.StatusOK || !bytes.Contains(body, []byte(`"compliant":`)) {
				return fmt.Errorf("status %d: %s", status, body)
			}
			return nil
		})
	t.Logf("check, %d clients: %v", clients, check)
	assert.Less(t, check.latencies[len(check.latencies)-1], bound, "no request over %v", bound)

	var batch bytes.Buffer
	for i := range batchSize {
		batch.Write(posts[i%len(posts)])
		batch.WriteByte('\n')
	}
	ndjson := load(t, client, base+"/v1/disclosure/check/stream", mediaNDJSON, batches, clients, 5*time.Minute,
		func(int) []byte { return batch.Bytes() },
		func(status int, body []byte) error {
			if n := bytes.Count(body, []byte("\n")); status != http.StatusOK || n != batchSize || bytes.Contains(body, []byte(`"status":`)) {
				return fmt.Errorf("status %d, %d lines", status, n)
			}
			return nil
		})
	t.Logf("NDJSON batches of %d posts, %d clients: %v (%.0f posts/s)", batchSize, clients, ndjson,
		float64(batches*batchSize)/ndjson.elapsed.Seconds())
}

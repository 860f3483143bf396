package main

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseFlags(t *testing.T) {
	rows := []struct {
		why     string
		args    []string
		check   func(t *testing.T, c config)
		wantErr string
	}{
		{why: "the defaults: localhost:8080, 1 MiB bodies, no CORS origin", args: nil, check: func(t *testing.T, c config) {
			assert.Equal(t, "localhost:8080", c.addr)
			assert.Equal(t, int64(1<<20), c.maxBody)
			assert.Equal(t, int64(64<<10), c.maxLine)
			assert.Empty(t, c.corsOrigins)
			assert.Positive(t, c.readHeaderTimeout)
		}},
		{why: "every limit and timeout has a flag",
			args: []string{"-addr", "127.0.0.1:9000", "-max-body", "2048", "-max-line", "512", "-max-concurrent", "3",
				"-read-header-timeout", "1s", "-read-timeout", "2s", "-write-timeout", "3s", "-idle-timeout", "4s",
				"-shutdown-timeout", "5s", "-retry-after", "6s", "-max-streams", "7", "-max-stream", "8192", "-stream-timeout", "9s"},
			check: func(t *testing.T, c config) {
				assert.Equal(t, config{addr: "127.0.0.1:9000", maxBody: 2048, maxLine: 512, maxConcurrent: 3,
					readHeaderTimeout: time.Second, readTimeout: 2 * time.Second, writeTimeout: 3 * time.Second,
					idleTimeout: 4 * time.Second, shutdownTimeout: 5 * time.Second, retryAfter: 6 * time.Second,
					maxStreams: 7, maxStreamBytes: 8192, streamTimeout: 9 * time.Second}, c)
			}},
		{why: "origins are a comma-separated list; a trailing slash is dropped", args: []string{"-cors-origins", "https://a.example/, https://b.example"},
			check: func(t *testing.T, c config) {
				assert.Equal(t, []string{"https://a.example", "https://b.example"}, c.corsOrigins)
			}},
		{why: "a zero body limit cannot work", args: []string{"-max-body", "0"}, wantErr: "-max-body 0"},
		{why: "a zero concurrency limit would refuse everything", args: []string{"-max-concurrent", "0"}, wantErr: "-max-concurrent 0"},
		{why: "no stream at all would refuse every NDJSON request", args: []string{"-max-streams", "0"}, wantErr: "-max-streams 0"},
		{why: "a stream cap below one line could not carry a line", args: []string{"-max-line", "512", "-max-stream", "100"}, wantErr: "-max-stream 100"},
		{why: "a negative timeout is refused", args: []string{"-write-timeout", "-1s"}, wantErr: "-write-timeout"},
		{why: "an unknown flag is usage", args: []string{"-port", "80"}, wantErr: "flag provided but not defined"},
		{why: "arguments are not taken", args: []string{"serve"}, wantErr: "unexpected argument"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			c, err := parseFlags(row.args, io.Discard)
			if row.wantErr != "" {
				require.ErrorIs(t, err, errUsage)
				assert.Contains(t, err.Error(), row.wantErr)
				assert.Equal(t, 2, exitCode(err))
				return
			}
			require.NoError(t, err)
			row.check(t, c)
		})
	}
}

func TestRunRejectsBadFlags(t *testing.T) {
	var stderr strings.Builder
	err := run(context.Background(), []string{"-max-line", "0"}, &stderr)
	require.ErrorIs(t, err, errUsage)
}

// TestGracefulShutdown sends the process SIGINT or SIGTERM while a request
// is in flight: the listener closes at once, the request still gets its
// answer, and the server returns nil. A request that outlasts the shutdown
// timeout makes it return an error instead.
func TestGracefulShutdown(t *testing.T) {
	rows := []struct {
		why     string
		sig     syscall.Signal
		grace   time.Duration
		outlast bool // the request is released only after the grace period
	}{
		{why: "SIGTERM lets the request in flight finish", sig: syscall.SIGTERM, grace: 10 * time.Second},
		{why: "SIGINT does the same", sig: syscall.SIGINT, grace: 10 * time.Second},
		{why: "a request that outlasts the grace period is an error", sig: syscall.SIGTERM, grace: 200 * time.Millisecond, outlast: true},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			s, log := testServer(t, func(c *config) { c.addr = "127.0.0.1:0"; c.shutdownTimeout = row.grace })
			started, release := blockingRoute(s)
			addrc := make(chan net.Addr, 1)
			done := make(chan error, 1)
			go func() { done <- listenAndServe(context.Background(), s, func(a net.Addr) { addrc <- a }) }()
			addr := (<-addrc).String()

			answered := make(chan *http.Response, 1)
			go func() {
				resp, err := http.Get("http://" + addr + "/v1/test/block")
				if err != nil {
					if !row.outlast { // past the grace period the connection is closed
						t.Errorf("in-flight request: %v", err)
					}
					answered <- nil
					return
				}
				answered <- resp
			}()
			<-started
			require.NoError(t, syscall.Kill(os.Getpid(), row.sig))

			require.Eventually(t, func() bool {
				c, err := net.DialTimeout("tcp", addr, 100*time.Millisecond)
				if err == nil {
					c.Close()
				}
				return err != nil
			}, 5*time.Second, 10*time.Millisecond, "the listener closes on the signal")

			if row.outlast {
				err := <-done
				require.Error(t, err, "the grace period ran out")
				close(release)
				if resp := <-answered; resp != nil {
					resp.Body.Close()
				}
				return
			}
			select {
			case err := <-done:
				t.Fatalf("returned before the request in flight finished: %v", err)
			case <-time.After(50 * time.Millisecond):
			}
			close(release)
			resp := <-answered
			require.NotNil(t, resp)
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			assert.Equal(t, http.StatusOK, resp.StatusCode)
			assert.JSONEq(t, `{"status":"done"}`, string(body))
			require.NoError(t, <-done)
			assert.Contains(t, log.String(), `"msg":"shutting down"`)
			assert.Contains(t, log.String(), `"msg":"stopped"`)
		})
	}
}

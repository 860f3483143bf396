package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// listen serves s with its own timeouts on a loopback port until the test
// ends, and returns its base URL.
func listen(t *testing.T, s *server) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	hs := s.httpServer()
	go hs.Serve(ln)
	t.Cleanup(func() { hs.Close() })
	return "http://" + ln.Addr().String()
}

// slowStream posts lines to url as an NDJSON stream, one every gap, and
// returns the lines answered.
func slowStream(url string, lines int, gap time.Duration) ([]string, error) {
	pr, pw := io.Pipe()
	go func() {
		for i := range lines {
			if i > 0 {
				time.Sleep(gap)
			}
			if _, err := io.WriteString(pw, `{"caption":"#ad line `+fmt.Sprint(i+1)+`"}`+"\n"); err != nil {
				return
			}
		}
		pw.Close()
	}()
	resp, err := http.Post(url, mediaNDJSON, pr)
	if err != nil {
		pw.CloseWithError(err)
		return nil, err
	}
	defer resp.Body.Close()
	var out []string
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	pw.CloseWithError(io.ErrClosedPipe) // stop the writer if the server ended first
	return out, sc.Err()
}

// TestSlowStreamsDoNotStarveRequests: eight streams that send a line a
// second, on a server that serves eight requests at once, leave every slot
// free for other requests while they wait for their lines, and each is
// answered in full (about 2 s in all).
func TestSlowStreamsDoNotStarveRequests(t *testing.T) {
	s, _ := testServer(t, func(c *config) { c.maxConcurrent = 8; c.maxStreams = 8 })
	base := listen(t, s)
	const streams, lines = 8, 3
	var wg sync.WaitGroup
	answered := make([][]string, streams)
	errs := make([]error, streams)
	for i := range streams {
		wg.Go(func() {
			answered[i], errs[i] = slowStream(base+"/v1/disclosure/check/stream", lines, time.Second)
		})
	}
	time.Sleep(500 * time.Millisecond) // every stream is open and waiting for its next line
	for i := range 8 {
		resp, err := http.Get(base + "/v1/tiers?followers=" + fmt.Sprint(1000*(i+1)))
		require.NoError(t, err)
		resp.Body.Close()
		assert.Equal(t, http.StatusOK, resp.StatusCode, "request %d while %d streams wait", i+1, streams)
	}
	resp, err := http.Post(base+"/v1/disclosure/check/stream", mediaNDJSON, strings.NewReader(`{"caption":"#ad"}`+"\n"))
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusServiceUnavailable, resp.StatusCode, "a ninth stream is refused: streams have a limit of their own")
	wg.Wait()
	for i := range streams {
		require.NoError(t, errs[i])
		assert.Len(t, answered[i], lines, "stream %d is answered in full", i+1)
	}
}

// TestStreamLimits: a stream ends with a problem line for the line it
// stops at when it lasts longer than -stream-timeout or sends more than
// -max-stream bytes; the lines before are answered.
func TestStreamLimits(t *testing.T) {
	line := `{"caption":"#ad serum"}` + "\n" // 24 bytes
	t.Run("a steady stream past its total deadline", func(t *testing.T) {
		// The deadline leaves the client's transport time to read the
		// answer's header before the cut even on a loaded machine (at
		// 700 ms a loaded run could see its write fail first).
		s, _ := testServer(t, func(c *config) { c.streamTimeout = 1500 * time.Millisecond })
		start := time.Now()
		got, err := slowStream(listen(t, s)+"/v1/disclosure/check/stream", 20, 300*time.Millisecond)
		require.NoError(t, err)
		assert.Less(t, time.Since(start), 4*time.Second, "the stream is cut off, not read to its end (6 s)")
		require.GreaterOrEqual(t, len(got), 2)
		assert.Less(t, len(got), 20)
		last := got[len(got)-1]
		assert.Contains(t, last, `"status":408`)
		assert.Contains(t, last, `"type":"`+problemTypeBase+`stream-timeout"`)
		assert.Contains(t, last, fmt.Sprintf(`"line":%d`, len(got)), "the problem names the line the stream stopped at")
		for _, l := range got[:len(got)-1] {
			assert.Contains(t, l, `"findings"`)
		}
	})
	t.Run("a stream past its size cap", func(t *testing.T) {
		s, _ := testServer(t, func(c *config) { c.maxLine = 30; c.maxStreamBytes = 3*int64(len(line)) + 10 })
		rec := send(t, s, http.MethodPost, "/v1/disclosure/check/stream", mediaNDJSON, strings.Repeat(line, 10))
		lines := ndjsonLines(t, rec.Body.String())
		require.Len(t, lines, 4, "three whole lines fit under the cap; the fourth is cut and not answered")
		assert.Contains(t, lines[2], "findings")
		assert.Equal(t, problemTypeBase+"stream-too-large", lines[3]["type"])
		assert.Equal(t, float64(413), lines[3]["status"])
		assert.Equal(t, float64(4), lines[3]["line"])
	})
	t.Run("a stream that ends exactly at its cap", func(t *testing.T) {
		s, _ := testServer(t, func(c *config) { c.maxLine = 30; c.maxStreamBytes = 3 * int64(len(line)) })
		rec := send(t, s, http.MethodPost, "/v1/disclosure/check/stream", mediaNDJSON, strings.Repeat(line, 3))
		lines := ndjsonLines(t, rec.Body.String())
		require.Len(t, lines, 3)
		for _, l := range lines {
			assert.Contains(t, l, "findings", "no problem for a body that fits")
		}
	})
}

// TestStreamSkipsByteOrderMark: a stream whose body starts with a UTF-8
// byte-order mark has its first line read as JSON, like the others.
func TestStreamSkipsByteOrderMark(t *testing.T) {
	s, _ := testServer(t, nil)
	rec := send(t, s, http.MethodPost, "/v1/disclosure/autofix/stream", mediaNDJSON, "\xEF\xBB\xBF{\"caption\":\"serum #ad\"}\n{\"caption\":\"\xEF\xBB\xBFhi\"}\n")
	require.Equal(t, http.StatusOK, rec.Code)
	lines := ndjsonLines(t, rec.Body.String())
	require.Len(t, lines, 2)
	assert.Equal(t, "#ad serum", lines[0]["caption"])
	assert.Contains(t, lines[1]["caption"], "\uFEFFhi", "only the body's first bytes are a byte-order mark")
}

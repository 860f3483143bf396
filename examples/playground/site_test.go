package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func testSite() *site {
	return newSite(map[string][]byte{
		"/index.html":        []byte("<!doctype html><title>page</title>" + strings.Repeat("<p>text</p>", 50)),
		"/influencekit.wasm": append([]byte("\x00asm"), bytes.Repeat([]byte{1, 2, 3}, 500)...),
		"/tiny.js":           []byte("x"),
	})
}

func get(t *testing.T, s http.Handler, method, path string, header map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, path, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	return rec.Result()
}

func TestSiteServes(t *testing.T) {
	s := testSite()
	rows := []struct {
		why, method, path string
		header            map[string]string
		wantStatus        int
		wantType          string
		wantEncoding      string
	}{
		{why: "the page at /", method: "GET", path: "/", wantStatus: 200, wantType: "text/html; charset=utf-8"},
		{why: "the page by its name", method: "GET", path: "/index.html", wantStatus: 200, wantType: "text/html; charset=utf-8"},
		{why: "instantiateStreaming needs application/wasm", method: "GET", path: "/influencekit.wasm",
			wantStatus: 200, wantType: "application/wasm"},
		{why: "gzip when the browser takes it", method: "GET", path: "/influencekit.wasm",
			header: map[string]string{"Accept-Encoding": "br, gzip"}, wantStatus: 200, wantType: "application/wasm", wantEncoding: "gzip"},
		{why: "not when it refuses it", method: "GET", path: "/influencekit.wasm",
			header: map[string]string{"Accept-Encoding": "gzip;q=0"}, wantStatus: 200, wantType: "application/wasm"},
		{why: "a file gzip does not shrink is sent as it is", method: "GET", path: "/tiny.js",
			header: map[string]string{"Accept-Encoding": "gzip"}, wantStatus: 200, wantType: "text/javascript; charset=utf-8"},
		{why: "HEAD answers like GET", method: "HEAD", path: "/", wantStatus: 200, wantType: "text/html; charset=utf-8"},
		{why: "nothing else is served", method: "GET", path: "/../go.mod", wantStatus: 404},
		{why: "the page only reads", method: "POST", path: "/", wantStatus: 405},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			resp := get(t, s, row.method, row.path, row.header)
			assert.Equal(t, row.wantStatus, resp.StatusCode)
			if row.wantStatus != 200 {
				return
			}
			assert.Equal(t, row.wantType, resp.Header.Get("Content-Type"))
			assert.Equal(t, row.wantEncoding, resp.Header.Get("Content-Encoding"))
			assert.Equal(t, "Accept-Encoding", resp.Header.Get("Vary"), "a cache keeps the two encodings apart")
			assert.Equal(t, "no-cache", resp.Header.Get("Cache-Control"))
			assert.Equal(t, contentSecurityPolicy, resp.Header.Get("Content-Security-Policy"))
			assert.NotEmpty(t, resp.Header.Get("ETag"))
			body, err := io.ReadAll(resp.Body)
			require.NoError(t, err)
			if row.method == "HEAD" {
				assert.Empty(t, body)
				return
			}
			assert.Equal(t, strconv.Itoa(len(body)), resp.Header.Get("Content-Length"), "the length of the bytes sent, encoded")
			if row.wantEncoding == "gzip" {
				zr, err := gzip.NewReader(bytes.NewReader(body))
				require.NoError(t, err)
				body, err = io.ReadAll(zr)
				require.NoError(t, err)
			}
			name := row.path
			if name == "/" {
				name = "/index.html"
			}
			assert.Equal(t, s.assets[name].body, body)
		})
	}
}

func TestSiteRevalidates(t *testing.T) {
	s := testSite()
	for _, enc := range []string{"", "gzip"} {
		first := get(t, s, "GET", "/influencekit.wasm", map[string]string{"Accept-Encoding": enc})
		etag := first.Header.Get("ETag")
		require.NotEmpty(t, etag)
		again := get(t, s, "GET", "/influencekit.wasm", map[string]string{"Accept-Encoding": enc, "If-None-Match": etag})
		assert.Equal(t, http.StatusNotModified, again.StatusCode, "encoding %q", enc)
	}
	plain := get(t, s, "GET", "/influencekit.wasm", nil).Header.Get("ETag")
	zipped := get(t, s, "GET", "/influencekit.wasm", map[string]string{"Accept-Encoding": "gzip"}).Header.Get("ETag")
	assert.NotEqual(t, plain, zipped, "the two encodings are different bytes, so different ETags")
}

func TestAcceptsGzip(t *testing.T) {
	rows := []struct {
		why, header string
		want        bool
	}{
		{"no header", "", false},
		{"gzip alone", "gzip", true},
		{"in a list, any case", "br, GZIP, deflate", true},
		{"with a weight", "gzip;q=0.5", true},
		{"refused", "gzip; q=0", false},
		{"not listed", "br, deflate", false},
		{"x-gzip is another name", "x-gzip", false},
	}
	for _, row := range rows {
		req := httptest.NewRequest("GET", "/", nil)
		req.Header.Set("Accept-Encoding", row.header)
		assert.Equal(t, row.want, acceptsGzip(req), row.why)
	}
}

// externalURL finds what would make the page load from another host: an
// absolute or protocol-relative URL in an attribute, a CSS url(), an import
// or a fetch.
var externalURL = regexp.MustCompile(`(?i)(src|href|action)\s*=\s*["']?\s*(https?:)?//|url\(\s*["']?\s*(https?:)?//|(import|from)\s*\(?\s*["'](https?:)?//|fetch\(\s*["'](https?:)?//|https?://`)

func TestStaticFilesLoadNothingFromAnotherHost(t *testing.T) {
	count := 0
	err := fs.WalkDir(staticFiles, "static", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := staticFiles.ReadFile(path)
		require.NoError(t, err)
		// An SVG names its XML namespace by a URL that is never fetched.
		text := strings.ReplaceAll(string(data), `xmlns="http://www.w3.org/2000/svg"`, "")
		for _, m := range externalURL.FindAllString(text, -1) {
			t.Errorf("%s: %q", path, m)
		}
		count++
		return nil
	})
	require.NoError(t, err)
	assert.GreaterOrEqual(t, count, 7, "index.html, favicon.svg, playground.css, playground.js, influencekit.js, influencekit-worker.js, sw.js")
	assert.Regexp(t, externalURL, `<script src="https://cdn.example/x.js">`, "the pattern finds a script from a CDN")
	assert.Regexp(t, externalURL, `background: url(//fonts.example/f.woff2)`, "and a protocol-relative CSS url")
}

func TestRunUsage(t *testing.T) {
	rows := []struct {
		why        string
		args       []string
		wantStatus int
		wantErr    string
	}{
		{why: "-h prints the flags and succeeds", args: []string{"-h"}, wantStatus: exitOK, wantErr: "-addr"},
		{why: "an unknown flag", args: []string{"-port", "80"}, wantStatus: exitUsage, wantErr: "-port"},
		{why: "arguments are not taken", args: []string{"serve"}, wantStatus: exitUsage, wantErr: `unexpected argument "serve"`},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			got := run(context.Background(), row.args, &stdout, &stderr)
			assert.Equal(t, row.wantStatus, got)
			assert.Contains(t, stderr.String(), row.wantErr)
			assert.Empty(t, stdout.String(), "no URL: nothing is served")
		})
	}
}

func TestPageURL(t *testing.T) {
	bound := &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 41234}
	rows := []struct{ why, asked, want string }{
		{"localhost stays localhost, a secure context for the service worker", "localhost:0", "http://localhost:41234/"},
		{"an address is kept", "127.0.0.1:0", "http://127.0.0.1:41234/"},
		{"no host means every interface; the browser goes to localhost", ":8090", "http://localhost:41234/"},
		{"IPv6 gets brackets", "[::1]:0", "http://[::1]:41234/"},
	}
	for _, row := range rows {
		assert.Equal(t, row.want, pageURL(row.asked, bound), row.why)
	}
}

func TestBuildAssets(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: skipping the WebAssembly build")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	assets, err := buildAssets(ctx, t.TempDir())
	require.NoError(t, err)
	assert.True(t, bytes.HasPrefix(assets["/influencekit.wasm"], []byte("\x00asm")), "a WebAssembly module")
	assert.Contains(t, string(assets["/wasm_exec.js"]), "globalThis.Go", "Go's wasm_exec.js")
	for _, name := range []string{"/index.html", "/playground.js", "/influencekit.js", "/influencekit-worker.js", "/playground.css", "/sw.js", "/favicon.svg"} {
		assert.NotEmpty(t, assets[name], name)
	}
	// The module is most of what a first visit downloads: it is served
	// gzipped, precompressed once here rather than on every request.
	wasm := newSite(assets).assets["/influencekit.wasm"]
	require.NotNil(t, wasm.gzip, "influencekit.wasm has a gzip copy")
	assert.Less(t, len(wasm.gzip), len(wasm.body)/2, "gzip at least halves the module")
	t.Logf("influencekit.wasm: %d bytes, %d gzipped (%.0f%%)", len(wasm.body), len(wasm.gzip), 100*float64(len(wasm.gzip))/float64(len(wasm.body)))
}

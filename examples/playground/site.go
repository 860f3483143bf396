package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
)

// staticFiles are the page's own files; wasm_exec.js and influencekit.wasm
// are added at startup by buildAssets.
//
//go:embed static
var staticFiles embed.FS

// contentSecurityPolicy lets the page load nothing from another host:
// scripts, styles and fetches from this server only, and WebAssembly
// compiled from them ('wasm-unsafe-eval' allows WebAssembly and not eval).
const contentSecurityPolicy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"connect-src 'self'; img-src 'self'; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// asset is one file as served: its bytes, a gzip copy when that is
// smaller, and an ETag from its content.
type asset struct {
	contentType string
	body, gzip  []byte
	etag        string
}

// site serves the page's files from memory. Every response says no-cache
// with a content ETag, so a browser revalidates (a 304 after the first
// load) and a rebuilt module is never stale; the service worker, not the
// HTTP cache, is what makes the page work offline.
type site struct {
	assets map[string]asset
}

// newSite returns a site serving files by URL path ("/index.html" is also
// served at "/").
func newSite(files map[string][]byte) *site {
	s := &site{assets: make(map[string]asset, len(files))}
	for name, data := range files {
		sum := sha256.Sum256(data)
		a := asset{contentType: contentType(name), body: data, etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
		var buf bytes.Buffer
		zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if err == nil {
			_, err = zw.Write(data)
		}
		if err == nil && zw.Close() == nil && buf.Len() < len(data) {
			a.gzip = buf.Bytes()
		}
		s.assets[name] = a
	}
	return s
}

// contentType is the Content-Type of a file by its extension;
// instantiateStreaming needs application/wasm.
func contentType(name string) string {
	switch path.Ext(name) {
	case ".wasm":
		return "application/wasm"
	case ".js":
		return "text/javascript; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := r.URL.Path
	if name == "/" {
		name = "/index.html"
	}
	a, ok := s.assets[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("Vary", "Accept-Encoding")
	body, etag := a.body, a.etag
	if a.gzip != nil && acceptsGzip(r) {
		h.Set("Content-Encoding", "gzip")
		body, etag = a.gzip, strings.TrimSuffix(a.etag, `"`)+`-gzip"`
	}
	h.Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	w.Write(body) //nolint:errcheck // the client went away; nothing to do
}

// acceptsGzip reports whether the request's Accept-Encoding lists gzip
// (without q=0).
func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(coding), "gzip") {
			q := strings.ReplaceAll(params, " ", "")
			return q != "q=0" && q != "q=0.0" && q != "q=0.00" && q != "q=0.000"
		}
	}
	return false
}

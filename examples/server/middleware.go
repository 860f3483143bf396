package main

import (
	"fmt"
	"log/slog"
	"net/http"
	"runtime/debug"
	"slices"
	"strings"
	"time"
)

// exchange is what the middleware learns about one request while it is
// served: the route that matched, and the status and size of the response.
type exchange struct {
	route  string // the matched pattern, "POST /v1/disclosure/check"; "unmatched" for 404 and 405
	status int    // 0 until the header is written
	bytes  int64  // body bytes written
}

// exchangeOf returns the exchange the access log keeps for the request
// that w answers, found through the writers wrapping its recordingWriter;
// nil outside the middleware. (A writer rather than a context value: a
// request copied by WithContext for every request costs more than the
// access line.)
func exchangeOf(w http.ResponseWriter) *exchange {
	for {
		switch rw := w.(type) {
		case *recordingWriter:
			return rw.x
		case interface{ Unwrap() http.ResponseWriter }:
			w = rw.Unwrap()
		default:
			return nil
		}
	}
}

// recordingWriter records status and size into an exchange. Unwrap lets
// http.ResponseController reach the connection's Flush and deadlines.
type recordingWriter struct {
	http.ResponseWriter
	x *exchange
}

func (w *recordingWriter) WriteHeader(status int) {
	if w.x.status == 0 && status >= 200 {
		w.x.status = status
	}
	w.ResponseWriter.WriteHeader(status)
}

func (w *recordingWriter) Write(b []byte) (int, error) {
	if w.x.status == 0 {
		w.x.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.x.bytes += int64(n)
	return n, err
}

func (w *recordingWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// accessLog logs one JSON line per request: method, route, path, status,
// response bytes and duration in seconds. It never logs a query string,
// a header or a body: captions and contracts stay out of the log. The
// line goes straight to the logger's handler, stamped with the time the
// response ended: slog.Logger would take the time again and walk the
// stack for a source position the line does not show.
func (s *server) accessLog(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		x := &exchange{}
		next.ServeHTTP(&recordingWriter{w, x}, r)
		end := time.Now()
		h := s.log.Handler()
		if !h.Enabled(r.Context(), slog.LevelInfo) {
			return
		}
		status := x.status
		if status == 0 {
			status = http.StatusOK // net/http sends 200 for a handler that wrote nothing
		}
		if x.route == "" { // answered before the mux: a 503 or a CORS preflight
			x.route = s.routeOf(r)
		}
		rec := slog.NewRecord(end, slog.LevelInfo, "request", 0)
		rec.AddAttrs(
			slog.String("method", r.Method),
			slog.String("route", x.route),
			slog.String("path", r.URL.Path),
			slog.Int("status", status),
			slog.Int64("bytes", x.bytes),
			slog.Float64("duration", end.Sub(start).Seconds()),
		)
		_ = h.Handle(r.Context(), rec) // a log that cannot be written cannot say so either
	})
}

// routeOf returns the pattern of the route that serves r, "unmatched" when
// none does.
func (s *server) routeOf(r *http.Request) string {
	if _, pattern := s.mux.Handler(r); pattern != "" && pattern != "/" {
		return pattern
	}
	return "unmatched"
}

// recoverPanics turns a panic in a handler into a logged 500 problem, or,
// when the response has begun, into a logged error and the end of the
// response, so that a client never sees a connection dropped without an
// answer. http.ErrAbortHandler keeps its meaning: abort silently.
func (s *server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			v := recover()
			if v == nil {
				return
			}
			if v == http.ErrAbortHandler {
				panic(v)
			}
			x := exchangeOf(w)
			route := ""
			if x != nil {
				route = x.route
			}
			s.log.Error("panic", "method", r.Method, "route", route,
				"panic", fmt.Sprint(v), "stack", string(debug.Stack()))
			if x != nil && x.status != 0 {
				return // the status is sent; the response ends here
			}
			s.problem(w, r, problemInternal())
		}()
		next.ServeHTTP(w, r)
	})
}

// cors answers preflights from the configured origins and marks their
// actual requests as readable. With no configured origin it adds nothing,
// and browsers keep to the same-origin policy.
func (s *server) cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		if origin == "" || len(s.cfg.corsOrigins) == 0 {
			next.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		h.Add("Vary", "Origin")
		allowOrigin := s.allowOrigin(origin)
		wanted := r.Header.Get("Access-Control-Request-Method")
		if r.Method == http.MethodOptions && wanted != "" { // a preflight
			h.Add("Vary", "Access-Control-Request-Method")
			h.Add("Vary", "Access-Control-Request-Headers")
			allow := s.allowed(r.URL.Path)
			if allowOrigin == "" || allow == "" || !slices.Contains(strings.Split(allow, ", "), wanted) {
				// No CORS headers: the browser refuses the actual request.
				next.ServeHTTP(w, r)
				return
			}
			h.Set("Access-Control-Allow-Origin", allowOrigin)
			h.Set("Access-Control-Allow-Methods", allow)
			h.Set("Access-Control-Allow-Headers", "Content-Type")
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		if allowOrigin != "" {
			h.Set("Access-Control-Allow-Origin", allowOrigin)
			h.Set("Access-Control-Expose-Headers", "Retry-After, Allow")
		}
		next.ServeHTTP(w, r)
	})
}

// allowOrigin returns the Access-Control-Allow-Origin for origin: "*" when
// any origin is allowed, origin itself when it is listed, empty otherwise.
func (s *server) allowOrigin(origin string) string {
	for _, o := range s.cfg.corsOrigins {
		if o == "*" {
			return "*"
		}
		if strings.EqualFold(o, origin) {
			return origin
		}
	}
	return ""
}

// limitConcurrency serves at most cfg.maxConcurrent requests under /v1/ at
// once and answers the others 503 with Retry-After at once, rather than
// queueing them. /healthz and /openapi.json are not limited. An NDJSON
// stream route takes one of cfg.maxStreams stream tokens instead (503 when
// none is left) and a request slot only while it answers a line, so that
// streams waiting for their clients' next lines never hold the slots the
// other requests need.
func (s *server) limitConcurrency(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasPrefix(r.URL.Path, "/v1/") {
			next.ServeHTTP(w, r)
			return
		}
		tokens, full := s.slots, problemOverloaded
		if s.isStream[r.URL.Path] && r.Method == http.MethodPost {
			tokens, full = s.streams, problemTooManyStreams
		}
		select {
		case tokens <- struct{}{}:
			defer func() { <-tokens }()
			next.ServeHTTP(w, r)
		default:
			s.problem(w, r, full(cap(tokens)))
		}
	})
}

// answerLine answers one line of an NDJSON stream with a request slot
// held, waiting for one while every slot is taken (answers take
// milliseconds, so the wait is short). ok is false when the request ended
// first.
func (s *server) answerLine(r *http.Request, line []byte, answer func([]byte) (any, *problem)) (result any, p *problem, ok bool) {
	select {
	case s.slots <- struct{}{}:
	case <-r.Context().Done():
		return nil, nil, false
	}
	defer func() { <-s.slots }()
	result, p = answer(line)
	return result, p, true
}

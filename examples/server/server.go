package main

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/influencekit/influencekit/disclosure"
)

// server is the service: its configuration, its routes and the handler that
// serves them behind the middleware. Build it with newServer; tests add
// routes of their own with handle before serving.
type server struct {
	cfg     config
	log     *slog.Logger
	mux     *http.ServeMux
	routes  []route       // every registered route, in registration order
	slots   chan struct{} // one token per /v1/ request, or NDJSON line, being answered
	streams chan struct{} // one token per NDJSON stream open
	// streamOf maps a JSON route's path to the path of its NDJSON stream
	// route; isStream holds the stream routes' paths.
	streamOf map[string]string
	isStream map[string]bool
	handler  http.Handler // mux behind the middleware
}

// route is one method and path the server answers.
type route struct{ method, path string }

// newServer builds a server from cfg that logs to log. It registers every
// route of routes.go.
func newServer(cfg config, log *slog.Logger) *server {
	s := &server{
		cfg:      cfg,
		log:      log,
		mux:      http.NewServeMux(),
		slots:    make(chan struct{}, cfg.maxConcurrent),
		streams:  make(chan struct{}, cfg.maxStreams),
		streamOf: map[string]string{},
		isStream: map[string]bool{},
	}
	s.registerRoutes()
	s.mux.HandleFunc("/", s.unmatched)
	s.handler = s.accessLog(s.recoverPanics(s.cors(s.limitConcurrency(s.mux))))
	return s
}

// ServeHTTP serves r through the middleware and the routes.
func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// handle registers h for method and path. The access log names the route
// by its pattern, "POST /v1/disclosure/check".
func (s *server) handle(method, path string, h http.HandlerFunc) {
	s.routes = append(s.routes, route{method, path})
	s.mux.HandleFunc(method+" "+path, func(w http.ResponseWriter, r *http.Request) {
		if x := exchangeOf(w); x != nil {
			x.route = r.Pattern
		}
		h(w, r)
	})
}

// handleStream registers h for POST at path, an NDJSON stream that answers
// line by line what POST jsonPath answers for one JSON body. A stream takes
// a request slot only while it answers a line (see limitConcurrency).
func (s *server) handleStream(path, jsonPath string, h http.HandlerFunc) {
	s.streamOf[jsonPath] = path
	s.isStream[path] = true
	s.handle(http.MethodPost, path, h)
}

// allowed returns the methods served at path, in the form of an Allow
// header ("GET, HEAD"); empty when no route has that path.
func (s *server) allowed(path string) string {
	var methods []string
	for _, rt := range s.routes {
		if rt.path == path && !slices.Contains(methods, rt.method) {
			methods = append(methods, rt.method)
			if rt.method == http.MethodGet {
				methods = append(methods, http.MethodHead)
			}
		}
	}
	return strings.Join(methods, ", ")
}

// unmatched answers requests no route matches: 405 with Allow for a known
// path (204 with Allow for OPTIONS), 404 otherwise.
func (s *server) unmatched(w http.ResponseWriter, r *http.Request) {
	if x := exchangeOf(w); x != nil {
		x.route = "unmatched"
	}
	allow := s.allowed(r.URL.Path)
	switch {
	case allow == "":
		s.problem(w, r, problemNotFound("no route "+r.URL.Path+"; GET /openapi.json lists the routes"))
	case r.Method == http.MethodOptions:
		w.Header().Set("Allow", allow+", OPTIONS")
		w.WriteHeader(http.StatusNoContent)
	default:
		w.Header().Set("Allow", allow)
		s.problem(w, r, problemMethodNotAllowed(r.Method, r.URL.Path, allow))
	}
}

// warmUp checks one post, so that the disclosure package builds its term
// tables (a few hundred milliseconds, once per process) before the first
// request rather than during it.
func (s *server) warmUp() {
	start := time.Now()
	disclosure.Check(disclosure.Post{Caption: "#ad warm-up"})
	s.log.Info("warmed up", "duration", time.Since(start).Seconds())
}

// httpServer returns an http.Server for s with the configured timeouts.
// ReadTimeout and WriteTimeout bound a whole JSON exchange; NDJSON handlers
// extend the deadlines line by line.
func (s *server) httpServer() *http.Server {
	return &http.Server{
		Handler:           s,
		ReadHeaderTimeout: s.cfg.readHeaderTimeout,
		ReadTimeout:       s.cfg.readTimeout,
		WriteTimeout:      s.cfg.writeTimeout,
		IdleTimeout:       s.cfg.idleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// serve serves hs on ln until ctx is done, then shuts hs down: it stops
// accepting, lets requests in flight finish for at most grace, and returns
// nil when they all did. Connections still open after grace are closed,
// and the error says that the grace period ran out.
func serve(ctx context.Context, hs *http.Server, ln net.Listener, grace time.Duration, log *slog.Logger) error {
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down", "grace_seconds", grace.Seconds())
	sctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	err := hs.Shutdown(sctx)
	if err != nil {
		err = errors.Join(err, hs.Close())
	}
	if serr := <-served; !errors.Is(serr, http.ErrServerClosed) {
		err = errors.Join(err, serr)
	}
	if err != nil {
		return err
	}
	log.Info("stopped")
	return nil
}

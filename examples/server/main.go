// Command server is a JSON HTTP service over influencekit, for backends
// written in any language: the disclosure linter, engagement metrics,
// follower tiers, pricing, contract review and the duties a creator's
// account triggers in each market, each one POST away.
//
// Usage:
//
//	server [-addr host:port] [-max-body bytes] [-max-line bytes]
//	       [-max-concurrent n] [-max-streams n] [-max-stream bytes]
//	       [-stream-timeout d] [-cors-origins list] [timeouts...]
//
// It listens on localhost:8080 by default and describes itself at
// GET /openapi.json (OpenAPI 3.1). Every result is the library's own JSON
// form: snake_case keys, lists never null, enums as their lower-case names,
// money as {"amount":"1250.50","currency":"USD"}, rates as fractions,
// durations in seconds. Bodies are UTF-8 (a declared charset other than
// utf-8 is a 415; a leading byte-order mark is skipped), and a negative
// count, in a body or a query, is a 400. Every error is an RFC 9457
// problem document (application/problem+json) whose "field" member names
// the offending JSON path or query parameter, "" when the problem is about
// no one value.
//
// POST /v1/disclosure/check/stream and /v1/disclosure/autofix/stream take
// application/x-ndjson: one post per line in, one result per line out, in
// order, streamed and flushed line by line with memory bounded by
// -max-line whatever the length of the body. A line that cannot be read
// (malformed, invalid or longer than -max-line) gives a problem document on
// its line of the output, and the stream goes on with the next line. A
// stream ends with a last problem line past -max-stream bytes or
// -stream-timeout; it holds a request slot only while it answers a line,
// so streams waiting for their clients never starve other requests, and
// at most -max-streams are open at once.
//
// SIGINT or SIGTERM stops accepting connections and lets requests in flight
// finish, for at most -shutdown-timeout. Every request is logged as one JSON
// line on standard error (method, route, status, bytes, duration); captions
// and contracts are never logged.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	if err := run(context.Background(), os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "server:", err)
		os.Exit(exitCode(err))
	}
}

// exitCode is 2 for bad usage and 1 for any other failure.
func exitCode(err error) int {
	if errors.Is(err, errUsage) {
		return 2
	}
	return 1
}

// run parses args and serves until ctx is done or the process receives
// SIGINT or SIGTERM (see listenAndServe).
func run(ctx context.Context, args []string, stderr io.Writer) error {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		return err
	}
	return listenAndServe(ctx, newServer(cfg, slog.New(slog.NewJSONHandler(stderr, nil))), nil)
}

// listenAndServe listens on s's address and serves s until ctx is done or
// the process receives SIGINT or SIGTERM; then it stops accepting and lets
// requests in flight finish for at most the shutdown timeout. ready, when
// not nil, is called with the listening address once the signal handlers
// are in place and the listener accepts connections.
func listenAndServe(ctx context.Context, s *server, ready func(addr net.Addr)) error {
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	s.warmUp()
	ln, err := net.Listen("tcp", s.cfg.addr)
	if err != nil {
		return err
	}
	s.log.Info("listening", "addr", ln.Addr().String())
	if ready != nil {
		ready(ln.Addr())
	}
	return serve(ctx, s.httpServer(), ln, s.cfg.shutdownTimeout, s.log)
}

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
	"time"
)

// errUsage is wrapped by every error about the command line.
var errUsage = errors.New("usage")

// config is everything a server is built from: what the flags say, with
// the defaults of defaultConfig.
type config struct {
	addr string // where to listen, host:port

	maxBody       int64 // largest JSON request body, in bytes
	maxLine       int64 // largest NDJSON line, in bytes, newline excluded
	maxConcurrent int   // requests under /v1/ served at once; more get 503

	// An NDJSON stream holds no request slot while it waits for its next
	// line: it takes one only to answer a line. maxStreams bounds the
	// streams open at once; each is cut off after maxStreamBytes of body
	// or streamTimeout, whichever comes first.
	maxStreams     int
	maxStreamBytes int64         // largest NDJSON body, in bytes
	streamTimeout  time.Duration // longest an NDJSON stream may last

	// corsOrigins lists the origins allowed to call the API from a browser,
	// exactly as browsers send them ("https://app.example.com"), or "*".
	// Empty: no CORS headers are sent and preflights are refused.
	corsOrigins []string

	readHeaderTimeout time.Duration
	readTimeout       time.Duration // for a whole JSON body; per line for NDJSON
	writeTimeout      time.Duration // for a whole JSON response; per line for NDJSON
	idleTimeout       time.Duration
	shutdownTimeout   time.Duration // how long in-flight requests may take to finish on SIGINT/SIGTERM
	retryAfter        time.Duration // the Retry-After a 503 advises, rounded up to seconds
}

// defaultConfig returns the configuration `go run ./examples/server` uses.
func defaultConfig() config {
	return config{
		addr:              "localhost:8080",
		maxBody:           1 << 20,
		maxLine:           64 << 10,
		maxConcurrent:     256,
		maxStreams:        64,
		maxStreamBytes:    64 << 20,
		streamTimeout:     5 * time.Minute,
		readHeaderTimeout: 5 * time.Second,
		readTimeout:       30 * time.Second,
		writeTimeout:      30 * time.Second,
		idleTimeout:       2 * time.Minute,
		shutdownTimeout:   30 * time.Second,
		retryAfter:        time.Second,
	}
}

// parseFlags reads the command line over defaultConfig. Usage and flag
// errors are written to stderr; the error then wraps errUsage.
func parseFlags(args []string, stderr io.Writer) (config, error) {
	cfg := defaultConfig()
	fs := flag.NewFlagSet("server", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.addr, "addr", cfg.addr, "listen on `host:port`")
	fs.Int64Var(&cfg.maxBody, "max-body", cfg.maxBody, "largest JSON request body in `bytes`; larger gets 413")
	fs.Int64Var(&cfg.maxLine, "max-line", cfg.maxLine, "largest NDJSON line in `bytes`; a longer line gets a 413 problem on its output line")
	fs.IntVar(&cfg.maxConcurrent, "max-concurrent", cfg.maxConcurrent, "`requests` under /v1/ served at once; more get 503 with Retry-After")
	fs.IntVar(&cfg.maxStreams, "max-streams", cfg.maxStreams, "NDJSON `streams` open at once; more get 503 with Retry-After")
	fs.Int64Var(&cfg.maxStreamBytes, "max-stream", cfg.maxStreamBytes, "largest NDJSON body in `bytes`; the stream ends with a 413 problem line past it")
	fs.DurationVar(&cfg.streamTimeout, "stream-timeout", cfg.streamTimeout, "longest an NDJSON stream may last; it ends with a 408 problem line after it")
	origins := fs.String("cors-origins", "", "comma-separated `origins` allowed to call from a browser, or *; none by default")
	fs.DurationVar(&cfg.readHeaderTimeout, "read-header-timeout", cfg.readHeaderTimeout, "time to read a request's headers")
	fs.DurationVar(&cfg.readTimeout, "read-timeout", cfg.readTimeout, "time to read a JSON request body, or each NDJSON line")
	fs.DurationVar(&cfg.writeTimeout, "write-timeout", cfg.writeTimeout, "time to write a JSON response, or each NDJSON result line")
	fs.DurationVar(&cfg.idleTimeout, "idle-timeout", cfg.idleTimeout, "how long an idle keep-alive connection stays open")
	fs.DurationVar(&cfg.shutdownTimeout, "shutdown-timeout", cfg.shutdownTimeout, "how long requests in flight may take to finish on SIGINT or SIGTERM")
	fs.DurationVar(&cfg.retryAfter, "retry-after", cfg.retryAfter, "the Retry-After a 503 advises (whole seconds, rounded up)")
	if err := fs.Parse(args); err != nil {
		return config{}, fmt.Errorf("%w: %w", errUsage, err)
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return config{}, fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	for o := range strings.SplitSeq(*origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			cfg.corsOrigins = append(cfg.corsOrigins, strings.TrimSuffix(o, "/"))
		}
	}
	if err := cfg.validate(); err != nil {
		return config{}, fmt.Errorf("%w: %w", errUsage, err)
	}
	return cfg, nil
}

// validate rejects limits and timeouts that cannot work.
func (c config) validate() error {
	switch {
	case c.maxBody < 1:
		return fmt.Errorf("-max-body %d: must be at least 1", c.maxBody)
	case c.maxLine < 1:
		return fmt.Errorf("-max-line %d: must be at least 1", c.maxLine)
	case c.maxConcurrent < 1:
		return fmt.Errorf("-max-concurrent %d: must be at least 1", c.maxConcurrent)
	case c.maxStreams < 1:
		return fmt.Errorf("-max-streams %d: must be at least 1", c.maxStreams)
	case c.maxStreamBytes < c.maxLine:
		return fmt.Errorf("-max-stream %d: must be at least -max-line (%d)", c.maxStreamBytes, c.maxLine)
	}
	for _, d := range []struct {
		name string
		v    time.Duration
	}{
		{"-read-header-timeout", c.readHeaderTimeout}, {"-read-timeout", c.readTimeout},
		{"-write-timeout", c.writeTimeout}, {"-idle-timeout", c.idleTimeout},
		{"-shutdown-timeout", c.shutdownTimeout}, {"-retry-after", c.retryAfter},
		{"-stream-timeout", c.streamTimeout},
	} {
		if d.v <= 0 {
			return fmt.Errorf("%s %v: must be positive", d.name, d.v)
		}
	}
	return nil
}

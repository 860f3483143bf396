// Command playground serves a web page that checks influencer captions for
// advertising disclosure as they are typed, with package disclosure compiled
// to WebAssembly and run in the page.
//
// Usage, from inside the influencekit module:
//
//	go run ./examples/playground [-addr localhost:8090]
//
// At startup it builds the WebAssembly module (GOOS=js GOARCH=wasm go build
// of ./examples/playground/wasm) with the go command on PATH into a
// temporary directory, takes wasm_exec.js from that Go installation
// ($(go env GOROOT)/lib/wasm), serves the page on -addr (port 0 picks a
// free port) and prints its URL. It stops on an interrupt.
//
// The page (static/) has a caption box, platform, jurisdiction, brand and
// connection inputs, and the findings and labels of the caption, highlighted
// in place and updated as it is typed; an empty caption gets a prompt
// instead. Each distinct fix is one button (two findings offering the same
// edits share the first one's), a fix that only inserts a label the
// caption already has is not offered, and Autofix applies them all. Everything it loads comes from this server, and a
// service worker keeps a copy, so the page works offline once loaded.
// static/influencekit.js is the ES module that frontends import to get
// check and autofix.
//
// The exit status is 0 after an interrupt, 1 when the build or the server
// fails, and 2 for bad usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1 // the build or the server failed
	exitUsage = 2
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command: it serves until ctx is done, then shuts the server
// down. The URL is the one line run writes to stdout.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("playground", flag.ContinueOnError)
	flags.SetOutput(stderr)
	addr := flags.String("addr", "localhost:8090", "`host:port` to serve the page on; port 0 picks a free port")
	if err := flags.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if flags.NArg() > 0 {
		fmt.Fprintf(stderr, "playground: unexpected argument %q\n", flags.Arg(0))
		flags.Usage()
		return exitUsage
	}

	dir, err := os.MkdirTemp("", "influencekit-playground-")
	if err != nil {
		fmt.Fprintf(stderr, "playground: %v\n", err)
		return exitFail
	}
	defer os.RemoveAll(dir)

	fmt.Fprintln(stderr, "playground: building the WebAssembly module")
	start := time.Now()
	assets, err := buildAssets(ctx, dir)
	if err != nil {
		fmt.Fprintf(stderr, "playground: %v\n", err)
		return exitFail
	}
	fmt.Fprintf(stderr, "playground: built influencekit.wasm (%d bytes) in %s\n",
		len(assets["/influencekit.wasm"]), time.Since(start).Round(time.Millisecond))

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "playground: %v\n", err)
		return exitFail
	}
	srv := &http.Server{Handler: newSite(assets), ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	fmt.Fprintf(stdout, "playground: serving on %s\n", pageURL(*addr, ln.Addr()))

	select {
	case err := <-served:
		fmt.Fprintf(stderr, "playground: %v\n", err)
		return exitFail
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		fmt.Fprintf(stderr, "playground: shutdown: %v\n", err)
		return exitFail
	}
	return exitOK
}

// pageURL is the page's address: the host asked for (localhost stays
// localhost, which browsers treat as a secure context for the service
// worker) with the port actually bound.
func pageURL(asked string, bound net.Addr) string {
	host, _, err := net.SplitHostPort(asked)
	_, port, err2 := net.SplitHostPort(bound.String())
	if err != nil || err2 != nil {
		return "http://" + bound.String() + "/"
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port) + "/"
}

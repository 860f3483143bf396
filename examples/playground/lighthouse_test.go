//go:build unix

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/internal/cdp"
)

// lighthouseVersion is the Lighthouse release the test runs, through npx
// from npm. The 12.8 line is the newest that runs on Node 18 and 20 (13
// needs Node 22.19); a new version can score differently, so it changes
// only by an edit here.
const lighthouseVersion = "12.8.2"

// The page is measured until lighthouseRuns runs were made on a CPU that
// Lighthouse accepts, or lighthouseMaxRuns runs in all, and the test judges
// the median of the accepted runs. Lighthouse scales the main thread's
// tasks by a fixed 4x and warns when the host's CPU benchmark is below what
// that assumes: then it measures the host's load, not the page (on a
// shared 2-core machine under a load average of 17 the same page measured
// 75 ms and 1,189 ms), so a test where every run has the warning skips,
// with the figures.
const (
	lighthouseRuns    = 3
	lighthouseMaxRuns = 5
)

// lighthouseEnv is the environment variable that turns the test on: it
// wants the machine to itself, so .ci/run runs it as a step of its own,
// after the other tests, rather than beside every other package's tests in
// go test ./...
const lighthouseEnv = "INFLUENCEKIT_LIGHTHOUSE"

// slowCPUWarning starts Lighthouse's run warning for a host slower than its
// CPU throttling assumes.
const slowCPUWarning = "The tested device appears to have a slower CPU than"

// maxTotalBlockingTime is the Total Blocking Time, in milliseconds, that
// the page's median in mobile Lighthouse runs must stay under: Lighthouse's
// mobile scoring gives 200 ms a score of 0.9, the edge of its green band.
// With the WebAssembly module on the main thread it was 2,500 to 3,800 ms.
const maxTotalBlockingTime = 200.0

// lighthouseResult is what the test reads of Lighthouse's JSON report.
type lighthouseResult struct {
	Categories struct {
		Performance struct {
			Score float64 `json:"score"`
		} `json:"performance"`
	} `json:"categories"`
	Audits map[string]struct {
		NumericValue float64 `json:"numericValue"`
	} `json:"audits"`
	RunWarnings []string `json:"runWarnings"`
	Environment struct {
		BenchmarkIndex float64 `json:"benchmarkIndex"`
	} `json:"environment"`
	RuntimeError *struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"runtimeError"`
}

// TestPlaygroundLighthouse serves the playground on 127.0.0.1 and measures
// the page with Lighthouse's mobile profile (simulated slow 4G and a 4x
// slower CPU): the median Total Blocking Time (see lighthouseRuns) must be
// under maxTotalBlockingTime, which holds only while the WebAssembly
// module's start and checks stay off the page's main thread.
func TestPlaygroundLighthouse(t *testing.T) {
	if os.Getenv(lighthouseEnv) != "1" {
		t.Skipf("%s=1 runs Lighthouse against the page (.ci/run sets it in a step of its own: it needs a quiet machine and two to four minutes)", lighthouseEnv)
	}
	if testing.Short() {
		t.Skip("-short: skipping Lighthouse (it builds the WebAssembly module and runs Chromium several times)")
	}
	chromium := cdp.Find()
	if chromium == "" {
		t.Skip("no Chromium or Chrome on PATH (Debian: apt-get install -y chromium); skipping Lighthouse")
	}
	npx, err := exec.LookPath("npx")
	if err != nil {
		t.Skip("no npx on PATH (Node.js 18.16 or later with npm; Debian: apt-get install -y nodejs npm); skipping Lighthouse")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	if deadline, ok := t.Deadline(); ok {
		ctx, cancel = context.WithDeadline(context.Background(), deadline.Add(-10*time.Second))
	}
	t.Cleanup(cancel)

	// Fetching the package is the one step that needs the network: when
	// npm cannot deliver it, Lighthouse cannot be had, as with no Node.
	if out, err := lighthouse(ctx, npx, chromium, "--version"); err != nil {
		t.Skipf("lighthouse@%s could not be run through npx (no network to npm, or a Node.js older than 18.16): %v\n%s",
			lighthouseVersion, err, out)
	}

	pageURL, _ := startPlayground(ctx, t)
	var all, accepted []float64 // Total Blocking Time of each run, ms
	for run := 0; run < lighthouseMaxRuns && len(accepted) < lighthouseRuns; run++ {
		out, err := lighthouse(ctx, npx, chromium, pageURL,
			"--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run",
			"--only-categories=performance", "--form-factor=mobile", "--output=json", "--output-path=stdout", "--quiet")
		require.NoError(t, err, "lighthouse run %d:\n%s", run+1, out)
		var r lighthouseResult
		require.NoError(t, json.Unmarshal(out, &r), "lighthouse run %d wrote no JSON report", run+1)
		require.Nil(t, r.RuntimeError, "lighthouse run %d could not load the page", run+1)
		tbt, ok := r.Audits["total-blocking-time"]
		require.True(t, ok, "lighthouse run %d has no total-blocking-time audit", run+1)
		all = append(all, tbt.NumericValue)
		cpu := "accepted"
		if slices.ContainsFunc(r.RunWarnings, func(w string) bool { return strings.HasPrefix(w, slowCPUWarning) }) {
			cpu = "slower than Lighthouse assumes"
		} else {
			accepted = append(accepted, tbt.NumericValue)
		}
		t.Logf("lighthouse %s mobile, run %d: performance %.0f, Total Blocking Time %.0f ms, First Contentful Paint %.0f ms, Time to Interactive %.0f ms; CPU benchmark %.0f (%s)",
			lighthouseVersion, run+1, r.Categories.Performance.Score*100, tbt.NumericValue,
			r.Audits["first-contentful-paint"].NumericValue, r.Audits["interactive"].NumericValue,
			r.Environment.BenchmarkIndex, cpu)
	}
	if len(accepted) == 0 {
		t.Skipf("every one of %d Lighthouse runs warned that this host's CPU is slower than its throttling assumes (a busy machine), "+
			"so Total Blocking Time (%s ms) measures the host, not the page; run the test on a quieter machine", len(all), milliseconds(all))
	}
	assert.Less(t, median(accepted), maxTotalBlockingTime, "median Total Blocking Time of the %d runs on a CPU Lighthouse accepts (every run: %s ms)",
		len(accepted), milliseconds(all))
}

// milliseconds lists times in milliseconds, rounded: "75, 102, 374".
func milliseconds(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%.0f", x)
	}
	return strings.Join(parts, ", ")
}

// median returns the median of xs, which must not be empty: the middle
// value, or the mean of the two middle values.
func median(xs []float64) float64 {
	s := slices.Sorted(slices.Values(xs))
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// lighthouse runs npx lighthouse@lighthouseVersion with args, Chromium at
// chromium, and returns its standard output (with its standard error
// after it when it fails). When ctx ends, Lighthouse and the Chromium it
// started are killed together.
func lighthouse(ctx context.Context, npx, chromium string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, npx, append([]string{"--yes", "lighthouse@" + lighthouseVersion}, args...)...)
	cmd.Env = append(os.Environ(), "CHROME_PATH="+chromium, "npm_config_update_notifier=false", "npm_config_fund=false")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err != nil {
		if ctx.Err() != nil {
			err = errors.Join(err, ctx.Err())
		}
		return []byte(strings.TrimSpace(stdout.String() + "\n" + stderr.String())), fmt.Errorf("npx lighthouse@%s: %w", lighthouseVersion, err)
	}
	return stdout.Bytes(), nil
}

//go:build unix

package main

import (
	"context"
	"testing"

	"github.com/influencekit/influencekit/internal/cdp"
)

// startBrowser starts Chromium at path with a fresh profile; Cleanup
// kills its whole process group.
func startBrowser(ctx context.Context, t *testing.T, path string) *cdp.Browser {
	t.Helper()
	b, err := cdp.Start(ctx, path, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b
}

//go:build unix

package main

// The browser test drives Chromium through internal/cdp; these are the
// names it speaks through.

import (
	"context"
	"testing"

	"github.com/influencekit/influencekit/internal/cdp"
)

// findChromium returns the path of a Chromium or Chrome binary, or "".
func findChromium() string { return cdp.Find() }

// browser is a running Chromium, killed when the test ends.
type browser struct{ *cdp.Browser }

// startBrowser starts Chromium at path with a fresh profile; Cleanup
// kills its whole process group.
func startBrowser(ctx context.Context, t *testing.T, path string) *browser {
	t.Helper()
	b, err := cdp.Start(ctx, path, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return &browser{b}
}

func (b *browser) newPage(ctx context.Context) (*page, error) {
	p, err := b.NewPage(ctx)
	return &page{p}, err
}

func (b *browser) problems() []string { return b.Problems() }

// page is one tab.
type page struct{ *cdp.Page }

func (p *page) call(ctx context.Context, method string, params, result any) error {
	return p.Call(ctx, method, params, result)
}
func (p *page) eval(ctx context.Context, expr string, result any) error {
	return p.Eval(ctx, expr, result)
}
func (p *page) waitFor(ctx context.Context, cond string) error   { return p.WaitFor(ctx, cond) }
func (p *page) press(ctx context.Context, key string) error      { return p.Press(ctx, key) }
func (p *page) click(ctx context.Context, selector string) error { return p.Click(ctx, selector) }
func (p *page) screenshot(ctx context.Context) ([]byte, error)   { return p.Screenshot(ctx) }

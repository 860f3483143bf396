//go:build unix

package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/internal/cdp"
)

// screenshotDir is where the browser test writes the report as it looks on
// screen and in print, for a person to look at.
const screenshotDir = "screenshots"

// a4ContentWidth is the width of an A4 page inside the print stylesheet's
// margins (210 mm less 2 x 12 mm) in whole CSS pixels (96 per inch), rounded
// down.
const a4ContentWidth = 702 // (210 - 24) / 25.4 * 96 = 702.99

// TestHTMLReportInBrowser renders the HTML report of each sample campaign
// in headless Chromium, on screen and with print emulation, takes
// screenshots, and prints it to PDF on A4.
func TestHTMLReportInBrowser(t *testing.T) {
	chromium := cdp.Find()
	if chromium == "" {
		t.Skip("no Chromium or Chrome on the PATH (Debian: apt-get install chromium); the HTML report is not rendered")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	b, err := cdp.Start(ctx, chromium, t.TempDir())
	require.NoError(t, err)
	t.Cleanup(b.Close)
	require.NoError(t, os.MkdirAll(screenshotDir, 0o755))

	eur, err := loadCampaignFile(filepath.Join("testdata", "eur", "campaign.json"))
	require.NoError(t, err)
	sample, err := loadSample()
	require.NoError(t, err)
	for _, tt := range []struct {
		why  string
		name string
		c    Campaign
	}{
		{"the README's sample: four creators, every chart", "sample", sample},
		{"a EUR campaign: converted offers, a creator without a contract", "eur", eur},
	} {
		t.Run(tt.why, func(t *testing.T) {
			r := buildReport(tt.c)
			require.False(t, r.Failed(), "the sample reports without errors")
			var html bytes.Buffer
			require.NoError(t, writeHTML(&html, r))
			file := filepath.Join(t.TempDir(), "report.html")
			require.NoError(t, os.WriteFile(file, html.Bytes(), 0o644))
			charts := 0
			for _, s := range r.Sections {
				charts += len(s.Charts)
			}

			p, err := b.NewPage(ctx)
			require.NoError(t, err)
			require.NoError(t, p.Call(ctx, "Emulation.setDeviceMetricsOverride",
				map[string]any{"width": 1100, "height": 900, "deviceScaleFactor": 1, "mobile": false}, nil))
			require.NoError(t, p.Call(ctx, "Page.navigate", map[string]any{"url": (&url.URL{Scheme: "file", Path: file}).String()}, nil))
			require.NoError(t, p.WaitFor(ctx, `document.readyState === "complete" && document.querySelectorAll("main section").length === 6`))

			var page struct {
				Figures, Labelled, Overflow int
				Resources                   []string
				ZeroSized                   int
			}
			require.NoError(t, p.Eval(ctx, `(() => {
				const svgs = [...document.querySelectorAll("figure svg")];
				return {
					Figures: svgs.length,
					Labelled: svgs.filter((s) => s.querySelector("title").textContent && s.querySelector("desc").textContent && s.getAttribute("role") === "img").length,
					ZeroSized: svgs.filter((s) => { const r = s.getBoundingClientRect(); return r.width < 100 || r.height < 20; }).length,
					Overflow: document.documentElement.scrollWidth - window.innerWidth,
					Resources: performance.getEntriesByType("resource").map((e) => e.name),
				}; })()`, &page))
			assert.Equal(t, charts, page.Figures, "one SVG per chart")
			assert.Equal(t, charts, page.Labelled, "every SVG is an image with a title and a description")
			assert.Zero(t, page.ZeroSized, "every chart is drawn at a visible size")
			assert.LessOrEqual(t, page.Overflow, 0, "nothing scrolls sideways on screen")
			assert.Empty(t, page.Resources, "the page loads nothing beside itself")
			screenshot(ctx, t, p, tt.name+"-screen.png")

			// A phone: wide tables scroll in their own box, the page does not.
			require.NoError(t, p.Call(ctx, "Emulation.setDeviceMetricsOverride",
				map[string]any{"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": true}, nil))
			require.NoError(t, p.WaitFor(ctx, "window.innerWidth === 390"))
			var phoneOverflow int
			require.NoError(t, p.Eval(ctx, `document.documentElement.scrollWidth - window.innerWidth`, &phoneOverflow))
			assert.LessOrEqual(t, phoneOverflow, 0, "nothing scrolls the page sideways on a phone")
			screenshot(ctx, t, p, tt.name+"-phone.png")

			// Print: the print stylesheet on a viewport as wide as an A4
			// page's printable area.
			width := a4ContentWidth
			require.NoError(t, p.Call(ctx, "Emulation.setEmulatedMedia", map[string]any{"media": "print"}, nil))
			require.NoError(t, p.Call(ctx, "Emulation.setDeviceMetricsOverride",
				map[string]any{"width": width, "height": 1123, "deviceScaleFactor": 1, "mobile": false}, nil))
			require.NoError(t, p.WaitFor(ctx, fmt.Sprintf("window.innerWidth === %d", width)))
			var printed struct {
				Overflow, WidestFigure int
				NavShown               bool
			}
			require.NoError(t, p.Eval(ctx, `(() => ({
				Overflow: document.documentElement.scrollWidth - window.innerWidth,
				WidestFigure: Math.max(...[...document.querySelectorAll("figure, table, pre")].map((e) => Math.ceil(e.getBoundingClientRect().right))),
				NavShown: getComputedStyle(document.querySelector("nav")).display !== "none",
			}))()`, &printed))
			assert.LessOrEqual(t, printed.Overflow, 0, "nothing is wider than an A4 page in print")
			assert.LessOrEqual(t, printed.WidestFigure, width, "every chart, table and excerpt fits an A4 page's width")
			assert.False(t, printed.NavShown, "the section links are not printed")
			screenshot(ctx, t, p, tt.name+"-print.png")

			pdf, err := p.PrintToPDF(ctx, map[string]any{"preferCSSPageSize": true, "printBackground": true})
			require.NoError(t, err)
			require.True(t, bytes.HasPrefix(pdf, []byte("%PDF-")), "a PDF")
			// A4 is 595.28 x 841.89 points; Chromium writes each page's
			// MediaBox uncompressed.
			boxes := regexp.MustCompile(`/MediaBox\s*\[\s*0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*\]`).FindAllSubmatch(pdf, -1)
			require.NotEmpty(t, boxes, "the PDF has pages")
			for _, box := range boxes {
				w, errW := strconv.ParseFloat(string(box[1]), 64)
				h, errH := strconv.ParseFloat(string(box[2]), 64)
				require.NoError(t, errors.Join(errW, errH))
				assert.InDelta(t, 595.28, w, 1, "the page is A4 wide: %s", box[0])
				assert.InDelta(t, 841.89, h, 1, "the page is A4 high: %s", box[0])
			}
			path := filepath.Join(screenshotDir, tt.name+".pdf")
			require.NoError(t, os.WriteFile(path, pdf, 0o644))
			t.Logf("%s: %d pages", path, len(boxes))
			assert.Empty(t, b.Problems(), "no console errors or exceptions")
		})
	}
}

// screenshot writes a PNG of the whole page to screenshotDir.
func screenshot(ctx context.Context, t *testing.T, p *cdp.Page, name string) {
	t.Helper()
	png, err := p.Screenshot(ctx)
	require.NoError(t, err)
	require.True(t, bytes.HasPrefix(png, []byte("\x89PNG")), "a PNG")
	path := filepath.Join(screenshotDir, name)
	require.NoError(t, os.WriteFile(path, png, 0o644))
	t.Logf("screenshot: %s", path)
}

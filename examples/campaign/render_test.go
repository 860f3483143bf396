package main

import (
	"bytes"
	"encoding/json"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testReports are the reports every rendering test runs on, by why they
// are there.
func testReports(t *testing.T) map[string]Report {
	t.Helper()
	sample, err := loadSample()
	require.NoError(t, err)
	eur, err := loadCampaignFile(filepath.Join("testdata", "eur", "campaign.json"))
	require.NoError(t, err)
	broken := eur
	broken.Creators = slices.Clone(eur.Creators)
	broken.Creators[1].Contract = json.RawMessage(`"contracts/missing.json"`)
	broken.ExchangeRates = nil
	return map[string]Report{
		"the README's sample, in USD":                                      buildReport(sample),
		"a EUR campaign with a GBP creator, converted by the file's rates": buildReport(eur),
		"a campaign whose contracts and pricing sections fail":             buildReport(broken),
	}
}

// numberPattern matches a number as the reports write them: digits with
// thousands separators and a decimal part ("1,084.20", "7.82", "2026").
var numberPattern = regexp.MustCompile(`\d+(?:[.,]\d+)*`)

// numbers returns the distinct numbers in text, thousands separators
// dropped, sorted.
func numbers(text string) []string {
	var out []string
	for _, n := range numberPattern.FindAllString(text, -1) {
		n = strings.ReplaceAll(n, ",", "")
		if !slices.Contains(out, n) {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out
}

var (
	htmlSectionPattern = regexp.MustCompile(`(?s)<section id="([a-z-]+)".*?</section>`)
	htmlTag            = regexp.MustCompile(`(?s)<[^>]*>`)
	htmlStyle          = regexp.MustCompile(`(?s)<style>.*?</style>`)
)

// htmlText returns what a reader of page sees: the text between the tags,
// unescaped. Attribute values (SVG coordinates among them) are not text.
func htmlText(page string) string {
	return html.UnescapeString(htmlTag.ReplaceAllString(htmlStyle.ReplaceAllString(page, " "), " "))
}

// numberDrift compares the numbers of the HTML and the text renderings of
// r, section by section, and returns one line per section whose numbers
// differ, and for the title and section links, any number the text does
// not have.
func numberDrift(r Report, textReport, page string) []string {
	var drift []string
	textSections := strings.Split(textReport, "\n== ")
	htmlSections := htmlSectionPattern.FindAllStringSubmatch(page, -1)
	if len(textSections) != len(r.Sections)+1 || len(htmlSections) != len(r.Sections) {
		return []string{"the renderings do not have a part per section"}
	}
	for i, s := range r.Sections {
		if htmlSections[i][1] != s.ID {
			drift = append(drift, "section "+s.ID+" is not where the HTML has it")
			continue
		}
		inText, inHTML := numbers(textSections[i+1]), numbers(htmlText(htmlSections[i][0]))
		if !slices.Equal(inText, inHTML) {
			drift = append(drift, "section "+s.ID+": text has "+strings.Join(inText, " ")+"; HTML has "+strings.Join(inHTML, " "))
		}
	}
	all := numbers(textReport)
	for _, n := range numbers(htmlText(htmlSectionPattern.ReplaceAllString(page, " "))) {
		if !slices.Contains(all, n) {
			drift = append(drift, "outside the sections, the HTML has "+n+", which the text report does not")
		}
	}
	return drift
}

// TestHTMLNumbersEqualText: every number the HTML report shows, in its
// tables, lines, charts and chart tables, is one the text report shows in
// the same section, and every number of the text is in the HTML.
func TestHTMLNumbersEqualText(t *testing.T) {
	for why, r := range testReports(t) {
		t.Run(why, func(t *testing.T) {
			var text, page bytes.Buffer
			require.NoError(t, writeText(&text, r))
			require.NoError(t, writeHTML(&page, r))
			require.Greater(t, len(numbers(text.String())), 50, "the report has figures to compare")
			assert.Empty(t, numberDrift(r, text.String(), page.String()))
		})
	}
}

// TestNumberDriftIsCaught: the comparison above fails when one rendering
// writes a figure the other does not.
func TestNumberDriftIsCaught(t *testing.T) {
	r := testReports(t)["the README's sample, in USD"]
	var text, page bytes.Buffer
	require.NoError(t, writeText(&text, r))
	require.NoError(t, writeHTML(&page, r))
	tests := []struct {
		why        string
		text, html string
		want       string
	}{
		{why: "a spend the HTML rounds differently",
			text: text.String(), html: strings.Replace(page.String(), "11,250.00 USD", "11,250.01 USD", 1), want: "section pricing"},
		{why: "a chart label with a figure of its own",
			text: text.String(), html: strings.Replace(page.String(), "<desc id=\"results-follower-growth-desc\">", "<desc id=\"results-follower-growth-desc\">987654 creators: ", 1), want: "section results"},
		{why: "a figure the text report drops",
			text: strings.Replace(text.String(), "CPC 3.21 USD over 3504 clicks", "CPC over 3504 clicks", 1), html: page.String(), want: "section pricing"},
		{why: "a number in the title the text does not have",
			text: text.String(), html: strings.Replace(page.String(), "<h1>", "<h1>7777 ", 1), want: "outside the sections, the HTML has 7777,"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			require.NotEqual(t, text.String()+page.String(), tt.text+tt.html, "the row changes a rendering")
			drift := numberDrift(r, tt.text, tt.html)
			require.Len(t, drift, 1)
			assert.Contains(t, drift[0], tt.want)
		})
	}
}

// TestHTMLIsSelfContained: the page names no other host. Links go to its
// own sections; nothing is loaded from anywhere (no src, no url(), no
// script, no stylesheet link, no import).
func TestHTMLIsSelfContained(t *testing.T) {
	attr := regexp.MustCompile(`(?i)\b(src|href|xlink:href|action|srcset|poster|data)\s*=\s*"([^"]*)"`)
	for why, r := range testReports(t) {
		t.Run(why, func(t *testing.T) {
			var page bytes.Buffer
			require.NoError(t, writeHTML(&page, r))
			p := page.String()
			hrefs := 0
			for _, m := range attr.FindAllStringSubmatch(p, -1) {
				assert.Equal(t, "href", strings.ToLower(m[1]), "only links: %s", m[0])
				assert.True(t, strings.HasPrefix(m[2], "#"), "a link within the page: %s", m[0])
				hrefs++
			}
			assert.Equal(t, len(r.Sections), hrefs, "one link per section, and the test saw them")
			for _, banned := range []string{"url(", "<script", "<link", "@import", "<iframe", "<img", "<object", "<embed", "//fonts."} {
				assert.NotContains(t, strings.ToLower(p), banned)
			}
			// The SVG namespace is a name, never fetched: the only URL.
			urls := regexp.MustCompile(`https?://[^\s"'<>)&]+`).FindAllString(p, -1)
			for _, u := range urls {
				if u != "http://www.w3.org/2000/svg" {
					assert.Contains(t, htmlText(p), u, "a URL outside text is a request: %s", u)
				}
			}
		})
	}
}

// TestHTMLEscapesCampaignText: text from the campaign file is text, never
// markup, in the page and in its SVG.
func TestHTMLEscapesCampaignText(t *testing.T) {
	c, err := loadSample()
	require.NoError(t, err)
	c.Creators = slices.Clone(c.Creators)
	c.Creators[0].Handle = `<script>alert("x")</script>`
	c.Name = `</title><img src=x onerror=alert(1)>`
	var page bytes.Buffer
	require.NoError(t, writeHTML(&page, buildReport(c)))
	assert.NotContains(t, page.String(), "<script>")
	assert.NotContains(t, page.String(), "<img")
	assert.Contains(t, page.String(), "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;")
}

// TestFormats: each -format writes the report in its form.
func TestFormats(t *testing.T) {
	tests := []struct {
		why    string
		format string
		want   []string
	}{
		{"text: the report the README shows", "text", []string{"== Tiers\ncreator", "== Results (as of 2026-03-01)"}},
		{"markdown: headings and pipe tables", "markdown", []string{"# Campaign: Glow Co spring launch", "\n## Tiers\n", "| creator | platform | followers | standard | five-tier |", "> # Influencer agreement: Glow Co and Tess Chung"}},
		{"json: the report's data", "json", []string{`"id": "tiers"`, `"kind": "table"`, `"charts": [`}},
		{"html: one page", "html", []string{"<!DOCTYPE html>", `<section id="results"`, "<svg"}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var out, errOut bytes.Buffer
			require.Equal(t, 0, runMain([]string{"-format", tt.format}, &out, &errOut), errOut.String())
			for _, w := range tt.want {
				assert.Contains(t, out.String(), w)
			}
		})
	}
}

// TestJSONRoundTrips: the JSON report reads back as the same report, with
// [] for empty lists.
func TestJSONRoundTrips(t *testing.T) {
	for why, r := range testReports(t) {
		t.Run(why, func(t *testing.T) {
			var out bytes.Buffer
			require.NoError(t, writeJSON(&out, r))
			assert.NotContains(t, out.String(), "null")
			dec := json.NewDecoder(&out)
			dec.DisallowUnknownFields()
			var back Report
			require.NoError(t, dec.Decode(&back))
			assert.Equal(t, r, back)
		})
	}
}

// TestHTMLFlag: -html writes the page to a file beside the text on
// standard output.
func TestHTMLFlag(t *testing.T) {
	file := filepath.Join(t.TempDir(), "report.html")
	var out, errOut bytes.Buffer
	require.Equal(t, 0, runMain([]string{"-html", file}, &out, &errOut), errOut.String())
	assert.Contains(t, out.String(), "== Tiers")
	page, err := os.ReadFile(file)
	require.NoError(t, err)
	assert.Contains(t, string(page), `<section id="tiers"`)
}

// Command campaign writes a report on a campaign: a section per
// influencekit package (tiers, engagement, pricing, disclosure, contracts),
// then the campaign's results against its goals.
//
// Usage:
//
//	go run ./examples/campaign [-f campaign.json] [-format text|markdown|json|html] [-html report.html]
//
// Without -f it reports on the embedded sample, campaign.json in this
// directory, whose shape the README documents ("The campaign file"). A
// creator's contract is given inline or by a path relative to the campaign
// file; exchange rates in the file convert an offer into the currency of
// the market ranges (USD) and a fee into the budget's currency.
//
// -format chooses what goes to standard output: plain text (the default),
// Markdown, JSON (the report's data: sections of lines, tables and the
// charts' figures) or a self-contained HTML page with SVG charts that
// loads nothing from elsewhere and prints on A4. -html FILE also writes
// that page to FILE.
//
// A file that cannot be read, or whose JSON is malformed, has unknown
// members or values of the wrong type, is an error naming the file, the
// line and column and the member; the exit status is then 1 (2 for bad
// flags). A section that fails (a contract that does not parse, an offer
// that cannot be converted) shows its error and the report goes on; the
// exit status is then 1 too.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	os.Exit(runMain(os.Args[1:], os.Stdout, os.Stderr))
}

// formats are the report's renderings by -format name.
func formats() map[string]func(io.Writer, Report) error {
	return map[string]func(io.Writer, Report) error{
		"text":     writeText,
		"markdown": writeMarkdown,
		"json":     writeJSON,
		"html":     writeHTML,
	}
}

// runMain parses the flags, writes the report to stdout and returns the
// exit status, with errors on stderr.
func runMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("campaign", flag.ContinueOnError)
	fs.SetOutput(stderr)
	file := fs.String("f", "", "campaign file in JSON (default: the embedded sample)")
	format := fs.String("format", "text", "output on stdout: text, markdown, json or html")
	htmlFile := fs.String("html", "", "also write the HTML report to this file")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "campaign: unexpected arguments; give a campaign file with -f")
		return 2
	}
	render, ok := formats()[*format]
	if !ok {
		fmt.Fprintf(stderr, "campaign: unknown -format %q; want text, markdown, json or html\n", *format)
		return 2
	}
	c, err := loadSample()
	if *file != "" {
		c, err = loadCampaignFile(*file)
	}
	if err != nil {
		fmt.Fprintln(stderr, "campaign:", err)
		return 1
	}
	r := buildReport(c)
	status := 0
	if r.Failed() {
		for _, s := range r.Sections {
			if s.Error != "" {
				fmt.Fprintf(stderr, "campaign: section %s failed: %s\n", s.ID, s.Error)
			}
		}
		status = 1
	}
	if err := render(stdout, r); err != nil {
		fmt.Fprintln(stderr, "campaign:", err)
		return 1
	}
	if *htmlFile != "" {
		if err := writeHTMLFile(*htmlFile, r); err != nil {
			fmt.Fprintln(stderr, "campaign:", err)
			return 1
		}
	}
	return status
}

// writeHTMLFile writes the HTML report to the named file.
func writeHTMLFile(name string, r Report) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := writeHTML(f, r); err != nil {
		f.Close() //nolint:errcheck // the write error is the one to report
		return err
	}
	return f.Close()
}

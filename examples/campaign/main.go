// Command campaign prints a report on a campaign: a section per
// influencekit package (tiers, engagement, pricing, disclosure, contracts),
// then the campaign's results against its goals.
//
// Usage:
//
//	go run ./examples/campaign [-f campaign.json]
//
// Without -f it reports on the embedded sample, campaign.json in this
// directory, whose shape the README documents ("The campaign file"). A
// file that cannot be read, or whose JSON is malformed, has unknown
// members or values of the wrong type, is an error naming the file, the
// line and column and the member; the exit status is then 1 (2 for bad
// flags).
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

// runMain parses the flags, writes the report to stdout and returns the
// exit status, with errors on stderr.
func runMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("campaign", flag.ContinueOnError)
	fs.SetOutput(stderr)
	file := fs.String("f", "", "campaign file in JSON (default: the embedded sample)")
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
	c, err := loadCampaign(sampleCampaign)
	if *file != "" {
		c, err = loadCampaignFile(*file)
	}
	if err == nil {
		err = run(stdout, c)
	}
	if err != nil {
		fmt.Fprintln(stderr, "campaign:", err)
		return 1
	}
	return 0
}

// run writes the whole report on c to w.
func run(w io.Writer, c Campaign) error {
	fmt.Fprintf(w, "Campaign: %s (brand %s, %d creators)\n", c.Name, c.Brand, len(c.Creators))
	return writeSections(w, c,
		tierSection,
		engagementSection,
		pricingSection,
		disclosureSection,
		contractSection,
		resultsSection,
	)
}

// writeSections writes each section in turn, separated by blank lines, and
// stops at the first error.
func writeSections(w io.Writer, c Campaign, sections ...func(io.Writer, Campaign) error) error {
	for _, section := range sections {
		fmt.Fprintln(w)
		if err := section(w, c); err != nil {
			return err
		}
	}
	return nil
}

// Command campaign prints a report on the embedded sample campaign: a
// section per influencekit package (tiers, engagement, pricing, disclosure,
// contracts), then the campaign's results against its goals.
//
// Usage:
//
//	go run ./examples/campaign
package main

import (
	"fmt"
	"io"
	"os"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "campaign:", err)
		os.Exit(1)
	}
}

// run loads the sample campaign and writes the whole report to w.
func run(w io.Writer) error {
	c, err := loadCampaign(sampleCampaign)
	if err != nil {
		return err
	}
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

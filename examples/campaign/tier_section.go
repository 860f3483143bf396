package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/influencekit/influencekit/tier"
)

// tierSection prints each creator's tier on the default Standard scale and
// on the FiveTier scale that market rate tables are quoted in.
func tierSection(w io.Writer, c Campaign) error {
	fmt.Fprintln(w, "== Tiers")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "creator\tplatform\tfollowers\t%s\t%s\n", tier.Standard.Name(), tier.FiveTier.Name())
	for _, cr := range c.Creators {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", cr.Handle, cr.Platform, cr.Followers,
			tier.Standard.Of(cr.Followers), tier.FiveTier.Of(cr.Followers))
	}
	return tw.Flush()
}

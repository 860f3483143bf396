package main

import (
	"strconv"

	"github.com/influencekit/influencekit/tier"
)

// tierSection lists each creator's tier on the default Standard scale and
// on the FiveTier scale that market rate tables are quoted in.
func tierSection(w sectionWriter, c Campaign) error {
	w.heading("Tiers")
	t := w.table(0, "creator", "platform", "followers", tier.Standard.Name(), tier.FiveTier.Name())
	for _, cr := range c.Creators {
		w.row(t, cr.Handle, cr.Platform.String(), strconv.FormatInt(cr.Followers, 10),
			tier.Standard.Of(cr.Followers).String(), tier.FiveTier.Of(cr.Followers).String())
	}
	return nil
}

package disclosure_test

import (
	"fmt"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// Statements are read as clauses, in any word order the packs' lexicons
// know: the FTC's own example of an adequate disclosure is a clear gift
// label, in German as in English, and the same words said of someone
// else, or asked, disclose nothing.
func ExampleCheck_statementClauses() {
	for _, p := range []disclosure.Post{
		{Caption: "Company X sent me this product to try, and I think it's great"},
		{Caption: "@glowco hat mir das Serum geschenkt, ich liebe es", Jurisdiction: disclosure.DE},
		{Caption: "My sister was paid by @glowco to model for them"},
		{Caption: "Did Company X send me this product to try?"},
	} {
		p.Platform = influencekit.Instagram
		r := disclosure.Check(p)
		if len(r.Disclosures) == 0 {
			fmt.Printf("%s: no label\n", p.Jurisdiction)
			continue
		}
		l := r.Disclosures[0]
		fmt.Printf("%s: %q %s %s\n", p.Jurisdiction, l.Text, l.Clarity, l.Connection)
	}
	// Output:
	// US: "sent me this product to try" clear gift
	// DE: "hat mir das Serum geschenkt" clear gift
	// US: no label
	// US: no label
}

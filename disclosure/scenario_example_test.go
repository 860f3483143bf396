package disclosure_test

import (
	"fmt"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// applyEdits returns text with the edits of one Fix applied. Edits never
// overlap, so applying them from the last to the first keeps every offset
// valid.
func applyEdits(text string, edits []disclosure.Edit) string {
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		text = text[:e.Start] + e.Text + text[e.End:]
	}
	return text
}

// Example_lintToFix takes a caption from lint to fix: read each finding
// with its byte span, apply the first fix of the one that matters by hand,
// check again, and let Autofix do the rest.
func Example_lintToFix() {
	post := disclosure.Post{
		Caption:  "Sunset shots with my new @glowco setting spray 🌅 zero shine all night #makeup #glow #spon",
		Platform: influencekit.Instagram,
		Brand:    "Glow Co",
	}
	r := disclosure.Check(post)
	for _, f := range r.Findings {
		fmt.Printf("%s %s %q\n", f.Severity, f.Rule, post.Caption[f.Start:f.End])
	}

	// Apply the vague-disclosure finding's first fix by hand.
	for _, f := range r.Findings {
		if f.Rule == "vague-disclosure" && len(f.Fixes) > 0 {
			fmt.Println("fix:", f.Fixes[0].Message)
			post.Caption = applyEdits(post.Caption, f.Fixes[0].Edits)
		}
	}
	r = disclosure.Check(post)
	for _, f := range r.Findings {
		fmt.Printf("then: %s %s\n", f.Severity, f.Rule)
	}

	// Autofix applies the first fix of every fixable finding until none is left.
	post.Caption = disclosure.Autofix(post)
	fmt.Println(post.Caption)
	fmt.Println("compliant:", disclosure.Check(post).Compliant())
	// Output:
	// error vague-disclosure "#spon"
	// fix: Replace "#spon" with "#sponsored"
	// then: error buried-disclosure
	// then: error not-upfront
	// #sponsored Sunset shots with my new @glowco setting spray 🌅 zero shine all night #makeup #glow
	// compliant: true
}

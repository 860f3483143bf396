package disclosure_test

import (
	"fmt"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

func ExampleCheck() {
	r := disclosure.Check(disclosure.Post{
		Caption:  "Loving this serum from @glowco ✨ #skincare #glow #ad",
		Platform: influencekit.Instagram,
		Brand:    "Glow Co",
	})
	fmt.Println("compliant:", r.Compliant())
	for _, f := range r.Findings {
		fmt.Printf("%d:%d %s %s: %s\n", f.Start, f.End, f.Severity, f.Rule, f.Fixes[0].Message)
	}
	// Output:
	// compliant: false
	// 51:54 error buried-disclosure: Move "#ad" to the start
	// 51:54 error not-upfront: Move "#ad" to the start
}

func ExampleCheck_brand() {
	for _, caption := range []string{
		"Paid partnership with Glow Co. Morning routine",
		"#glowcoambassador morning routine",
		"thanks @glowco! morning routine",
		"Thanks to Glow Co for the free product! Morning routine",
	} {
		r := disclosure.Check(disclosure.Post{Caption: caption, Brand: "Glow Co"})
		l := r.Disclosures[0]
		fmt.Printf("%q: %s %s, compliant %t\n", l.Text, l.Clarity, l.Connection, r.Compliant())
	}
	// Output:
	// "Paid partnership with Glow Co": clear paid, compliant true
	// "#glowcoambassador": clear paid, compliant true
	// "thanks @glowco": vague unknown, compliant false
	// "Thanks to Glow Co for the free product": clear gift, compliant true
}

func ExampleCheck_stylized() {
	p := disclosure.Post{Caption: "#𝐚𝐝 new drop"}
	r := disclosure.Check(p)
	l := r.Disclosures[0]
	fmt.Printf("label %q at bytes [%d, %d), %s\n", l.Text, l.Start, l.End, l.Clarity)
	fmt.Println(r.Findings[0].Rule, r.Compliant())
	// Output:
	// label "#𝐚𝐝" at bytes [0, 9), clear
	// obfuscated-disclosure true
}

func ExampleAutofix() {
	for _, caption := range []string{
		"Sunday brunch 🥂",
		"new kicks #spon",
		"Love it!#skincare#ad#glow",
	} {
		fmt.Println(disclosure.Autofix(disclosure.Post{Caption: caption}))
	}
	// Output:
	// #ad Sunday brunch 🥂
	// #sponsored new kicks
	// #ad Love it!#skincare#glow
}

func ExampleNewChecker() {
	// This team's policy only needs the label above the fold.
	c, err := disclosure.NewChecker(disclosure.Options{
		Severity: map[disclosure.Rule]influencekit.Severity{disclosure.RuleNotUpfront: influencekit.SeverityInfo},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	r := c.Check(disclosure.Post{Caption: "Loving this serum #ad", Platform: influencekit.Instagram})
	fmt.Println(r.Findings[0].Severity, r.Findings[0].Rule, r.Compliant())
	// Output:
	// info not-upfront true
}

func ExampleJurisdiction() {
	// The same caption under three jurisdictions' rules.
	caption := "#ad My new favourite serum"
	for _, j := range []disclosure.Jurisdiction{disclosure.US, disclosure.DE, disclosure.FR} {
		r := disclosure.Check(disclosure.Post{Caption: caption, Jurisdiction: j})
		fmt.Printf("%s: %s, compliant %t\n", j, r.Disclosures[0].Clarity, r.Compliant())
		for _, f := range r.Findings {
			fmt.Printf("  %s %s: %s\n", f.Severity, f.Rule, f.Fixes[0].Message)
		}
	}
	// Output:
	// US: clear, compliant true
	// DE: ambiguous, compliant true
	//   warning ambiguous-disclosure: Replace "#ad" with "#werbung"
	// FR: clear, compliant true
	//   warning language-mismatch: Replace "#ad" with "#publicité"
}

package disclosure_test

import (
	"fmt"

	"github.com/influencekit/influencekit/disclosure"
)

// A team checks posts for a market the library has no pack for: it writes
// the market's pack, reads it with ParsePack and gives it to a Checker,
// which names the market's Jurisdiction.
func ExampleParsePack() {
	pack, err := disclosure.ParsePack("xr.pack", []byte(`# Ruritania
jurisdiction XR
authority "Ruritanian Advertising Board"
source ftc-faqs
language eo
suggest "Reklamo"
editing-label "#retusita"

label "#reklamo" clear paid lang=eo
label "reklamo" clear paid lang=eo line-start
label "#dankon" vague fix="#reklamo"
editing "#retusita"
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := disclosure.NewChecker(disclosure.Options{Packs: []*disclosure.Pack{pack}})
	if err != nil {
		fmt.Println(err)
		return
	}
	xr, _ := c.Jurisdiction("XR")
	for _, caption := range []string{"#reklamo Mia nova serumo", "#dankon @glowco"} {
		r := c.Check(disclosure.Post{Caption: caption, Jurisdiction: xr})
		fmt.Println(r.Compliant(), r.Findings)
	}
	fmt.Println(c.Autofix(disclosure.Post{Caption: "Mia nova serumo", Jurisdiction: xr}))

	_, err = disclosure.ParsePack("xr.pack", []byte("jurisdiction XR\nauthority Ruritania\n"))
	fmt.Println(err)
	// Output:
	// true []
	// false [0-7 error vague-disclosure: "#dankon" is a vague label under Ruritanian Advertising Board guidance: replace it with "#reklamo"]
	// Reklamo Mia nova serumo
	// disclosure: invalid pack: xr.pack:2:11: expected a non-empty quoted string
}

// LookupPack returns a built-in jurisdiction's pack: the label the
// package suggests there and its gift policy, for other packages to read.
func ExampleLookupPack() {
	for _, j := range disclosure.Jurisdictions() {
		p, _ := disclosure.LookupPack(j)
		fmt.Printf("%s %s %q gift-without-control=%t\n", p.Code(), p.Source(), p.SuggestedLabel(), p.GiftWithoutControl())
	}
	// Output:
	// US ftc-101 "#ad" gift-without-control=false
	// UK asa-influencers-guide "#ad" gift-without-control=true
	// DE de-leitfaden "Werbung" gift-without-control=false
	// FR fr-loi-2023-451 "Publicité" gift-without-control=false
	// ES es-autocontrol-code "Publicidad" gift-without-control=false
	// IT it-iap-digital-chart "Pubblicità" gift-without-control=false
	// NL nl-reclamecode-sm "#ad" gift-without-control=false
	// IE asai-ccpc-guidance "#ad" gift-without-control=false
}

package disclosure_test

import (
	"fmt"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// Seed 000 asks of a creator: "How often do they post sponsored content?"
func ExampleSponsoredMix() {
	posts := []disclosure.Post{
		{Caption: "#ad Paid partnership with Glow Co ✨ Sparkly liner for hooded eyes"},
		{Caption: "Sunday brunch with the girls 🥂"},
		{Caption: "My fave serum from @glowco, code TESS15 for 15% off"},
		{Caption: "Golden hour at the beach"},
	}
	for i := range posts {
		posts[i].Brand, posts[i].Platform = "Glow Co", influencekit.Instagram
	}
	m, err := disclosure.SponsoredMix(posts)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("labelled %.0f%%, looks sponsored %.0f%%, sponsored in all %.0f%%\n",
		m.LabelledShare()*100, m.LooksSponsoredShare()*100, m.SponsoredShare()*100)
	for i, p := range m.Posts {
		fmt.Printf("post %d: %s", i, p.Sponsorship)
		for _, l := range p.Labels {
			fmt.Printf(" label %q (%s)", l.Text, l.Clarity)
		}
		for _, e := range p.Mentions {
			fmt.Printf(" mention %s", e.Text)
		}
		for _, e := range p.Codes {
			fmt.Printf(" code %s", e.Text)
		}
		fmt.Println()
	}
	// Output:
	// labelled 25%, looks sponsored 25%, sponsored in all 50%
	// post 0: labelled label "#ad" (clear) label "Paid partnership with Glow Co" (clear)
	// post 1: organic
	// post 2: looks-sponsored mention @glowco code TESS15
	// post 3: organic
}

// ReadAd says why a caption without a label reads as an ad: each signal
// with its weight, and the score against AdThreshold.
func ExampleReadAd() {
	for _, caption := range []string{
		"DRESS: @glowco, shop the look via link in bio",
		"Happy birthday to my best friend @janedoe 🎂",
	} {
		r := disclosure.ReadAd(disclosure.Post{Caption: caption, Platform: influencekit.Instagram})
		fmt.Printf("ad %t, score %d (threshold %d)\n", r.Ad, r.Score, disclosure.AdThreshold)
		for _, s := range r.Signals {
			fmt.Printf("  %s %+d %q\n", s.Signal, s.Weight, s.Text)
		}
	}
	// Output:
	// ad true, score 5 (threshold 3)
	//   product-credit +2 "DRESS: @glowco"
	//   brand-in-context +1 "@glowco"
	//   shop-cue +2 "shop the look"
	//   shop-cue +1 "link in bio"
	// ad false, score -2 (threshold 3)
	//   personal -2 "Happy birthday"
	//   personal -2 "my best friend"
}

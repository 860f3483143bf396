package influencekit_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/tier"
)

func ExampleParsePlatform() {
	for _, name := range []string{"Instagram", "twitter", "myspace"} {
		p, err := influencekit.ParsePlatform(name)
		if errors.Is(err, influencekit.ErrUnknownPlatform) {
			fmt.Printf("%s: %v\n", name, err)
			continue
		}
		fmt.Printf("%s: %s\n", name, p)
	}
	// Output:
	// Instagram: instagram
	// twitter: x
	// myspace: influencekit: unknown platform "myspace"
}

func ExamplePlatform_UnmarshalText() {
	var deliverable struct {
		Platform influencekit.Platform `json:"platform"`
		Format   influencekit.Format   `json:"format"`
	}
	if err := json.Unmarshal([]byte(`{"platform":"TikTok","format":"Short"}`), &deliverable); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(deliverable.Platform, deliverable.Format)
	// Output: tiktok short
}

func ExampleSeverity() {
	var s influencekit.Severity // the zero value is SeverityInfo
	fmt.Println(s, s < influencekit.SeverityError)
	// Output: info true
}

// Example is the quick start from the package documentation.
func Example() {
	creator := struct {
		Platform  influencekit.Platform
		Followers int64
	}{influencekit.Instagram, 42_000}
	fmt.Println(creator.Platform, tier.Of(creator.Followers), tier.FiveTier.Of(creator.Followers))

	r, err := engagement.ERR(engagement.Interactions{Likes: 554, Comments: 40, Saves: 31}, 3650)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r, engagement.GradeERR(r))
	// Output:
	// instagram micro micro
	// 17.12% exceptional
}

// Standing is the one below/within/above answer: an engagement rate against
// its band, a price against the market.
func ExampleParseStanding() {
	ctr, _ := engagement.CTR(15, 1000)
	s := engagement.CTRStanding(engagement.Beauty, ctr)
	fmt.Println(s, s == influencekit.Within)

	_, err := influencekit.ParseStanding("middling")
	fmt.Println(errors.Is(err, influencekit.ErrUnknownStanding))
	// Output:
	// within true
	// true
}

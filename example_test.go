package influencekit_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/pricing"
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

// Example_sources shows that benchmark tables and market ranges carry
// their source at run time: a table is named by its source's key in
// SOURCES.md.
func Example_sources() {
	fmt.Println(engagement.HypeAuditor2018Benchmarks.Name())
	fmt.Println(engagement.HypeAuditor2018Benchmarks.Source())
	r, ok := pricing.MarketRangeFor(influencekit.Instagram, 42_000)
	fmt.Println(ok, r.Source)
	// Output:
	// hypeauditor-2018
	// HypeAuditor (2018), average Instagram engagement rate by follower count
	// true Influencer Marketing Hub, influencer rates (2024)
}

// Example_json shows the one JSON form of results: a scale reads back as
// itself, money keeps its exact amount, enums travel as their names and a
// rate as a fraction.
func Example_json() {
	rate, err := engagement.CTR(24, 1000)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, v := range []any{tier.FiveTier, pricing.MustNew("1250.50", "USD"), influencekit.Instagram, influencekit.Within, rate} {
		data, err := json.Marshal(v)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(string(data))
	}

	var s tier.Scale
	if err := json.Unmarshal([]byte(`{"name":"five-tier"}`), &s); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Name(), s.Of(60_000))
	// Output:
	// {"name":"five-tier","floors":{"nano":1000,"micro":10000,"mid":50000,"macro":500000,"mega":1000000}}
	// {"amount":"1250.50","currency":"USD"}
	// "instagram"
	// "within"
	// 0.024
	// five-tier mid
}

package tier_test

import (
	"encoding/json"
	"fmt"

	"github.com/influencekit/influencekit/tier"
)

func ExampleOf() {
	for _, followers := range []int64{999, 1_000, 9_999, 10_000, 250_000} {
		fmt.Println(followers, tier.Of(followers))
	}
	// Output:
	// 999 unranked
	// 1000 nano
	// 9999 nano
	// 10000 micro
	// 250000 macro
}

func ExampleNewScale() {
	// An agency that calls 5,000-25,000 followers "micro" and has no mega tier.
	agency, err := tier.NewScale("agency", 500, 5_000, 25_000, 250_000, 250_000)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(agency.Of(4_999), agency.Of(5_000), agency.Of(1_000_000))

	_, err = tier.NewScale("typo", 1_000, 10_000, 5_000, 500_000, 1_000_000)
	fmt.Println(err)
	// Output:
	// nano micro mega
	// tier: invalid scale "typo": mid floor 5000 is below the micro floor 10000
}

func ExampleScale_Range() {
	min, max, ok := tier.FiveTier.Range(tier.Micro)
	fmt.Println(min, max, ok)
	_, _, ok = tier.Standard.Range(tier.Mid)
	fmt.Println("Standard has a mid tier:", ok)
	// Output:
	// 10000 50000 true
	// Standard has a mid tier: false
}

func ExampleScale_Of() {
	// The sources disagree on what "micro" means; each definition is a scale.
	for _, s := range []tier.Scale{tier.Standard, tier.MicroUpTo10K, tier.MicroUpTo100K} {
		fmt.Printf("%s: %s\n", s, s.Of(42_000))
	}
	// Output:
	// standard: micro
	// micro-up-to-10k: mid
	// micro-up-to-100k: micro
}

// A Scale travels as JSON with its name and floors, and comes back as
// itself: FiveTier as FiveTier, a custom scale as the custom scale.
func ExampleScale_MarshalJSON() {
	b, _ := json.Marshal(tier.FiveTier)
	fmt.Println(string(b))

	var back tier.Scale
	_ = json.Unmarshal(b, &back)
	fmt.Println(back == tier.FiveTier, back.Of(60_000))

	// A shipped scale may be named without its floors.
	_ = json.Unmarshal([]byte(`{"name":"hypeauditor-legacy"}`), &back)
	fmt.Println(back.Name(), back.Of(6_000))
	// Output:
	// {"name":"five-tier","floors":{"nano":1000,"micro":10000,"mid":50000,"macro":500000,"mega":1000000}}
	// true mid
	// hypeauditor-legacy micro
}

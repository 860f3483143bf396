package tier_test

import (
	"fmt"

	"github.com/influencekit/influencekit/tier"
)

// Example_roster sorts a campaign's roster the way a planner would: on the
// house scale for reporting, and on FiveTier to look up market rates, which
// are quoted in its tiers. A team with its own cut-offs builds a Scale once
// and uses it everywhere.
func Example_roster() {
	roster := []struct {
		handle    string
		followers int64
	}{
		{"@tess.hoodedeyes", 4_000},
		{"@parktruth", 42_000},
		{"@erin.shoots", 180_000},
		{"@newcomer", 650},
	}
	house, err := tier.NewScale("house", 1_000, 25_000, 75_000, 250_000, 1_000_000)
	if err != nil {
		fmt.Println(err)
		return
	}
	perTier := map[tier.Tier]int{}
	for _, c := range roster {
		t := house.Of(c.followers)
		perTier[t]++
		fmt.Printf("%-17s %-8s %s\n", c.handle, t, tier.FiveTier.Of(c.followers))
	}
	lo, hi, _ := house.Range(tier.Micro)
	fmt.Printf("house micro is %d to %d followers; roster has %d micro, %d unranked\n", lo, hi, perTier[tier.Micro], perTier[tier.Unranked])
	// Output:
	// @tess.hoodedeyes  nano     nano
	// @parktruth        micro    micro
	// @erin.shoots      mid      mid
	// @newcomer         unranked unranked
	// house micro is 25000 to 75000 followers; roster has 1 micro, 1 unranked
}

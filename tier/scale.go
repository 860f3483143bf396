package tier

import (
	"errors"
	"fmt"
	"math"
)

// Scale is a named set of tier floors. A Scale is immutable and safe for
// concurrent use. The zero Scale behaves as [Standard].
type Scale struct {
	name   string
	floors [5]int64 // nano, micro, mid, macro, mega: the least followers of each tier
	set    bool     // false for the zero Scale, which stands for Standard
}

// ErrInvalidScale is wrapped by [NewScale]'s errors.
var ErrInvalidScale = errors.New("tier: invalid scale")

// standardFloors are the iconosquare-tiers and mighty-micro pyramid: nano
// 1,000-10,000, micro 10,000-100,000, macro 100,000-1M, mega 1M+ (no mid
// tier).
var standardFloors = [5]int64{1_000, 10_000, 100_000, 100_000, 1_000_000}

// The shipped scales as this package built them. The exported variables
// below are copies for callers; nothing in the package reads those, so a
// program that assigns to one changes only its own copy.
var (
	standardScale     = Scale{name: "standard", floors: standardFloors, set: true}
	fiveTierScale     = mustScale("five-tier", 1_000, 10_000, 50_000, 500_000, 1_000_000)
	microUpTo10KScale = mustScale("micro-up-to-10k", 1_000, 1_000, 10_000, 100_000, 1_000_000)
	microUpTo100K     = mustScale("micro-up-to-100k", 1_000, 1_000, 100_000, 100_000, 1_000_000)
	hypeAuditorScale  = mustScale("hypeauditor-legacy", 1_000, 5_000, 20_000, 100_000, 1_000_000)
)

// The named scales. Each cites where its floors come from (keys of the
// repository's SOURCES.md). They are variables only because the API fixes
// them so: [Of], [Scales] and [LookupScale] never read them.
var (
	// Standard is the default scale: nano 1K-10K, micro 10K-100K, macro
	// 100K-1M, mega 1M+, and no mid tier. Source: iconosquare-tiers
	// (Iconosquare, influencer tiers by follower count), and the influencer
	// pyramid of mighty-micro ("The mighty micro-influencer", a small-business
	// guide, 2024).
	Standard = standardScale

	// FiveTier is the scale rate tables are quoted in: nano 1K-10K, micro
	// 10K-50K, mid 50K-500K, macro 500K-1M, mega 1M+. Source: imh-rates
	// (Influencer Marketing Hub, "Influencer Rates", 2024) and Hootsuite's
	// rate tables.
	FiveTier = fiveTierScale

	// MicroUpTo10K follows melissa-2017 (Melissa, "Micro-Influencers: What
	// They Are...", 2017), stryde-greg (Greg of Stryde, "What Are
	// Micro-Influencers and Why Should You Work With Them?") and micro-how-to
	// ("What is Micro-Influencer Marketing? How to Work With Them"), where a
	// micro-influencer has 1,000-10,000 followers (and micro-how-to quotes
	// 10K-100K and 1M-10M as the next bands). Nano is empty, mid is
	// 10K-100K, macro 100K-1M, mega 1M+.
	MicroUpTo10K = microUpTo10KScale

	// MicroUpTo100K follows merrick-2025 (Matt Merrick, "What is a Micro
	// Influencer?", 2025), where a micro-influencer has 1,000-100,000
	// followers. Nano and mid are empty, macro is 100K-1M, mega 1M+.
	MicroUpTo100K = microUpTo100K

	// HypeAuditorLegacy is HypeAuditor's older scale (the one its 2018
	// engagement study uses): nano 1K-5K, micro 5K-20K, mid 20K-100K, macro
	// 100K-1M, mega 1M+. Source: hypeauditor-2018 (HypeAuditor, "Instagram
	// engagement rate by follower count", 2018).
	HypeAuditorLegacy = hypeAuditorScale
)

// Scales returns the named scales this package ships, [Standard] first, as
// the package built them (assigning to the exported variables does not
// change them).
func Scales() []Scale {
	return []Scale{standardScale, fiveTierScale, microUpTo10KScale, microUpTo100K, hypeAuditorScale}
}

// LookupScale returns the shipped scale with the given name ("standard",
// "five-tier", "micro-up-to-10k", "micro-up-to-100k", "hypeauditor-legacy"),
// compared exactly; ok is false for any other name.
func LookupScale(name string) (Scale, bool) {
	for _, s := range Scales() {
		if s.name == name {
			return s, true
		}
	}
	return Scale{}, false
}

func mustScale(name string, nano, micro, mid, macro, mega int64) Scale {
	s, err := NewScale(name, nano, micro, mid, macro, mega)
	if err != nil {
		panic(err)
	}
	return s
}

// NewScale returns a scale whose tiers start at the given follower counts:
// Nano covers [nano, micro), Micro [micro, mid), and so on, and Mega
// everything from mega up. Equal floors leave the lower tier empty. Floors
// must be non-negative and must not decrease; otherwise the error wraps
// [ErrInvalidScale] and names the offending floor.
func NewScale(name string, nano, micro, mid, macro, mega int64) (Scale, error) {
	floors := [5]int64{nano, micro, mid, macro, mega}
	for i, f := range floors {
		t := Tier(i + 1)
		if f < 0 {
			return Scale{}, fmt.Errorf("%w %q: %s floor %d is negative", ErrInvalidScale, name, t, f)
		}
		if i > 0 && f < floors[i-1] {
			return Scale{}, fmt.Errorf("%w %q: %s floor %d is below the %s floor %d",
				ErrInvalidScale, name, t, f, Tier(i), floors[i-1])
		}
	}
	return Scale{name: name, floors: floors, set: true}, nil
}

// Name returns the name the scale was built with ("standard" for the zero
// Scale).
func (s Scale) Name() string {
	if !s.set {
		return standardScale.name
	}
	return s.name
}

// String returns the scale's name.
func (s Scale) String() string { return s.Name() }

func (s Scale) floorsOrStandard() *[5]int64 {
	if !s.set {
		return &standardFloors
	}
	return &s.floors
}

// Of returns the tier of a follower count: the highest tier whose floor the
// count reaches. Counts below the nano floor, negative ones included, are
// Unranked. Of does not allocate.
func (s Scale) Of(followers int64) Tier {
	floors := s.floorsOrStandard()
	t := Unranked
	for i, f := range floors {
		if followers < f {
			break
		}
		t = Tier(i + 1)
	}
	return t
}

// Range returns the follower counts of tier t as the half-open interval
// [min, max). Unranked starts at 0 (negative counts are Unranked too).
// Mega's max is [math.MaxInt64], which, as the one exception, is itself Mega;
// so Mega is never empty, even with a mega floor of [math.MaxInt64]. ok is
// false for an empty tier (equal floors) or a value outside the declared
// tiers.
func (s Scale) Range(t Tier) (min, max int64, ok bool) {
	floors := s.floorsOrStandard()
	switch {
	case t == Unranked:
		min, max = 0, floors[0]
	case t <= Macro:
		min, max = floors[t-1], floors[t]
	case t == Mega:
		// Never empty: even a mega floor of math.MaxInt64 holds that count,
		// as Of says.
		return floors[4], math.MaxInt64, true
	default:
		return 0, 0, false
	}
	if min >= max {
		return 0, 0, false
	}
	return min, max, true
}

// Floors returns the least follower count of Nano, Micro, Mid, Macro and
// Mega, in that order.
func (s Scale) Floors() [5]int64 { return *s.floorsOrStandard() }

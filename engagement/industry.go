package engagement

import (
	"errors"

	"github.com/influencekit/influencekit"
)

// Industry is a brand's market, used to pick a click-through benchmark. The
// zero value is [UnknownIndustry].
//
// Its text form is "unknown", "beauty", "fashion", "food-beverage" or
// "tech"; parsing ignores case and also accepts "food", "food & beverage",
// "food-and-beverage" and "technology".
//
//enumgen:names unknown, beauty, fashion, food-beverage, tech
//enumgen:aliases food = food-beverage, food & beverage = food-beverage, food-and-beverage = food-beverage, technology = tech
type Industry uint8

// The industries with a published [CTR] band. Their order is stable: new
// industries are only ever appended.
const (
	UnknownIndustry Industry = iota // not set or not recognised
	Beauty
	Fashion
	FoodBeverage // food and beverage
	Tech
)

// ErrUnknownIndustry is wrapped by errors for text or values that name no
// industry.
var ErrUnknownIndustry = errors.New("engagement: unknown industry")

// CTRBenchmark returns the industry's average click-through band from
// mighty-micro ("The mighty micro-influencer", a small-business guide, 2024),
// as fractions: Beauty 1.5-2.5%, Fashion 1-2%, [FoodBeverage]
// 2-3%, Tech 1.8-2.8%. ok is false for [UnknownIndustry] and undeclared
// values.
func CTRBenchmark(i Industry) (band Range, ok bool) {
	if int(i) >= len(ctrBands) || i == UnknownIndustry {
		return Range{}, false
	}
	return ctrBands[i], true
}

// CTRStanding says whether ctr, a fraction, is [influencekit.Below],
// [influencekit.Within] (bounds inclusive) or [influencekit.Above] the
// industry's [CTRBenchmark] band. It returns [influencekit.UnknownStanding]
// when the industry has no band or ctr is NaN. As with [GradeERR], the
// bounds are exact for a [CTR] computed from up to 10^14 impressions: 15
// clicks on 1,000 impressions is Within Beauty's 1.5%. It does not
// allocate.
func CTRStanding(i Industry, ctr Rate) influencekit.Standing {
	band, ok := CTRBenchmark(i)
	if !ok {
		return influencekit.UnknownStanding
	}
	return band.Stand(ctr)
}

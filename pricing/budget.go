package pricing

import (
	"fmt"
	"math"

	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit"
)

// Affordable is how many creators of one tier a budget pays for at market
// rates, one piece of content ([MarketRange].Per) each.
//
// Its JSON form is {"range":{...},"at_most":250,"at_least":50}, the range
// as [MarketRange] writes it; it round-trips.
type Affordable struct {
	Range MarketRange `json:"range"`
	// AtMost is how many creators the budget pays at the low end of the
	// range: floor(budget / Range.Low).
	AtMost int64 `json:"at_most"`
	// AtLeast is how many it pays at the high end: floor(budget /
	// Range.High). An open range has no high end, so AtLeast is 0: the
	// budget may not pay even one.
	AtLeast int64 `json:"at_least"`
}

// PlanBudget returns, for each tier the market rate table prices on
// platform (smallest tier first), how many creators budget pays for: the
// comparison of "100 micro-influencers" with "a single celebrity" that
// micro-how-to ("What is Micro-Influencer Marketing? How to Work With
// Them") makes, in numbers. Counts are whole creators, rounded down, and capped at
// math.MaxInt64.
//
// budget must be in USD, the table's currency ([ErrCurrencyMismatch];
// [ErrNoCurrency] for the zero [Money]), and not negative ([ErrInvalidAmount]). A
// platform the table does not price is an error wrapping [ErrNoMarketRange].
//
// To split a budget across chosen creators without losing a cent, use
// [Money.Allocate] with their weights (follower counts, or market prices in
// cents).
func PlanBudget(budget Money, platform influencekit.Platform) ([]Affordable, error) {
	if budget.unit == noCurrency {
		return nil, fmt.Errorf("%w: planning a budget of %s", ErrNoCurrency, budget)
	}
	if budget.unit != usd {
		return nil, fmt.Errorf("%w: budget %s, market rates are in USD", ErrCurrencyMismatch, budget)
	}
	if budget.IsNegative() {
		return nil, fmt.Errorf("%w: negative budget %s", ErrInvalidAmount, budget)
	}
	var plan []Affordable
	for _, row := range marketTable {
		if row.platform != platform {
			continue
		}
		r := row.marketRange()
		a := Affordable{Range: r, AtMost: creatorsFor(budget, r.Low)}
		if r.Bounded() {
			a.AtLeast = creatorsFor(budget, r.High)
		}
		plan = append(plan, a)
	}
	if plan == nil {
		return nil, fmt.Errorf("%w for %s", ErrNoMarketRange, platform)
	}
	return plan, nil
}

// creatorsFor returns floor(budget / price), capped at MaxInt64. price is
// positive and in budget's currency.
func creatorsFor(budget, price Money) int64 {
	q, _ := budget.amount.QuoRem(price.amount, 0)
	if q.Cmp(decimal.NewFromInt(math.MaxInt64)) > 0 {
		return math.MaxInt64
	}
	return q.IntPart()
}

package pricing

import (
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// RatioPlaces is the number of decimal places [ROI] and [ROAS] round their
// fractions to, halves away from zero: 0.123457 is 12.3457%.
const RatioPlaces = 6

// CPM returns the cost per thousand impressions, cost / impressions × 1000,
// rounded once to the currency's minor unit, halves away from zero. The
// Hers campaign of mighty-micro ("The mighty micro-influencer", a
// small-business guide): 17,515.87 USD over 3,414,400 impressions is a 5.13
// USD CPM.
//
// impressions must be positive (error wrapping [ErrNonPositiveBase]); the zero
// [Money] is an error wrapping [ErrNoCurrency]. A negative cost (a refund) gives
// a negative CPM.
func CPM(cost Money, impressions int64) (Money, error) {
	return costPer("CPM", "impressions", cost, impressions, 1000)
}

// CPE returns the cost per engagement, cost / engagements, rounded to the
// currency's minor unit, halves away from zero. What counts as an engagement
// (likes, comments, saves, shares) is the caller's choice; package
// engagement documents the usual sums. engagements must be positive (error
// wrapping [ErrNonPositiveBase]); the zero [Money] is an error wrapping
// [ErrNoCurrency].
func CPE(cost Money, engagements int64) (Money, error) {
	return costPer("CPE", "engagements", cost, engagements, 1)
}

// CPC returns the cost per click, cost / clicks, rounded to the currency's
// minor unit, halves away from zero, with [CPE]'s errors.
func CPC(cost Money, clicks int64) (Money, error) {
	return costPer("CPC", "clicks", cost, clicks, 1)
}

// CPA returns the cost per acquisition (a conversion: a sale, a sign-up),
// cost / conversions, rounded to the currency's minor unit, halves away from
// zero, with [CPE]'s errors.
func CPA(cost Money, conversions int64) (Money, error) {
	return costPer("CPA", "conversions", cost, conversions, 1)
}

// costPer returns cost × per / count rounded once to the minor unit.
func costPer(metric, noun string, cost Money, count, per int64) (Money, error) {
	if cost.unit == noCurrency {
		return Money{}, fmt.Errorf("%w: %s of %s", ErrNoCurrency, metric, cost)
	}
	if count <= 0 {
		return Money{}, fmt.Errorf("%w: %s of %s over %d %s", ErrNonPositiveBase, metric, cost, count, noun)
	}
	num := cost.amount.Mul(decimal.NewFromInt(per))
	return Money{amount: divRoundToIncrement(num, decimal.NewFromInt(count), cost.unit), unit: cost.unit}, nil
}

// divRoundToIncrement returns num / den rounded once, halves away from zero,
// to unit's standard rounding. den must not be zero.
func divRoundToIncrement(num, den decimal.Decimal, unit currency.Unit) decimal.Decimal {
	scale, increment := standardRounding.Rounding(unit)
	if increment <= 1 {
		return num.DivRound(den, int32(scale))
	}
	step := decimal.New(int64(increment), -int32(scale))
	return num.DivRound(den.Mul(step), 0).Mul(step)
}

// ROI returns the return on investment, (revenue − cost) / cost, as a
// fraction rounded to [RatioPlaces] places, halves away from zero: 0.25 is a
// 25% return, -1 is everything lost. Compare [ROAS], which vendors often
// confuse with it.
//
// cost must be positive (error wrapping [ErrNonPositiveBase]); the two amounts
// must share a currency ([ErrCurrencyMismatch], or [ErrNoCurrency] for the zero
// [Money]).
func ROI(revenue, cost Money) (decimal.Decimal, error) {
	if err := checkRatio("ROI", revenue, cost); err != nil {
		return decimal.Decimal{}, err
	}
	return revenue.amount.Sub(cost.amount).DivRound(cost.amount, RatioPlaces), nil
}

// ROAS returns the return on ad spend, revenue / cost, as a fraction
// rounded to [RatioPlaces] places, halves away from zero: 3 means every unit
// spent brought three back (an [ROI] of 2). It has ROI's errors.
func ROAS(revenue, cost Money) (decimal.Decimal, error) {
	if err := checkRatio("ROAS", revenue, cost); err != nil {
		return decimal.Decimal{}, err
	}
	return revenue.amount.DivRound(cost.amount, RatioPlaces), nil
}

func checkRatio(metric string, revenue, cost Money) error {
	if err := revenue.sameCurrency(metric, cost); err != nil {
		return err
	}
	if cost.Sign() <= 0 {
		return fmt.Errorf("%w: %s with a cost of %s", ErrNonPositiveBase, metric, cost)
	}
	return nil
}

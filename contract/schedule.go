package contract

import (
	"errors"
	"fmt"

	"github.com/influencekit/influencekit/internal/percent"

	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit/pricing"
)

// ErrInvalidSchedule is wrapped by the errors of [SplitEqual] and
// [SplitPercent]: no dates, an unset or out-of-order date, a percentage below
// zero, with more than 10 decimal places, or shares not summing to exactly
// 100, or a total with fractions of its currency's minor unit.
var ErrInvalidSchedule = errors.New("contract: invalid payment schedule")

var hundred = decimal.NewFromInt(100)

// maxPercentPlaces bounds the decimal places of a share's percentage.
const maxPercentPlaces = 10

// Share is one installment of a percentage split: Percent of the total,
// paid on Due. Percent is in percent (25 is a quarter), not a fraction.
type Share struct {
	Due     Date            `json:"due"`
	Percent decimal.Decimal `json:"percent"`
}

// SplitEqual divides total into len(dates) installments as equal as the
// currency's minor unit allows, one paid on each date. Leftover minor
// units go to the earliest installments ([pricing.Money.Allocate]'s largest
// remainder, ties to earlier parties), so the installments sum exactly to
// total: 100.00 USD on three dates is 33.34, 33.33 and 33.33.
//
// The dates must be set and in order (equal dates are allowed), and total
// must be whole minor units (100.005 USD is not); otherwise the error
// wraps [ErrInvalidSchedule].
func SplitEqual(total pricing.Money, dates ...Date) ([]Installment, error) {
	shares := make([]int64, len(dates))
	for i := range shares {
		shares[i] = 1
	}
	return allocate(total, dates, shares)
}

// SplitPercent divides total into installments of the given percentages,
// one per share, with [pricing.Money.Allocate] so the installments sum
// exactly to total (leftover minor units go to the shares with the largest
// remainders, ties to earlier shares). 1500.00 USD at 50/25/25 is 750.00,
// 375.00 and 375.00.
//
// The percentages must be 0 or more with at most 10 decimal places and sum
// to exactly 100; the dates must be set and in order; total must be whole
// minor units. Otherwise the error wraps [ErrInvalidSchedule].
func SplitPercent(total pricing.Money, shares ...Share) ([]Installment, error) {
	dates := make([]Date, len(shares))
	places := int32(0)
	sum := decimal.Zero
	for i, s := range shares {
		dates[i] = s.Due
		if s.Percent.IsNegative() {
			return nil, fmt.Errorf("%w: share %d is %s, below zero", ErrInvalidSchedule, i+1, percent.Points(s.Percent))
		}
		if p := -s.Percent.Exponent(); p > places {
			places = p
		}
		sum = sum.Add(s.Percent)
	}
	if len(shares) > 0 && !sum.Equal(hundred) {
		return nil, fmt.Errorf("%w: the shares sum to %s, not 100%%", ErrInvalidSchedule, percent.Points(sum))
	}
	if places > maxPercentPlaces {
		return nil, fmt.Errorf("%w: a share has %d decimal places; use at most %d", ErrInvalidSchedule, places, maxPercentPlaces)
	}
	scale := decimal.New(1, places)
	weights := make([]int64, len(shares))
	for i, s := range shares {
		// At most 100 × 10^10, so the weight fits an int64 exactly.
		weights[i] = s.Percent.Mul(scale).IntPart()
	}
	return allocate(total, dates, weights)
}

func allocate(total pricing.Money, dates []Date, weights []int64) ([]Installment, error) {
	if len(dates) == 0 {
		return nil, fmt.Errorf("%w: no installment dates", ErrInvalidSchedule)
	}
	for i, d := range dates {
		if d.IsZero() {
			return nil, fmt.Errorf("%w: installment %d has no date", ErrInvalidSchedule, i+1)
		}
		if i > 0 && d.Before(dates[i-1]) {
			return nil, fmt.Errorf("%w: installment %d on %s comes before installment %d on %s", ErrInvalidSchedule, i+1, d, i, dates[i-1])
		}
	}
	if !total.Round().Equal(total) {
		return nil, fmt.Errorf("%w: the total %s has fractions of a minor unit; round it first", ErrInvalidSchedule, total.Amount())
	}
	parts, err := total.Allocate(weights...)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalidSchedule, err)
	}
	out := make([]Installment, len(parts))
	for i := range parts {
		out[i] = Installment{Due: dates[i], Amount: &parts[i]}
	}
	return out, nil
}

package pricing

import (
	"fmt"
	"slices"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// Allocate splits m.Round() between parties in proportion to weights, by
// the largest-remainder method at the currency's minor unit:
//
//  1. the rounded total T (in minor units: cents for USD, yen for JPY) is
//     divided exactly: party i gets floor(|T| × w_i / Σw) minor units;
//  2. the minor units left over (fewer than the number of parties) go one
//     each to the parties with the largest remainders
//     (|T| × w_i mod Σw), ties going to the earlier party.
//
// So the parts always sum to m.Round(), no part differs from its exact
// share by a whole minor unit or more, and a zero weight always gets zero.
// A negative amount is allocated as its absolute value and every part
// negated: -100.00 USD split three ways is -33.34, -33.33, -33.33.
// Weights may be any non-negative int64 values; their sum is taken in
// decimal and cannot overflow.
//
// 100.00 USD allocated (1, 1, 1) is 33.34, 33.33, 33.33 USD; 1000 JPY is
// 334, 333, 333 JPY; 0.01 USD allocated (0, 1, 1) is 0.00, 0.01, 0.00 USD.
//
// No weights, a negative weight, or only zero weights is an error wrapping
// ErrInvalidWeights; the zero Money is an error wrapping ErrNoCurrency.
func (m Money) Allocate(weights ...int64) ([]Money, error) {
	if m.unit == currency.XXX {
		return nil, fmt.Errorf("%w: allocating %s", ErrNoCurrency, m)
	}
	if len(weights) == 0 {
		return nil, fmt.Errorf("%w: no weights", ErrInvalidWeights)
	}
	sum := decimal.Zero
	for i, w := range weights {
		if w < 0 {
			return nil, fmt.Errorf("%w: weight %d of %d is negative (%d)", ErrInvalidWeights, i, len(weights), w)
		}
		sum = sum.Add(decimal.NewFromInt(w))
	}
	if sum.IsZero() {
		return nil, fmt.Errorf("%w: all %d weights are zero", ErrInvalidWeights, len(weights))
	}

	scale := int32(m.Scale())
	total := m.Round().amount
	minor := total.Shift(scale).Abs() // |T| in minor units, an integer

	type share struct {
		index     int
		remainder decimal.Decimal
	}
	quotients := make([]decimal.Decimal, len(weights))
	shares := make([]share, len(weights))
	given := decimal.Zero
	for i, w := range weights {
		q, r := minor.Mul(decimal.NewFromInt(w)).QuoRem(sum, 0)
		quotients[i] = q
		shares[i] = share{index: i, remainder: r}
		given = given.Add(q)
	}
	left := minor.Sub(given).IntPart() // fewer than len(weights), so it fits
	if left > 0 {
		slices.SortStableFunc(shares, func(a, b share) int {
			return b.remainder.Cmp(a.remainder) // largest first; stable keeps earlier parties first on ties
		})
		one := decimal.New(1, 0)
		for _, s := range shares[:left] {
			quotients[s.index] = quotients[s.index].Add(one)
		}
	}

	parts := make([]Money, len(weights))
	negative := total.Sign() < 0
	for i, q := range quotients {
		if negative {
			q = q.Neg()
		}
		parts[i] = Money{amount: q.Shift(-scale), unit: m.unit}
	}
	return parts, nil
}

// Split divides m.Round() into n parts that differ by at most one minor
// unit, earlier parts taking the larger ones: Allocate with n equal weights.
// 100.00 USD split 3 is 33.34, 33.33, 33.33 USD. n below 1 is an error
// wrapping ErrInvalidWeights; the zero Money, one wrapping ErrNoCurrency.
func (m Money) Split(n int) ([]Money, error) {
	if n < 1 {
		return nil, fmt.Errorf("%w: split into %d parts", ErrInvalidWeights, n)
	}
	weights := make([]int64, n)
	for i := range weights {
		weights[i] = 1
	}
	return m.Allocate(weights...)
}

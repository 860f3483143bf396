package pricing

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"

	"github.com/shopspring/decimal"
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
// Weights may be any non-negative int64 values: the arithmetic is exact
// (128-bit integers while the total and the weights' sum fit 64 bits,
// decimal beyond) and cannot overflow.
//
// 100.00 USD allocated (1, 1, 1) is 33.34, 33.33, 33.33 USD; 1000 JPY is
// 334, 333, 333 JPY; 0.01 USD allocated (0, 1, 1) is 0.00, 0.01, 0.00 USD.
//
// No weights, a negative weight, or only zero weights is an error wrapping
// ErrInvalidWeights; the zero Money is an error wrapping ErrNoCurrency.
func (m Money) Allocate(weights ...int64) ([]Money, error) {
	if m.unit == noCurrency {
		return nil, fmt.Errorf("%w: allocating %s", ErrNoCurrency, m)
	}
	if len(weights) == 0 {
		return nil, fmt.Errorf("%w: no weights", ErrInvalidWeights)
	}
	positive := false
	for i, w := range weights {
		if w < 0 {
			return nil, fmt.Errorf("%w: weight %d of %d is negative (%d)", ErrInvalidWeights, i, len(weights), w)
		}
		positive = positive || w > 0
	}
	if !positive {
		return nil, fmt.Errorf("%w: all %d weights are zero", ErrInvalidWeights, len(weights))
	}

	scale := int32(m.Scale())
	total := m.Round().amount
	minor := total.Shift(scale).Abs() // |T| in minor units, an integer
	negative := total.Sign() < 0
	parts := make([]Money, len(weights))
	if counts, ok := allocateUint64(minor, weights); ok {
		for i, c := range counts {
			if negative {
				c = -c
			}
			parts[i] = Money{amount: decimal.New(c, -scale), unit: m.unit}
		}
		return parts, nil
	}
	for i, c := range allocateDecimal(minor, weights) {
		if negative {
			c = c.Neg()
		}
		parts[i] = Money{amount: c.Shift(-scale), unit: m.unit}
	}
	return parts, nil
}

// allocateDecimal returns the minor units of each party (see Allocate) for
// a total of minor units, doing all arithmetic in decimal so that nothing
// overflows. The weights are non-negative and not all zero.
func allocateDecimal(minor decimal.Decimal, weights []int64) []decimal.Decimal {
	sum := decimal.Decimal{}
	for _, w := range weights {
		sum = sum.Add(decimal.NewFromInt(w))
	}
	counts := make([]decimal.Decimal, len(weights))
	remainders := make([]decimal.Decimal, len(weights))
	given := decimal.Decimal{}
	for i, w := range weights {
		counts[i], remainders[i] = minor.Mul(decimal.NewFromInt(w)).QuoRem(sum, 0)
		given = given.Add(counts[i])
	}
	left := minor.Sub(given).IntPart() // fewer than len(weights), so it fits
	one := decimal.New(1, 0)
	for _, i := range largestFirst(len(weights), int(left), func(a, b int) int { return remainders[a].Cmp(remainders[b]) }) {
		counts[i] = counts[i].Add(one)
	}
	return counts
}

// allocateUint64 is allocateDecimal, returning int64 counts, for the common case where the total
// fits an int64 and the weights' sum fits a uint64: the products total ×
// weight are taken in 128 bits (math/bits), which cannot overflow, and the
// quotient of each by the sum fits 64 bits because weight <= sum. ok is
// false, and nothing is computed, outside that case.
func allocateUint64(minor decimal.Decimal, weights []int64) (counts []int64, ok bool) {
	if minor.Cmp(decimal.NewFromInt(math.MaxInt64)) > 0 {
		return nil, false
	}
	var sum uint64
	for _, w := range weights {
		var carry uint64
		sum, carry = bits.Add64(sum, uint64(w), 0)
		if carry != 0 {
			return nil, false
		}
	}
	total := uint64(minor.IntPart())
	quotients := make([]uint64, len(weights))
	remainders := make([]uint64, len(weights))
	var given uint64
	for i, w := range weights {
		hi, lo := bits.Mul64(total, uint64(w))
		quotients[i], remainders[i] = bits.Div64(hi, lo, sum) // hi < sum because w <= sum and total < 2^64
		given += quotients[i]
	}
	left := int(total - given) // fewer than len(weights)
	for _, i := range largestFirst(len(weights), left, func(a, b int) int { return cmp.Compare(remainders[a], remainders[b]) }) {
		quotients[i]++
	}
	counts = make([]int64, len(weights))
	for i, q := range quotients {
		counts[i] = int64(q) // q <= total <= MaxInt64
	}
	return counts, true
}

// largestFirst returns the indexes of the k parties with the largest
// remainders, by compare(a, b) on indexes, ties going to the earlier party.
func largestFirst(n, k int, compare func(a, b int) int) []int {
	if k <= 0 {
		return nil
	}
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		return cmp.Or(compare(b, a), cmp.Compare(a, b)) // largest remainder first, then the earlier party
	})
	return order[:k]
}

// MaxSplitParts is the most parts Split divides into. Split allocates its
// result up front, so the bound keeps a mistaken count (a total passed as a
// count, say) an error instead of an out-of-memory crash.
const MaxSplitParts = 1 << 20

// Split divides m.Round() into n parts that differ by at most one minor
// unit, earlier parts taking the larger ones: Allocate with n equal weights.
// 100.00 USD split 3 is 33.34, 33.33, 33.33 USD. n below 1 or above
// MaxSplitParts is an error wrapping ErrInvalidWeights; the zero Money, one
// wrapping ErrNoCurrency.
func (m Money) Split(n int) ([]Money, error) {
	if n < 1 || n > MaxSplitParts {
		return nil, fmt.Errorf("%w: split into %d parts (1 to %d)", ErrInvalidWeights, n, MaxSplitParts)
	}
	weights := make([]int64, n)
	for i := range weights {
		weights[i] = 1
	}
	return m.Allocate(weights...)
}

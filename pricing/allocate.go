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
// [ErrInvalidWeights]; the zero [Money] is an error wrapping [ErrNoCurrency].
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

	scale := int32(m.MinorUnitDigits())
	total := m.Round().amount
	minor := total.Shift(scale).Abs() // |T| in minor units, an integer
	negative := total.Sign() < 0
	parts := make([]Money, len(weights))
	if shares, ok := allocateUint64(minor, weights); ok {
		// Parts of equal value share one decimal: a decimal.Decimal is
		// immutable, and building one costs two allocations.
		var cache decimalCache
		for _, sh := range shares {
			c := int64(sh.quotient) // quotient <= total <= MaxInt64
			if negative {
				c = -c
			}
			parts[sh.party] = Money{amount: cache.get(c, -scale), unit: m.unit}
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

// decimalCache hands out decimals for (coefficient, exponent) pairs,
// returning the same decimal for a value it made recently. It remembers
// the last len(entries) values, so that looking one up costs a bounded
// number of comparisons however many parties there are.
type decimalCache struct {
	entries [16]struct {
		coefficient int64
		d           decimal.Decimal
	}
	n, next int
}

// get returns decimal.New(coefficient, exp); every call to one cache must
// pass the same exp.
func (c *decimalCache) get(coefficient int64, exp int32) decimal.Decimal {
	for i := range c.n {
		if c.entries[i].coefficient == coefficient {
			return c.entries[i].d
		}
	}
	d := decimal.New(coefficient, exp)
	c.entries[c.next].coefficient, c.entries[c.next].d = coefficient, d
	c.next = (c.next + 1) % len(c.entries)
	c.n = min(c.n+1, len(c.entries))
	return d
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

// share is one party's part in allocateUint64: its whole minor units and
// the remainder that decides who gets a leftover unit.
type share struct {
	quotient, remainder uint64
	party               int
}

// allocateUint64 is allocateDecimal for the common case where the total
// fits an int64 and the weights' sum fits a uint64: the products total ×
// weight are taken in 128 bits (math/bits), which cannot overflow, and the
// quotient of each by the sum fits 64 bits because weight <= sum. It
// returns every party's share, in no particular order (each names its
// party), from one allocation. ok is false, and nothing is computed,
// outside that case.
func allocateUint64(minor decimal.Decimal, weights []int64) (shares []share, ok bool) {
	if minor.Cmp(decimal.New(math.MaxInt64, 0)) > 0 {
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
	shares = make([]share, len(weights))
	var given uint64
	for i, w := range weights {
		hi, lo := bits.Mul64(total, uint64(w))
		q, r := bits.Div64(hi, lo, sum) // hi < sum because w <= sum and total < 2^64
		shares[i] = share{quotient: q, remainder: r, party: i}
		given += q
	}
	left := total - given // fewer than len(weights)
	if left > 0 {
		// The leftover units go one each to the largest remainders, ties
		// to the earlier party.
		slices.SortFunc(shares, func(a, b share) int {
			return cmp.Or(cmp.Compare(b.remainder, a.remainder), cmp.Compare(a.party, b.party))
		})
		for i := range left {
			shares[i].quotient++
		}
	}
	return shares, true
}

// MaxSplitParts is the most parts [Money.Split] divides into. Split allocates its
// result up front, so the bound keeps a mistaken count (a total passed as a
// count, say) an error instead of an out-of-memory crash.
const MaxSplitParts = 1 << 20

// Split divides m.Round() into n parts that differ by at most one minor
// unit, earlier parts taking the larger ones: Allocate with n equal weights.
// 100.00 USD split 3 is 33.34, 33.33, 33.33 USD. n below 1 or above
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

// [MaxSplitParts] is an error wrapping [ErrInvalidWeights]; the zero [Money], one
// wrapping [ErrNoCurrency].
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

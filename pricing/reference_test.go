package pricing

// This file keeps Attribute and Allocate as they were before its rewrite for speed (2026-11-30)
// made them faster (commit 0d6598e), unexported and used only by tests:
// the differential tests check that the new code agrees with them on
// random inputs, and the Reference benchmarks run beside the new ones in
// one binary, so that benchstat compares like with like.

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// attributeReference is Attribute before its rewrite for speed (2026-11-30).
func attributeReference(orders []Order, creators []CreatorTracking) (Attribution, error) {
	idx, unit, err := indexCreatorsReference(creators)
	if err != nil {
		return Attribution{}, err
	}
	a := Attribution{Currency: unit, Creators: make([]CreatorResult, len(creators))}
	scale := MinorUnitDigits(unit)
	revenue := make([]exactSum, len(creators))
	fees := newExactSum(scale)
	for i, c := range creators {
		a.Creators[i] = CreatorResult{Creator: c.Creator, Fee: c.Fee}
		fees.add(c.Fee.amount)
		revenue[i] = newExactSum(scale)
	}

	seen := make(map[string]struct{}, len(orders))
	total, unattributed := newExactSum(scale), newExactSum(scale)
	var fold foldBuffer
	for i, o := range orders {
		if err := checkOrder(i, o, unit); err != nil {
			return Attribution{}, err
		}
		if _, dup := seen[o.ID]; dup {
			a.Duplicates = append(a.Duplicates, o)
			continue
		}
		seen[o.ID] = struct{}{}
		total.add(o.Amount.amount)

		byCode, byLink := -1, -1
		if code := fold.key(o.Code); len(code) > 0 {
			if c, ok := idx.codes[string(code)]; ok {
				byCode = c
			}
		}
		if link := strings.TrimSpace(o.LinkID); link != "" {
			if c, ok := idx.links[link]; ok {
				byLink = c
			}
		}
		who := byCode
		switch {
		case byCode >= 0 && byLink >= 0 && byCode != byLink:
			a.Conflicts = append(a.Conflicts, Conflict{Order: o, CodeCreator: creators[byCode].Creator, LinkCreator: creators[byLink].Creator})
			unattributed.add(o.Amount.amount)
			continue
		case byCode < 0 && byLink < 0:
			a.Unmatched = append(a.Unmatched, o)
			unattributed.add(o.Amount.amount)
			continue
		case byCode < 0:
			who = byLink
			a.Creators[who].ByLink++
		case byLink < 0:
			a.Creators[who].ByCode++
		default:
			a.Creators[who].ByBoth++
		}
		r := &a.Creators[who]
		r.Conversions++
		r.OrderIDs = append(r.OrderIDs, o.ID)
		revenue[who].add(o.Amount.amount)
	}

	attributed := decimal.New(0, -int32(scale))
	for i := range a.Creators {
		r := revenue[i].value()
		a.Creators[i].Revenue = Money{amount: r, unit: unit}
		attributed = attributed.Add(r)
		a.Totals.Conversions += a.Creators[i].Conversions
	}
	a.Totals.Orders = len(seen)
	a.Totals.Revenue = Money{amount: total.value(), unit: unit}
	a.Totals.Attributed = Money{amount: attributed, unit: unit}
	a.Totals.Unattributed = Money{amount: unattributed.value(), unit: unit}
	a.Totals.Fees = Money{amount: fees.value(), unit: unit}
	return a, nil
}

// indexCreatorsReference is indexCreators before its rewrite for speed (2026-11-30).
func indexCreatorsReference(creators []CreatorTracking) (creatorIndexReference, currency.Unit, error) {
	if len(creators) == 0 {
		return creatorIndexReference{}, currency.Unit{}, fmt.Errorf("%w: no creators to attribute orders to", ErrInvalidCreator)
	}
	unit := creators[0].Fee.unit
	idx := creatorIndexReference{codes: map[string]int{}, links: map[string]int{}}
	names := make(map[string]int, len(creators))
	var fold foldBuffer
	for i, c := range creators {
		name := strings.TrimSpace(c.Creator)
		if name == "" {
			return creatorIndexReference{}, unit, fmt.Errorf("%w: creators[%d] has no name", ErrInvalidCreator, i)
		}
		if j, ok := names[name]; ok {
			return creatorIndexReference{}, unit, fmt.Errorf("%w: creators[%d] and creators[%d] are both %q", ErrInvalidCreator, j, i, name)
		}
		names[name] = i
		if err := c.Fee.sameCurrency("attribution", creators[0].Fee); err != nil {
			return creatorIndexReference{}, unit, fmt.Errorf("creators[%d] %q fee: %w", i, c.Creator, err)
		}
		if c.Fee.IsNegative() {
			return creatorIndexReference{}, unit, fmt.Errorf("%w: creators[%d] %q has a negative fee %s", ErrInvalidCreator, i, c.Creator, c.Fee)
		}
		for k, code := range c.Codes {
			key := string(fold.key(code))
			if key == "" {
				return creatorIndexReference{}, unit, fmt.Errorf("%w: creators[%d] %q codes[%d] is blank", ErrInvalidCreator, i, c.Creator, k)
			}
			if err := claimReference(idx.codes, key, i, creators, "code", code); err != nil {
				return creatorIndexReference{}, unit, err
			}
		}
		for k, link := range c.LinkIDs {
			key := strings.TrimSpace(link)
			if key == "" {
				return creatorIndexReference{}, unit, fmt.Errorf("%w: creators[%d] %q link_ids[%d] is blank", ErrInvalidCreator, i, c.Creator, k)
			}
			if err := claimReference(idx.links, key, i, creators, "link id", link); err != nil {
				return creatorIndexReference{}, unit, err
			}
		}
	}
	return idx, unit, nil
}

// allocateReference is Money.Allocate before its rewrite for speed (2026-11-30).
func (m Money) allocateReference(weights ...int64) ([]Money, error) {
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
	if counts, ok := allocateUint64Reference(minor, weights); ok {
		for i, c := range counts {
			if negative {
				c = -c
			}
			parts[i] = Money{amount: decimal.New(c, -scale), unit: m.unit}
		}
		return parts, nil
	}
	for i, c := range allocateDecimalReference(minor, weights) {
		if negative {
			c = c.Neg()
		}
		parts[i] = Money{amount: c.Shift(-scale), unit: m.unit}
	}
	return parts, nil
}

// allocateDecimalReference is allocateDecimal before its rewrite for speed (2026-11-30).
func allocateDecimalReference(minor decimal.Decimal, weights []int64) []decimal.Decimal {
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
	for _, i := range largestFirstReference(len(weights), int(left), func(a, b int) int { return remainders[a].Cmp(remainders[b]) }) {
		counts[i] = counts[i].Add(one)
	}
	return counts
}

// allocateUint64Reference is allocateUint64 before its rewrite for speed (2026-11-30).
func allocateUint64Reference(minor decimal.Decimal, weights []int64) (counts []int64, ok bool) {
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
	for _, i := range largestFirstReference(len(weights), left, func(a, b int) int { return cmp.Compare(remainders[a], remainders[b]) }) {
		quotients[i]++
	}
	counts = make([]int64, len(weights))
	for i, q := range quotients {
		counts[i] = int64(q) // q <= total <= MaxInt64
	}
	return counts, true
}

// largestFirstReference is largestFirst before its rewrite for speed (2026-11-30).
func largestFirstReference(n, k int, compare func(a, b int) int) []int {
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

// claimReference is claim before its rewrite for speed (2026-11-30): it records that key belongs to
// creator i, or reports that another creator already holds it.
func claimReference(m map[string]int, key string, i int, creators []CreatorTracking, what, raw string) error {
	if j, ok := m[key]; ok && j != i {
		return fmt.Errorf("%w: %s %q of %q is also %q's", ErrSharedIdentifier, what, raw, creators[i].Creator, creators[j].Creator)
	}
	m[key] = i
	return nil
}

// creatorIndexReference is creatorIndex before its rewrite for speed (2026-11-30).
type creatorIndexReference struct {
	codes, links map[string]int
}

package pricing_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"

	"github.com/influencekit/influencekit/pricing"
)

func TestAllocate(t *testing.T) {
	tests := []struct {
		why     string
		m       pricing.Money
		weights []int64
		want    []string
	}{
		{why: "100.00 USD split 3", m: pricing.MustNew("100.00", "USD"), weights: []int64{1, 1, 1}, want: []string{"33.34 USD", "33.33 USD", "33.33 USD"}},
		{why: "1000 JPY split 3 works in whole yen", m: pricing.MustNew("1000", "JPY"), weights: []int64{1, 1, 1}, want: []string{"334 JPY", "333 JPY", "333 JPY"}},
		{why: "0.01 USD allocated (0, 1, 1): ties go to the earlier party, zero weight gets zero", m: pricing.MustNew("0.01", "USD"), weights: []int64{0, 1, 1}, want: []string{"0.00 USD", "0.01 USD", "0.00 USD"}},
		{why: "negative amounts are symmetric", m: pricing.MustNew("-100.00", "USD"), weights: []int64{1, 1, 1}, want: []string{"-33.34 USD", "-33.33 USD", "-33.33 USD"}},
		{why: "the largest remainder wins, not the earliest party", m: pricing.MustNew("1.00", "USD"), weights: []int64{1, 2}, want: []string{"0.33 USD", "0.67 USD"}},
		{why: "the total is rounded first: 10.005 USD is 10.01 USD", m: pricing.MustNew("10.005", "USD"), weights: []int64{1, 1}, want: []string{"5.01 USD", "5.00 USD"}},
		{why: "Rhymond/go-money's bug: leftover cents never go to a zero weight", m: pricing.MustNew("0.03", "USD"), weights: []int64{0, 0, 1, 1}, want: []string{"0.00 USD", "0.00 USD", "0.02 USD", "0.01 USD"}},
		{why: "one party takes everything", m: pricing.MustNew("12.34", "EUR"), weights: []int64{7}, want: []string{"12.34 EUR"}},
		{why: "a zero total gives zero parts", m: pricing.MustNew("0", "USD"), weights: []int64{1, 2}, want: []string{"0.00 USD", "0.00 USD"}},
		{why: "weights near MaxInt64 must not overflow their sum", m: pricing.MustNew("1.00", "USD"), weights: []int64{math.MaxInt64, math.MaxInt64, math.MaxInt64}, want: []string{"0.34 USD", "0.33 USD", "0.33 USD"}},
		{why: "percent weights", m: pricing.MustNew("1500.00", "USD"), weights: []int64{50, 30, 20}, want: []string{"750.00 USD", "450.00 USD", "300.00 USD"}},
		{why: "three-decimal currency", m: pricing.MustNew("1", "BHD"), weights: []int64{1, 1, 1}, want: []string{"0.334 BHD", "0.333 BHD", "0.333 BHD"}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			parts, err := tt.m.Allocate(tt.weights...)
			require.NoError(t, err)
			got := make([]string, len(parts))
			for i, p := range parts {
				got[i] = p.String()
			}
			assert.Equal(t, tt.want, got)
			assertSumsTo(t, tt.m.Round(), parts)
		})
	}
}

func TestAllocateErrors(t *testing.T) {
	usd := pricing.MustNew("1", "USD")
	tests := []struct {
		why     string
		m       pricing.Money
		weights []int64
		err     error
	}{
		{why: "no parties", m: usd, weights: nil, err: pricing.ErrInvalidWeights},
		{why: "all weights zero", m: usd, weights: []int64{0, 0}, err: pricing.ErrInvalidWeights},
		{why: "a negative weight", m: usd, weights: []int64{1, -1, 1}, err: pricing.ErrInvalidWeights},
		{why: "the zero Money has no minor unit", m: pricing.Money{}, weights: []int64{1}, err: pricing.ErrNoCurrency},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			parts, err := tt.m.Allocate(tt.weights...)
			assert.ErrorIs(t, err, tt.err)
			assert.Nil(t, parts)
		})
	}
}

func TestSplit(t *testing.T) {
	parts, err := pricing.MustNew("100.00", "USD").Split(3)
	require.NoError(t, err)
	require.Len(t, parts, 3)
	assert.Equal(t, "33.34 USD", parts[0].String())
	assert.Equal(t, "33.33 USD", parts[2].String())

	for _, n := range []int{0, -1} {
		_, err := pricing.MustNew("1", "USD").Split(n)
		assert.ErrorIs(t, err, pricing.ErrInvalidWeights, "n=%d", n)
	}
}

// TestAllocateProperties checks, on random amounts and weights, that parts
// sum to the rounded total, zero weights get zero, every part is within one
// minor unit of its exact share, and negating the amount negates the parts.
func TestAllocateProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2026))
	units := []currency.Unit{currency.USD, currency.JPY, currency.MustParseISO("BHD")}
	for range 2000 {
		unit := units[rng.IntN(len(units))]
		minor := rng.Int64N(2_000_000) - 1_000_000
		m, err := pricing.FromMinor(minor, unit)
		require.NoError(t, err)
		m = m.Mul(decimalFraction(rng)) // give it sub-minor digits to round
		weights := make([]int64, 1+rng.IntN(12))
		var positive bool
		for i := range weights {
			switch rng.IntN(4) {
			case 0:
				weights[i] = 0
			case 1:
				weights[i] = rng.Int64() // huge: sums beyond int64
			default:
				weights[i] = rng.Int64N(100)
			}
			positive = positive || weights[i] > 0
		}
		if !positive {
			weights[0] = 1
		}
		parts, err := m.Allocate(weights...)
		require.NoError(t, err)
		require.Len(t, parts, len(weights))
		assertSumsTo(t, m.Round(), parts)
		sum := decimal.Zero
		for _, w := range weights {
			sum = sum.Add(decimal.NewFromInt(w))
		}
		scale := int32(m.MinorUnitDigits())
		totalMinor := m.Round().Amount().Shift(scale)
		for i, p := range parts {
			// |part × Σw − T × w| < Σw: the part is within one minor unit of its exact share.
			diff := p.Amount().Shift(scale).Mul(sum).Sub(totalMinor.Mul(decimal.NewFromInt(weights[i])))
			assert.Equal(t, -1, diff.Abs().Cmp(sum), "part %d = %s is a minor unit or more from its share", i, p)
		}
		neg, err := m.Neg().Allocate(weights...)
		require.NoError(t, err)
		for i, p := range parts {
			assert.True(t, neg[i].Equal(p.Neg()), "negation symmetric: %s vs %s", neg[i], p)
			if weights[i] == 0 {
				assert.True(t, p.IsZero(), "zero weight %d got %s", i, p)
			}
			assert.True(t, p.Round().Equal(p), "part %s is whole minor units", p)
		}
	}
}

func assertSumsTo(t *testing.T, total pricing.Money, parts []pricing.Money) {
	t.Helper()
	sum := pricing.Zero(total.Currency())
	for _, p := range parts {
		var err error
		sum, err = sum.Add(p)
		require.NoError(t, err)
	}
	assert.True(t, sum.Equal(total), "parts sum to %s, want %s", sum, total)
}

// decimalFraction returns a random factor in [0.5, 1.5) with 4 decimals.
func decimalFraction(rng *rand.Rand) decimal.Decimal {
	return decimal.New(5000+rng.Int64N(10000), -4)
}

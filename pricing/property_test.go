package pricing_test

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"

	"github.com/influencekit/influencekit/pricing"
)

// randomMoney returns an amount in unit with up to 18 integer digits and
// the currency's scale plus two digits after the point.
func randomMoney(t *testing.T, rng *rand.Rand, unit currency.Unit) pricing.Money {
	t.Helper()
	minor := rng.Int64() >> rng.IntN(63)
	if rng.IntN(2) == 0 {
		minor = -minor
	}
	m, err := pricing.FromDecimal(decimal.New(minor, -int32(pricing.MinorUnitDigits(unit))-2), unit)
	require.NoError(t, err)
	return m
}

// TestAddSubProperties checks that Sub undoes Add, that Add commutes, and
// that Cmp agrees with the sign of the difference, on random amounts.
func TestAddSubProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	units := []currency.Unit{currency.USD, currency.JPY, currency.MustParseISO("BHD")}
	for range 5000 {
		unit := units[rng.IntN(len(units))]
		a, b := randomMoney(t, rng, unit), randomMoney(t, rng, unit)
		sum, err := a.Add(b)
		require.NoError(t, err)
		back, err := sum.Sub(b)
		require.NoError(t, err)
		assert.True(t, back.Equal(a), "(%s + %s) - %s = %s", a.Amount(), b.Amount(), b.Amount(), back.Amount())
		rev, err := b.Add(a)
		require.NoError(t, err)
		assert.True(t, rev.Equal(sum), "Add commutes")
		diff, err := a.Sub(b)
		require.NoError(t, err)
		cmp, err := a.Cmp(b)
		require.NoError(t, err)
		assert.Equal(t, diff.Sign(), cmp)
	}
}

// TestRoundProperties checks that Round moves an amount by at most half a
// minor unit and yields whole minor units.
func TestRoundProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		unit := []currency.Unit{currency.USD, currency.JPY}[rng.IntN(2)]
		m := randomMoney(t, rng, unit)
		r := m.Round()
		half := decimal.New(5, -int32(m.MinorUnitDigits())-1)
		assert.True(t, m.Amount().Sub(r.Amount()).Abs().LessThanOrEqual(half), "%s rounded to %s", m.Amount(), r.Amount())
		assert.True(t, r.Amount().Shift(int32(m.MinorUnitDigits())).IsInteger())
		assert.True(t, m.Neg().Round().Equal(r.Neg()), "rounding is symmetric")
	}
}

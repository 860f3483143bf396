package pricing

import (
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAllocateFastPathMatchesDecimal checks that the 128-bit fast path
// gives exactly the counts of the all-decimal path wherever it applies.
func TestAllocateFastPathMatchesDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	applied := 0
	for range 3000 {
		minor := decimal.NewFromInt(rng.Int64() >> rng.IntN(63))
		weights := make([]int64, 1+rng.IntN(20))
		for i := range weights {
			weights[i] = rng.Int64() >> rng.IntN(64) // from 0 up to huge: some sums carry past 64 bits
		}
		weights[rng.IntN(len(weights))] |= 1 // not all zero
		fast, ok := allocateUint64(minor, weights)
		if !ok {
			continue
		}
		applied++
		slow := allocateDecimal(minor, weights)
		require.Len(t, fast, len(slow))
		for _, sh := range fast {
			i := sh.party
			assert.True(t, slow[i].Equal(decimal.NewFromInt(int64(sh.quotient))), "minor %s weights %v party %d: %d vs %s", minor, weights, i, sh.quotient, slow[i])
		}
	}
	assert.Greater(t, applied, 1000, "the fast path must be exercised")
}

func TestAllocateFastPathDeclines(t *testing.T) {
	_, ok := allocateUint64(decimal.New(1, 19), []int64{1})
	assert.False(t, ok, "a total beyond int64")
	_, ok = allocateUint64(decimal.New(1, 0), []int64{1 << 62, 1 << 62, 1 << 62, 1 << 62})
	assert.False(t, ok, "weights summing past 2^64")
}

// BenchmarkAllocatePaths measures the two allocation paths on the same 100
// weights and total, so that their ratio comes from one binary.
func BenchmarkAllocatePaths(b *testing.B) {
	minor := decimal.NewFromInt(10_000_000)
	weights := make([]int64, 100)
	for i := range weights {
		weights[i] = int64(1 + i%7)
	}
	b.Run("uint64", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := allocateUint64(minor, weights); !ok {
				b.Fatal("fast path declined")
			}
		}
	})
	b.Run("decimal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			allocateDecimal(minor, weights)
		}
	})
}

package pricing

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func TestExactSum(t *testing.T) {
	tests := []struct {
		why    string
		scale  int
		values []string
		want   string
	}{
		{"cents add as integers", 2, []string{"48.00", "52.50", "0.01"}, "100.51"},
		{"whole amounts scale up to cents", 2, []string{"12", "1e3", "0.5"}, "1012.5"},
		{"sub-cent amounts take the decimal path and stay exact", 2, []string{"12.345", "0.001", "1.00"}, "13.346"},
		{"an integer part overflow moves to the decimal path", 2, []string{"92233720368547758.07", "0.01", "0.01"}, "92233720368547758.09"},
		{"a coefficient beyond int64", 2, []string{"123456789012345678901234.56", "1.00"}, "123456789012345678901235.56"},
		{"scaling up would overflow", 0, []string{"9e18", "1"}, "9000000000000000001"},
		{"negative amounts", 2, []string{"-5.00", "3.25", "-92233720368547758.08", "-0.01"}, "-92233720368547759.84"},
		{"nothing sums to zero", 2, nil, "0"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			s := newExactSum(tt.scale)
			for _, v := range tt.values {
				s.add(decimal.RequireFromString(v))
			}
			assert.True(t, s.value().Equal(decimal.RequireFromString(tt.want)), "got %s", s.value())
		})
	}
}

// TestExactSumMatchesDecimal checks the integer fast path against plain
// decimal addition on random amounts near the int64 limits.
func TestExactSumMatchesDecimal(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 2000 {
		s, want := newExactSum(2), decimal.Zero
		for range rng.IntN(20) {
			c := rng.Int64() >> rng.IntN(64)
			if rng.IntN(2) == 0 {
				c = -c
			}
			if rng.IntN(50) == 0 {
				c = math.MinInt64
			}
			d := decimal.New(c, -int32(rng.IntN(5)))
			s.add(d)
			want = want.Add(d)
		}
		assert.True(t, s.value().Equal(want), "%s != %s", s.value(), want)
	}
}

// BenchmarkSumPaths compares exactSum with decimal.Add on 1,000 amounts in
// cents, in one binary.
func BenchmarkSumPaths(b *testing.B) {
	amounts := make([]decimal.Decimal, 1000)
	for i := range amounts {
		amounts[i] = decimal.New(int64(500+i*37), -2)
	}
	b.Run("exactSum", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s := newExactSum(2)
			for _, d := range amounts {
				s.add(d)
			}
			_ = s.value()
		}
	})
	b.Run("decimal.Add", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s := decimal.Zero
			for _, d := range amounts {
				s = s.Add(d)
			}
		}
	})
}

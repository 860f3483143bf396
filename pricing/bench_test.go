package pricing_test

import (
	"math"
	"testing"

	"golang.org/x/text/language"

	"github.com/influencekit/influencekit/pricing"
)

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pricing.New("1250.50", "USD"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAdd(b *testing.B) {
	x, y := pricing.MustNew("1250.50", "USD"), pricing.MustNew("99.99", "USD")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := x.Add(y); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCPM(b *testing.B) {
	cost := pricing.MustNew("17515.87", "USD")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pricing.CPM(cost, 3_414_400); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAllocate100(b *testing.B) {
	total := pricing.MustNew("100000.00", "USD")
	weights := make([]int64, 100)
	for i := range weights {
		weights[i] = int64(1 + i%7) // uneven, so that remainders need sorting
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := total.Allocate(weights...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAllocate100HugeWeights takes the all-decimal path: the weights'
// sum does not fit 64 bits.
func BenchmarkAllocate100HugeWeights(b *testing.B) {
	total := pricing.MustNew("100000.00", "USD")
	weights := make([]int64, 100)
	for i := range weights {
		weights[i] = math.MaxInt64 - int64(i%7)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := total.Allocate(weights...); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarshalJSON(b *testing.B) {
	m := pricing.MustNew("1250.50", "USD")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := m.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkUnmarshalJSON(b *testing.B) {
	data := []byte(`{"amount":"1250.50","currency":"USD"}`)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var m pricing.Money
		if err := m.UnmarshalJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFormat(b *testing.B) {
	m := pricing.MustNew("1250.50", "USD")
	b.ReportAllocs()
	for b.Loop() {
		_ = m.Format(language.German)
	}
}

package pricing_test

import (
	"math"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/influencekit/influencekit"
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

// BenchmarkQuote10Lines prices ten deliverable lines with every term set.
func BenchmarkQuote10Lines(b *testing.B) {
	var rates []pricing.UnitPrice
	var lines []pricing.Line
	platforms := []influencekit.Platform{influencekit.Instagram, influencekit.TikTok}
	formats := []influencekit.Format{influencekit.Post, influencekit.Story, influencekit.Reel, influencekit.Video, influencekit.Short}
	for i, p := range platforms {
		for j, f := range formats {
			rates = append(rates, pricing.UnitPrice{Platform: p, Format: f, Price: pricing.MustNew(strconv.Itoa(100+25*i+10*j)+".50", "USD")})
			lines = append(lines, pricing.Line{Platform: p, Format: f, Quantity: int64(1 + j)})
		}
	}
	card, err := pricing.NewRateCard(rates...)
	if err != nil {
		b.Fatal(err)
	}
	terms := pricing.Terms{
		Bundles:       []pricing.Bundle{{MinQuantity: 10, Discount: decimal.New(10, -2)}, {MinQuantity: 20, Discount: decimal.New(15, -2)}},
		Discount:      decimal.New(5, -2),
		FixedDiscount: pricing.MustNew("50", "USD"),
		Usage:         pricing.UsageTerms{Months: 3, MonthlyRate: decimal.New(10, -2), MonthlyFee: pricing.MustNew("25", "USD")},
		Exclusivity:   pricing.ExclusivityTerms{Days: 30, Rate: decimal.New(20, -2)},
		ProductValue:  pricing.MustNew("120", "USD"),
		Affiliate:     pricing.AffiliateTerms{Rate: decimal.New(10, -2)},
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pricing.NewQuote(card, lines, terms); err != nil {
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

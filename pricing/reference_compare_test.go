package pricing

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"
)

// campaign returns creators with two codes and a link each, and orders: 70%
// by code (in varied case and spacing), 20% by link, 5% unmatched and 5%
// repeating an earlier order, some also conflicting; with nCreators 1,000
// and nOrders 100,000 it is the campaign of BenchmarkAttribute100kOrders1kCreators.
func campaign(rng *rand.Rand, nOrders, nCreators int) ([]Order, []CreatorTracking) {
	usd := currency.MustParseISO("USD")
	creators := make([]CreatorTracking, nCreators)
	for i := range creators {
		n := strconv.Itoa(i)
		fee, _ := FromMinor(int64(10_000+100*i), usd)
		creators[i] = CreatorTracking{Creator: "@creator" + n, Codes: []string{"GLOW" + n, "SPRING" + n}, LinkIDs: []string{"utm-" + n}, Fee: fee}
	}
	at := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	orders := make([]Order, nOrders)
	for i := range orders {
		c := strconv.Itoa(rng.IntN(nCreators))
		o := Order{ID: "ord-" + strconv.Itoa(i), Time: at.Add(time.Duration(i) * time.Minute)}
		o.Amount, _ = FromDecimal(decimal.New(rng.Int64N(50_000)+500, -int32(rng.IntN(3))), usd)
		switch p := rng.IntN(100); {
		case p < 35:
			o.Code = "GLOW" + c
		case p < 68:
			o.Code = " spring" + c
		case p < 70:
			o.Code, o.LinkID = "glow"+c, "utm-"+strconv.Itoa(rng.IntN(nCreators)) // agreeing or conflicting
		case p < 90:
			o.LinkID = "utm-" + c
		case p < 95:
			o.Code = "WELCOME10"
		default:
			o = orders[rng.IntN(max(i, 1))]
		}
		orders[i] = o
	}
	return orders, creators
}

// TestAttributeAgreesWithReference runs Attribute and the implementation it
// replaced on random campaigns and checks that their results, in full
// (every field, through the JSON form, which writes amounts exactly), and
// their errors agree.
func TestAttributeAgreesWithReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 5))
	for trial := range 300 {
		orders, creators := campaign(rng, rng.IntN(400), 1+rng.IntN(30))
		if trial%10 == 9 && len(orders) > 0 { // an invalid order somewhere
			orders[rng.IntN(len(orders))].ID = ""
		}
		got, gotErr := Attribute(orders, creators)
		want, wantErr := attributeReference(orders, creators)
		require.Equal(t, fmt.Sprint(wantErr), fmt.Sprint(gotErr), "trial %d", trial)
		gotJSON, err := json.Marshal(got)
		require.NoError(t, err)
		wantJSON, err := json.Marshal(want)
		require.NoError(t, err)
		require.JSONEq(t, string(wantJSON), string(gotJSON), "trial %d", trial)
		for i := range got.Creators {
			assert.Equal(t, want.Creators[i].OrderIDs, got.Creators[i].OrderIDs, "trial %d creator %d", trial, i)
		}
	}
}

// TestAttributeOrderIDsDoNotShareCapacity checks that appending to one
// creator's OrderIDs cannot overwrite the next creator's, though they share
// one array.
func TestAttributeOrderIDsDoNotShareCapacity(t *testing.T) {
	orders, creators := campaign(rand.New(rand.NewPCG(1, 2)), 200, 3)
	a, err := Attribute(orders, creators)
	require.NoError(t, err)
	require.NotEmpty(t, a.Creators[0].OrderIDs)
	next := append([]string(nil), a.Creators[1].OrderIDs...)
	_ = append(a.Creators[0].OrderIDs, "appended")
	assert.Equal(t, next, a.Creators[1].OrderIDs)
}

// TestAllocateAgreesWithReference runs Allocate and the implementation it
// replaced on random totals and weights, on both the 64-bit and the
// decimal paths, and checks that every part is the same, exponent included.
func TestAllocateAgreesWithReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 6))
	units := []currency.Unit{currency.MustParseISO("USD"), currency.MustParseISO("JPY"), currency.MustParseISO("BHD"), currency.MustParseISO("CHF")}
	for trial := range 3000 {
		unit := units[rng.IntN(len(units))]
		amount := decimal.New(rng.Int64()>>rng.IntN(64), -int32(rng.IntN(5)))
		if rng.IntN(2) == 0 {
			amount = amount.Neg()
		}
		m, err := FromDecimal(amount, unit)
		require.NoError(t, err)
		weights := make([]int64, rng.IntN(120))
		for i := range weights {
			switch rng.IntN(4) {
			case 0:
				weights[i] = 0
			case 1:
				weights[i] = rng.Int64() >> rng.IntN(64) // huge sums take the decimal path
			default:
				weights[i] = 1 + rng.Int64N(8) // repeated values share parts
			}
		}
		got, gotErr := m.Allocate(weights...)
		want, wantErr := m.allocateReference(weights...)
		require.Equal(t, fmt.Sprint(wantErr), fmt.Sprint(gotErr), "trial %d", trial)
		require.Len(t, got, len(want))
		for i := range got {
			require.True(t, got[i].Equal(want[i]), "trial %d part %d: %s, want %s", trial, i, got[i], want[i])
			require.Equal(t, want[i].amount.Exponent(), got[i].amount.Exponent(), "trial %d part %d", trial, i)
		}
	}
}

// allocateBench is the input of BenchmarkAllocate100: 100 uneven weights.
func allocateBench() (Money, []int64) {
	weights := make([]int64, 100)
	for i := range weights {
		weights[i] = int64(1 + i%7)
	}
	return MustNew("100000.00", "USD"), weights
}

// BenchmarkAllocate100VsReference runs Allocate and the implementation it
// replaced in one binary (issue 14.5: at most 20 allocations).
func BenchmarkAllocate100VsReference(b *testing.B) {
	total, weights := allocateBench()
	for _, impl := range []struct {
		name     string
		allocate func(Money, ...int64) ([]Money, error)
	}{{"impl=new", Money.Allocate}, {"impl=reference", Money.allocateReference}} {
		b.Run(impl.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := impl.allocate(total, weights...); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAttributeVsReference runs Attribute and the implementation it
// replaced in one binary on 100,000 orders to 1,000 creators (issue 14.5:
// 1.3x faster).
func BenchmarkAttributeVsReference(b *testing.B) {
	orders, creators := campaign(rand.New(rand.NewPCG(1, 1)), 100_000, 1000)
	for _, impl := range []struct {
		name      string
		attribute func([]Order, []CreatorTracking) (Attribution, error)
	}{{"impl=new", Attribute}, {"impl=reference", attributeReference}} {
		b.Run(impl.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := impl.attribute(orders, creators); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestAllocate100Allocations holds Allocate(100) to issue 14.5's budget of
// 20 allocations: the parts, one scratch array, and one decimal per
// distinct part value (8 here).
func TestAllocate100Allocations(t *testing.T) {
	total, weights := allocateBench()
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := total.Allocate(weights...); err != nil {
			t.Fatal(err)
		}
	})
	assert.LessOrEqual(t, allocs, 20.0)
}

package pricing_test

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"

	"github.com/influencekit/influencekit/pricing"
)

var orderTime = time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)

func order(id, amount, code, link string) pricing.Order {
	return pricing.Order{ID: id, Time: orderTime, Amount: pricing.MustNew(amount, "USD"), Code: code, LinkID: link}
}

// glowCreators are two creators with a code each and a link each.
func glowCreators() []pricing.CreatorTracking {
	return []pricing.CreatorTracking{
		{Creator: "@tess", Codes: []string{"TESS15"}, LinkIDs: []string{"tess-liner"}, Fee: pricing.MustNew("450.00", "USD")},
		{Creator: "@max", Codes: []string{"MAX20", "MAXVIBES"}, LinkIDs: []string{"max-serum"}, Fee: pricing.MustNew("6000.00", "USD")},
	}
}

func TestAttributeOneOrder(t *testing.T) {
	tests := []struct {
		why      string
		order    pricing.Order
		creator  string // "" when not attributed
		outcome  string // "code", "link", "both", "unmatched", "conflict"
		conflict [2]string
	}{
		{"a code credits its creator", order("1", "40.00", "TESS15", ""), "@tess", "code", [2]string{}},
		{"codes ignore case and surrounding spaces", order("1", "40.00", "  tess15 ", ""), "@tess", "code", [2]string{}},
		{"a creator's second code", order("1", "40.00", "MaxVibes", ""), "@max", "code", [2]string{}},
		{"a link id credits its creator", order("1", "40.00", "", "max-serum"), "@max", "link", [2]string{}},
		{"link ids are trimmed", order("1", "40.00", "", " max-serum\t"), "@max", "link", [2]string{}},
		{"code and link of one creator count once, as both", order("1", "40.00", "tess15", "tess-liner"), "@tess", "both", [2]string{}},
		{"a known code with an unknown link credits the code's creator", order("1", "40.00", "MAX20", "newsletter"), "@max", "code", [2]string{}},
		{"link ids are case-sensitive, as utm values are", order("1", "40.00", "", "MAX-SERUM"), "", "unmatched", [2]string{}},
		{"a site-wide code matches no creator", order("1", "40.00", "SPRING10", ""), "", "unmatched", [2]string{}},
		{"no code and no link", order("1", "40.00", "", ""), "", "unmatched", [2]string{}},
		{"a blank code is no code", order("1", "40.00", "   ", ""), "", "unmatched", [2]string{}},
		{"one creator's code through another's link is a conflict", order("1", "40.00", "TESS15", "max-serum"), "", "conflict", [2]string{"@tess", "@max"}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			a, err := pricing.Attribute([]pricing.Order{tt.order}, glowCreators())
			require.NoError(t, err)
			assert.Equal(t, 1, a.Totals.Orders)
			assert.Equal(t, "40.00 USD", a.Totals.Revenue.String())
			for _, r := range a.Creators {
				if r.Creator != tt.creator {
					assert.Zero(t, r.Conversions, r.Creator)
					assert.True(t, r.Revenue.IsZero(), r.Creator)
					continue
				}
				assert.Equal(t, int64(1), r.Conversions)
				assert.Equal(t, []string{"1"}, r.OrderIDs)
				assert.Equal(t, "40.00 USD", r.Revenue.String())
				got := map[string]int64{"code": r.ByCode, "link": r.ByLink, "both": r.ByBoth}
				assert.Equal(t, int64(1), got[tt.outcome], "matched by %s", tt.outcome)
			}
			switch tt.outcome {
			case "unmatched":
				assert.Len(t, a.Unmatched, 1)
				assert.Equal(t, "40.00 USD", a.Totals.Unattributed.String())
			case "conflict":
				require.Len(t, a.Conflicts, 1)
				assert.Equal(t, tt.conflict, [2]string{a.Conflicts[0].CodeCreator, a.Conflicts[0].LinkCreator})
				assert.Equal(t, "40.00 USD", a.Totals.Unattributed.String())
				assert.Empty(t, a.Unmatched)
			default:
				assert.Empty(t, a.Unmatched)
				assert.Empty(t, a.Conflicts)
				assert.Equal(t, "40.00 USD", a.Totals.Attributed.String())
				assert.Equal(t, int64(1), a.Totals.Conversions)
			}
		})
	}
}

// TestAttributeCampaign runs a small campaign with duplicate, unmatched and
// conflicting orders and checks every figure.
func TestAttributeCampaign(t *testing.T) {
	orders := []pricing.Order{
		order("A1", "48.00", "TESS15", ""),
		order("A2", "52.50", "tess15", "tess-liner"),
		order("A3", "96.00", "", "max-serum"),
		order("A1", "48.00", "TESS15", ""), // a webhook retry: the same order again
		order("A4", "12.345", "MAX20", ""), // sub-cent amounts stay exact
		order("A5", "30.00", "SPRING10", ""),
		order("A6", "75.00", "MAX20", "tess-liner"),
		order("A7", "0.00", "TESS15", ""), // a free order still converts
	}
	a, err := pricing.Attribute(orders, glowCreators())
	require.NoError(t, err)
	assert.Equal(t, currency.USD, a.Currency)

	tess, max := a.Creators[0], a.Creators[1]
	assert.Equal(t, []string{"A1", "A2", "A7"}, tess.OrderIDs)
	assert.Equal(t, int64(3), tess.Conversions)
	assert.Equal(t, [3]int64{2, 0, 1}, [3]int64{tess.ByCode, tess.ByLink, tess.ByBoth})
	assert.Equal(t, "100.50 USD", tess.Revenue.String())
	assert.Equal(t, []string{"A3", "A4"}, max.OrderIDs)
	assert.True(t, max.Revenue.Amount().Equal(decimal.RequireFromString("108.345")), max.Revenue.Amount().String())

	cpa, err := tess.CPA()
	require.NoError(t, err)
	assert.Equal(t, "150.00 USD", cpa.String())
	roi, err := tess.ROI()
	require.NoError(t, err)
	assert.Equal(t, "-0.776667", roi.String(), "(100.50 - 450) / 450")
	roas, err := max.ROAS()
	require.NoError(t, err)
	assert.Equal(t, "0.018058", roas.String(), "108.345 / 6000")

	require.Len(t, a.Duplicates, 1)
	assert.Equal(t, "A1", a.Duplicates[0].ID)
	require.Len(t, a.Unmatched, 1)
	assert.Equal(t, "A5", a.Unmatched[0].ID)
	require.Len(t, a.Conflicts, 1)
	assert.Equal(t, pricing.Conflict{Order: orders[6], CodeCreator: "@max", LinkCreator: "@tess"}, a.Conflicts[0])

	tot := a.Totals
	assert.Equal(t, 7, tot.Orders)
	assert.Equal(t, int64(5), tot.Conversions)
	assert.Equal(t, "313.845", tot.Revenue.Amount().String(), "sums are exact, never rounded")
	assert.Equal(t, "208.845", tot.Attributed.Amount().String())
	assert.Equal(t, "105.00 USD", tot.Unattributed.String())
	assert.Equal(t, "6450.00 USD", tot.Fees.String())
	tcpa, err := tot.CPA()
	require.NoError(t, err)
	assert.Equal(t, "1290.00 USD", tcpa.String())
	troi, err := tot.ROI()
	require.NoError(t, err)
	assert.Equal(t, "-0.967621", troi.String())
	troas, err := tot.ROAS()
	require.NoError(t, err)
	assert.Equal(t, "0.032379", troas.String())
}

func TestAttributeMetricsWithoutDenominator(t *testing.T) {
	creators := []pricing.CreatorTracking{{Creator: "@gifted", Codes: []string{"GIFT"}, Fee: pricing.MustNew("0", "USD")}}
	a, err := pricing.Attribute([]pricing.Order{order("1", "10.00", "NOPE", "")}, creators)
	require.NoError(t, err)
	r := a.Creators[0]
	_, err = r.CPA()
	assert.ErrorIs(t, err, pricing.ErrNonPositiveBase, "no conversions, no CPA")
	_, err = r.ROI()
	assert.ErrorIs(t, err, pricing.ErrNonPositiveBase, "a gifted creator has no fee to return on")
	_, err = r.ROAS()
	assert.ErrorIs(t, err, pricing.ErrNonPositiveBase)
	_, err = a.Totals.CPA()
	assert.ErrorIs(t, err, pricing.ErrNonPositiveBase)
	_, err = a.Totals.ROI()
	assert.ErrorIs(t, err, pricing.ErrNonPositiveBase)
	_, err = a.Totals.ROAS()
	assert.ErrorIs(t, err, pricing.ErrNonPositiveBase)
	assert.Equal(t, "0.00 USD", a.Totals.Attributed.String(), "an empty sum is zero in the campaign's currency")
}

func TestAttributeUnicodeCodes(t *testing.T) {
	creators := []pricing.CreatorTracking{{Creator: "@jana", Codes: []string{"STRASSE10"}, Fee: pricing.MustNew("100", "EUR")}}
	orders := []pricing.Order{
		{ID: "1", Amount: pricing.MustNew("20", "EUR"), Code: "straße10"},  // full case folding: ß is ss
		{ID: "2", Amount: pricing.MustNew("20", "EUR"), Code: "ＳＴＲＡＳＳＥ10"}, // full-width letters are other characters
	}
	a, err := pricing.Attribute(orders, creators)
	require.NoError(t, err)
	assert.Equal(t, []string{"1"}, a.Creators[0].OrderIDs)
	require.Len(t, a.Unmatched, 1)
	assert.Equal(t, "2", a.Unmatched[0].ID)
}

func TestAttributeErrors(t *testing.T) {
	usd := pricing.MustNew("100.00", "USD")
	good := []pricing.Order{order("1", "10.00", "TESS15", "")}
	tests := []struct {
		why      string
		orders   []pricing.Order
		creators []pricing.CreatorTracking
		want     error
		message  string
	}{
		{"no creators", good, nil, pricing.ErrInvalidCreator, "no creators"},
		{"a creator without a name", good, []pricing.CreatorTracking{{Creator: " ", Fee: usd}}, pricing.ErrInvalidCreator, "creators[0] has no name"},
		{"the same creator twice", good, []pricing.CreatorTracking{{Creator: "@a", Fee: usd}, {Creator: "@a", Fee: usd}}, pricing.ErrInvalidCreator, `creators[0] and creators[1] are both "@a"`},
		{"a blank code", good, []pricing.CreatorTracking{{Creator: "@a", Codes: []string{" "}, Fee: usd}}, pricing.ErrInvalidCreator, "codes[0] is blank"},
		{"a blank link id", good, []pricing.CreatorTracking{{Creator: "@a", LinkIDs: []string{""}, Fee: usd}}, pricing.ErrInvalidCreator, "link_ids[0] is blank"},
		{"a negative fee", good, []pricing.CreatorTracking{{Creator: "@a", Fee: pricing.MustNew("-1", "USD")}}, pricing.ErrInvalidCreator, "negative fee"},
		{"a fee without a currency", good, []pricing.CreatorTracking{{Creator: "@a"}}, pricing.ErrNoCurrency, `creators[0] "@a" fee`},
		{"fees in two currencies", good, []pricing.CreatorTracking{{Creator: "@a", Fee: usd}, {Creator: "@b", Fee: pricing.MustNew("1", "EUR")}}, pricing.ErrCurrencyMismatch, `creators[1] "@b" fee`},
		{"one code, two creators, differing only in case", good, []pricing.CreatorTracking{{Creator: "@a", Codes: []string{"GLOW"}, Fee: usd}, {Creator: "@b", Codes: []string{" glow"}, Fee: usd}}, pricing.ErrSharedIdentifier, `code " glow" of "@b" is also "@a"'s`},
		{"one link id, two creators", good, []pricing.CreatorTracking{{Creator: "@a", LinkIDs: []string{"x"}, Fee: usd}, {Creator: "@b", LinkIDs: []string{"x"}, Fee: usd}}, pricing.ErrSharedIdentifier, "link id"},
		{"an order without an ID", []pricing.Order{order("", "1", "", "")}, glowCreators(), pricing.ErrInvalidOrder, "orders[0] has no ID"},
		{"a negative order (a refund)", []pricing.Order{order("R", "-5.00", "", "")}, glowCreators(), pricing.ErrInvalidOrder, "negative amount -5.00 USD"},
		{"an order without an amount", []pricing.Order{{ID: "Z"}}, glowCreators(), pricing.ErrNoCurrency, `orders[0] "Z" has no amount`},
		{"an order in another currency is never summed", []pricing.Order{order("1", "1", "", ""), {ID: "E", Amount: pricing.MustNew("5", "EUR")}}, glowCreators(), pricing.ErrCurrencyMismatch, `orders[1] "E" is 5.00 EUR, the campaign is in USD`},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			a, err := pricing.Attribute(tt.orders, tt.creators)
			assert.ErrorIs(t, err, tt.want)
			assert.ErrorContains(t, err, tt.message)
			assert.Empty(t, a.Creators)
		})
	}
}

func TestAttributeRepeatedOwnCodeIsHarmless(t *testing.T) {
	creators := []pricing.CreatorTracking{{Creator: "@a", Codes: []string{"GLOW", "glow"}, Fee: pricing.MustNew("1", "USD")}}
	a, err := pricing.Attribute([]pricing.Order{order("1", "2", "Glow", "")}, creators)
	require.NoError(t, err)
	assert.Equal(t, int64(1), a.Creators[0].ByCode)
}

// TestAttributionRevenueProperty checks on random campaigns that attributed
// plus unattributed revenue equals the revenue of the distinct orders,
// exactly, that the creators' revenues add up to the attributed revenue, and
// that every distinct order is counted once.
func TestAttributionRevenueProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for trial := range 300 {
		creators := make([]pricing.CreatorTracking, 1+rng.IntN(8))
		for i := range creators {
			creators[i] = pricing.CreatorTracking{
				Creator: "@c" + strconv.Itoa(i),
				Codes:   []string{"CODE" + strconv.Itoa(i)},
				LinkIDs: []string{"link-" + strconv.Itoa(i)},
				Fee:     pricing.MustNew(strconv.Itoa(rng.IntN(5000)), "USD"),
			}
		}
		orders := make([]pricing.Order, rng.IntN(60))
		for i := range orders {
			id := strconv.Itoa(rng.IntN(len(orders) + 1)) // repeats make duplicates
			code, link := "", ""
			if rng.IntN(3) > 0 {
				code = []string{"code", "CODE", " Code"}[rng.IntN(3)] + strconv.Itoa(rng.IntN(len(creators)+2))
			}
			if rng.IntN(2) == 0 {
				link = "link-" + strconv.Itoa(rng.IntN(len(creators)+2))
			}
			amount := decimal.New(rng.Int64N(1_000_000_000), -int32(rng.IntN(5)))
			m, err := pricing.FromDecimal(amount, currency.USD)
			require.NoError(t, err)
			orders[i] = pricing.Order{ID: id, Amount: m, Code: code, LinkID: link}
		}

		a, err := pricing.Attribute(orders, creators)
		require.NoError(t, err)

		want := decimal.Zero
		seen := map[string]bool{}
		for _, o := range orders {
			if !seen[o.ID] {
				seen[o.ID] = true
				want = want.Add(o.Amount.Amount())
			}
		}
		sum, err := a.Totals.Attributed.Add(a.Totals.Unattributed)
		require.NoError(t, err)
		assert.True(t, sum.Amount().Equal(want), "trial %d: %s + %s != %s", trial, a.Totals.Attributed.Amount(), a.Totals.Unattributed.Amount(), want)
		assert.True(t, a.Totals.Revenue.Amount().Equal(want), "trial %d: total", trial)

		byCreator := decimal.Zero
		counted := len(a.Unmatched) + len(a.Conflicts)
		for _, r := range a.Creators {
			byCreator = byCreator.Add(r.Revenue.Amount())
			counted += len(r.OrderIDs)
			assert.Equal(t, r.Conversions, r.ByCode+r.ByLink+r.ByBoth)
		}
		assert.True(t, byCreator.Equal(a.Totals.Attributed.Amount()), "trial %d: creators", trial)
		assert.Equal(t, len(seen), counted, "trial %d: every distinct order is counted once", trial)
		assert.Equal(t, len(orders)-len(seen), len(a.Duplicates))
	}
}

// benchCampaign is 1,000 creators with two codes and a link each, and
// 100,000 orders: 70% by code (in varied case), 20% by link, 5% unmatched,
// 5% duplicates.
func benchCampaign() ([]pricing.Order, []pricing.CreatorTracking) {
	creators := make([]pricing.CreatorTracking, 1000)
	for i := range creators {
		n := strconv.Itoa(i)
		creators[i] = pricing.CreatorTracking{
			Creator: "@creator" + n, Codes: []string{"GLOW" + n, "SPRING" + n}, LinkIDs: []string{"utm-" + n},
			Fee: pricing.MustNew(strconv.Itoa(100+i), "USD"),
		}
	}
	rng := rand.New(rand.NewPCG(1, 1))
	orders := make([]pricing.Order, 100_000)
	for i := range orders {
		c := strconv.Itoa(rng.IntN(1000))
		o := pricing.Order{ID: "ord-" + strconv.Itoa(i), Time: orderTime.Add(time.Duration(i) * time.Minute)}
		o.Amount, _ = pricing.FromMinor(rng.Int64N(50_000)+500, currency.USD)
		switch p := rng.IntN(100); {
		case p < 35:
			o.Code = "GLOW" + c
		case p < 70:
			o.Code = " spring" + c
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

func BenchmarkAttribute100kOrders1kCreators(b *testing.B) {
	orders, creators := benchCampaign()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pricing.Attribute(orders, creators); err != nil {
			b.Fatal(err)
		}
	}
}

func ExampleAttribute() {
	usd := func(s string) pricing.Money { return pricing.MustNew(s, "USD") }
	creators := []pricing.CreatorTracking{
		{Creator: "@tess", Codes: []string{"TESS15"}, LinkIDs: []string{"tess-liner"}, Fee: usd("450.00")},
		{Creator: "@max", Codes: []string{"MAX20"}, LinkIDs: []string{"max-serum"}, Fee: usd("6000.00")},
	}
	orders := []pricing.Order{
		{ID: "1001", Amount: usd("48.00"), Code: " tess15"},
		{ID: "1002", Amount: usd("52.50"), LinkID: "tess-liner"},
		{ID: "1002", Amount: usd("52.50"), LinkID: "tess-liner"}, // sent twice
		{ID: "1003", Amount: usd("96.00"), Code: "MAX20"},
		{ID: "1004", Amount: usd("30.00"), Code: "SPRING10"},
		{ID: "1005", Amount: usd("75.00"), Code: "MAX20", LinkID: "tess-liner"},
	}
	a, err := pricing.Attribute(orders, creators)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range a.Creators {
		cpa, _ := r.CPA()
		roi, _ := r.ROI()
		fmt.Printf("%s: %d orders %v, revenue %s, CPA %s, ROI %s%%\n",
			r.Creator, r.Conversions, r.OrderIDs, r.Revenue, cpa, roi.Shift(2).StringFixed(1))
	}
	fmt.Println("duplicates:", len(a.Duplicates), "unmatched:", len(a.Unmatched), "conflicts:", len(a.Conflicts))
	fmt.Printf("%s attributed + %s unattributed = %s\n", a.Totals.Attributed, a.Totals.Unattributed, a.Totals.Revenue)
	// Output:
	// @tess: 2 orders [1001 1002], revenue 100.50 USD, CPA 225.00 USD, ROI -77.7%
	// @max: 1 orders [1003], revenue 96.00 USD, CPA 6000.00 USD, ROI -98.4%
	// duplicates: 1 unmatched: 1 conflicts: 1
	// 196.50 USD attributed + 105.00 USD unattributed = 301.50 USD
}

// TestAttributeDuplicateWithOtherFigures keeps the first of two orders
// sharing an ID, whatever the second says, and reports the second.
func TestAttributeDuplicateWithOtherFigures(t *testing.T) {
	first, second := order("A1", "48.00", "TESS15", ""), order("A1", "480.00", "MAX20", "")
	a, err := pricing.Attribute([]pricing.Order{first, second}, glowCreators())
	require.NoError(t, err)
	assert.Equal(t, []string{"A1"}, a.Creators[0].OrderIDs)
	assert.Empty(t, a.Creators[1].OrderIDs)
	assert.Equal(t, []pricing.Order{second}, a.Duplicates)
	assert.Equal(t, "48.00 USD", a.Totals.Revenue.String())
}

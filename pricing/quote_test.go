package pricing_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/pricing"
)

func testCard(t testing.TB) pricing.RateCard {
	card, err := pricing.NewRateCard(
		pricing.UnitPrice{Platform: influencekit.TikTok, Format: influencekit.Short, Price: pricing.MustNew("120", "USD")},
		pricing.UnitPrice{Platform: influencekit.Instagram, Format: influencekit.Reel, Price: pricing.MustNew("250", "USD")},
		pricing.UnitPrice{Platform: influencekit.Instagram, Format: influencekit.Story, Price: pricing.MustNew("75", "USD")},
		pricing.UnitPrice{Platform: influencekit.YouTube, Format: influencekit.Video, Price: pricing.MustNew("0.125", "USD")},
	)
	require.NoError(t, err)
	return card
}

func pct(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestQuoteEveryTerm walks through a quote with every adjustment, in the
// documented order, checking each item's amount and arithmetic.
func TestQuoteEveryTerm(t *testing.T) {
	lines := []pricing.Line{
		{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 2},
		{Platform: influencekit.Instagram, Format: influencekit.Story, Quantity: 3},
		{Platform: influencekit.TikTok, Format: influencekit.Short, Quantity: 1},
	}
	terms := pricing.Terms{
		// Set in an order unlike the applied one: the order is fixed.
		ProductValue:  pricing.MustNew("120", "USD"),
		Affiliate:     pricing.AffiliateTerms{Rate: pct("0.10")},
		Exclusivity:   pricing.ExclusivityTerms{Days: 30, Rate: pct("0.25")},
		Usage:         pricing.UsageTerms{Months: 3, MonthlyRate: pct("0.10"), MonthlyFee: pricing.MustNew("20", "USD")},
		FixedDiscount: pricing.MustNew("22.47", "USD"),
		Discount:      pct("0.05"),
		Bundles:       []pricing.Bundle{{MinQuantity: 6, Discount: pct("0.10")}, {MinQuantity: 3, Discount: pct("0.05")}, {MinQuantity: 10, Discount: pct("0.2")}},
	}
	q, err := pricing.NewQuote(testCard(t), lines, terms)
	require.NoError(t, err)

	want := []struct {
		kind        pricing.ItemKind
		description string
		amount      string
		arithmetic  string
	}{
		{pricing.DeliverableItem, "instagram reel", "500.00 USD", "2 × 250.00 USD = 500.00 USD"},
		{pricing.DeliverableItem, "instagram story", "225.00 USD", "3 × 75.00 USD = 225.00 USD"},
		{pricing.DeliverableItem, "tiktok short", "120.00 USD", "1 × 120.00 USD = 120.00 USD"},
		{pricing.BundleDiscount, "bundle of 6 or more deliverables", "-84.50 USD", "10% of 845.00 USD (6 deliverables) = -84.50 USD"},
		{pricing.PercentDiscount, "5% discount", "-38.03 USD", "5% of 760.50 USD = -38.03 USD"},
		{pricing.FixedDiscount, "fixed discount", "-22.47 USD", "22.47 USD off 722.47 USD = -22.47 USD"},
		{pricing.UsageRights, "usage rights for 3 months", "270.00 USD", "3 × (10% of 700.00 USD + 20.00 USD = 90.00 USD a month) = 270.00 USD"},
		{pricing.ExclusivityPremium, "exclusivity for 30 days", "175.00 USD", "25% of 700.00 USD = 175.00 USD"},
		{pricing.ProductInKind, "products given in kind", "-120.00 USD", "products worth 120.00 USD, not paid in money = -120.00 USD"},
	}
	items := q.Items()
	require.Len(t, items, len(want))
	for i, w := range want {
		assert.Equal(t, w.kind, items[i].Kind, "item %d", i)
		assert.Equal(t, w.description, items[i].Description, "item %d", i)
		assert.Equal(t, w.amount, items[i].Amount.String(), "item %d", i)
		assert.Equal(t, w.arithmetic, items[i].Arithmetic, "item %d", i)
	}
	assert.Equal(t, "845.00 USD", q.Subtotal().String())
	assert.Equal(t, "700.00 USD", q.Fee().String())
	assert.Equal(t, "1145.00 USD", q.Total().String())
	assert.Equal(t, "1025.00 USD", q.Cash().String())
	assertSumsTo(t, q.Cash(), itemAmounts(items))

	commission, err := q.Commission(pricing.MustNew("2000.05", "USD"))
	require.NoError(t, err)
	assert.Equal(t, "200.01 USD", commission.String(), "10% of 2000.05 is 200.005, rounded half away from zero")
	assert.Equal(t, q.Total().String(), "1145.00 USD", "commission never enters the totals")

	assert.Equal(t, `deliverable           500.00 USD  instagram reel: 2 × 250.00 USD = 500.00 USD
deliverable           225.00 USD  instagram story: 3 × 75.00 USD = 225.00 USD
deliverable           120.00 USD  tiktok short: 1 × 120.00 USD = 120.00 USD
bundle-discount       -84.50 USD  bundle of 6 or more deliverables: 10% of 845.00 USD (6 deliverables) = -84.50 USD
percent-discount      -38.03 USD  5% discount: 5% of 760.50 USD = -38.03 USD
fixed-discount        -22.47 USD  fixed discount: 22.47 USD off 722.47 USD = -22.47 USD
usage-rights          270.00 USD  usage rights for 3 months: 3 × (10% of 700.00 USD + 20.00 USD = 90.00 USD a month) = 270.00 USD
exclusivity-premium   175.00 USD  exclusivity for 30 days: 25% of 700.00 USD = 175.00 USD
product-in-kind      -120.00 USD  products given in kind: products worth 120.00 USD, not paid in money = -120.00 USD
fee                   700.00 USD  content after discounts
total                1145.00 USD  fee + usage rights + exclusivity
cash                 1025.00 USD  total − products in kind
plus 10% commission on attributed sales, paid once they are known (not in the totals)
`, q.String())
}

func TestQuoteSimple(t *testing.T) {
	tests := []struct {
		why   string
		lines []pricing.Line
		terms pricing.Terms
		items int
		fee   string
		total string
		cash  string
	}{
		{why: "no terms: the total is the deliverables", lines: []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 1}},
			items: 1, fee: "250.00 USD", total: "250.00 USD", cash: "250.00 USD"},
		{why: "a bundle not reached does not apply", lines: []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 2}},
			terms: pricing.Terms{Bundles: []pricing.Bundle{{MinQuantity: 3, Discount: pct("0.5")}}}, items: 1, fee: "500.00 USD", total: "500.00 USD", cash: "500.00 USD"},
		{why: "a bundle's MinQuantity is inclusive", lines: []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 3}},
			terms: pricing.Terms{Bundles: []pricing.Bundle{{MinQuantity: 3, Discount: pct("0.5")}}}, items: 2, fee: "375.00 USD", total: "375.00 USD", cash: "375.00 USD"},
		{why: "sub-minor unit prices are multiplied exactly, then rounded per line", lines: []pricing.Line{{Platform: influencekit.YouTube, Format: influencekit.Video, Quantity: 3}},
			items: 1, fee: "0.38 USD", total: "0.38 USD", cash: "0.38 USD"},
		{why: "a 100% discount leaves a zero fee", lines: []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 1}},
			terms: pricing.Terms{Discount: pct("1")}, items: 2, fee: "0.00 USD", total: "0.00 USD", cash: "0.00 USD"},
		{why: "product-plus-payment: all of the value in kind leaves no cash", lines: []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Story, Quantity: 1}},
			terms: pricing.Terms{ProductValue: pricing.MustNew("75", "USD")}, items: 2, fee: "75.00 USD", total: "75.00 USD", cash: "0.00 USD"},
		{why: "months without a price add nothing", lines: []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Story, Quantity: 1}},
			terms: pricing.Terms{Usage: pricing.UsageTerms{Months: 12}, Exclusivity: pricing.ExclusivityTerms{Days: 30}}, items: 1, fee: "75.00 USD", total: "75.00 USD", cash: "75.00 USD"},
		{why: "a fixed exclusivity premium", lines: []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Story, Quantity: 1}},
			terms: pricing.Terms{Exclusivity: pricing.ExclusivityTerms{Days: 1, Fee: pricing.MustNew("10", "USD")}}, items: 2, fee: "75.00 USD", total: "85.00 USD", cash: "85.00 USD"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			q, err := pricing.NewQuote(testCard(t), tt.lines, tt.terms)
			require.NoError(t, err)
			assert.Len(t, q.Items(), tt.items)
			assert.Equal(t, tt.fee, q.Fee().String())
			assert.Equal(t, tt.total, q.Total().String())
			assert.Equal(t, tt.cash, q.Cash().String())
			assertSumsTo(t, q.Cash(), itemAmounts(q.Items()))
		})
	}
}

func TestQuoteErrors(t *testing.T) {
	reel := []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 1}}
	tests := []struct {
		why   string
		card  pricing.RateCard
		lines []pricing.Line
		terms pricing.Terms
		err   error
	}{
		{why: "an empty rate card", card: pricing.RateCard{}, lines: reel, err: pricing.ErrInvalidRateCard},
		{why: "no lines", lines: nil, err: pricing.ErrInvalidQuote},
		{why: "zero quantity", lines: []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel}}, err: pricing.ErrInvalidQuote},
		{why: "negative quantity", lines: []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: -1}}, err: pricing.ErrInvalidQuote},
		{why: "quantities overflowing int64", lines: []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 1 << 62}, {Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 1 << 62}, {Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 1 << 62}}, err: pricing.ErrInvalidQuote},
		{why: "a deliverable with no rate", lines: []pricing.Line{{Platform: influencekit.Twitch, Format: influencekit.Live, Quantity: 1}}, err: pricing.ErrNoPrice},
		{why: "a discount above 100%", lines: reel, terms: pricing.Terms{Discount: pct("1.01")}, err: pricing.ErrInvalidQuote},
		{why: "a negative discount", lines: reel, terms: pricing.Terms{Discount: pct("-0.1")}, err: pricing.ErrInvalidQuote},
		{why: "a bundle from zero deliverables", lines: reel, terms: pricing.Terms{Bundles: []pricing.Bundle{{MinQuantity: 0, Discount: pct("0.1")}}}, err: pricing.ErrInvalidQuote},
		{why: "two bundles from the same count", lines: reel, terms: pricing.Terms{Bundles: []pricing.Bundle{{MinQuantity: 2, Discount: pct("0.1")}, {MinQuantity: 2, Discount: pct("0.2")}}}, err: pricing.ErrInvalidQuote},
		{why: "a fixed discount beyond the subtotal", lines: reel, terms: pricing.Terms{FixedDiscount: pricing.MustNew("250.01", "USD")}, err: pricing.ErrInvalidQuote},
		{why: "a negative fixed discount", lines: reel, terms: pricing.Terms{FixedDiscount: pricing.MustNew("-1", "USD")}, err: pricing.ErrInvalidQuote},
		{why: "a fixed discount in another currency", lines: reel, terms: pricing.Terms{FixedDiscount: pricing.MustNew("1", "EUR")}, err: pricing.ErrCurrencyMismatch},
		{why: "product value above the total", lines: reel, terms: pricing.Terms{ProductValue: pricing.MustNew("250.01", "USD")}, err: pricing.ErrInvalidQuote},
		{why: "product value in another currency", lines: reel, terms: pricing.Terms{ProductValue: pricing.MustNew("1", "GBP")}, err: pricing.ErrCurrencyMismatch},
		{why: "a usage fee without months", lines: reel, terms: pricing.Terms{Usage: pricing.UsageTerms{MonthlyFee: pricing.MustNew("1", "USD")}}, err: pricing.ErrInvalidQuote},
		{why: "negative months", lines: reel, terms: pricing.Terms{Usage: pricing.UsageTerms{Months: -1}}, err: pricing.ErrInvalidQuote},
		{why: "a negative usage rate", lines: reel, terms: pricing.Terms{Usage: pricing.UsageTerms{Months: 1, MonthlyRate: pct("-0.1")}}, err: pricing.ErrInvalidQuote},
		{why: "a usage fee in another currency", lines: reel, terms: pricing.Terms{Usage: pricing.UsageTerms{Months: 1, MonthlyFee: pricing.MustNew("1", "EUR")}}, err: pricing.ErrCurrencyMismatch},
		{why: "an exclusivity rate without days", lines: reel, terms: pricing.Terms{Exclusivity: pricing.ExclusivityTerms{Rate: pct("0.2")}}, err: pricing.ErrInvalidQuote},
		{why: "negative exclusivity days", lines: reel, terms: pricing.Terms{Exclusivity: pricing.ExclusivityTerms{Days: -30}}, err: pricing.ErrInvalidQuote},
		{why: "a negative exclusivity rate", lines: reel, terms: pricing.Terms{Exclusivity: pricing.ExclusivityTerms{Days: 30, Rate: pct("-0.2")}}, err: pricing.ErrInvalidQuote},
		{why: "an affiliate rate above 100%", lines: reel, terms: pricing.Terms{Affiliate: pricing.AffiliateTerms{Rate: pct("1.5")}}, err: pricing.ErrInvalidQuote},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			card := tt.card
			if tt.why != "an empty rate card" {
				card = testCard(t)
			}
			_, err := pricing.NewQuote(card, tt.lines, tt.terms)
			assert.ErrorIs(t, err, tt.err)
		})
	}
}

func TestQuoteCommissionErrors(t *testing.T) {
	q, err := pricing.NewQuote(testCard(t), []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 1}}, pricing.Terms{})
	require.NoError(t, err)
	c, err := q.Commission(pricing.MustNew("100", "USD"))
	require.NoError(t, err)
	assert.True(t, c.IsZero(), "no affiliate terms, no commission")
	_, err = q.Commission(pricing.MustNew("100", "EUR"))
	assert.ErrorIs(t, err, pricing.ErrCurrencyMismatch)
	_, err = q.Commission(pricing.MustNew("-1", "USD"))
	assert.ErrorIs(t, err, pricing.ErrInvalidAmount)
}

func TestQuoteItemsIsACopy(t *testing.T) {
	q, err := pricing.NewQuote(testCard(t), []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 1}}, pricing.Terms{})
	require.NoError(t, err)
	items := q.Items()
	items[0].Description = "changed"
	assert.Equal(t, "instagram reel", q.Items()[0].Description)
}

func TestItemKindText(t *testing.T) {
	for k := pricing.UnknownItemKind; k <= pricing.ProductInKind; k++ {
		text, err := k.MarshalText()
		require.NoError(t, err)
		var back pricing.ItemKind
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, k, back)
	}
	_, err := pricing.ItemKind(99).MarshalText()
	assert.ErrorIs(t, err, pricing.ErrUnknownItemKind)
	k, err := pricing.ParseItemKind("Usage-Rights")
	require.NoError(t, err)
	assert.Equal(t, pricing.UsageRights, k)
}

func itemAmounts(items []pricing.Item) []pricing.Money {
	amounts := make([]pricing.Money, len(items))
	for i, it := range items {
		amounts[i] = it.Amount
	}
	return amounts
}

// TestNewQuoteBundleMessageSpeaksPlainly checks that the error for a bundle
// below one deliverable does not name the Go field (MinQuantity): the JSON
// service passes the message to callers who know "min_quantity".
func TestNewQuoteBundleMessageSpeaksPlainly(t *testing.T) {
	_, err := pricing.NewQuote(testCard(t), []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 1}},
		pricing.Terms{Bundles: []pricing.Bundle{{MinQuantity: 0, Discount: decimal.New(1, -1)}}})
	require.ErrorIs(t, err, pricing.ErrInvalidQuote)
	assert.Equal(t, "pricing: invalid quote: bundle 0 has a minimum quantity of 0, below 1", err.Error())
}

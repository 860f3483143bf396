package pricing_test

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/pricing"
)

func ExampleNew() {
	fee, err := pricing.New("1250.50", "USD")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(fee)
	fmt.Println(fee.Amount().StringFixed(2), fee.Currency())

	_, err = pricing.New("1,250.50", "USD")
	fmt.Println(err)
	// Output:
	// 1250.50 USD
	// 1250.50 USD
	// pricing: invalid amount "1,250.50": unexpected ',' at byte 1
}

func ExampleMoney_Add() {
	fee := pricing.MustNew("1250.50", "USD")
	bonus := pricing.MustNew("100", "USD")
	total, _ := fee.Add(bonus)
	fmt.Println(total)

	_, err := fee.Add(pricing.MustNew("100", "EUR"))
	fmt.Println(err)
	// Output:
	// 1350.50 USD
	// pricing: currency mismatch: sum of 1250.50 USD and 100.00 EUR
}

func ExampleMoney_Mul() {
	fee := pricing.MustNew("999.99", "USD")
	commission := fee.Mul(decimal.New(15, -2)) // 15%, exact until rounded
	fmt.Println(commission.Amount().StringFixed(4), "->", commission.Round())
	// Output:
	// 149.9985 -> 150.00 USD
}

func ExampleMoney_Round() {
	fmt.Println(pricing.MustNew("0.125", "USD").Round())
	fmt.Println(pricing.MustNew("-0.125", "USD").Round())
	fmt.Println(pricing.MustNew("1.5", "JPY").Round())
	fmt.Println(pricing.MustNew("1.23", "CHF").RoundCash())
	// Output:
	// 0.13 USD
	// -0.13 USD
	// 2 JPY
	// 1.25 CHF
}

func ExampleMoney_Allocate() {
	parts, _ := pricing.MustNew("0.01", "USD").Allocate(0, 1, 1)
	fmt.Println(parts)
	parts, _ = pricing.MustNew("1500.00", "USD").Allocate(50, 30, 20)
	fmt.Println(parts)
	// Output:
	// [0.00 USD 0.01 USD 0.00 USD]
	// [750.00 USD 450.00 USD 300.00 USD]
}

func ExampleMoney_Split() {
	parts, _ := pricing.MustNew("100.00", "USD").Split(3)
	fmt.Println(parts)
	parts, _ = pricing.MustNew("1000", "JPY").Split(3)
	fmt.Println(parts)
	// Output:
	// [33.34 USD 33.33 USD 33.33 USD]
	// [334 JPY 333 JPY 333 JPY]
}

func ExampleMoney_Format() {
	fee := pricing.MustNew("1250.5", "EUR")
	fmt.Println(fee.Format(language.AmericanEnglish))
	fmt.Println(fee.Format(language.German))
	fmt.Println(pricing.MustNew("1234567", "INR").Format(language.MustParse("en-IN")))
	// Output:
	// 1,250.50 EUR
	// 1.250,50 EUR
	// 12,34,567.00 INR
}

func ExampleMoney_MarshalJSON() {
	data, _ := json.Marshal(pricing.MustNew("1250.5", "USD"))
	fmt.Println(string(data))

	var m pricing.Money
	_ = json.Unmarshal([]byte(`{"amount":99.9,"currency":"EUR"}`), &m)
	fmt.Println(m)
	// Output:
	// {"amount":"1250.50","currency":"USD"}
	// 99.90 EUR
}

func ExampleCPM() {
	// mighty-micro: Hers' skincare track ran 3,414,400 impressions at a 5.13 USD CPM.
	cpm, _ := pricing.CPM(pricing.MustNew("17515.87", "USD"), 3_414_400)
	fmt.Println(cpm)
	// Output:
	// 5.13 USD
}

func ExampleROI() {
	revenue := pricing.MustNew("4000", "USD")
	cost := pricing.MustNew("1600", "USD")
	roi, _ := pricing.ROI(revenue, cost)
	roas, _ := pricing.ROAS(revenue, cost)
	fmt.Printf("ROI %s%%, ROAS %s\n", roi.Shift(2).StringFixed(1), roas.StringFixed(2))
	// Output:
	// ROI 150.0%, ROAS 2.50
}

func ExampleFromMinor() {
	fee, _ := pricing.FromMinor(125050, currency.USD)
	yen, _ := pricing.FromMinor(1000, currency.JPY)
	fmt.Println(fee, yen)
	// Output:
	// 1250.50 USD 1000 JPY
}

func ExampleNewQuote() {
	card, _ := pricing.NewRateCard(
		pricing.UnitPrice{Platform: influencekit.Instagram, Format: influencekit.Reel, Price: pricing.MustNew("250", "USD")},
		pricing.UnitPrice{Platform: influencekit.Instagram, Format: influencekit.Story, Price: pricing.MustNew("75", "USD")},
	)
	lines := []pricing.Line{
		{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 2},
		{Platform: influencekit.Instagram, Format: influencekit.Story, Quantity: 4},
	}
	terms := pricing.Terms{
		Bundles:      []pricing.Bundle{{MinQuantity: 5, Discount: decimal.New(10, -2)}},
		Usage:        pricing.UsageTerms{Months: 3, MonthlyRate: decimal.New(5, -2)},
		ProductValue: pricing.MustNew("120", "USD"), // mighty-micro's product-plus-payment
		Affiliate:    pricing.AffiliateTerms{Rate: decimal.New(8, -2)},
	}
	q, err := pricing.NewQuote(card, lines, terms)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(q)
	commission, _ := q.Commission(pricing.MustNew("3000", "USD"))
	fmt.Println("commission on 3000.00 USD of sales:", commission)
	// Output:
	// deliverable           500.00 USD  instagram reel: 2 × 250.00 USD = 500.00 USD
	// deliverable           300.00 USD  instagram story: 4 × 75.00 USD = 300.00 USD
	// bundle-discount       -80.00 USD  bundle of 5 or more deliverables: 10% of 800.00 USD (6 deliverables) = -80.00 USD
	// usage-rights          108.00 USD  usage rights for 3 months: 3 × (5% of 720.00 USD = 36.00 USD a month) = 108.00 USD
	// product-in-kind      -120.00 USD  products given in kind: products worth 120.00 USD, not paid in money = -120.00 USD
	// fee                   720.00 USD  content after discounts
	// total                 828.00 USD  fee + usage rights + exclusivity
	// cash                  708.00 USD  total − products in kind
	// plus 8% commission on attributed sales, paid once they are known (not in the totals)
	// commission on 3000.00 USD of sales: 240.00 USD
}

func ExampleCheckMarketPrice() {
	offer := pricing.MustNew("650", "USD")
	pos, r, err := pricing.CheckMarketPrice(influencekit.Instagram, 42_000, offer)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s is %s the market (%s; %s)\n", offer, pos, r, r.Source)
	// Output:
	// 650.00 USD is above the market (instagram micro: 100.00 USD to 500.00 USD per post; Influencer Marketing Hub, influencer rates (2024))
}

func ExamplePlanBudget() {
	// micro-how-to: "the cost of working with 100 micro-influencers is much lower
	// than hiring a single celebrity" at about 7,500 USD a post.
	plan, _ := pricing.PlanBudget(pricing.MustNew("7500", "USD"), influencekit.Instagram)
	for _, a := range plan {
		fmt.Printf("%-5s %4d to %4d creators\n", a.Range.Tier, a.AtLeast, a.AtMost)
	}
	// Output:
	// nano    75 to  750 creators
	// micro   15 to   75 creators
	// mid      1 to   15 creators
	// macro    0 to    1 creators
	// mega     0 to    0 creators
}

func ExampleMoney_Allocate_budget() {
	// Split a campaign budget across creators by follower count.
	budget := pricing.MustNew("10000.00", "USD")
	parts, _ := budget.Allocate(4_000, 12_500, 48_000, 9_999)
	fmt.Println(parts)
	// Output:
	// [536.92 USD 1677.87 USD 6443.04 USD 1342.17 USD]
}

// A market range travels as JSON with snake_case keys, its platform and
// tier by name and its amounts as money objects, and comes back as itself.
func ExampleMarketRange_jsonRoundTrip() {
	r, _ := pricing.MarketRangeFor(influencekit.Instagram, 42_000)
	data, err := json.Marshal(r)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(data))
	var back pricing.MarketRange
	if err := json.Unmarshal(data, &back); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(back)
	// Output:
	// {"platform":"instagram","tier":"micro","low":{"amount":"100.00","currency":"USD"},"high":{"amount":"500.00","currency":"USD"},"per":"post","source":"Influencer Marketing Hub, influencer rates (2024)"}
	// instagram micro: 100.00 USD to 500.00 USD per post
}

// A quote's JSON lists its items and totals; the affiliate rate is a
// fraction written as a JSON number.
func ExampleQuote_MarshalJSON() {
	card, _ := pricing.NewRateCard(pricing.UnitPrice{Platform: influencekit.Instagram, Format: influencekit.Reel, Price: pricing.MustNew("250", "USD")})
	q, _ := pricing.NewQuote(card, []pricing.Line{{Platform: influencekit.Instagram, Format: influencekit.Reel, Quantity: 2}},
		pricing.Terms{Affiliate: pricing.AffiliateTerms{Rate: decimal.New(8, -2)}})
	data, err := json.Marshal(q)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(data))
	// Output:
	// {"items":[{"kind":"deliverable","description":"instagram reel","amount":{"amount":"500.00","currency":"USD"},"arithmetic":"2 × 250.00 USD = 500.00 USD"}],"subtotal":{"amount":"500.00","currency":"USD"},"fee":{"amount":"500.00","currency":"USD"},"total":{"amount":"500.00","currency":"USD"},"cash":{"amount":"500.00","currency":"USD"},"affiliate":{"rate":0.08}}
}

// Terms travel as JSON in a form of their own: snake_case keys, fractions
// as decimal strings, money as money objects, none as null. A brand's
// system can send them, and they read back Equal.
func ExampleTerms_jsonRoundTrip() {
	terms := pricing.Terms{
		Bundles:  []pricing.Bundle{{MinQuantity: 5, Discount: decimal.New(10, -2)}},
		Discount: decimal.New(125, -3),
		Usage:    pricing.UsageTerms{Months: 3, MonthlyRate: decimal.New(5, -2)},
	}
	data, err := json.Marshal(terms)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(data))
	var back pricing.Terms
	if err := json.Unmarshal(data, &back); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(back.Discount.Equal(terms.Discount), back.Usage.MonthlyRate.Equal(terms.Usage.MonthlyRate))
	// Output:
	// {"bundles":[{"min_quantity":5,"discount":"0.1"}],"discount":"0.125","fixed_discount":null,"usage":{"months":3,"monthly_rate":"0.05","monthly_fee":null},"exclusivity":{"days":0,"rate":"0","fee":null},"product_value":null,"affiliate":{"rate":0}}
	// true true
}

package pricing_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/pricing"
	"github.com/influencekit/influencekit/tier"
)

// Example_campaign follows one campaign from tiering to invoice: tier the
// creator, check the offer against the market, quote the deliverables,
// split the cash into installments, then measure the spend.
func Example_campaign() {
	const followers = 42_000
	fmt.Println("tier:", tier.FiveTier.Of(followers))

	offer := pricing.MustNew("450", "USD")
	pos, market, err := pricing.CheckMarketPrice(influencekit.Instagram, followers, offer)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("offer %s is %s %s\n", offer, pos, market)

	card, err := pricing.NewRateCard(
		pricing.UnitPrice{Platform: influencekit.Instagram, Format: influencekit.Post, Price: pricing.MustNew("300", "USD")},
		pricing.UnitPrice{Platform: influencekit.Instagram, Format: influencekit.Story, Price: pricing.MustNew("50", "USD")},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	q, err := pricing.NewQuote(card, []pricing.Line{
		{Platform: influencekit.Instagram, Format: influencekit.Post, Quantity: 1},
		{Platform: influencekit.Instagram, Format: influencekit.Story, Quantity: 3},
	}, pricing.Terms{
		Discount:     decimal.New(10, -2),             // 10% for a first collaboration
		ProductValue: pricing.MustNew("60.00", "USD"), // product-plus-payment (mighty-micro)
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("quote total:", q.Total(), "cash:", q.Cash())

	installments, err := q.Cash().Split(3) // the invoice in three parts, no cent lost
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("installments:", installments)

	cpm, err := pricing.CPM(q.Total(), 5_200)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("CPM over 5,200 impressions:", cpm)
	// Output:
	// tier: micro
	// offer 450.00 USD is within instagram micro: 100.00 USD to 500.00 USD per post
	// quote total: 405.00 USD cash: 345.00 USD
	// installments: [115.00 USD 115.00 USD 115.00 USD]
	// CPM over 5,200 impressions: 77.88 USD
}

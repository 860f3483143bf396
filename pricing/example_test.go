package pricing_test

import (
	"encoding/json"
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

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
	// Seed 003: Hers' skincare track ran 3,414,400 impressions at a 5.13 USD CPM.
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

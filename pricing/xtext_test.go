package pricing_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/influencekit/influencekit/pricing"
)

// TestXTextShortcomings pins the golang.org/x/text behaviour that
// Money.Format documents and works around. If an x/text upgrade fixes one,
// this test fails and the documentation should change with it.
func TestXTextShortcomings(t *testing.T) {
	tests := []struct {
		why    string
		tag    language.Tag
		value  any
		xtext  string // what x/text prints
		format string // what Money.Format prints for the same amount
		money  pricing.Money
	}{
		{why: "x/text cannot format a decimal.Decimal: it prints NaN", tag: language.English,
			value: number.Decimal(decimal.New(125050, -2)), xtext: "NaN",
			money: pricing.MustNew("1250.50", "USD"), format: "1,250.50 USD"},
		{why: "English wants $1,250.00 with no space; x/text adds one", tag: language.AmericanEnglish,
			value: currency.Symbol(currency.USD.Amount(1250)), xtext: "$ 1,250.00",
			money: pricing.MustNew("1250", "USD"), format: "1,250.00 USD"},
		{why: "German puts the symbol after the number (1.250,00 €); x/text puts it first", tag: language.German,
			value: currency.Symbol(currency.EUR.Amount(1250)), xtext: "€ 1.250,00",
			money: pricing.MustNew("1250", "EUR"), format: "1.250,00 EUR"},
		{why: "French too (1 250,00 $US); x/text puts it first, after an ordinary, breakable space", tag: language.French,
			value: currency.Symbol(currency.USD.Amount(1250)), xtext: "$US 1\u00a0250,00",
			money: pricing.MustNew("1250", "USD"), format: "1\u00a0250,00 USD"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got := message.NewPrinter(tt.tag).Sprint(tt.value)
			assert.Equal(t, tt.xtext, got)
			assert.Equal(t, tt.format, tt.money.Format(tt.tag))
		})
	}
}

package main

import (
	"fmt"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"

	"github.com/influencekit/influencekit/internal/decimaltext"
	"github.com/influencekit/influencekit/pricing"
)

// ExchangeRate converts amounts in From into To: one unit of From buys
// Rate units of To. {"from": "EUR", "to": "USD", "rate": "1.0842"} reads
// 1 EUR = 1.0842 USD. A rate converts one way only: the report never
// inverts it, since 1/rate is not exact; give the other direction as an
// entry of its own. Rate is an exact decimal, a JSON string or number
// read without float64, and must be positive.
type ExchangeRate struct {
	From string          `json:"from"` // ISO 4217 code
	To   string          `json:"to"`   // ISO 4217 code
	Rate decimal.Decimal `json:"rate"`
}

// String writes the rate as the report shows it: "1 EUR = 1.0842 USD".
func (x ExchangeRate) String() string {
	return "1 " + x.From + " = " + decimaltext.Shortest(x.Rate) + " " + x.To
}

// checkExchangeRates rejects a rate with an unknown currency, a rate that
// is not positive, a rate from a currency to itself and a second rate for
// the same pair, naming the member.
func (c Campaign) checkExchangeRates() error {
	seen := map[[2]string]bool{}
	for i, x := range c.ExchangeRates {
		at := jsonPath{"exchange_rates", i}
		for _, m := range []struct{ name, code string }{{"from", x.From}, {"to", x.To}} {
			if _, err := currency.ParseISO(m.code); err != nil {
				return &fieldError{path: at.with(m.name), msg: fmt.Sprintf("%q is not an ISO 4217 currency code", m.code)}
			}
		}
		if x.From == x.To {
			return &fieldError{path: at.with("to"), msg: "a rate converts one currency into another, not " + x.From + " into itself"}
		}
		if !x.Rate.IsPositive() {
			return &fieldError{path: at.with("rate"), msg: fmt.Sprintf("the rate is %s; it must be positive", decimaltext.Shortest(x.Rate))}
		}
		pair := [2]string{x.From, x.To}
		if seen[pair] {
			return &fieldError{path: at, msg: fmt.Sprintf("a second rate from %s to %s", x.From, x.To)}
		}
		seen[pair] = true
	}
	return nil
}

// convert returns m in currency to: m itself when it is in to already, or
// m times the campaign's rate from m's currency to to, exact (rounded only
// when displayed). The rate is nil when none was needed; ok is false when
// the campaign gives no such rate.
func (c Campaign) convert(m pricing.Money, to currency.Unit) (converted pricing.Money, rate *ExchangeRate, ok bool) {
	if m.Currency() == to {
		return m, nil, true
	}
	for i, x := range c.ExchangeRates {
		if x.From == m.Currency().String() && x.To == to.String() {
			out, err := pricing.FromDecimal(m.Amount().Mul(x.Rate), to)
			if err != nil {
				return pricing.Money{}, nil, false
			}
			return out, &c.ExchangeRates[i], true
		}
	}
	return pricing.Money{}, nil, false
}

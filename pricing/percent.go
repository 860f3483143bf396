package pricing

import "github.com/shopspring/decimal"

// validFraction reports whether f is in [0, 1].
func validFraction(f decimal.Decimal) bool {
	return f.Sign() >= 0 && f.Cmp(decimal.New(1, 0)) <= 0
}

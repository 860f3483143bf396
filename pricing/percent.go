package pricing

import (
	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit/internal/decimaltext"
)

// percentText writes a fraction as a percentage with no trailing zeros:
// 0.15 is "15%", 0.125 is "12.5%", 1 is "100%". It reads no decimal package
// setting (decimal.String reads two).
func percentText(fraction decimal.Decimal) string {
	return decimaltext.Shortest(fraction.Shift(2)) + "%"
}

// validFraction reports whether f is in [0, 1].
func validFraction(f decimal.Decimal) bool {
	return f.Sign() >= 0 && f.Cmp(decimal.New(1, 0)) <= 0
}

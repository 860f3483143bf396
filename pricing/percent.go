package pricing

import (
	"strings"

	"github.com/shopspring/decimal"
)

// percentText writes a fraction as a percentage with no trailing zeros:
// 0.15 is "15%", 0.125 is "12.5%", 1 is "100%". It reads no decimal package
// setting (decimal.String reads two).
func percentText(fraction decimal.Decimal) string {
	p := fraction.Shift(2)
	s := p.StringFixed(max(0, -p.Exponent()))
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s + "%"
}

// validFraction reports whether f is in [0, 1].
func validFraction(f decimal.Decimal) bool {
	return f.Sign() >= 0 && f.Cmp(decimal.New(1, 0)) <= 0
}

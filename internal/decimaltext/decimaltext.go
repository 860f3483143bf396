// Package decimaltext writes decimals as text without reading any
// shopspring/decimal package setting: decimal.Decimal.String reads
// TrimTrailingZeros and UseScientificNotation, which a host program may
// change, so text built with String would change with another package's
// global state.
package decimaltext

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Shortest returns d in plain notation with no trailing fractional zeros:
// 50 is "50", 12.50 is "12.5", 1e2 is "100", -0.10 is "-0.1".
func Shortest(d decimal.Decimal) string {
	s := d.StringFixed(max(0, -d.Exponent()))
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

package contract

import (
	"strings"

	"github.com/shopspring/decimal"
)

// percentText writes a percentage in its shortest plain form, without the
// percent sign: 50 is "50", 12.50 is "12.5", 1e2 is "100". Unlike
// decimal.Decimal.String it reads no shopspring/decimal package setting
// (String reads TrimTrailingZeros and UseScientificNotation), so parsed
// kill fees, Render's draft and the problem and error messages do not
// change with another package's global state.
func percentText(d decimal.Decimal) string {
	s := d.StringFixed(max(0, -d.Exponent()))
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

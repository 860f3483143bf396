// Package percent is the library's one way of writing a fraction as a
// percentage: 0.024 is "2.40%" at two places, 0.125 is "12.5%" at its
// shortest, and a contract's 15 (already in percent) is "15%". engagement's
// Rate.String, Growth.String and goal arithmetic write through it; pricing
// writes its decimal fractions through Decimal and contract its percent
// values through Points. Nothing here reads a package setting of
// shopspring/decimal.
package percent

import (
	"math"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit/internal/decimaltext"
)

// AppendFixed appends fraction in percent with places decimals and a
// percent sign to dst: 0.024 at 2 places is "2.40%". NaN and infinities
// are written as strconv writes them ("NaN%", "+Inf%").
func AppendFixed(dst []byte, fraction float64, places int) []byte {
	return append(strconv.AppendFloat(dst, fraction*100, 'f', places, 64), '%')
}

// Fixed returns AppendFixed(nil, fraction, places) as a string.
func Fixed(fraction float64, places int) string {
	var buf [32]byte
	return string(AppendFixed(buf[:0], fraction, places))
}

// Signed is Fixed with a sign always, as fmt's %+f writes it: "+7.82%",
// "-10.00%", "+0.00%".
func Signed(fraction float64, places int) string {
	var buf [33]byte
	b := buf[:0]
	if !math.Signbit(fraction) {
		b = append(b, '+')
	}
	return string(AppendFixed(b, fraction, places))
}

// Decimal writes a decimal fraction as a percentage with no trailing
// zeros: 0.15 is "15%", 0.125 is "12.5%", 1 is "100%". It reads no
// shopspring/decimal package setting.
func Decimal(fraction decimal.Decimal) string {
	return Points(fraction.Shift(2))
}

// Points writes a value that is already in percent with a percent sign
// and no trailing zeros: 15 is "15%", 12.50 is "12.5%", -3 is "-3%". It is
// Decimal for values a document states in percent (a contract's
// kill_fee_percent), and reads no shopspring/decimal package setting.
func Points(p decimal.Decimal) string {
	return decimaltext.Shortest(p) + "%"
}

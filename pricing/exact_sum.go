package pricing

import (
	"math"

	"github.com/shopspring/decimal"
)

// pow10 holds 10^0 through 10^18, every power of ten an int64 holds.
var pow10 = [...]int64{1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18}

// exactSum adds decimals exactly and quickly: amounts whose coefficient
// fits an int64 at the sum's exponent (a currency's minor unit) are added as
// integers; any other amount, and any sum that would overflow, goes to an
// unbounded decimal part. The result is the exact sum either way. The zero
// exactSum sums at exponent 0; newExactSum picks the exponent.
type exactSum struct {
	small int64
	exp   int32
	rest  decimal.Decimal
}

// newExactSum returns an empty sum whose integer part counts units of
// 10^-scale: minor units for a currency of that scale.
func newExactSum(scale int) exactSum { return exactSum{exp: -int32(scale)} }

// add adds d to s, exactly.
func (s *exactSum) add(d decimal.Decimal) {
	if c, ok := s.coefficient(d); ok {
		if sum := s.small + c; (c >= 0) == (sum >= s.small) {
			s.small = sum
			return
		}
	}
	s.rest = s.rest.Add(d)
}

// coefficient returns d as an integer count of 10^s.exp, when that is exact
// and fits an int64.
func (s *exactSum) coefficient(d decimal.Decimal) (int64, bool) {
	shift := int64(d.Exponent()) - int64(s.exp)
	if shift < 0 || shift >= int64(len(pow10)) || d.NumDigits() > 18 {
		return 0, false
	}
	c, p := d.CoefficientInt64(), pow10[shift]
	if c > math.MaxInt64/p || c < math.MinInt64/p {
		return 0, false
	}
	return c * p, true
}

// value returns the sum.
func (s exactSum) value() decimal.Decimal {
	return decimal.New(s.small, s.exp).Add(s.rest)
}

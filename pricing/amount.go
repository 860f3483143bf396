package pricing

import (
	"fmt"
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"
)

// Bounds on amounts read from text or taken from a [decimal.Decimal]. They
// keep every later operation (rounding, formatting, JSON) cheap on untrusted
// input: an amount "1e999999999" would otherwise expand to a billion digits.
const (
	// MaxIntegerDigits is the most digits an amount may have before the
	// decimal point: amounts are below 10^30 in absolute value.
	MaxIntegerDigits = 30

	// MaxFractionDigits is the most digits an amount may have after the
	// decimal point, trailing zeros included, once any exponent is applied.
	MaxFractionDigits = 30

	// maxAmountText is the longest amount text parseAmount reads.
	maxAmountText = 100
)

// parseAmount reads an amount in plain or exponent notation:
// an optional sign, digits, optionally a point and more digits, optionally
// e or E, an optional sign and exponent digits ("1250.50", "-3", "1.5e3").
// It reads no decimal package setting (decimal.NewFromString reads
// MaxDecodeExponent) and never expands a large exponent.
func parseAmount(s string) (decimal.Decimal, error) {
	if s == "" {
		return decimal.Decimal{}, fmt.Errorf("%w: empty amount", ErrInvalidAmount)
	}
	if len(s) > maxAmountText {
		return decimal.Decimal{}, fmt.Errorf("%w: amount text is %d bytes long, more than %d", ErrInvalidAmount, len(s), maxAmountText)
	}
	i := 0
	neg := false
	if s[0] == '+' || s[0] == '-' {
		neg = s[0] == '-'
		i++
	}
	intStart := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	intDigits := s[intStart:i]
	if intDigits == "" {
		return decimal.Decimal{}, fmt.Errorf("%w %q: no digits before the point", ErrInvalidAmount, s)
	}
	fracDigits := ""
	if i < len(s) && s[i] == '.' {
		i++
		fracStart := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		fracDigits = s[fracStart:i]
		if fracDigits == "" {
			return decimal.Decimal{}, fmt.Errorf("%w %q: no digits after the point", ErrInvalidAmount, s)
		}
	}
	exp := int64(0)
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		expStart := i
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		digitStart := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i == digitStart || i != len(s) {
			return decimal.Decimal{}, fmt.Errorf("%w %q: malformed exponent", ErrInvalidAmount, s)
		}
		e, err := strconv.ParseInt(s[expStart:], 10, 32)
		if err != nil {
			return decimal.Decimal{}, fmt.Errorf("%w %q: exponent out of range", ErrInvalidAmount, s)
		}
		exp = e
	}
	if i != len(s) {
		return decimal.Decimal{}, fmt.Errorf("%w %q: unexpected %q at byte %d", ErrInvalidAmount, s, s[i], i)
	}

	exp -= int64(len(fracDigits))
	significant := len(intDigits) + len(fracDigits) - leadingZeros(intDigits)
	if significant == len(fracDigits) { // the integer digits are all zeros
		significant -= leadingZeros(fracDigits)
	}
	if exp < -MaxFractionDigits {
		return decimal.Decimal{}, fmt.Errorf("%w %q: %d digits after the point, more than %d", ErrInvalidAmount, s, -exp, MaxFractionDigits)
	}
	if significant > 0 && int64(significant)+exp > MaxIntegerDigits {
		return decimal.Decimal{}, fmt.Errorf("%w %q: more than %d digits before the point", ErrInvalidAmount, s, MaxIntegerDigits)
	}
	if significant <= 18 { // fits an int64: skip math/big's parser
		var v int64
		for _, part := range [2]string{intDigits, fracDigits} {
			for i := 0; i < len(part); i++ {
				v = v*10 + int64(part[i]-'0')
			}
		}
		if neg {
			v = -v
		}
		return normalizeExponent(decimal.New(v, int32(exp))), nil
	}
	digits := intDigits + fracDigits
	if neg {
		digits = "-" + digits
	}
	coef, ok := new(big.Int).SetString(digits, 10)
	if !ok { // unreachable: digits holds only ASCII digits and a sign
		return decimal.Decimal{}, fmt.Errorf("%w %q", ErrInvalidAmount, s)
	}
	return normalizeExponent(decimal.NewFromBigInt(coef, int32(exp))), nil
}

// leadingZeros returns how many '0' bytes s starts with.
func leadingZeros(s string) int {
	n := 0
	for n < len(s) && s[n] == '0' {
		n++
	}
	return n
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// checkAmount applies parseAmount's bounds to a decimal built elsewhere and
// returns it with a non-positive exponent.
func checkAmount(d decimal.Decimal) (decimal.Decimal, error) {
	exp := int64(d.Exponent())
	if exp < -MaxFractionDigits {
		return decimal.Decimal{}, fmt.Errorf("%w: %d digits after the point, more than %d", ErrInvalidAmount, -exp, MaxFractionDigits)
	}
	if !d.IsZero() {
		coef := d.Coefficient()
		digits := int64(len(coef.Text(10)))
		if coef.Sign() < 0 {
			digits--
		}
		if digits+exp > MaxIntegerDigits {
			return decimal.Decimal{}, fmt.Errorf("%w: more than %d digits before the point", ErrInvalidAmount, MaxIntegerDigits)
		}
	}
	return normalizeExponent(d), nil
}

// normalizeExponent rescales a decimal with a positive exponent (as "1e3"
// parses) to exponent zero, so that amounts never carry one. Callers have
// bounded the result to [MaxIntegerDigits] digits.
func normalizeExponent(d decimal.Decimal) decimal.Decimal {
	if d.Exponent() > 0 && d.IsZero() {
		// "0e999999999" is zero: scaling its coefficient would compute
		// 10^999999999 for nothing.
		return decimal.New(0, 0)
	}
	if d.Exponent() > 0 {
		return decimal.NewFromBigInt(d.BigInt(), 0)
	}
	return d
}

package contract

import (
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/internal/jsonobject"
	"github.com/influencekit/influencekit/pricing"
)

// The contract's reader is internal/jsonobject's Cursor, the one strict
// JSON reader with a JSON path; this file holds the readers of the
// contract's own value types (dates, money, percentages) and the sentinels
// and error type the cursor's errors carry.

// jsonErrors are the sentinels the cursor's errors wrap.
var jsonErrors = jsonobject.Errors{
	Syntax: ErrSyntax, Unknown: ErrUnknownField, Duplicate: ErrDuplicateField,
	WrongType: ErrWrongType, Number: ErrMalformedNumber,
}

// newParseError is the cursor's error: a *ParseError at the path and offset.
func newParseError(path string, offset int64, err error) error {
	return &ParseError{Path: path, Offset: offset, Err: err}
}

// readPlatforms reads a list of platform names.
func readPlatforms(d *jsonobject.Cursor, dst *[]influencekit.Platform) error {
	return jsonobject.ReadList(d, dst, func(v *influencekit.Platform, d *jsonobject.Cursor) error { return d.Text(v) })
}

func readDate(d *jsonobject.Cursor, dst *Date) error {
	t, err := d.Value()
	if err != nil || t.Kind == jsonobject.KindNull {
		return err
	}
	if t.Kind != jsonobject.KindString {
		return d.WrongType("a date string \"YYYY-MM-DD\"", t)
	}
	v, err := ParseDate(t.Text)
	if err != nil {
		// A well-formed day that does not exist ("2026-06-31") is kept,
		// for [Contract.Validate] to report with its path; other text is an error.
		bad, ok := impossibleDate(t.Text)
		if !ok {
			return d.Fail(err)
		}
		v = bad
	}
	*dst = v
	return nil
}

// money reads {"amount": "1250.50" or 1250.50, "currency": "USD"} through
// [pricing.New]; null leaves *dst nil.
func readMoney(d *jsonobject.Cursor, dst **pricing.Money) error {
	var amount, code string
	var hasAmount, hasCode bool
	present, err := jsonobject.ReadObject(d, &struct{}{}, func(_ *struct{}, d *jsonobject.Cursor, key string) error {
		switch key {
		case "amount":
			a, ok, err := d.DecimalText()
			amount, hasAmount = a, ok
			return err
		case "currency":
			hasCode = true
			return d.Str(&code)
		}
		return d.Unknown()
	})
	if err != nil || !present {
		return err
	}
	switch {
	case !hasAmount:
		return d.Fail(fmt.Errorf("%w: the amount is missing", ErrMalformedAmount))
	case !hasCode || code == "":
		return d.Fail(fmt.Errorf("%w: the currency is missing", ErrMalformedAmount))
	}
	if len(amount) > maxDecimalText {
		d.Enter("amount")
		return d.Fail(fmt.Errorf("%w: %q is longer than %d characters", ErrMalformedAmount, truncate(amount, 20), maxDecimalText))
	}
	m, err := pricing.New(amount, code)
	if err != nil {
		member := "amount"
		if errors.Is(err, pricing.ErrUnknownCurrency) {
			member = "currency"
		}
		d.Enter(member) // the decoder stops at the first error: no leave
		return d.Fail(fmt.Errorf("%w: %w", ErrMalformedAmount, err))
	}
	// Store the amount with at least the currency's scale of decimals, the
	// form MarshalJSON writes, so that Parse(Marshal(c)) is deeply equal to
	// c: "750" in USD is kept as 750.00.
	if places := int32(m.MinorUnitDigits()); -m.Amount().Exponent() < places {
		if m, err = pricing.New(m.Amount().StringFixed(places), code); err != nil {
			return d.Fail(fmt.Errorf("%w: %w", ErrMalformedAmount, err))
		}
	}
	*dst = &m
	return nil
}

// percent reads a decimal percentage as a string or number; null leaves
// *dst nil. The value is stored in its shortest form, so "50.0" reads as
// 50.
func readPercent(d *jsonobject.Cursor, dst **decimal.Decimal) error {
	s, ok, err := d.DecimalText()
	if err != nil || !ok {
		return err
	}
	v, err := parsePercent(s)
	if err != nil {
		return d.Fail(err)
	}
	*dst = &v
	return nil
}

// Bounds on decimal text, so that an exponent like "1e999999999" cannot
// make a single value cost gigabytes.
const (
	maxDecimalText = 64
	maxExponent    = 28
)

// parsePercent reads a percentage in plain or exponent notation ("50",
// "12.5", "5e1") into its shortest form, without decimal.NewFromString,
// which reads shopspring's package-level MaxDecodeExponent. The value's
// shortest plain form must be at most maxDecimalText characters, so that
// what [Parse] accepts marshals to text [Parse] accepts again.
func parsePercent(s string) (decimal.Decimal, error) {
	bad := func(why string) (decimal.Decimal, error) {
		return decimal.Decimal{}, fmt.Errorf("%w %q: %s; want a decimal number such as \"50\" or \"12.5\"", ErrMalformedAmount, truncate(s, 40), why)
	}
	if len(s) > maxDecimalText {
		return bad(fmt.Sprintf("longer than %d characters", maxDecimalText))
	}
	i, neg := 0, false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		neg = s[i] == '-'
		i++
	}
	start := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	intPart := s[start:i]
	frac := ""
	if i < len(s) && s[i] == '.' {
		i++
		fs := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		frac = s[fs:i]
		if frac == "" {
			return bad("no digits after the point")
		}
	}
	if intPart == "" {
		return bad("no digits before the point")
	}
	exp := 0
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		es, eneg := i, false
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			eneg = s[i] == '-'
			i++
			es = i
		}
		for i < len(s) && isDigit(s[i]) {
			if exp = exp*10 + int(s[i]-'0'); exp > 1000 {
				return bad("exponent out of range")
			}
			i++
		}
		if i == es {
			return bad("malformed exponent")
		}
		if eneg {
			exp = -exp
		}
	}
	if i != len(s) {
		return bad("not a number")
	}
	// The value is digits × 10^(exp - len(frac)); trim zeros at both ends.
	digits := strings.TrimLeft(intPart+frac, "0")
	e := exp - len(frac)
	for len(digits) > 0 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
		e++
	}
	if digits == "" {
		return decimal.New(0, 0), nil
	}
	if e < -maxExponent || e > maxExponent {
		return bad("exponent out of range")
	}
	// Length of the shortest plain form: sign, integer digits, point, fraction.
	n := len(digits) + max(e, 0)
	if e < 0 {
		n = max(len(digits), -e+1) + 1
	}
	if neg {
		n++
	}
	if n > maxDecimalText {
		return bad(fmt.Sprintf("more than %d characters when written out", maxDecimalText))
	}
	if neg {
		digits = "-" + digits
	}
	coef, ok := new(big.Int).SetString(digits, 10)
	if !ok { // unreachable: digits holds ASCII digits and a sign
		return bad("not a number")
	}
	if e > 0 {
		return decimal.NewFromBigInt(coef.Mul(coef, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(e)), nil)), 0), nil
	}
	return decimal.NewFromBigInt(coef, int32(e)), nil
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

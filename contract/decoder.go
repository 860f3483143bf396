package contract

import (
	"encoding"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit/pricing"
)

// decoder reads the contract's JSON in one pass over the input, reporting
// errors with the JSON path of the value being read. It implements the
// JSON grammar of RFC 8259 itself: encoding/json's Decoder.Token costs
// about a thousand allocations for a typical contract, and its errors
// carry no path.
type decoder struct {
	data []byte
	pos  int
	path []byte // the JSON path of the value being read, built in place
}

// enter appends a member name to the path and returns the mark leave
// restores.
func (d *decoder) enter(key string) int {
	mark := len(d.path)
	if mark > 0 {
		d.path = append(d.path, '.')
	}
	d.path = append(d.path, key...)
	return mark
}

// enterIndex appends an array index to the path.
func (d *decoder) enterIndex(i int) int {
	mark := len(d.path)
	d.path = append(d.path, '[')
	d.path = strconv.AppendInt(d.path, int64(i), 10)
	d.path = append(d.path, ']')
	return mark
}

func (d *decoder) leave(mark int) { d.path = d.path[:mark] }

// token kinds: the first byte of the value.
const (
	kindObject = '{'
	kindArray  = '['
	kindString = '"'
	kindNumber = '0'
	kindTrue   = 't'
	kindFalse  = 'f'
	kindNull   = 'n'
)

// token is one JSON value's start: a bracket, or a whole scalar.
type token struct {
	kind byte
	text string // the decoded string, or the number as written
}

func (d *decoder) fail(err error) error {
	return &ParseError{Path: string(d.path), Offset: int64(d.pos), Err: err}
}

func (d *decoder) unknown() error {
	return d.fail(ErrUnknownField)
}

func (d *decoder) syntax(want string) error {
	return d.fail(fmt.Errorf("%w: %s at byte %d, want %s", ErrSyntax, d.describeNext(), d.pos, want))
}

// describeNext names what is at the read position, for error messages.
func (d *decoder) describeNext() string {
	if d.pos >= len(d.data) {
		return "unexpected end of input"
	}
	r, _ := utf8.DecodeRune(d.data[d.pos:])
	return "unexpected " + strconv.QuoteRune(r)
}

func (d *decoder) skipSpace() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// consume skips white space and then the byte c if it is next.
func (d *decoder) consume(c byte) bool {
	d.skipSpace()
	if d.pos < len(d.data) && d.data[d.pos] == c {
		d.pos++
		return true
	}
	return false
}

// value reads the start of the next value: an opening bracket, or a whole
// string, number or literal.
func (d *decoder) value() (token, error) {
	d.skipSpace()
	if d.pos >= len(d.data) {
		return token{}, d.syntax("a value")
	}
	switch c := d.data[d.pos]; c {
	case '{', '[':
		d.pos++
		return token{kind: c}, nil
	case '"':
		s, err := d.string()
		return token{kind: kindString, text: s}, err
	case 't':
		return d.literal("true", kindTrue)
	case 'f':
		return d.literal("false", kindFalse)
	case 'n':
		return d.literal("null", kindNull)
	}
	return d.number()
}

func (d *decoder) literal(word string, kind byte) (token, error) {
	if len(d.data)-d.pos < len(word) || string(d.data[d.pos:d.pos+len(word)]) != word {
		return token{}, d.syntax("a value")
	}
	d.pos += len(word)
	return token{kind: kind}, nil
}

// number reads -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?.
func (d *decoder) number() (token, error) {
	start := d.pos
	if d.pos < len(d.data) && d.data[d.pos] == '-' {
		d.pos++
	}
	switch {
	case d.pos < len(d.data) && d.data[d.pos] == '0':
		d.pos++
	case d.pos < len(d.data) && '1' <= d.data[d.pos] && d.data[d.pos] <= '9':
		d.digits()
	default:
		return token{}, d.syntax("a value")
	}
	if d.pos < len(d.data) && d.data[d.pos] == '.' {
		d.pos++
		if d.digits() == 0 {
			return token{}, d.syntax("a digit after the decimal point")
		}
	}
	if d.pos < len(d.data) && (d.data[d.pos] == 'e' || d.data[d.pos] == 'E') {
		d.pos++
		if d.pos < len(d.data) && (d.data[d.pos] == '+' || d.data[d.pos] == '-') {
			d.pos++
		}
		if d.digits() == 0 {
			return token{}, d.syntax("a digit in the exponent")
		}
	}
	return token{kind: kindNumber, text: string(d.data[start:d.pos])}, nil
}

func (d *decoder) digits() int {
	start := d.pos
	for d.pos < len(d.data) && isDigit(d.data[d.pos]) {
		d.pos++
	}
	return d.pos - start
}

// string reads a JSON string starting at its opening quote. Like
// encoding/json, it replaces invalid UTF-8 and unpaired surrogates with
// U+FFFD, so the text always marshals back unchanged.
func (d *decoder) string() (string, error) {
	d.pos++ // the opening quote
	start := d.pos
	// Fast path: no escapes and valid UTF-8 need one allocation.
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			s := d.data[start:d.pos]
			d.pos++
			return string(s), nil
		case c == '\\' || c >= utf8.RuneSelf:
			return d.slowString(start)
		case c < 0x20:
			return "", d.syntax("a closing quote (control characters must be escaped)")
		}
		d.pos++
	}
	return "", d.syntax("a closing quote")
}

func (d *decoder) slowString(start int) (string, error) {
	buf := make([]byte, 0, d.pos-start+16)
	buf = append(buf, d.data[start:d.pos]...)
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			d.pos++
			return string(buf), nil
		case c < 0x20:
			return "", d.syntax("a closing quote (control characters must be escaped)")
		case c == '\\':
			d.pos++
			if d.pos >= len(d.data) {
				return "", d.syntax("an escape")
			}
			e := d.data[d.pos]
			d.pos++
			switch e {
			case '"', '\\', '/':
				buf = append(buf, e)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r, ok := d.hex4()
				if !ok {
					return "", d.syntax("four hex digits after \\u")
				}
				if utf16.IsSurrogate(r) {
					r = d.lowSurrogate(r)
				}
				buf = utf8.AppendRune(buf, r)
			default:
				d.pos--
				return "", d.syntax("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)")
			}
		case c < utf8.RuneSelf:
			buf = append(buf, c)
			d.pos++
		default:
			r, size := utf8.DecodeRune(d.data[d.pos:])
			buf = utf8.AppendRune(buf, r) // RuneError for invalid bytes
			d.pos += size
		}
	}
	return "", d.syntax("a closing quote")
}

// lowSurrogate pairs the high surrogate hi with a following \uXXXX low
// surrogate, or returns U+FFFD and leaves the input where it was.
func (d *decoder) lowSurrogate(hi rune) rune {
	save := d.pos
	if d.pos+1 < len(d.data) && d.data[d.pos] == '\\' && d.data[d.pos+1] == 'u' {
		d.pos += 2
		if lo, ok := d.hex4(); ok {
			if r := utf16.DecodeRune(hi, lo); r != utf8.RuneError {
				return r
			}
		}
	}
	d.pos = save
	return utf8.RuneError
}

func (d *decoder) hex4() (rune, bool) {
	if len(d.data)-d.pos < 4 {
		return 0, false
	}
	var r rune
	for _, c := range d.data[d.pos : d.pos+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	d.pos += 4
	return r, true
}

// readObject reads an object member by member into *v through field,
// with d.path naming each member while field reads it; it returns false
// for null. Members are matched exactly and may appear once.
func readObject[T any](d *decoder, v *T, field func(*T, *decoder, string) error) (bool, error) {
	t, err := d.value()
	if err != nil {
		return false, err
	}
	if t.kind == kindNull {
		return false, nil
	}
	if t.kind != kindObject {
		return false, d.fail(wrongType("an object", t))
	}
	var seenBuf [24]string
	seen := seenBuf[:0]
	for first := true; !d.consume('}'); first = false {
		if !first && !d.consume(',') {
			return false, d.syntax("',' or '}'")
		}
		d.skipSpace()
		if d.pos >= len(d.data) || d.data[d.pos] != '"' {
			return false, d.syntax("a member name")
		}
		key, err := d.string()
		if err != nil {
			return false, err
		}
		if !d.consume(':') {
			return false, d.syntax("':'")
		}
		mark := d.enter(key)
		if slices.Contains(seen, key) {
			return false, d.fail(ErrDuplicateField)
		}
		seen = append(seen, key)
		if err := field(v, d, key); err != nil {
			return false, err
		}
		d.leave(mark)
	}
	return true, nil
}

// readSection reads an object into the value section *v; null leaves it
// unchanged.
func readSection[T any](d *decoder, v *T, field func(*T, *decoder, string) error) error {
	_, err := readObject(d, v, field)
	return err
}

// readOptional reads an object into a new *T stored in *dst; null leaves
// *dst nil.
func readOptional[T any](d *decoder, dst **T, field func(*T, *decoder, string) error) error {
	v := new(T)
	present, err := readObject(d, v, field)
	if err != nil || !present {
		return err
	}
	*dst = v
	return nil
}

// objectElem adapts an object reader to readList; a null element is the
// zero value.
func objectElem[T any](field func(*T, *decoder, string) error) func(*T, *decoder) error {
	return func(v *T, d *decoder) error {
		_, err := readObject(d, v, field)
		return err
	}
}

// readList reads an array, each element through elem with d.path naming
// its index. null and [] both leave *dst nil.
func readList[T any](d *decoder, dst *[]T, elem func(*T, *decoder) error) error {
	t, err := d.value()
	if err != nil {
		return err
	}
	if t.kind == kindNull {
		return nil
	}
	if t.kind != kindArray {
		return d.fail(wrongType("an array", t))
	}
	var list []T
	for i := 0; !d.consume(']'); i++ {
		if i > 0 && !d.consume(',') {
			return d.syntax("',' or ']'")
		}
		list = append(list, *new(T))
		mark := d.enterIndex(i)
		if err := elem(&list[i], d); err != nil {
			return err
		}
		d.leave(mark)
	}
	*dst = list
	return nil
}

func (d *decoder) strings(dst *[]string) error {
	return readList(d, dst, func(v *string, d *decoder) error { return d.str(v) })
}

// str reads a string; null leaves *dst unchanged.
func (d *decoder) str(dst *string) error {
	t, err := d.value()
	if err != nil || t.kind == kindNull {
		return err
	}
	if t.kind != kindString {
		return d.fail(wrongType("a string", t))
	}
	*dst = t.text
	return nil
}

// integer reads a whole number that fits in an int64; null leaves *dst
// unchanged.
func (d *decoder) integer(dst *int64) error {
	t, err := d.value()
	if err != nil || t.kind == kindNull {
		return err
	}
	if t.kind != kindNumber {
		return d.fail(wrongType("a whole number", t))
	}
	v, err := strconv.ParseInt(t.text, 10, 64)
	if err != nil {
		return d.fail(fmt.Errorf("%w %s: want a whole number from %d to %d", ErrMalformedNumber, truncate(t.text, 40), int64(math.MinInt64), int64(math.MaxInt64)))
	}
	*dst = v
	return nil
}

// boolean reads true or false; null leaves *dst unchanged.
func (d *decoder) boolean(dst *bool) error {
	t, err := d.value()
	if err != nil || t.kind == kindNull {
		return err
	}
	if t.kind != kindTrue && t.kind != kindFalse {
		return d.fail(wrongType("true or false", t))
	}
	*dst = t.kind == kindTrue
	return nil
}

// text reads a string through an encoding.TextUnmarshaler (dates, enums);
// null leaves the value unchanged.
func (d *decoder) text(dst encoding.TextUnmarshaler) error {
	t, err := d.value()
	if err != nil || t.kind == kindNull {
		return err
	}
	if t.kind != kindString {
		return d.fail(wrongType("a string", t))
	}
	if err := dst.UnmarshalText([]byte(t.text)); err != nil {
		return d.fail(err)
	}
	return nil
}

func (d *decoder) date(dst *Date) error {
	t, err := d.value()
	if err != nil || t.kind == kindNull {
		return err
	}
	if t.kind != kindString {
		return d.fail(wrongType("a date string \"YYYY-MM-DD\"", t))
	}
	v, err := ParseDate(t.text)
	if err != nil {
		// A well-formed day that does not exist ("2026-06-31") is kept,
		// for [Contract.Validate] to report with its path; other text is an error.
		bad, ok := impossibleDate(t.text)
		if !ok {
			return d.fail(err)
		}
		v = bad
	}
	*dst = v
	return nil
}

// money reads {"amount": "1250.50" or 1250.50, "currency": "USD"} through
// [pricing.New]; null leaves *dst nil.
func (d *decoder) money(dst **pricing.Money) error {
	var amount, code string
	var hasAmount, hasCode bool
	present, err := readObject(d, &struct{}{}, func(_ *struct{}, d *decoder, key string) error {
		switch key {
		case "amount":
			a, ok, err := d.decimalText()
			amount, hasAmount = a, ok
			return err
		case "currency":
			hasCode = true
			return d.str(&code)
		}
		return d.unknown()
	})
	if err != nil || !present {
		return err
	}
	switch {
	case !hasAmount:
		return d.fail(fmt.Errorf("%w: the amount is missing", ErrMalformedAmount))
	case !hasCode || code == "":
		return d.fail(fmt.Errorf("%w: the currency is missing", ErrMalformedAmount))
	}
	if len(amount) > maxDecimalText {
		d.enter("amount")
		return d.fail(fmt.Errorf("%w: %q is longer than %d characters", ErrMalformedAmount, truncate(amount, 20), maxDecimalText))
	}
	m, err := pricing.New(amount, code)
	if err != nil {
		member := "amount"
		if errors.Is(err, pricing.ErrUnknownCurrency) {
			member = "currency"
		}
		d.enter(member) // the decoder stops at the first error: no leave
		return d.fail(fmt.Errorf("%w: %w", ErrMalformedAmount, err))
	}
	// Store the amount with at least the currency's scale of decimals, the
	// form MarshalJSON writes, so that Parse(Marshal(c)) is deeply equal to
	// c: "750" in USD is kept as 750.00.
	if places := int32(m.MinorUnitDigits()); -m.Amount().Exponent() < places {
		if m, err = pricing.New(m.Amount().StringFixed(places), code); err != nil {
			return d.fail(fmt.Errorf("%w: %w", ErrMalformedAmount, err))
		}
	}
	*dst = &m
	return nil
}

// percent reads a decimal percentage as a string or number; null leaves
// *dst nil. The value is stored in its shortest form, so "50.0" reads as
// 50.
func (d *decoder) percent(dst **decimal.Decimal) error {
	s, ok, err := d.decimalText()
	if err != nil || !ok {
		return err
	}
	v, err := parsePercent(s)
	if err != nil {
		return d.fail(err)
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

// decimalText reads a JSON string or number as decimal text without going
// through float64. It returns false for null.
func (d *decoder) decimalText() (string, bool, error) {
	t, err := d.value()
	if err != nil || t.kind == kindNull {
		return "", false, err
	}
	if t.kind != kindNumber && t.kind != kindString {
		return "", false, d.fail(wrongType("a decimal number or string", t))
	}
	return t.text, true, nil
}

// wrongType describes a value of the wrong JSON type.
func wrongType(want string, t token) error {
	var got string
	switch t.kind {
	case kindObject:
		got = "an object"
	case kindArray:
		got = "an array"
	case kindString:
		got = "the string " + strconv.Quote(truncate(t.text, 40))
	case kindNumber:
		got = "the number " + truncate(t.text, 40)
	case kindTrue:
		got = "true"
	case kindFalse:
		got = "false"
	default:
		got = "null"
	}
	return fmt.Errorf("%w: want %s, got %s", ErrWrongType, want, got)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

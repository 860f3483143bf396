package pricing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"unicode/utf8"

	"github.com/influencekit/influencekit/internal/jsonobject"
)

// maxJSONAmountText is the longest amount [Money.UnmarshalJSON] reads, the
// bound contract.Parse applies to the same member. [Money.MarshalJSON]
// never writes more: [MaxIntegerDigits] + [MaxFractionDigits] digits, a sign
// and a point.
const maxJSONAmountText = 64

// MarshalJSON implements [json.Marshaler] with the shape
// {"amount":"1250.50","currency":"USD"}. The amount is a string with at
// least the currency's scale of digits after the point, and more only when
// the amount has them (an unrounded 1.005 USD stays "1.005"), so that
// [Money.UnmarshalJSON] gives back an [Money.Equal] [Money]. The zero Money
// marshals to null.
//
// Arithmetic can take an amount past what [New] reads back: [Money.Mul]
// adds digits after the point and [Money.Add] can pass 10^[MaxIntegerDigits].
// Such an amount is an error wrapping [ErrInvalidAmount] rather than JSON
// that cannot be read: round it ([Money.Round]) first. Trailing zeros past
// [MaxFractionDigits] are dropped, as they change no value.
func (m Money) MarshalJSON() ([]byte, error) {
	if m.unit == noCurrency {
		return []byte("null"), nil
	}
	text, err := m.jsonAmountText()
	if err != nil {
		return nil, err
	}
	code := m.unit.String()
	buf := make([]byte, 0, len(`{"amount":"","currency":""}`)+len(text)+len(code))
	buf = append(buf, `{"amount":"`...)
	buf = append(buf, text...)
	buf = append(buf, `","currency":"`...)
	buf = append(buf, code...)
	buf = append(buf, `"}`...)
	return buf, nil
}

// jsonAmountText returns the amount as MarshalJSON writes it (see
// exactAmountText), or an error wrapping [ErrInvalidAmount] when [New] could not
// read it back. It never expands a large exponent: the bounds are checked
// on the digit counts first.
func (m Money) jsonAmountText() (string, error) {
	d := m.amount
	scale := int32(m.MinorUnitDigits())
	if d.IsZero() {
		return zeroText(min(max(scale, -d.Exponent()), MaxFractionDigits)), nil
	}
	exp := int64(d.Exponent())
	digits := int64(d.NumDigits())
	if digits+exp > MaxIntegerDigits {
		return "", fmt.Errorf("%w: an amount in %s with %d digits before the point, more than %d, could not be read back; it cannot be marshalled",
			ErrInvalidAmount, m.unit, digits+exp, MaxIntegerDigits)
	}
	places := max(int64(scale), -exp)
	if places > MaxFractionDigits {
		// Only the significant digits after the point count: drop the
		// coefficient's trailing zeros. The coefficient's text is no longer
		// than the coefficient itself, whatever the exponent.
		coef := d.Coefficient().Text(10)
		zeros := int64(len(coef) - len(strings.TrimRight(coef, "0")))
		places = max(int64(scale), -exp-zeros)
		if places > MaxFractionDigits {
			return "", fmt.Errorf("%w: an amount in %s with %d digits after the point, more than %d, could not be read back; round it before marshalling",
				ErrInvalidAmount, m.unit, places, MaxFractionDigits)
		}
	}
	return d.StringFixed(int32(places)), nil
}

// exactAmountText writes the amount with at least the currency's scale of
// digits after the point, and more only when the amount has them: 1250.50
// for 1250.5 USD, 1.005 for an unrounded 1.005 USD. No digit is lost. It is
// meant for amounts within [New]'s bounds, such as a rate card's prices.
func (m Money) exactAmountText() string {
	return m.amount.StringFixed(max(int32(m.MinorUnitDigits()), -m.amount.Exponent()))
}

// zeroText returns "0" followed by places zeros after a point.
func zeroText(places int32) string {
	if places <= 0 {
		return "0"
	}
	return "0." + strings.Repeat("0", int(places))
}

// UnmarshalJSON implements [json.Unmarshaler]. It is as strict as
// contract.Parse is with the money it reads: the value is an object with
// exactly the members "amount" and "currency", each once and spelled
// exactly so (no other case), by the library's one rule for strict JSON
// objects (internal/jsonobject); the amount is a JSON string or a JSON
// number ({"amount":1250.5,"currency":"USD"}) of at most 64 characters and
// follows [New]'s rules, as does the currency code, which must be a JSON
// string. A member that is null counts as missing. JSON null as the whole
// value leaves m unchanged, as encoding/json does for other types.
//
// Errors wrap [ErrInvalidMoneyJSON] (wrong shape, missing, repeated or
// unknown members, a currency that is not a string: then also a
// *[json.UnmarshalTypeError] naming the member), [ErrInvalidAmount] or
// [ErrUnknownCurrency]; on error m is unchanged.
func (m *Money) UnmarshalJSON(data []byte) error {
	data = bytes.Trim(data, " \t\r\n") // JSON whitespace only: "\fnull" is no JSON
	if string(data) == "null" {
		return nil
	}
	var amount, code []byte
	var hasAmount, hasCode bool
	err := jsonobject.Each(data, moneyMembers[:], func(i int, value []byte, offset int) error {
		if value[0] == 'n' { // null: missing
			return nil
		}
		if i == 0 { // amount
			switch {
			case value[0] == '"':
				amount, hasAmount = jsonStringContent(value), true
			case value[0] == '-' || '0' <= value[0] && value[0] <= '9':
				amount, hasAmount = value, true
			default:
				return fmt.Errorf("%w: amount is %s, neither a string nor a number", ErrInvalidAmount, describeValue(value))
			}
			return nil
		}
		if value[0] != '"' {
			return fmt.Errorf("%w: %w", ErrInvalidMoneyJSON, &json.UnmarshalTypeError{
				Value: describeValue(value), Type: reflect.TypeFor[string](), Offset: int64(offset), Field: "currency"})
		}
		code, hasCode = jsonStringContent(value), true
		return nil
	})
	switch {
	case errors.Is(err, jsonobject.ErrUnknownMember):
		return fmt.Errorf("%w: %w (want \"amount\" and \"currency\", spelled so)", ErrInvalidMoneyJSON, err)
	case errors.Is(err, jsonobject.ErrNotObject), errors.Is(err, jsonobject.ErrRepeatedMember):
		return fmt.Errorf("%w: %w", ErrInvalidMoneyJSON, err)
	case err != nil:
		return err
	case !hasAmount:
		return fmt.Errorf("%w: missing \"amount\"", ErrInvalidMoneyJSON)
	case !hasCode:
		return fmt.Errorf("%w: missing \"currency\"", ErrInvalidMoneyJSON)
	case len(amount) > maxJSONAmountText:
		return fmt.Errorf("%w: amount %q is longer than %d characters", ErrInvalidAmount, truncate(string(amount), 20), maxJSONAmountText)
	}
	v, err := New(string(amount), string(code))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// moneyMembers are the member names of Money's JSON form, amount first.
var moneyMembers = [2]string{"amount", "currency"}

// jsonStringContent returns the text of a valid JSON string literal as
// encoding/json reads it: a subslice of lit when it has no escapes and is
// valid UTF-8, else the decoded text (invalid bytes become U+FFFD).
func jsonStringContent(lit []byte) []byte {
	content := lit[1 : len(lit)-1]
	if bytes.IndexByte(content, '\\') < 0 && utf8.Valid(content) {
		return content
	}
	var s string
	if err := json.Unmarshal(lit, &s); err != nil { // cannot happen: lit is valid JSON
		return content
	}
	return []byte(s)
}

// describeValue names a raw JSON value for error messages, as
// describeToken names a token: "the number 840", "an object", "true".
func describeValue(raw []byte) string {
	switch raw[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return describeToken(string(jsonStringContent(raw)))
	case 't':
		return "true"
	case 'f':
		return "false"
	case 'n':
		return "null"
	}
	return describeToken(json.Number(raw))
}

// describeToken names a JSON token for error messages.
func describeToken(tok json.Token) string {
	switch v := tok.(type) {
	case json.Delim:
		if v == '{' {
			return "an object"
		}
		if v == '[' {
			return "an array"
		}
		return "'" + v.String() + "'"
	case string:
		return "the string " + fmt.Sprintf("%q", truncate(v, 40))
	case json.Number:
		return "the number " + truncate(string(v), 40)
	case bool:
		if v {
			return "true"
		}
		return "false"
	}
	return "null"
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

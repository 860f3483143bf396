package pricing

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strings"
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
// exactly so (no other case); the amount is a JSON string or a JSON number
// ({"amount":1250.5,"currency":"USD"}) of at most 64 characters and follows
// [New]'s rules, as does the currency code, which must be a JSON string. A
// member that is null counts as missing. JSON null as the whole value
// leaves m unchanged, as encoding/json does for other types.
//
// Errors wrap [ErrInvalidMoneyJSON] (wrong shape, missing, repeated or
// unknown members, a currency that is not a string: then also a
// *[json.UnmarshalTypeError] naming the member), [ErrInvalidAmount] or
// [ErrUnknownCurrency]; on error m is unchanged.
func (m *Money) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if string(data) == "null" {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	amount, code, err := readMoneyMembers(dec)
	if err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: data after the object", ErrInvalidMoneyJSON)
	}
	v, err := New(amount, code)
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// readMoneyMembers reads one object with the members "amount" and
// "currency" and returns their text.
func readMoneyMembers(dec *json.Decoder) (amount, code string, err error) {
	tok, err := dec.Token()
	if err != nil {
		return "", "", fmt.Errorf("%w: %w", ErrInvalidMoneyJSON, err)
	}
	if tok != json.Delim('{') {
		return "", "", fmt.Errorf("%w: want an object, got %s", ErrInvalidMoneyJSON, describeToken(tok))
	}
	var hasAmount, hasCode, seenAmount, seenCode bool
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return "", "", fmt.Errorf("%w: %w", ErrInvalidMoneyJSON, err)
		}
		key, _ := tok.(string) // a member name is always a string
		var seen *bool
		switch key {
		case "amount":
			seen = &seenAmount
		case "currency":
			seen = &seenCode
		default:
			return "", "", fmt.Errorf("%w: unknown member %q (want \"amount\" and \"currency\", spelled so)", ErrInvalidMoneyJSON, key)
		}
		if *seen {
			return "", "", fmt.Errorf("%w: member %q appears twice", ErrInvalidMoneyJSON, key)
		}
		*seen = true
		offset := dec.InputOffset()
		tok, err = dec.Token()
		if err != nil {
			return "", "", fmt.Errorf("%w: %w", ErrInvalidMoneyJSON, err)
		}
		switch v := tok.(type) {
		case nil: // null: missing
		case string:
			if key == "amount" {
				amount, hasAmount = v, true
			} else {
				code, hasCode = v, true
			}
		case json.Number:
			if key == "currency" {
				return "", "", fmt.Errorf("%w: %w", ErrInvalidMoneyJSON, &json.UnmarshalTypeError{
					Value: "number " + truncate(string(v), 40), Type: reflect.TypeFor[string](), Offset: offset, Field: "currency"})
			}
			amount, hasAmount = string(v), true
		default:
			if key == "currency" {
				return "", "", fmt.Errorf("%w: %w", ErrInvalidMoneyJSON, &json.UnmarshalTypeError{
					Value: describeToken(tok), Type: reflect.TypeFor[string](), Offset: offset, Field: "currency"})
			}
			return "", "", fmt.Errorf("%w: amount is %s, neither a string nor a number", ErrInvalidAmount, describeToken(tok))
		}
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return "", "", fmt.Errorf("%w: %w", ErrInvalidMoneyJSON, err)
	}
	switch {
	case !hasAmount:
		return "", "", fmt.Errorf("%w: missing \"amount\"", ErrInvalidMoneyJSON)
	case !hasCode:
		return "", "", fmt.Errorf("%w: missing \"currency\"", ErrInvalidMoneyJSON)
	case len(amount) > maxJSONAmountText:
		return "", "", fmt.Errorf("%w: amount %q is longer than %d characters", ErrInvalidAmount, truncate(amount, 20), maxJSONAmountText)
	}
	return amount, code, nil
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

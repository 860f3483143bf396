package pricing

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"golang.org/x/text/currency"
)

// moneyJSON is the wire shape of a Money.
type moneyJSON struct {
	Amount   json.RawMessage `json:"amount"`
	Currency *string         `json:"currency"`
}

// MarshalJSON implements json.Marshaler with the shape
// {"amount":"1250.50","currency":"USD"}. The amount is a string with at
// least the currency's scale of digits after the point, and more only when
// the amount has them (an unrounded 1.005 USD stays "1.005"), so that
// unmarshalling gives back an Equal Money. The zero Money marshals to null.
func (m Money) MarshalJSON() ([]byte, error) {
	if m.unit == currency.XXX {
		return []byte("null"), nil
	}
	buf := make([]byte, 0, 48)
	buf = append(buf, `{"amount":"`...)
	buf = append(buf, m.exactAmountText()...)
	buf = append(buf, `","currency":"`...)
	buf = append(buf, m.unit.String()...)
	buf = append(buf, `"}`...)
	return buf, nil
}

// UnmarshalJSON implements json.Unmarshaler. It accepts an object with
// exactly the members "amount" and "currency"; the amount may be a JSON
// string or a JSON number ({"amount":1250.5,"currency":"USD"}) and follows
// New's rules, as does the currency code. JSON null leaves m unchanged, as
// encoding/json does for other types. Errors wrap ErrInvalidMoneyJSON (wrong
// shape, missing or unknown members), ErrInvalidAmount or
// ErrUnknownCurrency; on error m is unchanged.
func (m *Money) UnmarshalJSON(data []byte) error {
	data = bytes.TrimSpace(data)
	if string(data) == "null" {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var w moneyJSON
	if err := dec.Decode(&w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidMoneyJSON, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: data after the object", ErrInvalidMoneyJSON)
	}
	if w.Amount == nil || string(w.Amount) == "null" {
		return fmt.Errorf("%w: missing \"amount\"", ErrInvalidMoneyJSON)
	}
	if w.Currency == nil {
		return fmt.Errorf("%w: missing \"currency\"", ErrInvalidMoneyJSON)
	}
	text, err := amountText(w.Amount)
	if err != nil {
		return err
	}
	v, err := New(text, *w.Currency)
	if err != nil {
		return err
	}
	*m = v
	return nil
}

// exactAmountText writes the amount with at least the currency's scale of
// digits after the point, and more only when the amount has them: 1250.50
// for 1250.5 USD, 1.005 for an unrounded 1.005 USD. No digit is lost.
func (m Money) exactAmountText() string {
	return m.amount.StringFixed(max(int32(m.Scale()), -m.amount.Exponent()))
}

// amountText returns the amount member's text: the content of a JSON
// string, or a JSON number as written.
func amountText(raw json.RawMessage) (string, error) {
	switch raw[0] {
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("%w: amount %s: %v", ErrInvalidAmount, raw, err)
		}
		return s, nil
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return string(raw), nil
	}
	return "", fmt.Errorf("%w: amount %s is neither a string nor a number", ErrInvalidAmount, raw)
}

package pricing

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"testing"
)

// This file keeps Money.UnmarshalJSON as it was before it read through
// internal/jsonobject (a json.Decoder walking tokens), so that one
// benchmark binary compares the two and a test checks that they agree on
// every input of the fuzz seeds and the strictness tables.

func (m *Money) unmarshalJSONBefore(data []byte) error {
	data = bytes.Trim(data, " \t\r\n") // JSON whitespace only, as UnmarshalJSON now trims ("\fnull" is no JSON)
	if string(data) == "null" {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	amount, code, err := readMoneyMembersBefore(dec)
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
func readMoneyMembersBefore(dec *json.Decoder) (amount, code string, err error) {
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

// BenchmarkMoneyUnmarshalJSONVsBefore compares Money.UnmarshalJSON with
// its former token-walking reader on the same input, in one binary.
func BenchmarkMoneyUnmarshalJSONVsBefore(b *testing.B) {
	data := []byte(`{"amount":"1250.50","currency":"USD"}`)
	b.Run("before", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var m Money
			if err := m.unmarshalJSONBefore(data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("now", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var m Money
			if err := m.UnmarshalJSON(data); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// moneyJSONInputs are texts on which the two readers must agree: every
// shape the strictness tests name, escapes, whitespace and bounds.
var moneyJSONInputs = []string{
	`{"amount":"1250.50","currency":"USD"}`,
	` { "currency" : "jpy" , "amount" : -3 } `,
	`{"amount":1e3,"currency":"EUR"}`,
	`{"amount":"+00.10E+2","currency":"GBP"}`,
	`{"\u0061mount":"1","currency":"\u0055SD"}`,
	`{"amount":"1","amount":"2","currency":"USD"}`,
	`{"amount":null,"amount":"2","currency":"USD"}`,
	`{"Amount":"1","currency":"USD"}`,
	"{\"amount\":\"1\",\"currency\":\"USD\",\"\u017Fomething\":1}",
	`{"amount":"1","currency":"USD","note":"x"}`,
	`{"amount":"1"}`,
	`{"currency":"USD"}`,
	`{"amount":null,"currency":"USD"}`,
	`{"amount":"1","currency":null}`,
	`{"amount":"1","currency":""}`,
	`{"amount":"1","currency":"XXX"}`,
	`{"amount":"1","currency":840}`,
	`{"amount":"1","currency":{"code":"USD"}}`,
	`{"amount":true,"currency":"USD"}`,
	`{"amount":[1],"currency":"USD"}`,
	`{"amount":{},"currency":"USD"}`,
	`{"amount":"1,5","currency":"USD"}`,
	`{"amount":"","currency":"USD"}`,
	`{"amount":"1e999999999","currency":"USD"}`,
	`{"amount":"0.000000000000000000000000000001","currency":"USD"}`,
	`{"amount":"00000000000000000000000000000000000000000000000000000000000000001","currency":"USD"}`,
	`"1 USD"`, `[]`, `{}`, `12`, `null`, `true`,
}

// TestMoneyUnmarshalJSONAgreesWithBefore checks that the reader built on
// internal/jsonobject accepts what the former reader accepted, with an
// Equal Money, and rejects the rest with the same sentinels.
func TestMoneyUnmarshalJSONAgreesWithBefore(t *testing.T) {
	for _, in := range moneyJSONInputs {
		assertSameMoneyReading(t, []byte(in))
	}
}

// FuzzMoneyUnmarshalJSONAgreesWithBefore is the same check on any valid
// JSON (encoding/json validates the text before it calls UnmarshalJSON;
// on invalid text both readers fail, possibly at different bytes).
func FuzzMoneyUnmarshalJSONAgreesWithBefore(f *testing.F) {
	for _, in := range moneyJSONInputs {
		f.Add([]byte(in))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !json.Valid(data) {
			var before, now Money
			if before.unmarshalJSONBefore(data) == nil || now.UnmarshalJSON(data) == nil {
				t.Fatalf("invalid JSON %q was read", data)
			}
			return
		}
		assertSameMoneyReading(t, data)
	})
}

func assertSameMoneyReading(t *testing.T, data []byte) {
	t.Helper()
	var before, now Money
	errBefore := before.unmarshalJSONBefore(data)
	errNow := now.UnmarshalJSON(data)
	if (errBefore == nil) != (errNow == nil) {
		t.Fatalf("%q: before %v, now %v", data, errBefore, errNow)
	}
	for _, sentinel := range []error{ErrInvalidMoneyJSON, ErrInvalidAmount, ErrUnknownCurrency} {
		if errors.Is(errBefore, sentinel) != errors.Is(errNow, sentinel) {
			t.Fatalf("%q: before %v, now %v: they differ on %v", data, errBefore, errNow, sentinel)
		}
	}
	if !before.Equal(now) {
		t.Fatalf("%q: before %s, now %s", data, before, now)
	}
}

// TestMoneyUnmarshalJSONAllocations holds Money.UnmarshalJSON to a handful
// of allocations: 4 today against the former reader's 34 (the string
// amount and code for New, New's decimal); 16 was the figure before
// strict reading.
func TestMoneyUnmarshalJSONAllocations(t *testing.T) {
	data := []byte(`{"amount":"1250.50","currency":"USD"}`)
	allocs := testing.AllocsPerRun(200, func() {
		var m Money
		if err := m.UnmarshalJSON(data); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 6 {
		t.Fatalf("Money.UnmarshalJSON makes %.0f allocations, more than 6", allocs)
	}
}

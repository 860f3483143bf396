package influencekit_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/pricing"
)

// TestJSONErrorsWrapTheSharedSentinels reads bad JSON with the strict
// readers of several packages and checks that each error wraps the shared
// sentinel as well as the package's own, with the package's message.
func TestJSONErrorsWrapTheSharedSentinels(t *testing.T) {
	tests := []struct {
		why     string
		read    func() error
		shared  error
		own     error
		message string
	}{
		{"a contract's unknown field", func() error { _, err := contract.Parse([]byte(`{"jurisdiction": "US", "brnad": {}}`)); return err },
			influencekit.ErrUnknownMember, contract.ErrUnknownField, "contract: brnad: unknown field"},
		{"a contract's repeated member", func() error {
			_, err := contract.Parse([]byte(`{"governing_law": "a", "governing_law": "b"}`))
			return err
		},
			influencekit.ErrRepeatedMember, contract.ErrDuplicateField, "contract: governing_law: duplicate field"},
		{"a contract that is not JSON", func() error { _, err := contract.Parse([]byte(`{"term": }`)); return err },
			influencekit.ErrJSONSyntax, contract.ErrSyntax, "contract: term: invalid JSON"},
		{"a contract value of the wrong type", func() error { _, err := contract.Parse([]byte(`{"deliverables": {}}`)); return err },
			influencekit.ErrJSONType, contract.ErrWrongType, "contract: deliverables: wrong JSON type"},
		{"a contract with trailing data", func() error { _, err := contract.Parse([]byte(`{} {}`)); return err },
			influencekit.ErrJSONSyntax, contract.ErrTrailingData, "contract: trailing data"},
		{"money with a misspelt member", func() error {
			var m pricing.Money
			return json.Unmarshal([]byte(`{"amount": "1.00", "curency": "USD"}`), &m)
		},
			influencekit.ErrUnknownMember, pricing.ErrInvalidMoneyJSON, `unknown member "curency"`},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			err := tt.read()
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.shared)
			assert.ErrorIs(t, err, tt.own)
			assert.Contains(t, err.Error(), tt.message)
		})
	}
}

func ExampleWrapSentinel() {
	_, err := contract.Parse([]byte(`{"brnad": {"name": "Glow Co"}}`))
	fmt.Println(err)
	fmt.Println(errors.Is(err, contract.ErrUnknownField), errors.Is(err, influencekit.ErrUnknownMember))
	// Output:
	// contract: brnad: unknown field
	// true true
}

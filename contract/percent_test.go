package contract_test

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/contract"
)

// TestPercentagesIgnoreDecimalGlobals switches shopspring/decimal's output
// settings, which Decimal.String reads, away from their defaults, as a
// program importing this package may do: parsed kill fees must still be
// stored in their shortest form, and Render, Validate and SplitPercent must
// still write "50%", not "50.0%" or "5E1%". The settings are restored
// afterwards; no test in this package runs in parallel, so no other test
// sees them.
func TestPercentagesIgnoreDecimalGlobals(t *testing.T) {
	trim, sci := decimal.TrimTrailingZeros, decimal.UseScientificNotation
	t.Cleanup(func() { decimal.TrimTrailingZeros, decimal.UseScientificNotation = trim, sci })
	decimal.TrimTrailingZeros, decimal.UseScientificNotation = false, true

	data, err := os.ReadFile("testdata/complete.json")
	require.NoError(t, err)
	require.Contains(t, string(data), `"kill_fee_percent": "50"`)

	tests := []struct {
		why     string
		kill    string
		stored  string // the parsed value, written with StringFixed
		render  string // expected in the draft
		problem string // expected in Validate's kill fee message, if any
	}{
		{"a trailing zero is dropped when parsing", `"50.0"`, "50", "kill fee of 50% of the total (750.00 USD)", ""},
		{"an exponent is expanded when parsing", `5e1`, "50", "kill fee of 50% of the total (750.00 USD)", ""},
		{"a fraction keeps its significant digits", `"12.50"`, "12.5", "kill fee of 12.5% of the total (187.50 USD)", ""},
		{"an out-of-range kill fee is named plainly in the problem", `"1.5e2"`, "150", "kill fee of 150% of the total", "the kill fee is 150%;"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			doc := strings.Replace(string(data), `"kill_fee_percent": "50"`, `"kill_fee_percent": `+tt.kill, 1)
			c, err := contract.Parse([]byte(doc))
			require.NoError(t, err)
			require.NotNil(t, c.Cancellation.KillFeePercent)
			k := *c.Cancellation.KillFeePercent
			assert.Equal(t, tt.stored, k.StringFixed(max(0, -k.Exponent())), "stored in its shortest form")

			var buf bytes.Buffer
			require.NoError(t, contract.Render(&buf, c))
			assert.Contains(t, buf.String(), tt.render)

			var messages []string
			for _, p := range c.Validate() {
				if p.Field == "cancellation.kill_fee_percent" {
					messages = append(messages, p.Message)
				}
			}
			if tt.problem == "" {
				assert.Empty(t, messages)
				return
			}
			require.Len(t, messages, 1)
			assert.Contains(t, messages[0], tt.problem)
		})
	}

	t.Run("SplitPercent names a wrong sum plainly", func(t *testing.T) {
		_, err := contract.SplitPercent(*money("100.00", "USD"),
			contract.Share{Due: contract.MustParseDate("2026-01-05"), Percent: decimal.RequireFromString("50.00")},
			contract.Share{Due: contract.MustParseDate("2026-02-05"), Percent: decimal.RequireFromString("49.50")})
		require.ErrorIs(t, err, contract.ErrInvalidSchedule)
		assert.Contains(t, err.Error(), "the shares sum to 99.5%,")
	})
}

package decimaltext

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func TestShortest(t *testing.T) {
	tests := []struct {
		why  string
		in   decimal.Decimal
		want string
	}{
		{"a whole number keeps its digits", decimal.NewFromInt(50), "50"},
		{"trailing fractional zeros go", decimal.RequireFromString("12.50"), "12.5"},
		{"a positive exponent is written out, not as 1E2", decimal.New(1, 2), "100"},
		{"zeros before the point stay", decimal.RequireFromString("100.000"), "100"},
		{"negative values keep their sign", decimal.RequireFromString("-0.10"), "-0.1"},
		{"zero with a fraction is 0", decimal.RequireFromString("0.000"), "0"},
		{"many places are kept exactly", decimal.RequireFromString("0.0000000001"), "0.0000000001"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, Shortest(tt.in))
		})
	}
}

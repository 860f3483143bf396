package percent

import (
	"math"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
)

func TestFixed(t *testing.T) {
	tests := []struct {
		why      string
		fraction float64
		places   int
		want     string
	}{
		{"a rate at two places", 0.024, 2, "2.40%"},
		{"a whole percent keeps its places", 0.05, 2, "5.00%"},
		{"above one hundred percent", 1.485, 2, "148.50%"},
		{"zero", 0, 2, "0.00%"},
		{"a negative fraction", -0.1, 1, "-10.0%"},
		{"no places", 0.125, 0, "12%"},
		{"NaN is written, not hidden", math.NaN(), 2, "NaN%"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, Fixed(tt.fraction, tt.places))
			assert.Equal(t, "x"+tt.want, string(AppendFixed([]byte("x"), tt.fraction, tt.places)))
		})
	}
}

func TestSigned(t *testing.T) {
	assert.Equal(t, "+7.82%", Signed(0.0782, 2), "growth shows its sign")
	assert.Equal(t, "-10.00%", Signed(-0.1, 2), "a loss keeps the minus")
	assert.Equal(t, "+0.00%", Signed(0, 2), "no growth reads +0.00%, as fmt's %+.2f wrote it")
}

func TestDecimal(t *testing.T) {
	tests := []struct {
		why  string
		in   string
		want string
	}{
		{"a whole percent", "0.15", "15%"},
		{"a half percent keeps one place", "0.125", "12.5%"},
		{"one is a hundred percent", "1", "100%"},
		{"trailing zeros go", "0.5000", "50%"},
		{"zero", "0", "0%"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, Decimal(decimal.RequireFromString(tt.in)))
		})
	}
}

func TestPoints(t *testing.T) {
	tests := []struct {
		why  string
		in   string
		want string
	}{
		{"a whole percent", "15", "15%"},
		{"trailing zeros go", "12.50", "12.5%"},
		{"a negative value keeps its sign", "-3", "-3%"},
		{"past one hundred", "250", "250%"},
		{"zero", "0", "0%"},
		{"a large exponent is written out, not in e-notation", "1e3", "1000%"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			d := decimal.RequireFromString(tt.in)
			assert.Equal(t, tt.want, Points(d))
			assert.Equal(t, Points(d), Decimal(d.Shift(-2)), "Decimal of the fraction writes the same text")
		})
	}
}

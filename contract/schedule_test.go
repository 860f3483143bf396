package contract_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/pricing"
)

func dates(ss ...string) []contract.Date {
	ds := make([]contract.Date, len(ss))
	for i, s := range ss {
		ds[i] = contract.MustParseDate(s)
	}
	return ds
}

func amounts(ins []contract.Installment) []string {
	out := make([]string, len(ins))
	for i, in := range ins {
		out[i] = in.Amount.String()
	}
	return out
}

func TestSplitEqual(t *testing.T) {
	tests := []struct {
		why   string
		total string
		code  string
		days  []contract.Date
		want  []string
	}{
		{"even split", "1500.00", "USD", dates("2026-01-05", "2026-03-01"), []string{"750.00 USD", "750.00 USD"}},
		{"the leftover cent goes to the first installment", "100.00", "USD", dates("2026-01-01", "2026-02-01", "2026-03-01"), []string{"33.34 USD", "33.33 USD", "33.33 USD"}},
		{"yen have no minor unit", "1000", "JPY", dates("2026-01-01", "2026-02-01", "2026-03-01"), []string{"334 JPY", "333 JPY", "333 JPY"}},
		{"one date takes everything", "99.99", "EUR", dates("2026-01-01"), []string{"99.99 EUR"}},
		{"same-day installments are allowed", "0.01", "USD", dates("2026-01-01", "2026-01-01"), []string{"0.01 USD", "0.00 USD"}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			total := pricing.MustNew(tt.total, tt.code)
			got, err := contract.SplitEqual(total, tt.days...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, amounts(got))
			for i, in := range got {
				assert.Equal(t, tt.days[i], in.Due)
			}
			assertSumsTo(t, total, got)
		})
	}
}

func assertSumsTo(t *testing.T, total pricing.Money, ins []contract.Installment) {
	t.Helper()
	sum := pricing.Zero(total.Currency())
	for _, in := range ins {
		var err error
		sum, err = sum.Add(*in.Amount)
		require.NoError(t, err)
	}
	assert.True(t, sum.Equal(total), "installments sum to %s, want %s", sum, total)
}

func TestSplitPercent(t *testing.T) {
	share := func(day, pct string) contract.Share {
		return contract.Share{Due: contract.MustParseDate(day), Percent: decimal.RequireFromString(pct)}
	}
	tests := []struct {
		why    string
		total  string
		shares []contract.Share
		want   []string
	}{
		{"50/25/25", "1500.00", []contract.Share{share("2026-01-05", "50"), share("2026-02-01", "25"), share("2026-03-01", "25")},
			[]string{"750.00 USD", "375.00 USD", "375.00 USD"}},
		{"thirds written with decimals still sum exactly", "100.00", []contract.Share{share("2026-01-01", "33.33"), share("2026-02-01", "33.33"), share("2026-03-01", "33.34")},
			[]string{"33.33 USD", "33.33 USD", "33.34 USD"}},
		{"equal remainders (4.5 and 0.5 cents) break the tie toward the earlier share", "0.05", []contract.Share{share("2026-01-01", "90"), share("2026-02-01", "10")},
			[]string{"0.05 USD", "0.00 USD"}},
		{"a zero share gets nothing", "10.00", []contract.Share{share("2026-01-01", "0"), share("2026-02-01", "100")},
			[]string{"0.00 USD", "10.00 USD"}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			total := pricing.MustNew(tt.total, "USD")
			got, err := contract.SplitPercent(total, tt.shares...)
			require.NoError(t, err)
			assert.Equal(t, tt.want, amounts(got))
			assertSumsTo(t, total, got)
		})
	}
}

func TestSplitErrors(t *testing.T) {
	usd := pricing.MustNew("100.00", "USD")
	d1, d2 := contract.MustParseDate("2026-01-01"), contract.MustParseDate("2026-02-01")
	pct := decimal.RequireFromString
	tests := []struct {
		why string
		run func() ([]contract.Installment, error)
	}{
		{"no dates", func() ([]contract.Installment, error) { return contract.SplitEqual(usd) }},
		{"no shares", func() ([]contract.Installment, error) { return contract.SplitPercent(usd) }},
		{"an unset date", func() ([]contract.Installment, error) { return contract.SplitEqual(usd, d1, contract.Date{}) }},
		{"dates out of order", func() ([]contract.Installment, error) { return contract.SplitEqual(usd, d2, d1) }},
		{"shares summing to 90", func() ([]contract.Installment, error) {
			return contract.SplitPercent(usd, contract.Share{Due: d1, Percent: pct("40")}, contract.Share{Due: d2, Percent: pct("50")})
		}},
		{"a negative share", func() ([]contract.Installment, error) {
			return contract.SplitPercent(usd, contract.Share{Due: d1, Percent: pct("-10")}, contract.Share{Due: d2, Percent: pct("110")})
		}},
		{"too many decimal places", func() ([]contract.Installment, error) {
			return contract.SplitPercent(usd, contract.Share{Due: d1, Percent: pct("50.00000000001")}, contract.Share{Due: d2, Percent: pct("49.99999999999")})
		}},
		{"a total with fractions of a cent", func() ([]contract.Installment, error) {
			return contract.SplitEqual(pricing.MustNew("100.005", "USD"), d1, d2)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := tt.run()
			assert.ErrorIs(t, err, contract.ErrInvalidSchedule)
			assert.Nil(t, got)
		})
	}
}

func TestSplitFeedsValidate(t *testing.T) {
	c := complete(t)
	ins, err := contract.SplitEqual(*c.Payment.Total, dates("2026-01-05", "2026-02-05", "2026-03-05")...)
	require.NoError(t, err)
	c.Payment.Schedule = ins
	assert.Empty(t, c.Validate(), "a split schedule never mismatches its total")
}

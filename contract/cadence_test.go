package contract_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/contract"
)

func TestDeliverableDates(t *testing.T) {
	due := contract.MustParseDate("2026-01-31")
	tests := []struct {
		why      string
		quantity int64
		cadence  contract.Cadence
		last     string
	}{
		{"a single piece", 1, contract.Weekly, "2026-01-31"},
		{"all at once", 5, contract.AllAtOnce, "2026-01-31"},
		{"daily", 3, contract.Daily, "2026-02-02"},
		{"weekly", 3, contract.Weekly, "2026-02-14"},
		{"fortnightly", 3, contract.Fortnightly, "2026-02-28"},
		{"monthly clamps to the month's last day", 2, contract.Monthly, "2026-02-28"},
		{"monthly over a year", 13, contract.Monthly, "2027-01-31"},
		{"a zero quantity has one date", 0, contract.Daily, "2026-01-31"},
		{"a huge quantity saturates instead of overflowing", 1 << 62, contract.Weekly, "9999-12-31"},
		{"a negative quantity has one date, as Dates documents", -3, contract.Daily, "2026-01-31"},
		{"the most negative quantity must not wrap to the largest one (MinInt64 - 1)", math.MinInt64, contract.Daily, "2026-01-31"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			first, last := contract.Deliverable{Quantity: tt.quantity, Due: due, Cadence: tt.cadence}.Dates()
			assert.Equal(t, due, first)
			assert.Equal(t, tt.last, last.String())
		})
	}
}

func TestCadenceText(t *testing.T) {
	for _, c := range []contract.Cadence{contract.AllAtOnce, contract.Daily, contract.Weekly, contract.Fortnightly, contract.Monthly} {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back contract.Cadence
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back)
	}
	c, err := contract.ParseCadence("ONCE")
	require.NoError(t, err)
	assert.Equal(t, contract.AllAtOnce, c, "once is an alias")
	_, err = contract.ParseCadence("hourly")
	assert.ErrorIs(t, err, contract.ErrUnknownCadence)
	_, err = contract.Cadence(9).MarshalText()
	assert.ErrorIs(t, err, contract.ErrUnknownCadence)
}

func TestTermAndApproval(t *testing.T) {
	term := contract.Term{Start: contract.MustParseDate("2026-01-01"), End: contract.MustParseDate("2026-03-31")}
	assert.Equal(t, int64(90), term.Days())
	assert.True(t, term.Contains(term.Start), "both ends are inside")
	assert.True(t, term.Contains(term.End), "both ends are inside")
	assert.False(t, term.Contains(term.End.AddDays(1)))
	assert.False(t, term.Contains(contract.Date{}))
	assert.Equal(t, int64(0), contract.Term{Start: term.End, End: term.Start}.Days(), "a reversed term has no days")
	assert.Equal(t, int64(9), contract.Approval{ReviewDays: 3, RevisionRounds: 2}.WindowDays())
	assert.Equal(t, int64(0), contract.Approval{ReviewDays: -3, RevisionRounds: 2}.WindowDays())
	assert.Equal(t, int64(1<<40), contract.Approval{ReviewDays: 1 << 62, RevisionRounds: 1 << 62}.WindowDays(), "saturates")
}

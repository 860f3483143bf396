package contract

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		why  string
		in   string
		want string // "" when an error is expected
	}{
		{"an ordinary date", "2026-01-31", "2026-01-31"},
		{"leap day in a leap year", "2024-02-29", "2024-02-29"},
		{"leap day in a century leap year", "2000-02-29", "2000-02-29"},
		{"first representable day", "0001-01-01", "0001-01-01"},
		{"last representable day", "9999-12-31", "9999-12-31"},
		{"no leap day in a common year", "2026-02-29", ""},
		{"no leap day in a century that is not a leap year", "1900-02-29", ""},
		{"April has 30 days", "2026-04-31", ""},
		{"month 13", "2026-13-01", ""},
		{"month zero", "2026-00-10", ""},
		{"day zero", "2026-01-00", ""},
		{"year zero", "0000-01-01", ""},
		{"a time of day is not a date", "2026-01-31T00:00:00Z", ""},
		{"single-digit month", "2026-1-31", ""},
		{"slashes", "2026/01/31", ""},
		{"surrounding space", " 2026-01-31", ""},
		{"sign in a field", "2026-+1-31", ""},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if tt.want == "" {
				require.Error(t, err)
				assert.ErrorIs(t, err, ErrMalformedDate)
				assert.Contains(t, err.Error(), `"`+tt.in+`"`)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, d.String())
		})
	}
}

func TestDateAgreesWithTime(t *testing.T) {
	// Walk every 97th day over the whole range and compare with package time,
	// which uses the same proleptic Gregorian calendar.
	start := time.Date(1, time.January, 1, 0, 0, 0, 0, time.UTC)
	for n := int64(minDay); n <= maxDay; n += 97 {
		tm := start.AddDate(0, 0, int(n-1))
		d := Date{n: int32(n)}
		require.Equal(t, tm.Format(time.DateOnly), d.String(), "day %d", n)
		require.Equal(t, tm.Weekday(), d.Weekday(), "day %d", n)
		require.Equal(t, d, DateOf(tm))
		require.True(t, d.In(nil).Equal(tm))
	}
	assert.Equal(t, "9999-12-31", Date{n: maxDay}.String())
}

func TestDateArithmetic(t *testing.T) {
	d := MustParseDate("2026-01-31")
	tests := []struct {
		why  string
		got  Date
		want string
	}{
		{"one day later crosses the month", d.AddDays(1), "2026-02-01"},
		{"negative days go back", d.AddDays(-31), "2025-12-31"},
		{"a month after Jan 31 is the last day of February", d.AddMonths(1), "2026-02-28"},
		{"a leap year February keeps the 29th", MustParseDate("2024-01-31").AddMonths(1), "2024-02-29"},
		{"twelve months is a year", d.AddMonths(12), "2027-01-31"},
		{"negative months go back across the year", d.AddMonths(-2), "2025-11-30"},
		{"days saturate at the last day", d.AddDays(1 << 62), "9999-12-31"},
		{"days saturate at the first day", d.AddDays(-1 << 62), "0001-01-01"},
		{"months saturate at the last year", d.AddMonths(1 << 62), "9999-12-31"},
		{"months saturate at the first year", d.AddMonths(-1 << 62), "0001-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.got.String())
		})
	}
	assert.True(t, Date{}.AddDays(5).IsZero(), "arithmetic on an unset date stays unset")
	assert.True(t, Date{}.AddMonths(5).IsZero(), "arithmetic on an unset date stays unset")
	assert.Equal(t, int64(59), MustParseDate("2026-01-01").DaysUntil(MustParseDate("2026-03-01")))
	assert.Equal(t, -1, d.Compare(d.AddDays(1)))
	assert.Equal(t, 0, d.Compare(MustParseDate("2026-01-31")))
	assert.True(t, d.After(Date{}), "the zero date sorts first")
	assert.True(t, d.Before(d.AddDays(1)))
}

func TestDateFields(t *testing.T) {
	d := MustParseDate("2026-03-09")
	assert.Equal(t, 2026, d.Year())
	assert.Equal(t, time.March, d.Month())
	assert.Equal(t, 9, d.Day())
	assert.Equal(t, time.Monday, d.Weekday())
	var z Date
	assert.Equal(t, 0, z.Year())
	assert.Equal(t, "0000-00-00", z.String())
	assert.True(t, z.In(nil).IsZero())
	_, err := z.MarshalText()
	assert.ErrorIs(t, err, ErrMalformedDate, "an unset date has no text form")
	_, err = NewDate(2026, time.February, 29)
	assert.ErrorIs(t, err, ErrMalformedDate)
}

func TestDateOfUsesTheClockZone(t *testing.T) {
	// 23:30 on Jan 31 in New York is already Feb 1 in UTC: DateOf keeps the
	// wall-clock date of the zone the time is in.
	ny := time.FixedZone("EST", -5*3600)
	tm := time.Date(2026, time.January, 31, 23, 30, 0, 0, ny)
	assert.Equal(t, "2026-01-31", DateOf(tm).String())
	assert.Equal(t, "2026-02-01", DateOf(tm.UTC()).String())
	assert.True(t, DateOf(time.Time{}.AddDate(-5, 0, 0)).IsZero(), "years before 1 have no Date")
}

func TestDateText(t *testing.T) {
	var d Date
	require.NoError(t, d.UnmarshalText([]byte("2026-12-01")))
	b, err := d.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "2026-12-01", string(b))
	assert.Error(t, d.UnmarshalText([]byte("tomorrow")))
	assert.Equal(t, "2026-12-01", d.String(), "a failed UnmarshalText leaves the date unchanged")
}

package contract

import (
	"errors"
	"fmt"
	"time"
)

// ErrMalformedDate is wrapped by errors for text that is not a valid
// "YYYY-MM-DD" date between 0001-01-01 and 9999-12-31 inclusive, and for
// calendar fields that name no day (February 30).
var ErrMalformedDate = errors.New("contract: malformed date")

// Date is a civil calendar date: a year, month and day with no time of day
// and no time zone, so "2026-01-31" is the same day on every machine. The
// zero value means "not set"; IsZero reports it. Valid dates run from
// 0001-01-01 to 9999-12-31 inclusive. Dates compare with ==, Compare,
// Before and After.
//
// Its text form (MarshalText, String) is "YYYY-MM-DD".
//
// [Parse] keeps a well-formed day that does not exist ("2026-06-31") so that
// [Contract.Validate] can report it with its path: such a Date is not zero, Valid
// reports false, String and MarshalText give the text as written, Year,
// Month and Day the fields as written, and it sorts before every valid
// date. [NewDate] and [ParseDate] never make one.
type Date struct {
	// days since 0000-12-31 in the proleptic Gregorian calendar: 0001-01-01
	// is 1; 0 is unset; below 0, -(yyyymmdd+1) of a day that does not exist
	n int32
}

// impossibleDate returns the Date that keeps s, written "YYYY-MM-DD" with
// digits, when s names no day; ok is false for any other text.
func impossibleDate(s string) (Date, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, false
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, false
	}
	return Date{n: -int32(y*10000 + m*100 + d + 1)}, true
}

// Valid reports whether d is set and names a day that exists.
func (d Date) Valid() bool { return d.n > 0 }

// epochShift converts days since 1970-01-01 to n.
var epochShift = daysFromCivil(1, 1, 1) - 1

const (
	minDay = 1
	maxDay = 3652059 // 9999-12-31
)

// NewDate returns the date year-month-day. The year must be 1 to 9999
// inclusive and the day must exist in that month; otherwise the error wraps
// [ErrMalformedDate].
func NewDate(year int, month time.Month, day int) (Date, error) {
	if year < 1 || year > 9999 || month < time.January || month > time.December || day < 1 || day > daysIn(year, month) {
		return Date{}, fmt.Errorf("%w: %04d-%02d-%02d does not exist", ErrMalformedDate, year, int(month), day)
	}
	return Date{n: int32(daysFromCivil(int64(year), int64(month), int64(day)) - epochShift)}, nil
}

// ParseDate reads a date written exactly as "YYYY-MM-DD" (four-digit year,
// two-digit month and day, no time, no zone, no surrounding space). Any
// other text, or a day that does not exist, is an error wrapping
// [ErrMalformedDate] that quotes s.
func ParseDate(s string) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("%w %q: want YYYY-MM-DD", ErrMalformedDate, s)
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, fmt.Errorf("%w %q: want YYYY-MM-DD", ErrMalformedDate, s)
	}
	date, err := NewDate(y, time.Month(m), d)
	if err != nil {
		return Date{}, fmt.Errorf("%w %q: no such day", ErrMalformedDate, s)
	}
	return date, nil
}

// MustParseDate is [ParseDate] for constants in programs and tests: it panics
// if s is not a valid date.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the calendar date of t as seen in t's own location: the
// date a wall clock in that zone shows. A t whose year there is outside 1 to
// 9999 has no Date: DateOf returns the zero Date, which IsZero reports.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	date, err := NewDate(y, m, d)
	if err != nil {
		return Date{}
	}
	return date
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// IsZero reports whether d is the zero Date, meaning "not set".
func (d Date) IsZero() bool { return d.n == 0 }

// Year returns d's year (1 to 9999), or 0 for the zero Date.
func (d Date) Year() int { y, _, _ := d.civil(); return y }

// Month returns d's month, or 0 for the zero Date.
func (d Date) Month() time.Month { _, m, _ := d.civil(); return m }

// Day returns d's day of the month (1 to 31), or 0 for the zero Date.
func (d Date) Day() int { _, _, day := d.civil(); return day }

// Weekday returns the day of the week d falls on. The zero Date has no
// weekday; it reports time.Sunday.
func (d Date) Weekday() time.Weekday {
	if !d.Valid() {
		return time.Sunday
	}
	// 0001-01-01 (n = 1) was a Monday.
	return time.Weekday(d.n % 7)
}

func (d Date) civil() (int, time.Month, int) {
	if d.IsZero() {
		return 0, 0, 0
	}
	if d.n < 0 {
		v := int(-d.n) - 1
		return v / 10000, time.Month(v / 100 % 100), v % 100
	}
	y, m, day := civilFromDays(int64(d.n) + epochShift)
	return int(y), time.Month(m), int(day)
}

// Compare returns -1 if d is before o, 0 if they are the same day and +1
// if d is after o. The zero Date sorts before every set date.
func (d Date) Compare(o Date) int {
	switch {
	case d.n < o.n:
		return -1
	case d.n > o.n:
		return 1
	}
	return 0
}

// Before reports whether d is strictly before o.
func (d Date) Before(o Date) bool { return d.n < o.n }

// After reports whether d is strictly after o.
func (d Date) After(o Date) bool { return d.n > o.n }

// AddDays returns the date n days after d (before it when n is negative).
// The result saturates at 0001-01-01 and 9999-12-31 rather than wrapping.
// The zero Date stays zero.
func (d Date) AddDays(n int64) Date {
	if !d.Valid() {
		return d
	}
	v := int64(d.n)
	switch {
	case n > maxDay-v:
		v = maxDay
	case n < minDay-v:
		v = minDay
	default:
		v += n
	}
	return Date{n: int32(v)}
}

// AddMonths returns the same day n calendar months after d (before it when
// n is negative). A day that does not exist in the target month becomes
// that month's last day: 2026-01-31 plus one month is 2026-02-28. The
// result saturates at 0001-01-01 and 9999-12-31. The zero Date stays zero.
func (d Date) AddMonths(n int64) Date {
	if !d.Valid() {
		return d
	}
	y, m, day := d.civil()
	const maxMonths = 9999 * 12
	months := int64(y)*12 + int64(m) - 1 // months since year 0
	switch {
	case n > maxMonths:
		return Date{n: maxDay}
	case n < -maxMonths:
		return Date{n: minDay}
	}
	months += n
	ny, nm := months/12, time.Month(months%12+1)
	if ny < 1 {
		return Date{n: minDay}
	}
	if ny > 9999 {
		return Date{n: maxDay}
	}
	day = min(day, daysIn(int(ny), nm))
	return Date{n: int32(daysFromCivil(ny, int64(nm), int64(day)) - epochShift)}
}

// DaysUntil returns the number of days from d to o: positive when o is
// later, negative when it is earlier, 0 on the same day. It is meaningless
// when either date is zero.
func (d Date) DaysUntil(o Date) int64 { return int64(o.n) - int64(d.n) }

// In returns midnight at the start of d in loc (nil means UTC). The zero
// Date gives the zero time.Time.
func (d Date) In(loc *time.Location) time.Time {
	if !d.Valid() {
		return time.Time{}
	}
	if loc == nil {
		loc = time.UTC
	}
	y, m, day := d.civil()
	return time.Date(y, m, day, 0, 0, 0, 0, loc)
}

// String returns d as "YYYY-MM-DD", or "0000-00-00" for the zero Date.
func (d Date) String() string {
	y, m, day := d.civil()
	b := make([]byte, 0, 10)
	b = appendPadded(b, y, 4)
	b = append(b, '-')
	b = appendPadded(b, int(m), 2)
	b = append(b, '-')
	b = appendPadded(b, day, 2)
	return string(b)
}

func appendPadded(b []byte, v, width int) []byte {
	var buf [4]byte
	for i := width - 1; i >= 0; i-- {
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return append(b, buf[:width]...)
}

// MarshalText implements encoding.TextMarshaler with the "YYYY-MM-DD"
// form. The zero Date has no text form: it is an error wrapping
// [ErrMalformedDate] (Contract's JSON omits unset dates).
func (d Date) MarshalText() ([]byte, error) {
	if d.IsZero() {
		return nil, fmt.Errorf("%w: the zero Date has no text form", ErrMalformedDate)
	}
	return []byte(d.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with [ParseDate]'s rules.
// On error d is left unchanged.
func (d *Date) UnmarshalText(text []byte) error {
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if isLeap(y) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// daysFromCivil returns the days since 1970-01-01 of a proleptic Gregorian
// date, for years 0 and later (Howard Hinnant, "chrono-Compatible Low-Level
// Date Algorithms", days_from_civil).
func daysFromCivil(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the inverse of daysFromCivil (civil_from_days) for
// non-negative years.
func civilFromDays(z int64) (y, m, d int64) {
	z += 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = (mp+2)%12 + 1
	if m <= 2 {
		y++
	}
	return y, m, d
}

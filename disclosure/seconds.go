package disclosure

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

// ErrInvalidDuration is wrapped by the JSON readers' errors for a time in
// seconds that is not a JSON number or lies outside time.Duration's range
// (about ±292 years), and by the [Post] and [Segment] readers' errors for a
// negative duration or segment start.
var ErrInvalidDuration = errors.New("disclosure: invalid duration")

// seconds is a time.Duration whose JSON form is a number of seconds,
// written exactly: 30s is 30, 1.5s is 1.5, 1ns is 0.000000001.
type seconds time.Duration

// MarshalJSON writes s in seconds, exactly, with no trailing zeros.
func (s seconds) MarshalJSON() ([]byte, error) {
	return appendSeconds(nil, time.Duration(s)), nil
}

// UnmarshalJSON reads a JSON number of seconds, exactly, rounding to the
// nearest nanosecond (half away from zero). null leaves s unchanged.
func (s *seconds) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) > 0 && data[0] != '-' && (data[0] < '0' || data[0] > '9') {
		return fmt.Errorf("%w: seconds must be a JSON number, not %.40s", ErrInvalidDuration, data)
	}
	d, err := parseSeconds(data)
	if err != nil {
		return err
	}
	*s = seconds(d)
	return nil
}

// appendSeconds appends d in seconds as a JSON number.
func appendSeconds(b []byte, d time.Duration) []byte {
	n := uint64(d)
	if d < 0 {
		b = append(b, '-')
		n = -n
	}
	b = strconv.AppendUint(b, n/1e9, 10)
	if frac := n % 1e9; frac != 0 {
		var digits [9]byte
		for i := 8; i >= 0; i-- {
			digits[i] = byte('0' + frac%10)
			frac /= 10
		}
		end := 9
		for digits[end-1] == '0' {
			end--
		}
		b = append(b, '.')
		b = append(b, digits[:end]...)
	}
	return b
}

// parseSeconds reads a JSON number of seconds ("12.5", "-3", "1e-7") into
// a Duration, exactly: no float64 rounds it. The result is rounded to the
// nearest nanosecond, half away from zero. It allocates nothing but its
// error.
func parseSeconds[T string | []byte](s T) (time.Duration, error) {
	bad := func(why string) (time.Duration, error) {
		return 0, fmt.Errorf("%w: %s seconds: %s", ErrInvalidDuration, strconv.Quote(string(s)), why)
	}
	i := 0
	neg := false
	if i < len(s) && s[i] == '-' {
		neg = true
		i++
	}
	// digits holds the significant digits, point how many of them come
	// before the decimal point (after applying the exponent). Only the
	// first 20 are kept: the nanoseconds take at most 19 and the rounding
	// looks at the next one.
	var digitBuf [20]byte
	digits := digitBuf[:0]
	keep := func(c byte) {
		if len(digits) < len(digitBuf) {
			digits = append(digits, c)
		}
	}
	point := 0
	start := i
	for i < len(s) && '0' <= s[i] && s[i] <= '9' {
		if len(digits) > 0 || s[i] != '0' {
			keep(s[i])
			point++
		}
		i++
	}
	if i == start {
		return bad("not a number")
	}
	if i < len(s) && s[i] == '.' {
		i++
		fracStart := i
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			if len(digits) == 0 && s[i] == '0' {
				point--
			} else {
				keep(s[i])
			}
			i++
		}
		if i == fracStart {
			return bad("no digits after the point")
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		expNeg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			expNeg = s[i] == '-'
			i++
		}
		expStart := i
		exp := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			if exp < 1e6 {
				exp = exp*10 + int(s[i]-'0')
			}
			i++
		}
		if i == expStart {
			return bad("no digits in the exponent")
		}
		if expNeg {
			exp = -exp
		}
		point += exp
	}
	if i != len(s) {
		return bad("not a number")
	}
	if len(digits) == 0 {
		return 0, nil
	}
	// Nanoseconds: the digits before position point+9, rounded by the
	// digit after them.
	cut := point + 9
	if cut > 19 {
		return bad("out of range")
	}
	var n uint64
	for k := 0; k < cut; k++ {
		n *= 10
		if k < len(digits) {
			n += uint64(digits[k] - '0')
		}
	}
	if cut >= 0 && cut < len(digits) && digits[cut] >= '5' {
		n++
	}
	limit := uint64(1<<63 - 1)
	if neg {
		limit++
	}
	if n > limit {
		return bad("out of range")
	}
	if neg {
		return time.Duration(-n), nil
	}
	return time.Duration(n), nil
}

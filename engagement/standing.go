package engagement

import (
	"errors"
	"fmt"
	"math"

	"github.com/influencekit/influencekit/internal/enumtext"
)

// Range is an inclusive band of rates, [Low, High], as fractions. A single
// published figure is a Range with Low == High.
type Range struct {
	Low  Rate `json:"low"`
	High Rate `json:"high"`
}

// Standing says where a rate falls against a Range. The zero value,
// UnknownStanding, is the answer for a NaN rate or an invalid Range.
//
// Its text form is "unknown", "below", "within" or "above"; parsing ignores
// case.
type Standing uint8

// The standings.
const (
	UnknownStanding Standing = iota // NaN rate or invalid range
	Below                           // under Low
	Within                          // from Low to High, both inclusive
	Above                           // over High
)

// ErrUnknownStanding is wrapped by errors for text or values that name no
// standing.
var ErrUnknownStanding = errors.New("engagement: unknown standing")

var standingNames = enumtext.New("standing", ErrUnknownStanding, []string{"unknown", "below", "within", "above"})

// Stand returns where r falls against rg: Below if r < Low, Above if
// r > High, Within otherwise (both bounds inclusive). It returns
// UnknownStanding when r is NaN or rg is invalid (see Valid).
func (rg Range) Stand(r Rate) Standing {
	switch {
	case math.IsNaN(float64(r)) || rg.Valid() != nil:
		return UnknownStanding
	case r < rg.Low:
		return Below
	case r > rg.High:
		return Above
	}
	return Within
}

// Mid returns the midpoint of rg, (Low + High) / 2.
func (rg Range) Mid() Rate { return rg.Low/2 + rg.High/2 }

// Valid returns nil if rg's bounds are finite, non-negative and
// Low <= High, and otherwise an error wrapping ErrInvalidThreshold.
func (rg Range) Valid() error {
	lo, hi := float64(rg.Low), float64(rg.High)
	if math.IsNaN(lo) || math.IsNaN(hi) || math.IsInf(lo, 0) || math.IsInf(hi, 0) || lo < 0 || lo > hi {
		return fmt.Errorf("%w: range [%v, %v] must have finite bounds with 0 <= Low <= High", ErrInvalidThreshold, lo, hi)
	}
	return nil
}

// String formats rg in percent: "1.50%-2.50%", or "2.40%" when Low == High.
func (rg Range) String() string {
	if rg.Low == rg.High {
		return rg.Low.String()
	}
	return rg.Low.String() + "-" + rg.High.String()
}

// ParseStanding returns the standing named s, ignoring case. Any other text
// is an error wrapping ErrUnknownStanding.
func ParseStanding(s string) (Standing, error) {
	i, err := standingNames.Parse(s)
	return Standing(i), err
}

// String returns the standing's name, or "standing(N)" for an undeclared
// value.
func (s Standing) String() string { return standingNames.String(uint8(s)) }

// MarshalText implements encoding.TextMarshaler. An undeclared value is an
// error wrapping ErrUnknownStanding.
func (s Standing) MarshalText() ([]byte, error) { return standingNames.Marshal(uint8(s)) }

// UnmarshalText implements encoding.TextUnmarshaler with ParseStanding's
// rules. On error s is left unchanged.
func (s *Standing) UnmarshalText(text []byte) error {
	v, err := ParseStanding(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

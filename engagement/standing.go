package engagement

import (
	"fmt"
	"math"

	"github.com/influencekit/influencekit"
)

// Range is an inclusive band of rates, [Low, High], as fractions. A single
// published figure is a Range with Low == High.
type Range struct {
	Low  Rate `json:"low"`
	High Rate `json:"high"`
}

// Standing is [influencekit.Standing], the library's one below/within/above
// type.
//
// Deprecated: use [influencekit.Standing]; this alias keeps existing code
// compiling.
type Standing = influencekit.Standing

// The standings, as constants of [influencekit.Standing].
//
// Deprecated: use [influencekit.UnknownStanding], [influencekit.Below],
// [influencekit.Within] and [influencekit.Above].
const (
	UnknownStanding = influencekit.UnknownStanding
	Below           = influencekit.Below
	Within          = influencekit.Within
	Above           = influencekit.Above
)

// ErrUnknownStanding is [influencekit.ErrUnknownStanding].
//
// Deprecated: use [influencekit.ErrUnknownStanding].
var ErrUnknownStanding = influencekit.ErrUnknownStanding

// Stand returns where r falls against rg: [influencekit.Below] if
// r < Low, [influencekit.Above] if r > High, [influencekit.Within]
// otherwise (both bounds inclusive). It returns
// [influencekit.UnknownStanding] when r is NaN or rg is invalid (see
// [Range.Valid]).
func (rg Range) Stand(r Rate) influencekit.Standing {
	switch {
	case math.IsNaN(float64(r)) || rg.Valid() != nil:
		return influencekit.UnknownStanding
	case r < rg.Low:
		return influencekit.Below
	case r > rg.High:
		return influencekit.Above
	}
	return influencekit.Within
}

// Mid returns the midpoint of rg, (Low + High) / 2.
func (rg Range) Mid() Rate { return rg.Low/2 + rg.High/2 }

// Valid returns nil if rg's bounds are finite, non-negative and
// Low <= High, and otherwise an error wrapping [ErrInvalidThreshold].
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

// ParseStanding is [influencekit.ParseStanding].
//
// Deprecated: use [influencekit.ParseStanding].
func ParseStanding(s string) (Standing, error) { return influencekit.ParseStanding(s) }

package influencekit

import (
	"errors"

	"github.com/influencekit/influencekit/internal/enumtext"
)

// Standing says where a measured value falls against a published range: an
// engagement rate against its benchmark band, a price against the market's
// rates. The zero value, UnknownStanding, means the value or the range could
// not be compared (a NaN rate, an invalid range, a price not checked).
//
// Its text form is "unknown", "below", "within" or "above"; parsing ignores
// ASCII case.
type Standing uint8

// The standings.
const (
	UnknownStanding Standing = iota // not compared
	Below                           // under the range's low end
	Within                          // from the low end to the high end, both inclusive
	Above                           // over the range's high end
)

// ErrUnknownStanding is wrapped by errors for text or values that name no
// standing.
var ErrUnknownStanding = errors.New("influencekit: unknown standing")

var standingNames = enumtext.New("standing", ErrUnknownStanding, []string{"unknown", "below", "within", "above"})

// ParseStanding returns the standing named s ("unknown", "below", "within",
// "above"), ignoring case. Any other text, the empty string included, is an
// error wrapping [ErrUnknownStanding].
func ParseStanding(s string) (Standing, error) {
	i, err := standingNames.Parse(s)
	return Standing(i), err
}

// String returns the standing's name, or "standing(N)" for a value outside
// the declared constants.
func (s Standing) String() string { return standingNames.String(uint8(s)) }

// MarshalText implements [encoding.TextMarshaler]. A value outside the
// declared constants is an error wrapping [ErrUnknownStanding].
func (s Standing) MarshalText() ([]byte, error) { return standingNames.Marshal(uint8(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseStanding]'s
// rules. On error s is left unchanged.
func (s *Standing) UnmarshalText(text []byte) error {
	v, err := ParseStanding(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

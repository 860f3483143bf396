package influencekit

import "errors"

// Standing says where a measured value falls against a published range: an
// engagement rate against its benchmark band, a price against the market's
// rates. The zero value, [UnknownStanding], means the value or the range could
// not be compared (a NaN rate, an invalid range, a price not checked).
//
// Its text form is "unknown", "below", "within" or "above"; parsing ignores
// ASCII case.
//
//enumgen:names unknown, below, within, above
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

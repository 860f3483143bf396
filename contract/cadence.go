package contract

import "errors"

// Cadence is how often the pieces of a deliverable with a Quantity above
// one are due. The zero value, [AllAtOnce], means every piece is due on the
// deliverable's Due date. Its text form is the lower-case name ("weekly");
// parsing ignores case.
//
//enumgen:names all-at-once, daily, weekly, fortnightly, monthly
//enumgen:aliases once = all-at-once
type Cadence uint8

// The cadences. Each piece after the first is due one interval after the
// one before it.
const (
	AllAtOnce   Cadence = iota // every piece is due on Due
	Daily                      // one piece a day from Due
	Weekly                     // one piece every 7 days from Due
	Fortnightly                // one piece every 14 days from Due
	Monthly                    // one piece on the same day of each month from Due (clamped to the month's last day)
)

// ErrUnknownCadence is wrapped by errors for text that names no cadence.
var ErrUnknownCadence = errors.New("contract: unknown cadence")

// nth returns the date the piece with zero-based index i is due when the
// first is due on first. Dates saturate at 9999-12-31.
func (c Cadence) nth(first Date, i int64) Date {
	if i <= 0 {
		return first
	}
	switch c {
	case Daily:
		return first.AddDays(i)
	case Weekly:
		return first.AddDays(saturatingMul(i, 7))
	case Fortnightly:
		return first.AddDays(saturatingMul(i, 14))
	case Monthly:
		return first.AddMonths(i)
	}
	return first
}

func saturatingMul(a, b int64) int64 {
	const limit = 1 << 40 // far beyond any date distance
	if a > limit/b {
		return limit
	}
	return a * b
}

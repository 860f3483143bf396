package engagement

import "github.com/influencekit/influencekit/internal/percent"

// Rate is an engagement, click-through or completion rate as a fraction:
// 0.024 is 2.4%. Rates computed by this package are always finite and
// non-negative; an engagement rate may exceed 1 (one viewer can like,
// comment and save).
//
// Rate marshals to JSON as a plain number holding the fraction (0.024), and
// unmarshals from one.
type Rate float64

// Percent returns r in percent: 2.4 for a [Rate] of 0.024.
func (r Rate) Percent() float64 { return float64(r) * 100 }

// String formats r in percent with two decimals and a percent sign:
// "2.40%" for a [Rate] of 0.024.
func (r Rate) String() string { return percent.Fixed(float64(r), 2) }

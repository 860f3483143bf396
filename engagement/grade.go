package engagement

//go:generate go run github.com/influencekit/influencekit/internal/cmd/enumgen

import "errors"

// Grade is the verdict of mighty-micro ("The mighty micro-influencer", a
// small-business guide) on an engagement rate by reach. The zero value is
// Low. Higher grades compare greater.
//
// Its text form is "low", "solid" or "exceptional"; parsing ignores case.
//
//enumgen:names low, solid, exceptional
type Grade uint8

// The grades, lowest first.
const (
	Low         Grade = iota // below 2%
	Solid                    // 2% up to, not including, 5%
	Exceptional              // 5% and above
)

// ErrUnknownGrade is wrapped by errors for text or values that name no grade.
var ErrUnknownGrade = errors.New("engagement: unknown grade")

// GradeERR grades an engagement rate by reach as mighty-micro ("The mighty
// micro-influencer", a small-business guide, 2024) does: Exceptional at 5%
// or more, Solid at 2% or more, Low otherwise (NaN included). Both
// thresholds are inclusive: 20 interactions on a reach of 1,000 is Solid and
// 50 is Exceptional.
//
// The comparison is exact for any rate [ERR] computes from a reach up to
// 10^14: GradeERR(ERR(in, reach)) grades as comparing the integers would,
// because the float quotient of such counts can never round across a
// threshold. GradeERR does not allocate.
func GradeERR(r Rate) Grade {
	switch {
	case r >= ExceptionalERR:
		return Exceptional
	case r >= SolidERR:
		return Solid
	}
	return Low
}

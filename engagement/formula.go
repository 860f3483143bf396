package engagement

import (
	"errors"
	"fmt"
)

// Formula names which interactions an engagement rate counts and what it
// divides them by. The zero value is [FormulaERR].
//
// Its text form is "err", "by-followers" or "by-views"; parsing ignores case.
//
//enumgen:names err, by-followers, by-views
type Formula uint8

// The formulas, matching the functions of the same name.
const (
	// FormulaERR is engagement rate by reach, per mighty-micro ("The mighty
	// micro-influencer", a small-business guide, 2024): (Likes + Comments +
	// Saves) / reach. Shares are not counted.
	FormulaERR Formula = iota
	// FormulaByFollowers is (Likes + Comments + Saves + Shares) / followers.
	FormulaByFollowers
	// FormulaByViews is (Likes + Comments + Saves + Shares) / views, the
	// video form (HypeAuditor's TikTok rate; Later adds shares for Reels).
	FormulaByViews
)

// ErrUnknownFormula is wrapped by errors for text or values that name no
// formula.
var ErrUnknownFormula = errors.New("engagement: unknown formula")

// funcName is the name of the function that computes f, used in errors.
func (f Formula) funcName() string {
	switch f {
	case FormulaERR:
		return "ERR"
	case FormulaByFollowers:
		return "ByFollowers"
	case FormulaByViews:
		return "ByViews"
	}
	return f.String()
}

// baseName is what f divides by, used in errors.
func (f Formula) baseName() string {
	switch f {
	case FormulaERR:
		return "reach"
	case FormulaByFollowers:
		return "followers"
	case FormulaByViews:
		return "views"
	}
	return "base"
}

// Engagements returns the numerator of f: Likes + Comments + Saves, plus
// Shares unless f is [FormulaERR]. A negative count is an error wrapping
// [ErrNegativeCount], a sum above math.MaxInt64 one wrapping [ErrOverflow] and an
// undeclared f one wrapping [ErrUnknownFormula].
func (f Formula) Engagements(in Interactions) (int64, error) {
	return f.engagements(f.funcName(), in)
}

func (f Formula) engagements(fn string, in Interactions) (int64, error) {
	if f > FormulaByViews {
		return 0, fmt.Errorf("%w: %s", ErrUnknownFormula, f)
	}
	if err := in.checked(fn); err != nil {
		return 0, err
	}
	sum, ok := addCounts(in.Likes, in.Comments)
	if !ok {
		return 0, &InputError{Func: fn, Input: "Comments", Value: in.Comments, Detail: "added to Likes", Err: ErrOverflow}
	}
	if sum, ok = addCounts(sum, in.Saves); !ok {
		return 0, &InputError{Func: fn, Input: "Saves", Value: in.Saves, Detail: "added to Likes+Comments", Err: ErrOverflow}
	}
	if f == FormulaERR {
		return sum, nil
	}
	if sum, ok = addCounts(sum, in.Shares); !ok {
		return 0, &InputError{Func: fn, Input: "Shares", Value: in.Shares, Detail: "added to Likes+Comments+Saves", Err: ErrOverflow}
	}
	return sum, nil
}

// Rate returns Engagements(in) / base as a fraction: ERR(in, base) for
// [FormulaERR], [ByFollowers] for [FormulaByFollowers], [ByViews] for
// [FormulaByViews], with their errors. An undeclared f is an error wrapping
// [ErrUnknownFormula].
func (f Formula) Rate(in Interactions, base int64) (Rate, error) {
	return f.rate(f.funcName(), in, base)
}

func (f Formula) rate(fn string, in Interactions, base int64) (Rate, error) {
	n, err := f.engagements(fn, in)
	if err != nil {
		return 0, err
	}
	if base <= 0 {
		return 0, inputError(fn, f.baseName(), base, ErrNonPositiveBase)
	}
	return Rate(float64(n) / float64(base)), nil
}

package engagement

import (
	"errors"
	"strconv"
)

// The sentinel errors. Every error this package returns wraps exactly one
// of them, so callers can branch with [errors.Is]; most arrive inside an
// *InputError that also names the function, the input and its value.
var (
	// ErrNonPositiveBase is wrapped when a denominator (reach, followers,
	// views, impressions, a story's first frame) is zero or negative.
	ErrNonPositiveBase = errors.New("engagement: denominator is zero or negative")

	// ErrNegativeCount is wrapped when a count (likes, clicks, frame views,
	// followers in a history) is negative.
	ErrNegativeCount = errors.New("engagement: count is negative")

	// ErrOverflow is wrapped when summing counts would exceed math.MaxInt64.
	ErrOverflow = errors.New("engagement: sum of counts overflows int64")

	// ErrCountAboveBase is wrapped when a count exceeds its denominator
	// where that is impossible: more clicks than impressions.
	ErrCountAboveBase = errors.New("engagement: count is above its denominator")

	// ErrFrameGrowth is wrapped when a story frame has more views than the
	// frame before it: viewers only leave a story, they cannot join midway.
	ErrFrameGrowth = errors.New("engagement: story frame has more views than the frame before it")

	// ErrNoFrames is wrapped when [StoryCompletion] is given no frames.
	ErrNoFrames = errors.New("engagement: story has no frames")

	// ErrNoPosts is wrapped when an average is asked of no posts.
	ErrNoPosts = errors.New("engagement: no posts to average")

	// ErrUnsortedHistory is wrapped when a follower history is not in
	// strictly increasing date order.
	ErrUnsortedHistory = errors.New("engagement: follower history is not in increasing date order")

	// ErrShortHistory is wrapped when follower growth is asked of fewer
	// than two samples.
	ErrShortHistory = errors.New("engagement: follower history needs at least two samples")

	// ErrNoMeasurements is wrapped when a goal is evaluated without a
	// measurement on or before its deadline.
	ErrNoMeasurements = errors.New("engagement: goal has no measurements")

	// ErrDateOrder is wrapped when a goal's dates are out of order: a
	// deadline not after the start, measurements not in strictly increasing
	// date order, a measurement before the start or after the evaluation
	// time, or an evaluation time before the start.
	ErrDateOrder = errors.New("engagement: dates out of order")

	// ErrInvalidTarget is wrapped when a goal's target is zero, negative,
	// NaN or infinite, a follower-growth goal starts from zero followers,
	// or a [Goal] measures [KPISales] (a sales target is money: use
	// [RevenueGoal]).
	ErrInvalidTarget = errors.New("engagement: invalid goal target")

	// ErrInvalidMeasurement is wrapped when a goal's measurement is
	// negative, NaN or infinite.
	ErrInvalidMeasurement = errors.New("engagement: invalid measurement")

	// ErrInvalidThreshold is wrapped when a threshold, rule or benchmark
	// figure is zero, negative, NaN or infinite where it must be a positive
	// finite number, or is otherwise unusable.
	ErrInvalidThreshold = errors.New("engagement: invalid threshold")
)

// InputError reports one rejected input, in the manner of [strconv.NumError].
// Err is the sentinel ([ErrNegativeCount], [ErrNonPositiveBase], ...) and is what
// Unwrap returns.
type InputError struct {
	Func   string // the function that rejected the input: "ERR", "StoryCompletion"
	Input  string // which input: "reach", "Likes", "frameViews[3]", "posts[2].Base"
	Value  int64  // the rejected value (for ErrOverflow, the addend that overflowed)
	Detail string // what Value was compared with, when that helps; may be empty
	Err    error  // the sentinel
}

// Error returns the sentinel's message followed by the function, the input
// and its value, e.g. "engagement: denominator is zero or negative: ERR
// reach = 0".
func (e *InputError) Error() string {
	s := e.Err.Error() + ": " + e.Func + " " + e.Input + " = " + strconv.FormatInt(e.Value, 10)
	if e.Detail != "" {
		s += " (" + e.Detail + ")"
	}
	return s
}

// Unwrap returns the sentinel.
func (e *InputError) Unwrap() error { return e.Err }

func inputError(fn, input string, value int64, sentinel error) error {
	return &InputError{Func: fn, Input: input, Value: value, Err: sentinel}
}

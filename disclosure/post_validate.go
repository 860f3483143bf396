package disclosure

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrInvalidPost is wrapped by [Post.Validate]'s errors, and by the
// errors of [Post.UnmarshalJSON] for the same values, for a post whose
// values are out of bounds (see [Post.Validate]).
var ErrInvalidPost = errors.New("disclosure: invalid post")

// PostError is the error for one bad value of a [Post], in the style of
// strconv.NumError: Field is the value's JSON path ("overlays[1].end",
// "category"), the same for Go callers of [Post.Validate] and for the JSON
// reader, and Err says what is wrong: it wraps [ErrInvalidDuration] for a
// time, and for an enum that enum's sentinel ([ErrUnknownCategory],
// [ErrUnknownAlteration]). A PostError also wraps [ErrInvalidPost].
type PostError struct {
	Field string
	Err   error
}

// Error returns "disclosure: <field>: <what is wrong>".
func (e *PostError) Error() string {
	return "disclosure: " + e.Field + ": " + strings.TrimPrefix(e.Err.Error(), "disclosure: ")
}

// Unwrap returns Err and [ErrInvalidPost], so that errors.Is finds both.
func (e *PostError) Unwrap() []error { return []error{e.Err, ErrInvalidPost} }

// postError returns a *PostError at field whose Err wraps sentinel.
func postError(field string, sentinel error, format string, args ...any) error {
	return &PostError{Field: field, Err: fmt.Errorf("%w: %s", sentinel, fmt.Sprintf(format, args...))}
}

// Validate reports the first value of p that is out of bounds, as a
// *[PostError] naming its JSON path:
//
//   - a negative duration ("duration") or transcript start
//     ("transcript[2].start"), wrapping [ErrInvalidDuration];
//   - an overlay that starts before the video ("overlays[0].start") or
//     ends before it starts ("overlays[1].end"), wrapping
//     [ErrInvalidDuration];
//   - an alteration or category outside the declared constants, wrapping
//     [ErrUnknownAlteration] or [ErrUnknownCategory];
//   - a negative follower count ("followers").
//
// Check never needs a valid post (it reads any post without panicking:
// a negative time counts as 0, an unknown category as UnknownCategory);
// Validate is for callers that take posts from users and want to say
// what is wrong. A nil error means every value is in bounds.
func (p Post) Validate() error {
	if p.Duration < 0 {
		return postError("duration", ErrInvalidDuration, "%s seconds is negative", appendSeconds(nil, p.Duration))
	}
	for i, seg := range p.Transcript {
		if seg.Start < 0 {
			return postError(indexed("transcript", i, "start"), ErrInvalidDuration, "%s seconds is before the video starts", appendSeconds(nil, seg.Start))
		}
	}
	for i, o := range p.Overlays {
		if err := o.validate(i); err != nil {
			return err
		}
	}
	if int(p.Alteration) >= alterationNames.Len() {
		return postError("alteration", ErrUnknownAlteration, "%d is not a declared alteration", p.Alteration)
	}
	if int(p.Category) >= categoryNames.Len() {
		return postError("category", ErrUnknownCategory, "%d is not a declared category", p.Category)
	}
	if p.Followers < 0 {
		return negativeFollowers(p.Followers)
	}
	return nil
}

// negativeFollowers is the error for a negative follower count n.
func negativeFollowers(n int64) error {
	return &PostError{Field: "followers", Err: fmt.Errorf("%d followers is negative; 0 means unknown", n)}
}

// validate checks overlay i of a post, or a lone overlay when i is -1.
func (o Overlay) validate(i int) error {
	if o.Start < 0 {
		return postError(indexed("overlays", i, "start"), ErrInvalidDuration, "%s seconds is before the video starts", appendSeconds(nil, o.Start))
	}
	if o.End < o.Start {
		return postError(indexed("overlays", i, "end"), ErrInvalidDuration, "%s seconds is before the overlay's start, %s seconds",
			appendSeconds(nil, o.End), appendSeconds(nil, o.Start))
	}
	return nil
}

// indexed returns the JSON path list[i].member, or member alone when i is
// -1.
func indexed(list string, i int, member string) string {
	if i < 0 {
		return member
	}
	return list + "[" + strconv.Itoa(i) + "]." + member
}

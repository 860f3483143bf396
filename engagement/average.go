package engagement

import (
	"errors"
	"strconv"
)

// PostCounts is one post's interactions with the denominator its rate
// divides by: reach for [FormulaERR], followers for [FormulaByFollowers], views
// for [FormulaByViews].
type PostCounts struct {
	Interactions
	Base int64 `json:"base"`
}

// MeanOfPostRates is the Hootsuite method of averaging many posts: the
// arithmetic mean of each post's own rate under formula f. Every post
// weighs the same, whatever its reach; compare [PooledRate].
//
// The result is a fraction. No posts is an error wrapping [ErrNoPosts], an
// undeclared f one wrapping [ErrUnknownFormula]. A post with a zero or
// negative Base ([ErrNonPositiveBase]), a negative count ([ErrNegativeCount]) or
// an overflowing sum ([ErrOverflow]) fails as [Formula.Rate] does, and the
// error's Input names the post and field ("posts[2].Base").
func MeanOfPostRates(f Formula, posts []PostCounts) (Rate, error) {
	const fn = "MeanOfPostRates"
	if len(posts) == 0 {
		return 0, inputError(fn, "len(posts)", 0, ErrNoPosts)
	}
	var sum float64
	for i, p := range posts {
		n, err := f.postEngagements(fn, i, p)
		if err != nil {
			return 0, err
		}
		sum += float64(n) / float64(p.Base)
	}
	return Rate(sum / float64(len(posts))), nil
}

// PooledRate is the Later and Sprout Social method of averaging many posts:
// total engagements under formula f over the total Base of all posts, a
// fraction. Posts weigh in proportion to their Base, so one viral post can
// carry it; compare [MeanOfPostRates].
//
// Errors are those of [MeanOfPostRates], plus [ErrOverflow] when the totals
// exceed math.MaxInt64.
func PooledRate(f Formula, posts []PostCounts) (Rate, error) {
	const fn = "PooledRate"
	if len(posts) == 0 {
		return 0, inputError(fn, "len(posts)", 0, ErrNoPosts)
	}
	var engagements, base int64
	for i, p := range posts {
		n, err := f.postEngagements(fn, i, p)
		if err != nil {
			return 0, err
		}
		var ok bool
		if engagements, ok = addCounts(engagements, n); !ok {
			return 0, inPost(&InputError{Func: fn, Input: "engagements", Value: n, Detail: "added to the total of earlier posts", Err: ErrOverflow}, i)
		}
		if base, ok = addCounts(base, p.Base); !ok {
			return 0, inPost(&InputError{Func: fn, Input: "Base", Value: p.Base, Detail: "added to the total of earlier posts", Err: ErrOverflow}, i)
		}
	}
	return Rate(float64(engagements) / float64(base)), nil
}

// postEngagements returns post i's engagements under f, after checking its
// counts and its Base, with errors that name the post.
func (f Formula) postEngagements(fn string, i int, p PostCounts) (int64, error) {
	n, err := f.engagements(fn, p.Interactions)
	if err != nil {
		return 0, inPost(err, i)
	}
	if p.Base <= 0 {
		return 0, inPost(inputError(fn, "Base", p.Base, ErrNonPositiveBase), i)
	}
	return n, nil
}

// inPost prefixes an *InputError's Input with the post's index.
func inPost(err error, i int) error {
	return inPostPrefix(err, "posts["+strconv.Itoa(i)+"].")
}

// inPostPrefix prefixes an *InputError's Input with prefix.
func inPostPrefix(err error, prefix string) error {
	var ie *InputError
	if errors.As(err, &ie) {
		c := *ie
		c.Input = prefix + c.Input
		return &c
	}
	return err
}

package engagement

import "math"

// Interactions are the counts of a post, video or story that engagement
// formulas add up. Every count must be non-negative; the formulas reject a
// negative one with an error wrapping [ErrNegativeCount], whether or not they
// use that field.
//
// Platform exports name these differently; [InstagramInsights], [TikTokVideo],
// [YouTubeStatistics] and [XPublicMetrics] map each platform's fields.
type Interactions struct {
	Likes    int64 `json:"likes"`    // likes, hearts, favourites
	Comments int64 `json:"comments"` // comments and replies
	Saves    int64 `json:"saves"`    // saves and bookmarks
	Shares   int64 `json:"shares"`   // shares, reposts, quotes
}

// checked validates in for function fn: every count non-negative.
func (in Interactions) checked(fn string) error {
	switch {
	case in.Likes < 0:
		return inputError(fn, "Likes", in.Likes, ErrNegativeCount)
	case in.Comments < 0:
		return inputError(fn, "Comments", in.Comments, ErrNegativeCount)
	case in.Saves < 0:
		return inputError(fn, "Saves", in.Saves, ErrNegativeCount)
	case in.Shares < 0:
		return inputError(fn, "Shares", in.Shares, ErrNegativeCount)
	}
	return nil
}

// addCounts returns a+b for non-negative a and b, and false when the sum
// would exceed [math.MaxInt64].
func addCounts(a, b int64) (int64, bool) {
	if b > math.MaxInt64-a {
		return 0, false
	}
	return a + b, true
}

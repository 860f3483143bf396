package engagement

import "strconv"

// ERR returns the engagement rate by reach of mighty-micro ("The mighty
// micro-influencer", a small-business guide, 2024): (Likes + Comments +
// Saves) / reach, as a fraction. Shares are not counted
// (use [ByViews] or [ByFollowers] for formulas that count them). The rate may
// exceed 1, since one account can like, comment and save.
//
// A reach of zero or less is an error wrapping [ErrNonPositiveBase]; a
// negative count in any field of in, Shares included, one wrapping
// [ErrNegativeCount]; a sum above math.MaxInt64 one wrapping [ErrOverflow]. ERR
// does not allocate unless it fails.
func ERR(in Interactions, reach int64) (Rate, error) {
	return FormulaERR.rate("ERR", in, reach)
}

// ByFollowers returns (Likes + Comments + Saves + Shares) / followers as a
// fraction: the rate audit tools quote per post, and the one tier benchmarks
// are comparable with. Errors are as for [ERR], with followers as the
// denominator.
func ByFollowers(in Interactions, followers int64) (Rate, error) {
	return FormulaByFollowers.rate("ByFollowers", in, followers)
}

// ByViews returns (Likes + Comments + Saves + Shares) / views as a fraction:
// the rate for video (HypeAuditor's TikTok formula counts likes, comments
// and shares; Later adds shares to Reels). Errors are as for [ERR], with views
// as the denominator.
func ByViews(in Interactions, views int64) (Rate, error) {
	return FormulaByViews.rate("ByViews", in, views)
}

// CTR returns the click-through rate clicks / impressions as a fraction,
// from 0 to 1 inclusive.
//
// Impressions of zero or less are an error wrapping [ErrNonPositiveBase],
// negative clicks one wrapping [ErrNegativeCount], and more clicks than
// impressions one wrapping [ErrCountAboveBase] (the counts come from different
// scopes, such as all-time clicks over one post's impressions). CTR does not
// allocate unless it fails.
func CTR(clicks, impressions int64) (Rate, error) {
	switch {
	case clicks < 0:
		return 0, inputError("CTR", "clicks", clicks, ErrNegativeCount)
	case impressions <= 0:
		return 0, inputError("CTR", "impressions", impressions, ErrNonPositiveBase)
	case clicks > impressions:
		return 0, &InputError{Func: "CTR", Input: "clicks", Value: clicks,
			Detail: "above impressions = " + strconv.FormatInt(impressions, 10), Err: ErrCountAboveBase}
	}
	return Rate(float64(clicks) / float64(impressions)), nil
}

package engagement

// This file maps the counts each platform's API exports onto Interactions.
// The JSON tags are the platforms' own field names, so a platform response
// (or the relevant object inside it) decodes straight into these types.

// InstagramInsights holds Instagram Graph API media insights (2025 metric
// names). The API returns each metric as an entry of its "data" array; put
// the value of the entry named "likes" in Likes, and so on. A flat object
// such as {"likes": 554, "reach": 3650} decodes directly.
//
// Mapping: likes -> Likes, comments -> Comments, saved -> Saves, shares ->
// Shares. reach is [ERR]'s denominator and views [ByViews]'. (impressions and
// plays were deprecated in April 2025; total_interactions is one total that
// cannot be split back into the parts [ERR] counts, so fetch the parts.)
type InstagramInsights struct {
	Likes    int64 `json:"likes"`
	Comments int64 `json:"comments"`
	Saved    int64 `json:"saved"`
	Shares   int64 `json:"shares"`
	Reach    int64 `json:"reach"`
	Views    int64 `json:"views"`
}

// Interactions returns the counts as Interactions (Saved becomes Saves).
func (m InstagramInsights) Interactions() Interactions {
	return Interactions{Likes: m.Likes, Comments: m.Comments, Saves: m.Saved, Shares: m.Shares}
}

// ERR returns ERR(m.Interactions(), m.Reach), with its errors.
func (m InstagramInsights) ERR() (Rate, error) { return ERR(m.Interactions(), m.Reach) }

// ByViews returns ByViews(m.Interactions(), m.Views), with its errors: the
// Reels rate that counts shares.
func (m InstagramInsights) ByViews() (Rate, error) { return ByViews(m.Interactions(), m.Views) }

// TikTokVideo holds the counts of a TikTok Display API video object
// (fields like_count, comment_count, share_count, view_count). TikTok
// exports neither saves nor reach, so use [ByViews], HypeAuditor's TikTok
// rate.
//
// Mapping: like_count -> Likes, comment_count -> Comments, share_count ->
// Shares; Saves stays 0. view_count is the denominator.
type TikTokVideo struct {
	LikeCount    int64 `json:"like_count"`
	CommentCount int64 `json:"comment_count"`
	ShareCount   int64 `json:"share_count"`
	ViewCount    int64 `json:"view_count"`
}

// Interactions returns the counts as Interactions.
func (v TikTokVideo) Interactions() Interactions {
	return Interactions{Likes: v.LikeCount, Comments: v.CommentCount, Shares: v.ShareCount}
}

// ByViews returns ByViews(v.Interactions(), v.ViewCount), with its errors.
func (v TikTokVideo) ByViews() (Rate, error) { return ByViews(v.Interactions(), v.ViewCount) }

// YouTubeStatistics holds the "statistics" object of a YouTube Data API
// video resource. The API writes the counts as JSON strings ("viewCount":
// "95000"), and the tags decode them so; a count the response omits stays 0.
//
// Mapping: likeCount -> Likes, commentCount -> Comments; Saves and Shares
// stay 0 (the API exports neither). viewCount is the denominator.
type YouTubeStatistics struct {
	ViewCount    int64 `json:"viewCount,string"`
	LikeCount    int64 `json:"likeCount,string"`
	CommentCount int64 `json:"commentCount,string"`
}

// Interactions returns the counts as Interactions.
func (s YouTubeStatistics) Interactions() Interactions {
	return Interactions{Likes: s.LikeCount, Comments: s.CommentCount}
}

// ByViews returns ByViews(s.Interactions(), s.ViewCount), with its errors.
func (s YouTubeStatistics) ByViews() (Rate, error) { return ByViews(s.Interactions(), s.ViewCount) }

// XPublicMetrics holds the public_metrics object of an X API v2 post.
//
// Mapping: like_count -> Likes, reply_count -> Comments, bookmark_count ->
// Saves, retweet_count + quote_count -> Shares. impression_count is the
// denominator, as in X's own analytics (engagements per impression).
type XPublicMetrics struct {
	LikeCount       int64 `json:"like_count"`
	ReplyCount      int64 `json:"reply_count"`
	RetweetCount    int64 `json:"retweet_count"`
	QuoteCount      int64 `json:"quote_count"`
	BookmarkCount   int64 `json:"bookmark_count"`
	ImpressionCount int64 `json:"impression_count"`
}

// Interactions returns the counts as Interactions. It is the only mapping
// that adds fields (reposts and quotes are both Shares), so it can fail: a
// negative retweet_count or quote_count is an error wrapping
// [ErrNegativeCount] and a sum above math.MaxInt64 one wrapping [ErrOverflow].
func (m XPublicMetrics) Interactions() (Interactions, error) {
	const fn = "XPublicMetrics.Interactions"
	switch {
	case m.RetweetCount < 0:
		return Interactions{}, inputError(fn, "retweet_count", m.RetweetCount, ErrNegativeCount)
	case m.QuoteCount < 0:
		return Interactions{}, inputError(fn, "quote_count", m.QuoteCount, ErrNegativeCount)
	}
	shares, ok := addCounts(m.RetweetCount, m.QuoteCount)
	if !ok {
		return Interactions{}, &InputError{Func: fn, Input: "quote_count", Value: m.QuoteCount, Detail: "added to retweet_count", Err: ErrOverflow}
	}
	return Interactions{Likes: m.LikeCount, Comments: m.ReplyCount, Saves: m.BookmarkCount, Shares: shares}, nil
}

// ByImpressions returns ByViews(m.Interactions(), m.ImpressionCount): every
// public engagement per impression. Errors are those of [Interactions] and
// [ByViews].
func (m XPublicMetrics) ByImpressions() (Rate, error) {
	in, err := m.Interactions()
	if err != nil {
		return 0, err
	}
	return ByViews(in, m.ImpressionCount)
}

package engagement

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decodeYouTube decodes a YouTube Data API statistics object and rates it
// by views.
func decodeYouTube(b []byte) (Interactions, Rate, error) {
	var s YouTubeStatistics
	if err := json.Unmarshal(b, &s); err != nil {
		return Interactions{}, 0, err
	}
	r, err := s.ByViews()
	return s.Interactions(), r, err
}

func TestPlatformMappingsDecodeTheirAPIs(t *testing.T) {
	tests := []struct {
		why     string
		payload string
		decode  func([]byte) (Interactions, Rate, error)
		want    Interactions
		rate    Rate
	}{
		{"Instagram Graph insights, flattened; saved is Saves; ERR uses reach",
			`{"likes":554,"comments":40,"saved":31,"shares":9,"reach":3650,"views":5200}`,
			func(b []byte) (Interactions, Rate, error) {
				var m InstagramInsights
				if err := json.Unmarshal(b, &m); err != nil {
					return Interactions{}, 0, err
				}
				r, err := m.ERR()
				return m.Interactions(), r, err
			},
			Interactions{Likes: 554, Comments: 40, Saves: 31, Shares: 9}, 625.0 / 3650},
		{"TikTok Display API video fields; no saves; the rate is by views",
			`{"id":"7","like_count":3900,"comment_count":210,"share_count":450,"view_count":61000}`,
			func(b []byte) (Interactions, Rate, error) {
				var v TikTokVideo
				if err := json.Unmarshal(b, &v); err != nil {
					return Interactions{}, 0, err
				}
				r, err := v.ByViews()
				return v.Interactions(), r, err
			},
			Interactions{Likes: 3900, Comments: 210, Shares: 450}, 4560.0 / 61000},
		{"YouTube Data API statistics are strings in JSON",
			`{"viewCount":"95000","likeCount":"5200","favoriteCount":"0","commentCount":"640"}`,
			decodeYouTube,
			Interactions{Likes: 5200, Comments: 640}, 5840.0 / 95000},
		{"YouTube with likeCount omitted from the response",
			`{"viewCount":"1000","commentCount":"10"}`,
			decodeYouTube,
			Interactions{Comments: 10}, 0.01},
		{"X public_metrics: replies are comments, bookmarks saves, reposts and quotes shares",
			`{"retweet_count":12,"reply_count":30,"like_count":400,"quote_count":3,"bookmark_count":25,"impression_count":20000}`,
			func(b []byte) (Interactions, Rate, error) {
				var m XPublicMetrics
				if err := json.Unmarshal(b, &m); err != nil {
					return Interactions{}, 0, err
				}
				in, err := m.Interactions()
				if err != nil {
					return Interactions{}, 0, err
				}
				r, err := m.ByImpressions()
				return in, r, err
			},
			Interactions{Likes: 400, Comments: 30, Saves: 25, Shares: 15}, 470.0 / 20000},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			in, r, err := tt.decode([]byte(tt.payload))
			require.NoError(t, err)
			assert.Equal(t, tt.want, in)
			assert.InDelta(t, float64(tt.rate), float64(r), 1e-15)
		})
	}
}

func TestInstagramByViews(t *testing.T) {
	r, err := InstagramInsights{Likes: 10, Shares: 10, Views: 100}.ByViews()
	require.NoError(t, err)
	assert.InDelta(t, 0.2, float64(r), 1e-15, "Reels count shares")
}

func TestPlatformMappingErrors(t *testing.T) {
	tests := []struct {
		why  string
		call func() (Rate, error)
		want error
	}{
		{"Instagram without reach", func() (Rate, error) { return InstagramInsights{Likes: 1}.ERR() }, ErrNonPositiveBase},
		{"TikTok without views", func() (Rate, error) { return TikTokVideo{LikeCount: 1}.ByViews() }, ErrNonPositiveBase},
		{"YouTube with a negative count", func() (Rate, error) { return YouTubeStatistics{LikeCount: -1, ViewCount: 5}.ByViews() }, ErrNegativeCount},
		{"X reposts plus quotes overflow", func() (Rate, error) {
			return XPublicMetrics{RetweetCount: math.MaxInt64, QuoteCount: 1, ImpressionCount: 5}.ByImpressions()
		}, ErrOverflow},
		{"X with negative reposts", func() (Rate, error) { return XPublicMetrics{RetweetCount: -1, ImpressionCount: 5}.ByImpressions() }, ErrNegativeCount},
		{"X with negative quotes", func() (Rate, error) { return XPublicMetrics{QuoteCount: -1, ImpressionCount: 5}.ByImpressions() }, ErrNegativeCount},
		{"X without impressions", func() (Rate, error) { return XPublicMetrics{LikeCount: 1}.ByImpressions() }, ErrNonPositiveBase},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r, err := tt.call()
			assert.ErrorIs(t, err, tt.want)
			assert.Zero(t, r)
		})
	}
	var s YouTubeStatistics
	assert.Error(t, json.Unmarshal([]byte(`{"viewCount":"lots"}`), &s), "a non-numeric count is a decode error")
}

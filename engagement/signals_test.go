package engagement

import (
	"errors"
	"math"
	"testing"

	"github.com/influencekit/influencekit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// maxVibes is the campaign sample's account with bought followers.
func maxVibes() Profile {
	return Profile{
		Platform:  influencekit.Instagram,
		Followers: 250_000,
		Following: 9_800,
		Posts:     []Interactions{{Likes: 1100, Comments: 95, Saves: 20, Shares: 6}},
		Comments:  []string{"Nice! 🔥", "🔥🔥🔥", "love it", "Nice! 🔥", "😍😍", "great post", "love it", "👏👏👏", "Nice! 🔥", "amazing"},
		History:   weekly(151000, 152200, 153100, 243900, 246800, 248300, 250000),
	}
}

func kinds(signals []Signal) []SignalKind {
	var ks []SignalKind
	for _, s := range signals {
		ks = append(ks, s.Kind)
	}
	return ks
}

func TestAudienceSignals(t *testing.T) {
	tests := []struct {
		why     string
		profile Profile
		want    []SignalKind
	}{
		{"campaign sample: every red flag but the following ratio", maxVibes(),
			[]SignalKind{SignalLowEngagement, SignalEngagementFloor, SignalFollowerSpike, SignalLowQualityComments}},
		{"stryde-greg's engaged nano account raises nothing", Profile{
			Platform: influencekit.Instagram, Followers: 4_000, Following: 410,
			Posts:   []Interactions{{Likes: 554, Comments: 40}},
			History: weekly(3710, 3768, 3815, 3870, 3921, 3962, 4000),
		}, nil},
		{"follow-for-follow: 60 following per follower is at least Socialbakers' 50", Profile{
			Followers: 100, Following: 6_000,
		}, []SignalKind{SignalFollowingRatio}},
		{"exactly 50:1 is flagged (inclusive)", Profile{Followers: 100, Following: 5_000}, []SignalKind{SignalFollowingRatio}},
		{"the 1% floor applies on TikTok even where the tier benchmark is met", Profile{
			Platform: influencekit.TikTok, Followers: 2_000_000,
			Posts: []Interactions{{Likes: 17_000, Comments: 1_000}}, // 0.9%; mega's benchmark is 1.54%, half is 0.77%
		}, []SignalKind{SignalEngagementFloor}},
		{"the floor does not apply on YouTube, the tier comparison does", Profile{
			Platform: influencekit.YouTube, Followers: 250_000,
			Posts: []Interactions{{Likes: 1_000, Comments: 250}}, // 0.5% against macro's 1.55%
		}, []SignalKind{SignalLowEngagement}},
		{"only likes and comments count, as in the benchmarks: saves and shares do not lift a low rate", Profile{
			Platform: influencekit.YouTube, Followers: 250_000,
			Posts: []Interactions{{Likes: 1_000, Comments: 250, Saves: 50_000, Shares: 50_000}},
		}, []SignalKind{SignalLowEngagement}},
		{"posts are averaged, and exactly the 1% floor is not under it", Profile{
			Platform: influencekit.Instagram, Followers: 30_000,
			Posts: []Interactions{{Likes: 450}, {Likes: 150}}, // 1.5% and 0.5%: mean 1%; mid's half-benchmark is 0.81%
		}, nil},
		{"the same mean on a 10K account is under half of micro's 2.28%", Profile{
			Platform: influencekit.Instagram, Followers: 10_000,
			Posts: []Interactions{{Likes: 150}, {Likes: 50}},
		}, []SignalKind{SignalLowEngagement}},
		{"fewer than 5 comments are not judged", Profile{Followers: 1_000, Comments: []string{"nice", "wow", "🔥", "love it"}}, nil},
		{"half the comments low quality is flagged (inclusive)", Profile{Followers: 1_000,
			Comments: []string{"nice", "wow", "🔥", "Is it vegan?", "Where is it sold?", "What shade is this?"}}, []SignalKind{SignalLowQualityComments}},
		{"no posts, comments or history: only the ratio can be judged", Profile{Followers: 1_000, Following: 10}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := AudienceSignals(tt.profile)
			require.NoError(t, err)
			assert.Equal(t, tt.want, kinds(got))
			for _, s := range got {
				assert.NotEmpty(t, s.Evidence, "every signal says what it measured")
				assert.False(t, math.IsNaN(s.Measured) || math.IsInf(s.Measured, 0))
				switch s.Kind {
				case SignalLowEngagement, SignalEngagementFloor:
					assert.Less(t, s.Measured, s.Threshold)
				default:
					assert.GreaterOrEqual(t, s.Measured, s.Threshold)
				}
			}
		})
	}
}

func TestAudienceSignalEvidence(t *testing.T) {
	got, err := AudienceSignals(maxVibes())
	require.NoError(t, err)
	require.Len(t, got, 4)
	assert.Equal(t, "likes and comments average 0.48% of followers over 1 post, under 0.78%, which is 0.5 times the 1.55% expected of macro accounts (HypeAuditor (2018), average Instagram engagement rate by follower count)", got[0].Evidence)
	assert.InDelta(t, 1195.0/250000, got[0].Measured, 1e-15)
	assert.InDelta(t, 0.00775, got[0].Threshold, 1e-15)
	assert.Equal(t, "likes and comments average 0.48% of followers over 1 post, under the 1.00% floor for instagram", got[1].Evidence)
	assert.Equal(t, "followers rose by 90800 (59.31%) from 2026-01-18 to 2026-01-25, 12971 a day: 61x the typical 214 a day", got[2].Evidence)
	assert.Equal(t, day("2026-01-25"), got[2].At)
	assert.InDelta(t, 0.10, got[2].Threshold, 0)
	assert.Equal(t, "10 of 10 comments are emoji-only (3), generic (7) or repeated (0): 100.00%, at or above 50.00%", got[3].Evidence)
	for _, s := range got {
		if s.Kind != SignalFollowerSpike {
			assert.True(t, s.At.IsZero(), "At is only set for spikes")
		}
	}
}

func TestSignalThresholdsAreConfigurable(t *testing.T) {
	p := Profile{Platform: influencekit.Instagram, Followers: 2_000, Following: 2_400}
	none, err := AudienceSignals(p)
	require.NoError(t, err)
	assert.Empty(t, none)
	th := DefaultSignalThresholds()
	th.FollowingRatio = 1
	got, err := th.Signals(p)
	require.NoError(t, err)
	assert.Equal(t, []SignalKind{SignalFollowingRatio}, kinds(got), "a user may flag following more accounts than follow back")

	th = DefaultSignalThresholds()
	th.Benchmarks = MicroHowToBenchmarks
	got, err = th.Signals(Profile{Followers: 4_000, Posts: []Interactions{{Likes: 60}}}) // 1.5%; micro-how-to expects 4%
	require.NoError(t, err)
	assert.Equal(t, []SignalKind{SignalLowEngagement}, kinds(got))
	assert.Contains(t, got[0].Evidence, "micro-how-to")
}

func TestAudienceSignalsErrors(t *testing.T) {
	withThresholds := func(change func(*SignalThresholds)) SignalThresholds {
		th := DefaultSignalThresholds()
		change(&th)
		return th
	}
	tests := []struct {
		why        string
		thresholds SignalThresholds
		profile    Profile
		want       error
	}{
		{"zero followers", DefaultSignalThresholds(), Profile{}, ErrNonPositiveBase},
		{"negative following", DefaultSignalThresholds(), Profile{Followers: 1, Following: -1}, ErrNegativeCount},
		{"a negative post count", DefaultSignalThresholds(), Profile{Followers: 1, Posts: []Interactions{{}, {Comments: -1}}}, ErrNegativeCount},
		{"likes and comments overflow", DefaultSignalThresholds(), Profile{Followers: 1, Posts: []Interactions{{Likes: math.MaxInt64, Comments: 1}}}, ErrOverflow},
		{"posts' totals overflow", DefaultSignalThresholds(), Profile{Followers: 1, Posts: []Interactions{{Likes: math.MaxInt64}, {Likes: 1}}}, ErrOverflow},
		{"an unsorted history", DefaultSignalThresholds(), Profile{Followers: 1, History: []FollowerSample{{day("2026-01-02"), 1}, {day("2026-01-01"), 1}}}, ErrUnsortedHistory},
		{"the zero thresholds", SignalThresholds{}, Profile{Followers: 1}, ErrInvalidThreshold},
		{"FarBelow above 1", withThresholds(func(t *SignalThresholds) { t.FarBelow = 2 }), Profile{Followers: 1}, ErrInvalidThreshold},
		{"negative floor", withThresholds(func(t *SignalThresholds) { t.EngagementFloor = -0.01 }), Profile{Followers: 1}, ErrInvalidThreshold},
		{"NaN floor", withThresholds(func(t *SignalThresholds) { t.EngagementFloor = Rate(nanFloat()) }), Profile{Followers: 1}, ErrInvalidThreshold},
		{"zero ratio", withThresholds(func(t *SignalThresholds) { t.FollowingRatio = 0 }), Profile{Followers: 1}, ErrInvalidThreshold},
		{"infinite ratio", withThresholds(func(t *SignalThresholds) { t.FollowingRatio = math.Inf(1) }), Profile{Followers: 1}, ErrInvalidThreshold},
		{"comment share of 0", withThresholds(func(t *SignalThresholds) { t.LowQualityComments = 0 }), Profile{Followers: 1}, ErrInvalidThreshold},
		{"no minimum of comments", withThresholds(func(t *SignalThresholds) { t.MinComments = 0 }), Profile{Followers: 1}, ErrInvalidThreshold},
		{"an invalid spike rule", withThresholds(func(t *SignalThresholds) { t.Spike = SpikeRule{} }), Profile{Followers: 1}, ErrInvalidThreshold},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := tt.thresholds.Signals(tt.profile)
			assert.ErrorIs(t, err, tt.want)
			assert.Nil(t, got)
		})
	}
	_, err := AudienceSignals(Profile{Followers: 1, Posts: []Interactions{{}, {Comments: -1}}})
	var ie *InputError
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "Posts[1].Comments", ie.Input, "the bad post is named")

	// InputError.Value is documented as the addend that overflowed: within
	// one post that is Comments (added to Likes), as in Formula.Engagements;
	// it used to be 0 under the made-up input "Likes+Comments".
	_, err = AudienceSignals(Profile{Followers: 1, Posts: []Interactions{{}, {Likes: math.MaxInt64, Comments: 7}}})
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "Posts[1].Comments", ie.Input)
	assert.Equal(t, int64(7), ie.Value)
	assert.ErrorIs(t, err, ErrOverflow)

	_, err = AudienceSignals(Profile{Followers: 1, Posts: []Interactions{{Likes: math.MaxInt64}, {Likes: 2, Comments: 3}}})
	require.True(t, errors.As(err, &ie))
	assert.Equal(t, "Posts[1].Likes+Comments", ie.Input, "across posts the post's whole sum is the addend")
	assert.Equal(t, int64(5), ie.Value)
}

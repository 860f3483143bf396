package engagement

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"time"

	"github.com/influencekit/influencekit"
)

// Profile is what the audience-quality signals read: a snapshot of an
// account and its recent activity.
type Profile struct {
	Platform  influencekit.Platform `json:"platform"`  // the EngagementFloor applies on Instagram and TikTok only
	Followers int64                 `json:"followers"` // must be positive
	Following int64                 `json:"following"` // accounts this one follows; must not be negative
	// Posts are recent posts' counts. Only Likes and Comments are read: the
	// tier benchmarks are likes plus comments over followers. Optional.
	Posts []Interactions `json:"posts"`
	// Comments are recent comments' texts. Optional.
	Comments []string `json:"comments"`
	// History is the follower count over time, oldest first. Optional.
	History []FollowerSample `json:"history"`
}

// SignalKind names an audience-quality red flag. The zero value is
// [UnknownSignal].
//
// Its text form is "unknown", "low-engagement", "engagement-floor",
// "follower-spike", "following-ratio" or "low-quality-comments"; parsing
// ignores case.
//
//enumgen:names unknown, low-engagement, engagement-floor, follower-spike, following-ratio, low-quality-comments
type SignalKind uint8

// The signal kinds. Each says what Signal.Measured and Signal.Threshold hold.
const (
	UnknownSignal SignalKind = iota
	// SignalLowEngagement: the mean of likes plus comments over followers
	// per post (a fraction) is under FarBelow times the low end of the
	// tier's benchmark. mighty-micro ("The mighty micro-influencer", a
	// small-business guide): "high follower counts and suspiciously low
	// engagement".
	SignalLowEngagement
	// SignalEngagementFloor: on Instagram or TikTok, that same rate is under
	// the EngagementFloor (1%, a common red flag per hypeauditor-aqs
	// (HypeAuditor, Audience Quality Score), modash-fake (Modash,
	// fake-follower checks) and tagger-fake (Tagger, audience quality)).
	SignalEngagementFloor
	// SignalFollowerSpike: one jump in the follower history; Measured is
	// the gain as a fraction of the followers before it, Threshold is
	// SpikeRule.MinJump.
	SignalFollowerSpike
	// SignalFollowingRatio: following / followers is at or above
	// FollowingRatio (Socialbakers' 50:1).
	SignalFollowingRatio
	// SignalLowQualityComments: the share of emoji-only, generic and
	// repeated comments (a fraction) is at or above LowQualityComments.
	SignalLowQualityComments
)

// ErrUnknownSignalKind is wrapped by errors for text or values that name no
// signal kind.
var ErrUnknownSignalKind = errors.New("engagement: unknown signal kind")

// Signal is one red flag with its evidence: what was measured and the
// threshold it crossed. Signals are not a verdict; an account with several
// deserves a closer look, not a conclusion.
type Signal struct {
	Kind      SignalKind `json:"kind"`
	Measured  float64    `json:"measured"`    // the measured value, in the unit Kind's doc gives
	Threshold float64    `json:"threshold"`   // the threshold Measured crossed, in the same unit
	At        time.Time  `json:"at,omitzero"` // SignalFollowerSpike: the date of the sample after the jump; zero otherwise
	Evidence  string     `json:"evidence"`    // one sentence with the figures
}

// SignalThresholds are the cut-offs [AudienceSignals] applies. Start from
// [DefaultSignalThresholds] and change fields; a zero field is invalid.
type SignalThresholds struct {
	// Benchmarks is the tier table engagement is compared with.
	Benchmarks BenchmarkTable `json:"benchmarks"`
	// FarBelow is the fraction of the tier benchmark's low end under which
	// engagement is flagged, exclusive: 0.5 flags under half. In (0, 1].
	FarBelow float64 `json:"far_below"`
	// EngagementFloor is the rate under which engagement on Instagram and
	// TikTok is flagged whatever the tier, exclusive. At least 0.
	EngagementFloor Rate `json:"engagement_floor"`
	// FollowingRatio is the following/followers ratio at which an account is
	// flagged, inclusive. Positive.
	FollowingRatio float64 `json:"following_ratio"`
	// LowQualityComments is the share of emoji-only, generic and repeated
	// comments at which comments are flagged, inclusive. In (0, 1].
	LowQualityComments float64 `json:"low_quality_comments"`
	// MinComments is the least number of non-blank comments worth judging.
	// At least 1.
	MinComments int `json:"min_comments"`
	// Spike decides which follower jumps are spikes.
	Spike SpikeRule `json:"spike"`
}

// DefaultSignalThresholds returns the defaults: [HypeAuditor2018Benchmarks]
// (its per-tier figures are the lowest published, so the check is
// conservative); FarBelow 0.5 and LowQualityComments 0.5 over at least 5
// comments (influencekit's choices: the sources publish no cut-off);
// EngagementFloor 1% (the common Instagram/TikTok red flag of
// hypeauditor-aqs (HypeAuditor, Audience Quality Score) and modash-fake
// (Modash, fake-follower checks));
// FollowingRatio 50 (Socialbakers' 50:1); [DefaultSpikeRule].
func DefaultSignalThresholds() SignalThresholds {
	return SignalThresholds{
		Benchmarks:         hypeAuditor2018,
		FarBelow:           0.5,
		EngagementFloor:    0.01,
		FollowingRatio:     50,
		LowQualityComments: 0.5,
		MinComments:        5,
		Spike:              DefaultSpikeRule(),
	}
}

// Valid returns nil for usable thresholds and otherwise an error wrapping
// [ErrInvalidThreshold] that names the bad field.
func (t SignalThresholds) Valid() error {
	bad := func(field string, v any, want string) error {
		return fmt.Errorf("%w: SignalThresholds.%s %v must be %s", ErrInvalidThreshold, field, v, want)
	}
	finite := func(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
	switch {
	case len(t.Benchmarks.rows) == 0:
		return fmt.Errorf("%w: SignalThresholds.Benchmarks has no rows", ErrInvalidThreshold)
	case !(t.FarBelow > 0 && t.FarBelow <= 1):
		return bad("FarBelow", t.FarBelow, "in (0, 1]")
	case !(t.EngagementFloor >= 0) || !finite(float64(t.EngagementFloor)):
		return bad("EngagementFloor", float64(t.EngagementFloor), "zero or positive and finite")
	case !(t.FollowingRatio > 0) || !finite(t.FollowingRatio):
		return bad("FollowingRatio", t.FollowingRatio, "positive and finite")
	case !(t.LowQualityComments > 0 && t.LowQualityComments <= 1):
		return bad("LowQualityComments", t.LowQualityComments, "in (0, 1]")
	case t.MinComments < 1:
		return bad("MinComments", t.MinComments, "at least 1")
	}
	return t.Spike.Valid()
}

// AudienceSignals reports the red flags of p under [DefaultSignalThresholds].
// See [SignalThresholds.Signals].
func AudienceSignals(p Profile) ([]Signal, error) {
	return DefaultSignalThresholds().Signals(p)
}

// Signals reports the red flags of p under t, in [SignalKind] order (spikes by
// date), or nil when nothing crossed a threshold. Checks without data are
// skipped: engagement needs Posts, comment quality at least MinComments
// non-blank Comments, spikes three History samples.
//
// Followers of zero or less are an error wrapping [ErrNonPositiveBase];
// negative Following or post counts one wrapping [ErrNegativeCount]; an
// overflowing sum of likes and comments one wrapping [ErrOverflow]; a bad
// History fails as [SpikeRule.Find] does; invalid thresholds wrap
// [ErrInvalidThreshold].
func (t SignalThresholds) Signals(p Profile) ([]Signal, error) {
	const fn = "AudienceSignals"
	if err := t.Valid(); err != nil {
		return nil, err
	}
	if p.Followers <= 0 {
		return nil, inputError(fn, "Followers", p.Followers, ErrNonPositiveBase)
	}
	if p.Following < 0 {
		return nil, inputError(fn, "Following", p.Following, ErrNegativeCount)
	}
	var signals []Signal

	if len(p.Posts) > 0 {
		rate, err := publicRate(fn, p)
		if err != nil {
			return nil, err
		}
		signals = append(signals, t.engagementSignals(p, rate)...)
	}

	spikes, err := t.Spike.Find(p.History)
	if err != nil {
		return nil, err
	}
	for _, s := range spikes {
		typical := "the typical gain was flat or falling"
		if s.TypicalPerDay > 0 {
			typical = fmt.Sprintf("%.0fx the typical %.0f a day", s.PerDay/s.TypicalPerDay, s.TypicalPerDay)
		}
		signals = append(signals, Signal{
			Kind: SignalFollowerSpike, Measured: s.Jump, Threshold: t.Spike.MinJump, At: s.To.Date,
			Evidence: fmt.Sprintf("followers rose by %d (%s) from %s to %s, %.0f a day: %s",
				s.Gain, Rate(s.Jump), s.From.Date.Format(time.DateOnly), s.To.Date.Format(time.DateOnly), s.PerDay, typical),
		})
	}

	if ratio := float64(p.Following) / float64(p.Followers); ratio >= t.FollowingRatio {
		signals = append(signals, Signal{
			Kind: SignalFollowingRatio, Measured: ratio, Threshold: t.FollowingRatio,
			Evidence: fmt.Sprintf("follows %d accounts for %d followers, a ratio of %.1f, at or above %.1f",
				p.Following, p.Followers, ratio, t.FollowingRatio),
		})
	}

	if stats := CommentQuality(p.Comments); stats.Total >= t.MinComments {
		if share := stats.LowQualityShare(); share >= t.LowQualityComments {
			signals = append(signals, Signal{
				Kind: SignalLowQualityComments, Measured: share, Threshold: t.LowQualityComments,
				Evidence: fmt.Sprintf("%d of %d comments are emoji-only (%d), generic (%d) or repeated (%d): %s, at or above %s",
					stats.LowQuality(), stats.Total, stats.EmojiOnly, stats.Generic, stats.Repeated,
					Rate(share), Rate(t.LowQualityComments)),
			})
		}
	}
	return signals, nil
}

// publicRate is the mean over p.Posts of (Likes + Comments) / Followers.
func publicRate(fn string, p Profile) (Rate, error) {
	var sum int64
	for i, in := range p.Posts {
		prefix := "Posts[" + strconv.Itoa(i) + "]."
		if err := in.checked(fn); err != nil {
			return 0, inPostPrefix(err, prefix)
		}
		n, ok := addCounts(in.Likes, in.Comments)
		if !ok {
			return 0, &InputError{Func: fn, Input: prefix + "Comments", Value: in.Comments, Detail: "added to Likes", Err: ErrOverflow}
		}
		if sum, ok = addCounts(sum, n); !ok {
			return 0, &InputError{Func: fn, Input: prefix + "Likes+Comments", Value: n, Detail: "added to the earlier posts", Err: ErrOverflow}
		}
	}
	return Rate(float64(sum) / float64(p.Followers) / float64(len(p.Posts))), nil
}

func (t SignalThresholds) engagementSignals(p Profile, rate Rate) []Signal {
	var signals []Signal
	posts := strconv.Itoa(len(p.Posts)) + " posts"
	if len(p.Posts) == 1 {
		posts = "1 post"
	}
	if c, ok := t.Benchmarks.Compare(rate, p.Followers); ok {
		if limit := Rate(t.FarBelow) * c.Expected.Low; rate < limit {
			signals = append(signals, Signal{
				Kind: SignalLowEngagement, Measured: float64(rate), Threshold: float64(limit),
				Evidence: fmt.Sprintf("likes and comments average %s of followers over %s, under %s, which is %.2g times the %s expected of %s accounts (%s)",
					rate, posts, limit, t.FarBelow, c.Expected.Low, c.Tier, t.Benchmarks.Source()),
			})
		}
	}
	if (p.Platform == influencekit.Instagram || p.Platform == influencekit.TikTok) && rate < t.EngagementFloor {
		signals = append(signals, Signal{
			Kind: SignalEngagementFloor, Measured: float64(rate), Threshold: float64(t.EngagementFloor),
			Evidence: fmt.Sprintf("likes and comments average %s of followers over %s, under the %s floor for %s",
				rate, posts, t.EngagementFloor, p.Platform),
		})
	}
	return signals
}

// String describes s in one line for logs: its kind, then its evidence,
// "following-ratio: follows 12000 accounts for 200 followers, ...".
func (s Signal) String() string { return s.Kind.String() + ": " + s.Evidence }

package engagement

import (
	"fmt"
	"time"

	"github.com/influencekit/influencekit/internal/percent"
)

// Growth is how an account's followers grew over a history: the absolute
// and relative change from the first sample to the last, the average daily
// change, and the spikes in between as evidence.
type Growth struct {
	From FollowerSample `json:"from"` // the first sample of the history
	To   FollowerSample `json:"to"`   // the last sample of the history
	// Gain is To.Followers - From.Followers; negative for a loss.
	Gain int64 `json:"gain"`
	// Fraction is Gain / From.Followers, a fraction: 0.30 is 30%. A start of
	// zero followers counts as one, as in FollowerSpike.Jump, so growth from
	// nothing stays finite.
	Fraction float64 `json:"fraction"`
	// Days is the length of the history in days, fractional.
	Days float64 `json:"days"`
	// PerDay is the average daily growth, Gain / Days, in followers.
	PerDay float64 `json:"per_day"`
	// Spikes are the intervals whose growth was far above the history's
	// typical growth, found by the same [SpikeRule] that [AudienceSignals]
	// applies: on daily samples a spike is a day, on weekly samples a week.
	Spikes []FollowerSpike `json:"spikes"`
}

// Percent returns Fraction in percent: 30 for a Fraction of 0.30.
func (g Growth) Percent() float64 { return g.Fraction * 100 }

// String summarizes g: "+290 followers (+7.82%) from 3710 on 2026-01-04 to
// 4000 on 2026-02-15, 6.9 a day over 42 days, 0 spikes".
func (g Growth) String() string {
	spikes := "spikes"
	if len(g.Spikes) == 1 {
		spikes = "spike"
	}
	return fmt.Sprintf("%+d followers (%s) from %d on %s to %d on %s, %.1f a day over %.0f days, %d %s",
		g.Gain, percent.Signed(g.Fraction, 2), g.From.Followers, g.From.Date.Format(time.DateOnly),
		g.To.Followers, g.To.Date.Format(time.DateOnly), g.PerDay, g.Days, len(g.Spikes), spikes)
}

// FollowerGrowth measures growth over history with [DefaultSpikeRule]. See
// [SpikeRule.Growth].
func FollowerGrowth(history []FollowerSample) (Growth, error) {
	return DefaultSpikeRule().Growth(history)
}

// Growth measures the growth over history, from its first sample to its
// last, and finds its spikes with r (see Find). For growth over a period,
// pass the samples that fall in it.
//
// A history of fewer than two samples is an error wrapping
// [ErrShortHistory]; other bad histories and rules fail as Find does
// ([ErrUnsortedHistory], [ErrNegativeCount], [ErrInvalidThreshold]).
func (r SpikeRule) Growth(history []FollowerSample) (Growth, error) {
	if err := r.Valid(); err != nil {
		return Growth{}, err
	}
	if err := checkHistory("FollowerGrowth", history); err != nil {
		return Growth{}, err
	}
	if len(history) < 2 {
		return Growth{}, fmt.Errorf("%w: FollowerGrowth got %d samples", ErrShortHistory, len(history))
	}
	from, to := history[0], history[len(history)-1]
	gain := to.Followers - from.Followers
	return Growth{
		From:     from,
		To:       to,
		Gain:     gain,
		Fraction: growthFraction(gain, from.Followers),
		Days:     days(from.Date, to.Date),
		PerDay:   gainPerDay(from, to),
		Spikes:   r.find(history),
	}, nil
}

package engagement

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"time"
)

// FollowerSample is an account's follower count on a date.
type FollowerSample struct {
	Date      time.Time `json:"date"`
	Followers int64     `json:"followers"`
}

// SpikeRule decides which jumps in a follower history are spikes: sudden
// growth out of line with the account's own trend, a sign of bought
// followers (HypeAuditor, Modash). A SpikeRule is a plain value; the zero
// SpikeRule is invalid, start from [DefaultSpikeRule].
type SpikeRule struct {
	// Multiple is how many times the typical per-day gain a spike's
	// per-day gain must reach, inclusive. The typical gain is the median
	// per-day gain of the history's other intervals. Must be positive.
	Multiple float64 `json:"multiple"`
	// MinJump is the least gain a spike must add, as a fraction of the
	// followers at its start, inclusive: 0.10 is 10%. It keeps ordinary
	// noise on a flat account from counting. Must be zero or positive.
	MinJump float64 `json:"min_jump"`
}

// DefaultSpikeRule returns influencekit's default rule: a spike gains at
// least 5 times the typical per-day gain and at least 10% of the followers
// at its start. The sources name the signal but publish no cut-off; these
// are influencekit's choice.
func DefaultSpikeRule() SpikeRule { return SpikeRule{Multiple: 5, MinJump: 0.10} }

// Valid returns nil for a usable rule and otherwise an error wrapping
// [ErrInvalidThreshold] that names the bad field.
func (r SpikeRule) Valid() error {
	if !(r.Multiple > 0) || math.IsInf(r.Multiple, 0) {
		return fmt.Errorf("%w: SpikeRule.Multiple %v must be positive and finite", ErrInvalidThreshold, r.Multiple)
	}
	if !(r.MinJump >= 0) || math.IsInf(r.MinJump, 0) {
		return fmt.Errorf("%w: SpikeRule.MinJump %v must be zero or positive and finite", ErrInvalidThreshold, r.MinJump)
	}
	return nil
}

// FollowerSpike is one interval of a follower history that the rule flagged.
type FollowerSpike struct {
	From          FollowerSample `json:"from"`            // the sample before the jump
	To            FollowerSample `json:"to"`              // the sample after the jump
	Gain          int64          `json:"gain"`            // To.Followers - From.Followers
	Jump          float64        `json:"jump"`            // Gain / From.Followers, a fraction (Gain / 1 when From.Followers is 0)
	PerDay        float64        `json:"per_day"`         // Gain per day of the interval
	TypicalPerDay float64        `json:"typical_per_day"` // median per-day gain of the other intervals
}

// FollowerSpikes finds spikes in history with [DefaultSpikeRule]. See
// [SpikeRule.Find].
func FollowerSpikes(history []FollowerSample) ([]FollowerSpike, error) {
	return DefaultSpikeRule().Find(history)
}

// Find returns the intervals of history, in date order, whose gain is at
// least r.MinJump of the followers at their start and whose per-day gain is
// at least r.Multiple times the median per-day gain of the other intervals
// (any gain qualifies when that median is zero or negative). Samples may be
// unevenly spaced; gains are compared per day.
//
// A history of fewer than three samples has no trend to compare against and
// yields no spikes. Samples must have strictly increasing dates (an error
// wrapping [ErrUnsortedHistory]) and non-negative counts ([ErrNegativeCount]);
// an invalid rule is an error wrapping [ErrInvalidThreshold].
func (r SpikeRule) Find(history []FollowerSample) ([]FollowerSpike, error) {
	if err := r.Valid(); err != nil {
		return nil, err
	}
	if err := checkHistory("FollowerSpikes", history); err != nil {
		return nil, err
	}
	return r.find(history), nil
}

// checkHistory returns an error for a history that is not in strictly
// increasing date order ([ErrUnsortedHistory]) or holds a negative count
// ([ErrNegativeCount], inside an *InputError naming fn).
func checkHistory(fn string, history []FollowerSample) error {
	for i, s := range history {
		if s.Followers < 0 {
			return inputError(fn, "history["+strconv.Itoa(i)+"].Followers", s.Followers, ErrNegativeCount)
		}
		if i > 0 && !s.Date.After(history[i-1].Date) {
			return fmt.Errorf("%w: history[%d] on %s is not after history[%d] on %s",
				ErrUnsortedHistory, i, s.Date.Format(time.DateOnly), i-1, history[i-1].Date.Format(time.DateOnly))
		}
	}
	return nil
}

// find is Find on a history checkHistory accepted and a valid rule.
func (r SpikeRule) find(history []FollowerSample) []FollowerSpike {
	if len(history) < 3 {
		return nil
	}
	perDay := make([]float64, len(history)-1)
	for i := range perDay {
		perDay[i] = gainPerDay(history[i], history[i+1])
	}
	sorted := slices.Clone(perDay)
	slices.Sort(sorted)

	var spikes []FollowerSpike
	for i, v := range perDay {
		from, to := history[i], history[i+1]
		gain := to.Followers - from.Followers
		if gain <= 0 {
			continue
		}
		jump := growthFraction(gain, from.Followers)
		typical := medianWithout(sorted, v)
		if jump < r.MinJump || v < r.Multiple*max(typical, 0) {
			continue
		}
		spikes = append(spikes, FollowerSpike{From: from, To: to, Gain: gain, Jump: jump, PerDay: v, TypicalPerDay: typical})
	}
	return spikes
}

// days returns the length of [from, to] in days, fractional.
func days(from, to time.Time) float64 { return to.Sub(from).Seconds() / (24 * 60 * 60) }

// gainPerDay is the follower gain from one sample to a later one, per day.
func gainPerDay(from, to FollowerSample) float64 {
	return float64(to.Followers-from.Followers) / days(from.Date, to.Date)
}

// growthFraction is gain over the followers at the start, counting a start
// of zero followers as one so that growth from nothing stays finite.
func growthFraction(gain, start int64) float64 { return float64(gain) / float64(max(start, 1)) }

// medianWithout returns the median of sorted with one element equal to v
// removed. sorted must hold v and at least one other element.
func medianWithout(sorted []float64, v float64) float64 {
	p, _ := slices.BinarySearch(sorted, v)
	at := func(j int) float64 {
		if j >= p {
			j++
		}
		return sorted[j]
	}
	k := len(sorted) - 1
	if k%2 == 1 {
		return at(k / 2)
	}
	return at(k/2-1)/2 + at(k/2)/2
}

// String writes s for logs: "3710 followers on 2026-01-04".
func (s FollowerSample) String() string {
	return strconv.FormatInt(s.Followers, 10) + " followers on " + dateText(s.Date)
}

// String describes s in one line for logs: "+90800 followers (59.31%)
// from 2026-01-18 to 2026-01-25, 12971 a day against a typical 214".
func (s FollowerSpike) String() string {
	return fmt.Sprintf("%+d followers (%s) from %s to %s, %.0f a day against a typical %.0f",
		s.Gain, Rate(s.Jump), dateText(s.From.Date), dateText(s.To.Date), s.PerDay, s.TypicalPerDay)
}

package tier

import (
	"errors"

	"github.com/influencekit/influencekit/internal/enumtext"
)

// Tier is a follower-count tier. The zero value, Unranked, is below the
// nano floor of a scale (or a negative count). Higher tiers compare greater.
type Tier uint8

// The tiers, smallest first.
const (
	Unranked Tier = iota // below the scale's nano floor
	Nano
	Micro
	Mid
	Macro
	Mega
)

// ErrUnknownTier is wrapped by errors for text that names no tier.
var ErrUnknownTier = errors.New("tier: unknown tier")

var tierNames = enumtext.New("tier", ErrUnknownTier, []string{"unranked", "nano", "micro", "mid", "macro", "mega"})

// Parse returns the tier named s ("unranked", "nano", "micro", "mid",
// "macro", "mega"), ignoring case. Any other text, the empty string
// included, is an error wrapping ErrUnknownTier.
func Parse(s string) (Tier, error) {
	i, err := tierNames.Parse(s)
	return Tier(i), err
}

// String returns the lower-case name of t, or "tier(N)" for a value
// outside the declared constants.
func (t Tier) String() string { return tierNames.String(uint8(t)) }

// MarshalText implements encoding.TextMarshaler. A value outside the
// declared constants is an error wrapping ErrUnknownTier.
func (t Tier) MarshalText() ([]byte, error) { return tierNames.Marshal(uint8(t)) }

// UnmarshalText implements encoding.TextUnmarshaler with Parse's rules. On
// error t is left unchanged.
func (t *Tier) UnmarshalText(text []byte) error {
	v, err := Parse(string(text))
	if err != nil {
		return err
	}
	*t = v
	return nil
}

// Of returns the tier of a follower count on the [Standard] scale's floors.
// It reads the floors Standard was built with, not the variable: a program
// that assigns to Standard does not change what Of returns anywhere. Of does
// not allocate.
func Of(followers int64) Tier { return Scale{}.Of(followers) }

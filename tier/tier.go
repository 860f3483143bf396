package tier

//go:generate go run github.com/influencekit/influencekit/internal/cmd/enumgen

import "errors"

// Tier is a follower-count tier. The zero value, Unranked, is below the
// nano floor of a scale (or a negative count). Higher tiers compare greater.
//
//enumgen:names unranked, nano, micro, mid, macro, mega
//enumgen:parse Parse
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

// Of returns the tier of a follower count on the [Standard] scale's floors.
// It reads the floors Standard was built with, not the variable: a program
// that assigns to Standard does not change what Of returns anywhere. Of does
// not allocate.
func Of(followers int64) Tier { return Scale{}.Of(followers) }

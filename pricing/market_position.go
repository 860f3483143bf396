package pricing

import "github.com/influencekit/influencekit"

// MarketPosition is the former name of [influencekit.Standing], the
// library's one below/within/above type, which [MarketRange.Check] and
// [CheckMarketPrice] return. The alias and the names below cost nothing
// and keep older callers compiling; its text form is the same ("below",
// "within", "above", "unknown").
//
// Deprecated: use [influencekit.Standing].
type MarketPosition = influencekit.Standing

// The former names of the standings.
//
// Deprecated: use [influencekit.UnknownStanding], [influencekit.Below],
// [influencekit.Within] and [influencekit.Above].
const (
	UnknownMarketPosition = influencekit.UnknownStanding
	BelowMarket           = influencekit.Below
	WithinMarket          = influencekit.Within
	AboveMarket           = influencekit.Above
)

// ErrUnknownMarketPosition is [influencekit.ErrUnknownStanding], the same
// error value.
//
// Deprecated: use [influencekit.ErrUnknownStanding].
var ErrUnknownMarketPosition = influencekit.ErrUnknownStanding

// ParseMarketPosition is [influencekit.ParseStanding].
//
// Deprecated: use [influencekit.ParseStanding].
func ParseMarketPosition(s string) (MarketPosition, error) { return influencekit.ParseStanding(s) }

package pricing

import (
	"errors"

	"github.com/influencekit/influencekit/internal/enumtext"
)

// MarketPosition says where a price falls against a market range. The zero
// value is UnknownMarketPosition.
type MarketPosition uint8

// The market positions.
const (
	UnknownMarketPosition MarketPosition = iota // not checked
	BelowMarket                                 // below the range's low end
	WithinMarket                                // from the low end to the high end, both inclusive
	AboveMarket                                 // above the range's high end
)

// ErrUnknownMarketPosition is wrapped by errors for text that names no
// MarketPosition.
var ErrUnknownMarketPosition = errors.New("pricing: unknown market position")

var marketPositionNames = enumtext.New("market-position", ErrUnknownMarketPosition,
	[]string{"unknown", "below", "within", "above"})

// ParseMarketPosition returns the position named s ("below", "within",
// "above", "unknown"), ignoring case. Other text is an error wrapping
// ErrUnknownMarketPosition.
func ParseMarketPosition(s string) (MarketPosition, error) {
	i, err := marketPositionNames.Parse(s)
	return MarketPosition(i), err
}

// String returns "below", "within", "above" or "unknown", or
// "market-position(N)" for a value outside the declared constants.
func (p MarketPosition) String() string { return marketPositionNames.String(uint8(p)) }

// MarshalText implements encoding.TextMarshaler. A value outside the
// declared constants is an error wrapping ErrUnknownMarketPosition.
func (p MarketPosition) MarshalText() ([]byte, error) { return marketPositionNames.Marshal(uint8(p)) }

// UnmarshalText implements encoding.TextUnmarshaler with
// ParseMarketPosition's rules. On error p is unchanged.
func (p *MarketPosition) UnmarshalText(text []byte) error {
	v, err := ParseMarketPosition(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

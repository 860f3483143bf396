package influencekit

import (
	"errors"

	"github.com/influencekit/influencekit/internal/enumtext"
)

// Platform is a social network or publishing channel a creator posts on.
// The zero value is UnknownPlatform.
//
// Its text form is the lower-case name ("instagram", "x"); parsing ignores
// case and accepts "twitter" for X.
type Platform uint8

// The platforms influencekit knows. Their order is stable: new platforms are
// only ever appended.
const (
	UnknownPlatform Platform = iota // not set or not recognised
	Instagram
	TikTok
	YouTube
	Facebook
	X // formerly Twitter
	LinkedIn
	Pinterest
	Twitch
	Snapchat
	Threads
	Blog // a creator's own blog or newsletter
)

// ErrUnknownPlatform is wrapped by errors for text that names no platform.
var ErrUnknownPlatform = errors.New("influencekit: unknown platform")

var platformNames = enumtext.New("platform", ErrUnknownPlatform,
	[]string{"unknown", "instagram", "tiktok", "youtube", "facebook", "x", "linkedin", "pinterest", "twitch", "snapchat", "threads", "blog"},
	enumtext.Alias{Name: "twitter", Index: uint8(X)},
)

// Platforms returns every known platform, UnknownPlatform excluded, in
// declaration order.
func Platforms() []Platform {
	ps := make([]Platform, 0, platformNames.Len()-1)
	for p := Instagram; int(p) < platformNames.Len(); p++ {
		ps = append(ps, p)
	}
	return ps
}

// ParsePlatform returns the platform named s, ignoring case; "twitter" is
// X and "unknown" is UnknownPlatform. Any other text, the empty string
// included, is an error wrapping ErrUnknownPlatform.
func ParsePlatform(s string) (Platform, error) {
	i, err := platformNames.Parse(s)
	return Platform(i), err
}

// String returns the lower-case name of p ("instagram", "x"), or
// "platform(N)" for a value outside the declared constants.
func (p Platform) String() string { return platformNames.String(uint8(p)) }

// MarshalText implements encoding.TextMarshaler. A value outside the
// declared constants is an error wrapping ErrUnknownPlatform.
func (p Platform) MarshalText() ([]byte, error) { return platformNames.Marshal(uint8(p)) }

// UnmarshalText implements encoding.TextUnmarshaler with ParsePlatform's
// rules. On error p is left unchanged.
func (p *Platform) UnmarshalText(text []byte) error {
	v, err := ParsePlatform(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

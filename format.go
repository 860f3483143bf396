package influencekit

import (
	"errors"

	"github.com/influencekit/influencekit/internal/enumtext"
)

// Format is the kind of content a deliverable or post is. The zero value is
// UnknownFormat. Its text form is the lower-case name ("reel"); parsing
// ignores case.
type Format uint8

// The content formats influencekit knows. Their order is stable: new formats
// are only ever appended.
const (
	UnknownFormat Format = iota // not set or not recognised
	Post                        // a feed post: photo, carousel or text
	Story                       // an ephemeral story of one or more frames
	Reel                        // a short vertical video in a feed (Instagram Reels, Facebook Reels)
	Video                       // a long-form video
	Short                       // a short-form video (YouTube Shorts, TikTok)
	Live                        // a live stream
	Article                     // a blog post or newsletter issue
)

// ErrUnknownFormat is wrapped by errors for text that names no format.
var ErrUnknownFormat = errors.New("influencekit: unknown format")

var formatNames = enumtext.New("format", ErrUnknownFormat,
	[]string{"unknown", "post", "story", "reel", "video", "short", "live", "article"})

// Formats returns every known format, UnknownFormat excluded, in
// declaration order.
func Formats() []Format {
	fs := make([]Format, 0, formatNames.Len()-1)
	for f := Post; int(f) < formatNames.Len(); f++ {
		fs = append(fs, f)
	}
	return fs
}

// ParseFormat returns the format named s, ignoring case; "unknown" is
// UnknownFormat. Any other text, the empty string included, is an error
// wrapping ErrUnknownFormat.
func ParseFormat(s string) (Format, error) {
	i, err := formatNames.Parse(s)
	return Format(i), err
}

// String returns the lower-case name of f ("reel"), or "format(N)" for a
// value outside the declared constants.
func (f Format) String() string { return formatNames.String(uint8(f)) }

// MarshalText implements encoding.TextMarshaler. A value outside the
// declared constants is an error wrapping ErrUnknownFormat.
func (f Format) MarshalText() ([]byte, error) { return formatNames.Marshal(uint8(f)) }

// UnmarshalText implements encoding.TextUnmarshaler with ParseFormat's
// rules. On error f is left unchanged.
func (f *Format) UnmarshalText(text []byte) error {
	v, err := ParseFormat(string(text))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

package influencekit

import "errors"

// Format is the kind of content a deliverable or post is. The zero value is
// [UnknownFormat]. Its text form is the lower-case name ("reel"); parsing
// ignores case.
//
//enumgen:names unknown, post, story, reel, video, short, live, article
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

// Formats returns every known format, [UnknownFormat] excluded, in
// declaration order.
func Formats() []Format {
	fs := make([]Format, 0, formatNames.Len()-1)
	for f := Post; int(f) < formatNames.Len(); f++ {
		fs = append(fs, f)
	}
	return fs
}

package influencekit

//go:generate go run github.com/influencekit/influencekit/internal/cmd/enumgen

import "errors"

// Platform is a social network or publishing channel a creator posts on.
// The zero value is [UnknownPlatform].
//
// Its text form is the lower-case name ("instagram", "x"); parsing ignores
// case and accepts "twitter" for X.
//
//enumgen:names unknown, instagram, tiktok, youtube, facebook, x, linkedin, pinterest, twitch, snapchat, threads, blog
//enumgen:aliases twitter = x
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

// Platforms returns every known platform, [UnknownPlatform] excluded, in
// declaration order.
func Platforms() []Platform {
	ps := make([]Platform, 0, platformNames.Len()-1)
	for p := Instagram; int(p) < platformNames.Len(); p++ {
		ps = append(ps, p)
	}
	return ps
}

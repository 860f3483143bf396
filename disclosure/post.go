package disclosure

import (
	"time"

	"github.com/influencekit/influencekit"
)

// Post is what Check reads: a caption and what is known about where and how
// it is published.
type Post struct {
	// Caption is the post's text as published, in UTF-8. Invalid UTF-8 is
	// tolerated: bad bytes are never part of a label.
	Caption string
	// Platform chooses the visible prefix for below-fold; UnknownPlatform
	// (and platforms without a "more" cut) skip that rule.
	Platform influencekit.Platform
	// Format is the kind of post (reel, story, live...).
	Format influencekit.Format
	// Brand is optional. When set, "#<brand>partner", "#<brand>ambassador"
	// and "Paid partnership with <brand>" are clear labels, and "thanks
	// @brand" is recognised as a vague one. The brand is written as its
	// words ("Glow Co"), its name squashed into one word ("GlowCo"), or its
	// handle: case and ASCII punctuation are ignored, and a handle may add
	// a separator or an official suffix ("@glowco", "@glow.co",
	// "@glowco_us", "@glowcoofficial"; not "@glowcosmetics"). Without a
	// Brand, any @mention stands for it.
	Brand string
	// Jurisdiction chooses the term tables; the zero value is US.
	Jurisdiction Jurisdiction
	// Transcript holds the spoken words of a video or live stream, in
	// segments. When it is not empty Check looks for a clear spoken label
	// (missing-verbal-disclosure) and, for a Live format, for long stretches
	// without one (live-disclosure-gap). A label counts from its segment's
	// Start.
	Transcript []Segment
	// Duration is the length of a video or live stream, when known; a live
	// stream's last stretch runs to it (or to the last segment's Start,
	// whichever is later).
	Duration time.Duration
	// Edited says the pictured results were filtered or retouched; the
	// caption must then say so (rule undisclosed-editing).
	Edited bool
	// Connection is the relationship the creator declares with the brand.
	// The zero value, UnknownConnection, makes Check assume a sponsored
	// post. NoConnection declares an organic post: missing-disclosure and
	// the placement rules do not fire. Paid, Gift and Affiliate are checked
	// against the labels found (rule mismatched-disclosure).
	Connection Connection
	// BrandIdentity is optional: every name it holds (legal entity,
	// trading names, handles) counts as the brand the way Brand does, so
	// "#chase_partner" is a partner tag of "JPMorgan Chase" trading as
	// "Chase". Brand, when set, stays the name messages use.
	BrandIdentity BrandIdentity `json:"brand_identity,omitzero"`
}

// Segment is one piece of a transcript: Text spoken from Start, measured
// from the beginning of the video or stream.
type Segment struct {
	Start time.Duration
	Text  string
}

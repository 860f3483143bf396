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
	// @brand" is recognised as a vague one. Case, spaces and punctuation in
	// the brand are ignored for hashtags and @mentions: "Glow Co" matches
	// "#glowcopartner" and "@glowco".
	Brand string
	// Jurisdiction chooses the term tables; the zero value is US.
	Jurisdiction Jurisdiction
	// Transcript holds the spoken words of a video or live stream. This
	// version of Check does not read it yet.
	Transcript []Segment
	// Duration is the length of a video or live stream, when known.
	Duration time.Duration
	// Edited says the pictured results were filtered or retouched; the
	// caption must then say so (rule undisclosed-editing).
	Edited bool
}

// Segment is one piece of a transcript: Text spoken from Start, measured
// from the beginning of the video or stream.
type Segment struct {
	Start time.Duration
	Text  string
}

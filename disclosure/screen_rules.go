package disclosure

import (
	"cmp"
	"slices"
	"time"

	"github.com/influencekit/influencekit"
)

// What the rules about the screen ask of a post's overlays and platform:
// whether any overlay shows a label, the stretches of a video or story
// that show none (label-not-throughout), and whether the platform has a
// paid-partnership label of its own (missing-platform-label).

// any reports whether some overlay shows a disclosure label.
func (o *onScreen) any() bool { return o.clear || o.ambiguous || o.vague }

// stretch is a stretch of a video or story, [from, to).
type stretch struct{ from, to time.Duration }

// screenGaps returns the stretches of p that show no clear on-screen label
// where rule asks for one: with onScreenWhole, the gaps between the
// labelled overlays over the whole video (to Post.Duration, or to the
// last overlay's end when Duration is unknown); with onScreenFrames, each
// frame of a story (each overlay of a Story post) that shows none. Times
// outside the video are clamped to it.
func screenGaps(rule onScreenRule, p *Post, s *onScreen) []stretch {
	var gaps []stretch
	switch rule {
	case onScreenFrames:
		if p.Format != influencekit.Story {
			return nil
		}
		for i, o := range p.Overlays {
			if s.labelled == nil || !s.labelled[i] {
				gaps = append(gaps, stretch{max(o.Start, 0), max(o.End, o.Start, 0)})
			}
		}
	case onScreenWhole:
		length := p.Duration
		var shown []stretch
		for i, o := range p.Overlays {
			if p.Duration <= 0 {
				length = max(length, o.End)
			}
			if s.labelled != nil && s.labelled[i] {
				shown = append(shown, stretch{max(o.Start, 0), o.End})
			}
		}
		slices.SortFunc(shown, func(a, b stretch) int { return cmp.Compare(a.from, b.from) })
		at := time.Duration(0)
		for _, x := range shown {
			if x.from > at && at < length {
				gaps = append(gaps, stretch{at, min(x.from, length)})
			}
			at = max(at, x.to)
		}
		if at < length {
			gaps = append(gaps, stretch{at, length})
		}
	}
	return gaps
}

// hasPartnershipLabel reports whether platform p offers creators its own
// paid-partnership label (imh-platform-checklists: Meta's "Paid partnership"
// on Instagram, Facebook and Threads, TikTok's commercial-content
// toggle, YouTube's "Includes paid promotion", Snapchat's and
// Pinterest's "Paid partnership").
func hasPartnershipLabel(p influencekit.Platform) bool {
	switch p {
	case influencekit.Instagram, influencekit.Facebook, influencekit.Threads, influencekit.TikTok,
		influencekit.YouTube, influencekit.Snapchat, influencekit.Pinterest:
		return true
	}
	return false
}

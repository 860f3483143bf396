package disclosure

import (
	"cmp"
	"slices"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// onScreen is what the rules read about a post's overlays: the labels
// shown on screen, read like the caption's with the post's table.
type onScreen struct {
	// clear, ambiguous and vague say some overlay shows a label of that
	// clarity; clearInLanguage that a clear one is in the jurisdiction's
	// language (or in words every reader of it understands).
	clear, ambiguous, vague, clearInLanguage bool
	// said marks the connections the overlays' labels disclose.
	said [NoConnection + 1]bool
	// editing: an overlay shows an editing label ("Images retouchées");
	// ai an AI label ("Image virtuelle").
	editing, ai bool
	// labelled lists, by overlay index, the overlays that show a clear
	// label; nil when no overlay does.
	labelled []bool
	// denial is the index of the first overlay that says the post is not
	// sponsored (a termDenial of the denial reading), or -1 for none.
	denial int
	// product is the first product word of the first overlay that shows
	// one ("vodka", "bitcoin"), its category UnknownCategory for none:
	// the post's category when it declares none and its caption shows
	// none.
	product productWord
}

// any reports whether some overlay shows a disclosure label.
func (o *onScreen) any() bool { return o.clear || o.ambiguous || o.vague }

// readOverlays scans the text of every overlay of p with m's table, for
// labels and for the first product word. It costs nothing for a post
// without overlays. win is the scans' token
// window, the caller's.
func (c *Checker) readOverlays(m *matcher, p *Post, brand *brandInfo, win *lex.Window) onScreen {
	o := onScreen{denial: -1}
	var backing [8]foundLabel
	for i, ov := range p.Overlays {
		sc := c.scanPost(m, ov.Text, brand, backing[:0], win)
		if o.product.category == UnknownCategory {
			o.product = productIn(m.table, sc.found, i)
		}
		o.editing = o.editing || sc.editing
		o.ai = o.ai || sc.ai
		for _, f := range sc.found {
			if f.kind == termDenial && o.denial < 0 {
				o.denial = i
			}
			if f.kind != termLabel {
				continue
			}
			if f.clarity == Ambiguous && p.Connection == Gift && f.connection == Gift && f.giftClear {
				f.clarity = Clear
			}
			if f.connection <= NoConnection {
				o.said[f.connection] = true
			}
			switch f.clarity {
			case Clear:
				o.clear = true
				o.clearInLanguage = o.clearInLanguage || !f.foreign
				if o.labelled == nil {
					o.labelled = make([]bool, len(p.Overlays))
				}
				o.labelled[i] = true
			case Ambiguous:
				o.ambiguous = true
			case Vague:
				o.vague = true
			}
		}
	}
	return o
}

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

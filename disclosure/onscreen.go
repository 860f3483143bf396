package disclosure

import (
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
	// firstVague, firstAmbiguous, firstClear and firstSaid are the first
	// vague, ambiguous and clear label shown on screen and the first that
	// says a connection (as mismatched-disclosure reads the caption's),
	// the labels an on-screen finding is about; the zero screenLabel for
	// none.
	firstVague, firstAmbiguous, firstClear, firstSaid screenLabel
}

// screenLabel is a label shown on screen: shown is 1 + the index in
// [Post.Overlays] of the overlay whose text shows it (0 for none, so that
// a post without overlays has none), start and end its bytes in that
// text, [start, end), and row its row in the table's terms.
type screenLabel struct {
	shown, start, end, row int32
}

// The on-screen label a record is about (record.onScreen).
const (
	notOnScreen uint8 = iota
	onScreenVague
	onScreenAmbiguous
	onScreenClear
	onScreenSaid
)

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
			at := screenLabel{shown: int32(i) + 1, start: int32(f.start), end: int32(f.end), row: f.row}
			if f.connection <= NoConnection {
				o.said[f.connection] = true
				if f.connection != UnknownConnection && o.firstSaid.shown == 0 {
					o.firstSaid = at
				}
			}
			switch f.clarity {
			case Clear:
				if o.firstClear.shown == 0 {
					o.firstClear = at
				}
				o.clear = true
				o.clearInLanguage = o.clearInLanguage || !f.foreign
				if o.labelled == nil {
					o.labelled = make([]bool, len(p.Overlays))
				}
				o.labelled[i] = true
			case Ambiguous:
				o.ambiguous = true
				if o.firstAmbiguous.shown == 0 {
					o.firstAmbiguous = at
				}
			case Vague:
				o.vague = true
				if o.firstVague.shown == 0 {
					o.firstVague = at
				}
			}
		}
	}
	return o
}

package disclosure

import (
	"slices"
	"unicode/utf8"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// Check lints p under c's policy. It is safe for concurrent use and never
// panics.
//
// A check runs in four stages, each producing a plain value the next
// reads: the caption's normalized tokens and the labels they match
// ([Checker.scanPost]), the facts the rules read about those labels
// ([captionFacts]), the findings of each rule of the registry and the
// [Report] with its fixes.
func (c *Checker) Check(p Post) Report {
	m, fallback := c.tableFor(p.Jurisdiction)
	brand := newBrandInfos(&p)
	var backing [8]foundLabel
	sc := c.scanPost(m, p.Caption, &brand, backing[:0])
	in := c.facts(&p, m, sc, fallback)
	if len(p.Transcript) > 0 && p.Connection != NoConnection && !(c.off[idMissingVerbal] && c.off[idLiveGap]) {
		in.spoken = c.spokenLabels(m, p, &brand)
	}
	out := getFindingSet(m)
	defer out.release()
	for id := range numRules {
		if !c.off[id] {
			id.check(&in, out)
		}
	}
	return out.report(c, p.Caption, sc.found)
}

// tableFor returns the compiled table of j, or the US one with fallback
// set for a value outside the declared constants.
func (c *Checker) tableFor(j Jurisdiction) (m *matcher, fallback bool) {
	if int(j) < len(c.tables) && c.tables[j] != nil {
		return c.tables[j], false
	}
	return c.tables[US], true
}

// captionFacts is what the rules read about a post: its labels, found by
// the scan, and the facts derived from them once. No rule reads the
// caption's tokens.
type captionFacts struct {
	post   *Post
	table  *termTable
	policy *Checker
	// found lists the terms the scan found: labels, editing labels and
	// claims, in caption order.
	found []foundLabel
	// editing: an editing label ("#filtered") was found.
	editing bool
	// best is the index in found of the label the placement rules judge:
	// the earliest clear label, or where there is none the earliest
	// ambiguous one; -1 for neither. clear says found[best] is clear.
	best  int
	clear bool
	// ambiguous and vague say some label of that clarity was found.
	ambiguous, vague bool
	// fallback: the post's Jurisdiction has no table; table is the US one.
	fallback bool
	// spoken lists the transcript's clear labels by time, for the
	// transcript rules; empty without a transcript or for a NoConnection
	// post.
	spoken []spokenLabel
}

// scanPost is the first stage for a caption: [Checker.scanCaption], then
// the conditions term rows put on their labels that the scan alone cannot
// decide: a label that must name its brand (termRow.brandNamed) goes when
// the post names none and the text has no @mention, and a trailing label
// (termRow.trailing) is cut to its word. Check and the ad reading read
// labels through it, so both see the same labels.
func (c *Checker) scanPost(m *matcher, caption string, brand *brandInfo, found []foundLabel) scan {
	sc := c.scanCaption(m, caption, brand, found)
	sc.found = slices.DeleteFunc(sc.found, func(f foundLabel) bool {
		return f.kind == termLabel && m.table.unnamedBrand(f, caption[f.start:f.end], brand.Set())
	})
	for i := range sc.found {
		m.table.trimTrailing(&sc.found[i], caption)
	}
	return sc
}

// facts derives the rules' facts from a scan.
func (c *Checker) facts(p *Post, m *matcher, sc scan, fallback bool) captionFacts {
	in := captionFacts{post: p, table: m.table, policy: c, found: sc.found, editing: sc.editing, best: -1, fallback: fallback}
	for i, f := range sc.found {
		if f.kind != termLabel {
			continue
		}
		if f.clarity == Ambiguous && p.Connection == Gift && f.connection == Gift && m.table.giftClear(f) {
			// The declared gift is what "#gifted" says (giftClear): the
			// label the report lists is clear too.
			sc.found[i].clarity = Clear
			f.clarity = Clear
		}
		switch f.clarity {
		case Clear:
			if !in.clear {
				in.best, in.clear = i, true
			}
		case Ambiguous:
			in.ambiguous = true
			if in.best < 0 {
				in.best = i
			}
		case Vague:
			in.vague = true
		}
	}
	return in
}

// isSpaceByte reports an ASCII byte the tokenizer treats as a separator.
func isSpaceByte(b byte) bool {
	return b < utf8.RuneSelf && lex.ASCIIClass(b) == lex.ClassSpace
}

package disclosure

import (
	"slices"
	"strings"
)

// maxFixRounds bounds Autofix's rounds. A fix can reveal one more finding
// (replacing "#spon" with "#sponsored" makes a clear label that may not be
// upfront), so a caption settles in at most a few rounds.
const maxFixRounds = 8

// Autofix returns p's caption with the first fix of every fixable finding
// applied. Where two findings' edits overlap, the earlier finding's fix
// wins and the other is left for the next round; Autofix repeats until no
// fixable finding is left (at most 8 rounds), so it is idempotent:
// Autofix of an autofixed caption changes nothing.
//
// A caption whose only errors are placement ones (missing, vague,
// not-upfront, below-fold, buried) comes out compliant. Findings without a
// fix (unsubstantiated-claim) are left for a person.
//
// An empty caption, or one of spaces only, becomes the label alone
// ("#ad"), with no trailing spaces. A caption that needs no fix comes
// back byte for byte, invalid UTF-8 included.
func (c *Checker) Autofix(p Post) string {
	blank := strings.TrimSpace(p.Caption) == ""
	orig := p.Caption
	for range maxFixRounds {
		edits := c.firstFixes(c.firstFixReport(p), len(p.Caption))
		if len(edits) == 0 {
			break
		}
		p.Caption = applyEdits(p.Caption, edits)
	}
	if blank && p.Caption != orig {
		return strings.TrimSpace(p.Caption)
	}
	return p.Caption
}

// firstFixes collects the first fix of each finding, skipping edits that
// overlap one already taken, and sorts them. It runs in time linear in
// the findings and the caption: with many findings (a megabyte of
// "#spon ") the positions taken are kept in a bitmap over the caption
// instead of being compared pairwise.
func (c *Checker) firstFixes(r Report, captionLen int) []Edit {
	var edits []Edit
	var taken positions
	if len(r.Findings) > smallFixCount {
		taken.bits = make([]uint64, captionLen/64+1)
	}
	for _, f := range r.Findings {
		if len(f.Fixes) == 0 {
			continue
		}
		fix := f.Fixes[0]
		if slices.ContainsFunc(fix.Edits, func(e Edit) bool { return taken.overlaps(edits, e) }) {
			continue
		}
		for _, e := range fix.Edits {
			taken.mark(e)
		}
		edits = append(edits, fix.Edits...)
	}
	slices.SortStableFunc(edits, func(a, b Edit) int { return a.Start - b.Start })
	return edits
}

// smallFixCount is the number of findings up to which firstFixes compares
// edits pairwise, which costs nothing to set up.
const smallFixCount = 16

// positions records the caption offsets that taken edits touch, [Start,
// End] inclusive, when bits is set; otherwise overlaps compares edits.
type positions struct {
	bits []uint64
}

// overlaps reports whether e touches or overlaps an edit taken so far
// (listed in es). The test is deliberately wide (edits that only touch,
// identical edits, two insertions at one offset): an edit it turns away
// is applied in the next round, after the caption has been checked again.
func (p *positions) overlaps(es []Edit, e Edit) bool {
	if p.bits == nil {
		for _, o := range es {
			if e.Start <= o.End && o.Start <= e.End {
				return true
			}
		}
		return false
	}
	for i := max(e.Start, 0); i <= e.End && i < len(p.bits)*64; i++ {
		if p.bits[i/64]&(1<<(i%64)) != 0 {
			return true
		}
	}
	return false
}

// mark records e's offsets.
func (p *positions) mark(e Edit) {
	for i := max(e.Start, 0); i <= e.End && i < len(p.bits)*64; i++ {
		p.bits[i/64] |= 1 << (i % 64)
	}
}

// applyEdits applies sorted, non-overlapping edits to s.
func applyEdits(s string, edits []Edit) string {
	var b strings.Builder
	b.Grow(len(s) + 16)
	at := 0
	for _, e := range edits {
		if e.Start < at || e.End > len(s) || e.Start > e.End {
			continue // cannot happen for Check's own fixes; never panic
		}
		b.WriteString(s[at:e.Start])
		b.WriteString(e.Text)
		at = e.End
	}
	b.WriteString(s[at:])
	return b.String()
}

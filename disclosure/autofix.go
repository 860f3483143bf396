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
// Autofix keeps every word it does not own. A fix replaces or moves only
// a label's own words: a statement ("Sponsored by @glowco") keeps its
// words, a brand's name among them, and gets the clear label inserted
// before it; a denied label ("not #ad", "Sponsored? No!") is never moved
// to the front, where it would affirm what it denies: a label is
// inserted instead. No edit touches an e-mail address or a link: a fix
// that would rewrite one, or glue text to it, is passed over for the
// finding's next fix, and a finding with no other is left as written.
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
		kept := addressSpans(p.Caption)
		r := c.firstFixReport(p)
		if len(kept) > 0 {
			// A fix may have to yield to an address: every fix is needed.
			r = c.Check(p)
		}
		edits := c.firstFixes(r, p.Caption, kept)
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
//
// A fix with an edit that touches one of kept, the caption's addresses
// and links (addressSpans), is passed over for the finding's next one.
func (c *Checker) firstFixes(r Report, caption string, kept []span) []Edit {
	var edits []Edit
	var taken positions
	if len(r.Findings) > smallFixCount {
		taken.bits = make([]uint64, len(caption)/64+1)
	}
	for _, f := range r.Findings {
		i := slices.IndexFunc(f.Fixes, func(fix Fix) bool {
			return !slices.ContainsFunc(fix.Edits, func(e Edit) bool { return touchesAny(e, kept) })
		})
		if i < 0 {
			continue
		}
		fix := f.Fixes[i]
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

// span is a byte range [0] to [1] of a caption.
type span [2]int

// addressSpans returns the byte spans of the e-mail addresses and links in
// caption, which no fix may touch: a link runs from "http://", "https://"
// or "www." (starting a word) to the next space or control character; an
// address is the run of address bytes around an "@" that has some before
// it and a domain with a dot after it ("ad@glow.co"; "@glowco" is a
// handle). Punctuation that ends a sentence after either is not part of
// it.
func addressSpans(caption string) []span {
	var spans []span
	for i := 0; i < len(caption); i++ {
		c := caption[i]
		switch {
		case (c == 'h' || c == 'H' || c == 'w' || c == 'W') && (i == 0 || !isAddressByte(caption[i-1])) && startsLink(caption[i:]):
			end := i
			for end < len(caption) && !isSpaceByte(caption[end]) && caption[end] >= ' ' && caption[end] != 0x7f {
				end++
			}
			end = trimSentenceEnd(caption, i, end)
			spans = append(spans, span{i, end})
			i = end - 1
		case c == '@' && i > 0 && isAddressByte(caption[i-1]):
			start := i
			for start > 0 && isAddressByte(caption[start-1]) {
				start--
			}
			end := i + 1
			for end < len(caption) && isAddressByte(caption[end]) {
				end++
			}
			end = trimSentenceEnd(caption, i+1, end)
			if !strings.Contains(caption[i+1:end], ".") {
				continue
			}
			if n := len(spans); n > 0 && spans[n-1][1] > start {
				start = spans[n-1][0] // an address inside a link is the link's
				spans = spans[:n-1]
			}
			spans = append(spans, span{start, end})
			i = end - 1
		}
	}
	return spans
}

// startsLink reports text that starts with a link's scheme or "www.".
func startsLink(s string) bool {
	for _, p := range [...]string{"http://", "https://", "www."} {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// isAddressByte reports a byte of an e-mail address's local part or
// domain: ASCII letters and digits and "._%+-".
func isAddressByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || strings.IndexByte("._%+-", b) >= 0
}

// trimSentenceEnd moves end back over punctuation that ends a sentence or
// clause after an address ("mail ad@glow.co." "see glow.co/x, then"),
// not before from.
func trimSentenceEnd(s string, from, end int) int {
	for end > from && strings.IndexByte(".,;:!?)]'\"", s[end-1]) >= 0 {
		end--
	}
	return end
}

// touchesAny reports whether e rewrites any of spans, inserts inside one,
// or writes text glued to one (an insertion right before it not ending in
// a space, or right after it not starting with one).
func touchesAny(e Edit, spans []span) bool {
	for _, sp := range spans {
		switch {
		case e.Start < sp[1] && sp[0] < e.End, sp[0] < e.Start && e.Start < sp[1]:
			return true
		case e.Text == "":
		case e.End == sp[0] && !isSpaceByte(e.Text[len(e.Text)-1]), e.Start == sp[1] && !isSpaceByte(e.Text[0]):
			return true
		}
	}
	return false
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

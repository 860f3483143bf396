package disclosure

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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
func (c *Checker) Autofix(p Post) string {
	for range maxFixRounds {
		edits := c.firstFixes(c.Check(p))
		if len(edits) == 0 {
			break
		}
		p.Caption = applyEdits(p.Caption, edits)
	}
	return p.Caption
}

// firstFixes collects the first fix of each finding, skipping edits that
// overlap one already taken, and sorts them.
func (c *Checker) firstFixes(r Report) []Edit {
	var edits []Edit
	for _, f := range r.Findings {
		if len(f.Fixes) == 0 {
			continue
		}
		fix := f.Fixes[0]
		if slices.ContainsFunc(fix.Edits, func(e Edit) bool { return overlapsAny(edits, e) }) {
			continue
		}
		edits = append(edits, fix.Edits...)
	}
	slices.SortStableFunc(edits, func(a, b Edit) int { return a.Start - b.Start })
	return edits
}

// overlapsAny reports whether e overlaps an edit in es. An identical edit
// counts as overlapping, so two findings asking for the same edit apply it
// once; two insertions at one offset overlap too, since their order would
// be a guess.
func overlapsAny(es []Edit, e Edit) bool {
	for _, o := range es {
		if e.Start < o.End && o.Start < e.End || e.Start == o.Start && (e.Start == e.End || o.Start == o.End) && e.End == o.End {
			return true
		}
		if e == o {
			return true
		}
	}
	return false
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

// plainText writes a label without its stylized letters and invisible
// characters: each rune NFKC normalizes to a compatibility form is
// replaced by it, invisible ones are dropped, and case is kept.
func plainText(s string) string {
	var b strings.Builder
	var scratch [runeScratch]byte
	for i := 0; i < len(s); {
		fr := readRune(s, i, &scratch)
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case fr.class == classInvisible:
		case fr.altered:
			b.WriteString(norm.NFKC.String(s[i : i+size]))
		default:
			b.WriteRune(r)
		}
		i += fr.size
	}
	return b.String()
}

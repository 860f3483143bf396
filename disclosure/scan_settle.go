package disclosure

import (
	"slices"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// A scan's labels settled once the text is read (readText): statements
// its term rows cover give way, and labels the text takes back become
// denials.

// readDenials turns every label of found, a scan's terms of text, that
// the text takes back into a denial (termDenial) spanning the label with
// the words that take it back, in place, so that found stays in text
// order. A label is taken back by a negation written just before it, in
// the same clause, with only spaces between ("not #ad", "keine Werbung",
// "niet in samenwerking met @brand", "ce n'est pas une collaboration
// commerciale"), or by an answer after it when it is asked as a question
// ("Sponsored? Nope!", "Paid partnership? Never.", "Ad? No way"). The
// words are the pack's negation and answer rows; a denial row the scan
// found ("not sponsored") is a denial already. win is the scan's token
// window, free again once the scan is done.
func (m *matcher) readDenials(text string, found []foundLabel, brand *brandInfo, win *lex.Window) {
	if m.negation == nil && m.answer == nil {
		return
	}
	for i := range found {
		f := &found[i]
		if f.kind != termLabel {
			continue
		}
		if start, end, ok := m.takenBack(text, f.start, f.end, brand, win); ok {
			*f = foundLabel{start: start, end: end, run: f.run, runLen: f.runLen, tagsBefore: f.tagsBefore, row: f.row, kind: termDenial, altered: f.altered, upfront: f.upfront}
		}
	}
}

// dropCoveredClauses settles, among found labels of a table of terms term
// rows, where a statement found as a clause overlaps
// a term row's label (non-labels hide what they cover from the scan
// already): the term row says more exactly what the text is, and the
// statement goes, except that a statement says more than an ambiguous or
// vague label inside it ("this was gifted to me by @brand" is a clear
// statement around the pack's ambiguous "gifted by @brand"), which goes
// instead.
func dropCoveredClauses(found []foundLabel, terms int32) []foundLabel {
	if !slices.ContainsFunc(found, func(f foundLabel) bool { return f.row >= terms }) {
		return found
	}
	const dropped termKind = 255
	overlap := func(f, g foundLabel) bool {
		return g.row < terms && g.kind == termLabel && g.start < f.end && f.start < g.end
	}
	weakerInside := func(f, g foundLabel) bool {
		return g.clarity != Clear && f.start <= g.start && g.end <= f.end && f.end-f.start > g.end-g.start
	}
	for i, f := range found {
		if f.row < terms {
			continue
		}
		if slices.ContainsFunc(found, func(g foundLabel) bool { return overlap(f, g) && !weakerInside(f, g) }) {
			found[i].kind = dropped
			continue
		}
		for j, g := range found {
			if overlap(f, g) {
				found[j].kind = dropped
			}
		}
	}
	return slices.DeleteFunc(found, func(f foundLabel) bool { return f.kind == dropped })
}

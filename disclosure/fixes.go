package disclosure

import (
	"unicode/utf8"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// This file builds the fixes the rules offer. Each returns a fixRef into
// the check's findingSet; a finding lists them in order of preference.

// insertLabelFix inserts the table's default label at the start. Its
// message and text are made once per table (see compileTable): nearly
// every finding offers it.
func (s *findingSet) insertLabelFix() fixRef {
	return s.fix(static(s.table.insertMessage), pendingEdit{text: static(s.table.insertText)})
}

// replaceFix replaces a label with the clear one its row names. A
// hashtag fix ("#sponsored") or a label that begins the caption is
// replaced where it stands; a word ("Werbung", "Publicité") counts as a
// label only at the start, so a label elsewhere is removed and the word
// put at the start instead (removeEdit).
func (s *findingSet) replaceFix(caption string, f foundLabel, fix string) fixRef {
	text := caption[f.start:f.end]
	if fix[0] == '#' || f.start == 0 {
		return s.fix(s.message("Replace %q with %q", text, fix), pendingEdit{start: f.start, end: f.end, text: static(fix)})
	}
	msg := s.message("Replace %q with %q at the start", text, fix)
	return s.fix(msg, pendingEdit{text: s.join(fix, " ")}, removeEdit(caption, f))
}

// moveFix moves a label to the start of the caption (removeEdit says how
// it leaves its place).
func (s *findingSet) moveFix(caption string, f foundLabel) fixRef {
	text := caption[f.start:f.end]
	msg := s.message("Move %q to the start", text)
	return s.fix(msg, pendingEdit{text: s.join(text, " ")}, removeEdit(caption, f))
}

// removeEdit deletes a label from the caption without joining the words or
// hashtags on either side. A label standing apart takes the spaces after
// it (or, at the end or before a line break or punctuation, before it)
// along, so none are doubled; one glued to the next token ("#ad#glow",
// "#ad😀") keeps the space before it. A label glued to the text before it
// ("Great#ad serum", "#thanks#ad publi") is removed alone, and where a
// word follows it directly ("word(ad)word") a space takes its place, so
// "Great serum" and "#thanks publi" stay apart.
func removeEdit(caption string, f foundLabel) pendingEdit {
	start, end := f.start, f.end
	if start > 0 && !isSpaceByte(caption[start-1]) {
		if end < len(caption) && lex.StartsWord(caption, end) {
			return pendingEdit{start: start, end: end, text: static(" ")}
		}
		return pendingEdit{start: start, end: end}
	}
	lead := start // where the text before the label ends
	for lead > 0 && isSpaceByte(caption[lead-1]) {
		lead--
	}
	// A label that is a sentence of its own ("New drop. Sponsored.")
	// takes its full stop along, or the text before it would end in two.
	if end < len(caption) && (caption[end] == '.' || caption[end] == '!') && (end+1 == len(caption) || isSpaceByte(caption[end+1])) &&
		(lead == 0 || caption[lead-1] == '.' || caption[lead-1] == '!' || caption[lead-1] == '?') {
		end++
	}
	// After a comma and before the full stop that ends the sentence
	// ("Meine neue Creme, Anzeige.") the label takes the comma: "Meine
	// neue Creme."
	if end < len(caption) && (caption[end] == '.' || caption[end] == '!' || caption[end] == '?') && lead > 0 && caption[lead-1] == ',' && lead < start {
		start = lead - 1
		for start > 0 && caption[start-1] == ' ' {
			start--
		}
		return pendingEdit{start: start, end: end}
	}
	// Between two commas ("serum, #ad, it sinks in") the label takes the
	// second with it: "serum, it sinks in".
	if end < len(caption) && caption[end] == ',' && lead > 0 && caption[lead-1] == ',' && lead < start {
		end++
		for end < len(caption) && caption[end] == ' ' {
			end++
		}
		if end < len(caption) && !isSpaceByte(caption[end]) {
			return pendingEdit{start: start, end: end}
		}
	}
	for end < len(caption) && caption[end] == ' ' {
		end++
	}
	atEnd := end == len(caption) || caption[end] == '\n' || caption[end] == '\r'
	if atEnd || end == f.end && closesText(caption[end]) {
		start = lead
		// A comma or semicolon that only introduced a label ending its
		// line ("Loving this serum, #ad") goes with it.
		if atEnd && start > 0 && (caption[start-1] == ',' || caption[start-1] == ';') {
			start--
			for start > 0 && caption[start-1] == ' ' {
				start--
			}
		}
	}
	return pendingEdit{start: start, end: end}
}

// closesText reports a byte that may follow a word directly: a separator,
// or ASCII punctuation such as "," or ".".
func closesText(b byte) bool {
	if b >= utf8.RuneSelf {
		return false
	}
	switch lex.ASCIIClass(b) {
	case lex.ClassSpace, lex.ClassPunct, lex.ClassDot:
		return true
	}
	return false
}

// isSpaceByte reports an ASCII byte the tokenizer treats as a separator.
func isSpaceByte(b byte) bool {
	return b < utf8.RuneSelf && lex.ASCIIClass(b) == lex.ClassSpace
}

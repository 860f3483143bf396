package disclosure

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// The fixes the rules offer, built by the report stage from a record's
// fixPlan: a rule names the plan, and only the fixes a caller reads are
// made (Autofix reads the first). Texts known before the check (the
// table's default label, the insert fix's message) are shared; the
// others are written into the report's one text buffer.

// fixPlan says which fixes a finding offers, in order of preference.
type fixPlan uint8

const (
	fixNone fixPlan = iota
	// fixInsert inserts the table's default label at the start.
	fixInsert
	// fixReplace replaces the label with the clear one its row names
	// (foundLabel.fixable), then offers fixInsert.
	fixReplace
	// fixPlacement moves the label to the start and offers fixInsert; for
	// a phrase inside a sentence ("This video is sponsored by Glow Co.")
	// inserting comes first, moving second.
	fixPlacement
	// fixMove moves the label to the start.
	fixMove
	// fixPlain writes the label without its stylized or invisible
	// characters.
	fixPlain
	// fixAppendEditing appends the table's editing label.
	fixAppendEditing
	// fixInsertRowLabel inserts the clear label a kept label's row names
	// (fixReplace on a statement or a denied label) at the start.
	fixInsertRowLabel
)

// kinds returns the fixes plan offers for a label f of in, in order: at
// most two, each a plan of one fix (fixNone for none).
//
// A fix owns only the label's own word. A statement of several words
// ("Sponsored by @glowco", "paid partnership with Glow Co") keeps every
// one of them, a brand's name among them, and a denied label (denied)
// stays where it is: instead of a replace, the clear label its row names
// is inserted at the start (only the table's insert fix where that is the
// table's default label), and instead of a move, the table's label.
func (plan fixPlan) kinds(in *ruleContext, f foundLabel) [2]fixPlan {
	switch {
	case plan == fixReplace && (!f.single && lex.WordBounded(in.post.Caption, f.start, f.end) || in.denied(f)):
		if fix := in.table.table.terms[f.row].fix; len(in.table.insertText) == len(fix)+1 && in.table.insertText[:len(fix)] == fix {
			return [2]fixPlan{fixInsert}
		}
		return [2]fixPlan{fixInsertRowLabel, fixInsert}
	case plan == fixReplace:
		return [2]fixPlan{fixReplace, fixInsert}
	case (plan == fixPlacement || plan == fixMove) && in.denied(f):
		return [2]fixPlan{fixInsert}
	case plan == fixPlacement && f.single:
		return [2]fixPlan{fixMove, fixInsert}
	case plan == fixPlacement:
		return [2]fixPlan{fixInsert, fixMove}
	}
	return [2]fixPlan{plan}
}

// size returns the most fixes and edits plan makes for a label f of in
// (the zero foundLabel for none): all of them, or with first only the
// first fix.
func (plan fixPlan) size(in *ruleContext, f foundLabel, first bool) (fixes, edits int) {
	for _, kind := range plan.kinds(in, f) {
		if kind == fixNone || first && fixes == 1 {
			break
		}
		fixes++
		switch kind {
		case fixReplace, fixMove:
			edits += 2
		default:
			edits++
		}
	}
	return fixes, edits
}

// sharedFixes is what the fixes of a report's findings share: the edits
// of its insert fix, and those of the move of label movedLabel with its
// message, made for the first finding that offers them. first says only
// each finding's first fix is made, without messages (firstFixReport).
type sharedFixes struct {
	first           bool
	inserted, moved []Edit
	movedLabel      int32
	movedMessage    textAt
}

// addFixes writes the fixes of record r of in into fixes and their edits
// into edits, which have the room plan.size counts, and returns how many
// of each it used. A fix made for another finding already (the insert
// fix, the best label's move) is shared, not made again.
func (t reportText) addFixes(in *ruleContext, sh *sharedFixes, r *record, fixes []Fix, edits []Edit) (_ reportText, nfix, nedit int) {
	var f foundLabel
	if r.label >= 0 {
		f = in.found[r.label]
	}
	for _, kind := range r.fixes.kinds(in, f) {
		if kind == fixNone || sh.first && nfix == 1 {
			break
		}
		x, rest := &fixes[nfix], edits[nedit:]
		nfix++
		n := 0
		switch kind {
		case fixInsert:
			n = sh.insertFix(in.table, x, rest)
		case fixReplace:
			t, n = t.replaceFix(in, sh.first, x, f, rest)
		case fixInsertRowLabel:
			t, n = t.insertRowLabelFix(in, sh.first, x, f, rest)
		case fixMove:
			t, n = t.moveFix(in, sh, x, r.label, rest)
		case fixPlain:
			t, n = t.plainFix(in, sh.first, x, f, rest)
		case fixAppendEditing:
			t, n = t.appendEditingFix(in, sh.first, x, rest)
		}
		nedit += n
	}
	return t, nfix, nedit
}

// insertFix makes x insert table m's default label at the start, with the
// edit the report's first insert fix made, or in edits[0]. Its message
// and text are made once per table (compileTable). It returns the edits
// it used.
func (sh *sharedFixes) insertFix(m *matcher, x *Fix, edits []Edit) int {
	if !sh.first {
		x.Message = m.insertMessage
	}
	if sh.inserted != nil {
		x.Edits = sh.inserted
		return 0
	}
	edits[0] = Edit{Text: m.insertText}
	x.Edits = edits[:1:1]
	sh.inserted = x.Edits
	return 1
}

// replaceFix makes x replace label f with the clear one its row names (a
// statement or a denied label is kept instead: kinds). A
// hashtag fix ("#sponsored") or a label that begins the caption is
// replaced where it stands; a word ("Werbung", "Publicité") counts as a
// label only at the start, so a label elsewhere is removed and the word
// put at the start instead (removeEdit).
func (t reportText) replaceFix(in *ruleContext, first bool, x *Fix, f foundLabel, edits []Edit) (reportText, int) {
	caption := in.post.Caption
	text, fix := caption[f.start:f.end], in.table.table.terms[f.row].fix
	if fix[0] == '#' || f.start == 0 {
		if !first {
			from := len(t.buf)
			t.buf = appendMessage(t.buf, "Replace %q with %q", text, fix)
			t = t.text(&x.Message, from)
		}
		edits[0] = Edit{Start: f.start, End: f.end, Text: fix}
		if f.end < len(caption) && lex.StartsWord(caption, f.end) {
			// "Ad:0" ends in a separator the fix lacks: keep the words apart.
			from := len(t.buf)
			t.buf = append(append(t.buf, fix...), ' ')
			t = t.text(&edits[0].Text, from)
		}
		x.Edits = edits[:1:1]
		return t, 1
	}
	if !first {
		from := len(t.buf)
		t.buf = appendMessage(t.buf, "Replace %q with %q at the start", text, fix)
		t = t.text(&x.Message, from)
	}
	from := len(t.buf)
	t.buf = append(append(t.buf, fix...), ' ')
	t = t.text(&edits[0].Text, from)
	edits[1] = removeEdit(caption, f)
	x.Edits = edits[:2:2]
	return t, 2
}

// insertRowLabelFix makes x insert the clear label f's row names at the
// start, keeping f: a statement or a denied label (kinds).
func (t reportText) insertRowLabelFix(in *ruleContext, first bool, x *Fix, f foundLabel, edits []Edit) (reportText, int) {
	text, fix := in.post.Caption[f.start:f.end], in.table.table.terms[f.row].fix
	if !first {
		from := len(t.buf)
		t.buf = appendMessage(t.buf, "Insert %q at the start, keeping %q", fix, text)
		t = t.text(&x.Message, from)
	}
	from := len(t.buf)
	t.buf = append(append(t.buf, fix...), ' ')
	t = t.text(&edits[0].Text, from)
	x.Edits = edits[:1:1]
	return t, 1
}

// maxDenialWords is how many words before a label denied reads, and
// maxDenialWordBytes how long each may be: a denial's words are short,
// and a longer run (a glued run of hashtags) is no denial, so that a
// caption of many labels is read in linear time.
const (
	maxDenialWords     = 3
	maxDenialWordBytes = 32
)

// denied reports a label that its own sentence takes back, which a fix
// must not move to the front or replace, or the caption would affirm
// what it denies: a label asked about ("Sponsored? No!", "#ad ? nope",
// "¿Publicidad?"), or one that one to three words before it negate as
// the table's denials say ("not #ad", "kein #werbung", "never
// #sponsored": with the hashtag's "#" dropped, those words and the label
// match a not-label row, "not ad"). It reads only the few bytes around
// the label, and matches only where a word starts a row of the table.
func (in *ruleContext) denied(f foundLabel) bool {
	caption := in.post.Caption
	after := strings.TrimLeft(caption[f.end:], " \t")
	if strings.HasPrefix(after, "?") || strings.HasPrefix(after, "？") || strings.HasSuffix(caption[:f.start], "¿") {
		return true
	}
	label := strings.TrimPrefix(caption[f.start:f.end], "#")
	start := f.start
	for range maxDenialWords {
		end := start
		for end > 0 && isSpaceByte(caption[end-1]) {
			end--
		}
		start = end
		for start > 0 && !isSpaceByte(caption[start-1]) && end-start <= maxDenialWordBytes {
			start--
		}
		if start == end || end-start > maxDenialWordBytes || strings.ContainsAny(caption[end-1:end], ".!?") || caption[start] == '#' || caption[start] == '@' {
			return false // no word, one too long to deny, a sentence's end, or a hashtag or handle
		}
		if !startsRow(in.table, caption[start:end]) {
			continue // no row starts with the word: nothing to match, nothing to allocate
		}
		text := caption[start:f.end]
		if len(label) < f.end-f.start {
			text = caption[start:f.start] + label
		}
		if row, ok := wholeMatch(in.table, text); ok && (in.table.table.terms[row].kind == termNotLabel || in.table.table.terms[row].kind == termDenial) {
			return true
		}
	}
	return false
}

// startsRow reports whether the first token of word starts a row of m.
func startsRow(m *matcher, word string) bool {
	tz := lex.NewTokenizer(word)
	var key lex.Key
	tok, ok := tz.Next(&key)
	return ok && !tok.TooLong() && m.lex.First(key.Bytes()) != lex.NoNode
}

// moveFix makes x move label i of the scan to the start of the caption
// (removeEdit says how it leaves its place), or shares the move an
// earlier finding on the same label made.
func (t reportText) moveFix(in *ruleContext, sh *sharedFixes, x *Fix, i int32, edits []Edit) (reportText, int) {
	if sh.moved != nil && sh.movedLabel == i {
		x.Edits = sh.moved
		if !sh.first {
			t.refs = append(t.refs, textAt{dst: &x.Message, from: sh.movedMessage.from, to: sh.movedMessage.to})
		}
		return t, 0
	}
	caption := in.post.Caption
	f := in.found[i]
	text := caption[f.start:f.end]
	if !sh.first {
		from := len(t.buf)
		t.buf = appendMessage(t.buf, "Move %q to the start", text)
		t = t.text(&x.Message, from)
		sh.movedMessage = t.refs[len(t.refs)-1]
	}
	from := len(t.buf)
	t.buf = append(append(t.buf, text...), ' ')
	t = t.text(&edits[0].Text, from)
	edits[1] = removeEdit(caption, f)
	x.Edits = edits[:2:2]
	sh.moved, sh.movedLabel = x.Edits, i
	return t, 2
}

// plainFix makes x write label f without its stylized letters and
// invisible characters.
func (t reportText) plainFix(in *ruleContext, first bool, x *Fix, f foundLabel, edits []Edit) (reportText, int) {
	text := in.post.Caption[f.start:f.end]
	from := len(t.buf)
	t.buf = appendPlainText(t.buf, text)
	plain := len(t.buf)
	t = t.text(&edits[0].Text, from)
	if !first {
		t.buf = appendMessage(t.buf, "Replace %q with %q", text, string(t.buf[from:plain]))
		t = t.text(&x.Message, plain)
	}
	edits[0].Start, edits[0].End = f.start, f.end
	x.Edits = edits[:1:1]
	return t, 1
}

// appendEditingFix makes x append the table's editing label, after a
// space unless the caption ends in one.
func (t reportText) appendEditingFix(in *ruleContext, first bool, x *Fix, edits []Edit) (reportText, int) {
	caption, label := in.post.Caption, in.table.table.editingLabel
	end := len(caption)
	edits[0] = Edit{Start: end, End: end, Text: label}
	if end > 0 && !isSpaceByte(caption[end-1]) {
		from := len(t.buf)
		t.buf = append(append(t.buf, ' '), label...)
		t = t.text(&edits[0].Text, from)
	}
	if !first {
		from := len(t.buf)
		t.buf = appendMessage(t.buf, "Append %q", label)
		t = t.text(&x.Message, from)
	}
	x.Edits = edits[:1:1]
	return t, 1
}

// removeEdit deletes a label from the caption without joining the words or
// hashtags on either side. A label standing apart takes the spaces after
// it (or, at the end or before a line break or punctuation, before it)
// along, so none are doubled; one glued to the next token ("#ad#glow",
// "#ad😀") keeps the space before it. A label glued to the text before it
// ("Great#ad serum", "#thanks#ad publi") is removed alone, and where a
// word follows it directly ("word(ad)word") a space takes its place, so
// "Great serum" and "#thanks publi" stay apart.
func removeEdit(caption string, f foundLabel) Edit {
	start, end := f.start, f.end
	if start > 0 && !isSpaceByte(caption[start-1]) {
		if end < len(caption) && lex.StartsWord(caption, end) {
			return Edit{Start: start, End: end, Text: " "}
		}
		return Edit{Start: start, End: end}
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
		return Edit{Start: start, End: end}
	}
	// Between two commas ("serum, #ad, it sinks in") the label takes the
	// second with it: "serum, it sinks in".
	if end < len(caption) && caption[end] == ',' && lead > 0 && caption[lead-1] == ',' && lead < start {
		end++
		for end < len(caption) && caption[end] == ' ' {
			end++
		}
		if end < len(caption) && !isSpaceByte(caption[end]) {
			return Edit{Start: start, End: end}
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
	return Edit{Start: start, End: end}
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

// appendPlainText appends plainText(s) to b. Nothing it appends to b
// escapes, so that a caller's stack buffer stays on the stack and only
// the caller's final string allocates (and norm, for the rare stylized
// rune whose decomposition is not ASCII).
func appendPlainText(b []byte, s string) []byte {
	var scratch [lex.RuneScratch]byte
	for i := 0; i < len(s); {
		fr := lex.ReadRune(s, i, &scratch)
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case fr.Class() == lex.ClassInvisible:
		case fr.Altered():
			src := s[i : i+size]
			if d := norm.NFKC.PropertiesString(src).Decomposition(); len(d) > 0 && asciiPrefix(string(d)) == len(d) {
				// A stylized letter or digit ("𝐚", "①"): an all-ASCII
				// decomposition composes with nothing, so it is the NFKC
				// form, without norm's composition buffer.
				b = append(b, d...)
			} else {
				b = append(b, norm.NFKC.String(src)...)
			}
		default:
			b = utf8.AppendRune(b, r)
		}
		i += fr.Size()
	}
	return b
}

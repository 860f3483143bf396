package disclosure

import (
	"unicode/utf8"

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
	// fixAppendAI appends the table's AI label.
	fixAppendAI
)

// The fixes' messages, by index into fixMessages: templates filled in as
// the rules' are (appendTemplate) for the finding's record. The insert
// fix's is made once per table (compileTable).
const (
	replaceMessage = iota
	replaceAtStartMessage
	moveMessage
	plainMessage
	appendEditingMessage
	appendAIMessage
	insertRowLabelMessage
)

// fixMessages are the fixes' message templates.
var fixMessages = [...]string{
	replaceMessage:        "Replace {label} with {fix}",
	replaceAtStartMessage: "Replace {label} with {fix} at the start",
	moveMessage:           "Move {label} to the start",
	plainMessage:          "Replace {label} with {plain}",
	appendEditingMessage:  "Append {editing}",
	appendAIMessage:       "Append {ai}",
	insertRowLabelMessage: "Insert {fix} at the start, keeping {label}",
}

// fixTemplates are fixMessages parsed. Read-only.
var fixTemplates = parseTemplates(fixMessages[:])

// sharedFixes is what the fixes of a report's findings share: the edits
// of its insert fix, and those of the move of label movedLabel with its
// message, made for the first finding that offers them. first says only
// each finding's first fix is made, without messages (firstFixReport).
type sharedFixes struct {
	first           bool
	inserted, moved []Edit
	movedLabel      int32
	// movedMessage is the move's message in the text buffer, or
	// movedShared when its label's texts hold it (labelTexts.move).
	movedMessage textAt
	movedShared  string
}

// addFixes writes the fixes of record r of in into fixes and their edits
// into edits, which have the room plan.size counts, and returns how many
// of each it used. A fix made for another finding already (the insert
// fix, the best label's move) is shared, not made again, and so is a
// text its label's texts hold (lt, nil for none).
func (t reportText) addFixes(in *ruleContext, sh *sharedFixes, r *record, lt *labelTexts, fixes []Fix, edits []Edit) (_ reportText, nfix, nedit int) {
	f := &noLabel
	if r.label >= 0 {
		f = &in.found[r.label]
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
			t, n = t.replaceFix(in, sh.first, r, lt, x, rest)
		case fixInsertRowLabel:
			t, n = t.insertRowLabelFix(in, sh.first, r, x, rest)
		case fixMove:
			t, n = t.moveFix(in, sh, r, lt, x, rest)
		case fixPlain:
			t, n = t.plainFix(in, sh.first, r, x, rest)
		case fixAppendEditing:
			t, n = t.appendLabelFix(in, sh.first, r, x, rest, in.table.table.editingLabel, appendEditingMessage)
		case fixAppendAI:
			t, n = t.appendLabelFix(in, sh.first, r, x, rest, in.table.table.aiLabel, appendAIMessage)
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
func (t reportText) replaceFix(in *ruleContext, first bool, r *record, lt *labelTexts, x *Fix, edits []Edit) (reportText, int) {
	caption, f := in.post.Caption, in.found[r.label]
	fix := in.table.table.terms[f.row].fix
	if fix[0] == '#' || f.start == 0 {
		switch {
		case first:
		case lt != nil && lt.replace != "":
			x.Message = lt.replace
		default:
			t = t.fixMessage(&x.Message, replaceMessage, in, r)
		}
		edits[0] = Edit{Start: f.start, End: f.end, Text: fix}
		if f.end < len(caption) && lex.StartsWord(caption, f.end) {
			// "Ad:0" ends in a separator the fix lacks: keep the words apart.
			edits[0].Text = in.table.fixTexts[f.row]
		}
		x.Edits = edits[:1:1]
		return t, 1
	}
	switch {
	case first:
	case lt != nil && lt.replaceAtStart != "":
		x.Message = lt.replaceAtStart
	default:
		t = t.fixMessage(&x.Message, replaceAtStartMessage, in, r)
	}
	edits[0].Text = in.table.fixTexts[f.row]
	edits[1] = removeEdit(caption, f)
	x.Edits = edits[:2:2]
	return t, 2
}

// insertRowLabelFix makes x insert the clear label the row of record r's
// label names at the start, keeping the label: a statement or a denied
// label (kinds).
func (t reportText) insertRowLabelFix(in *ruleContext, first bool, r *record, x *Fix, edits []Edit) (reportText, int) {
	if !first {
		t = t.fixMessage(&x.Message, insertRowLabelMessage, in, r)
	}
	edits[0].Text = in.table.fixTexts[in.found[r.label].row]
	x.Edits = edits[:1:1]
	return t, 1
}

// moveFix makes x move label i of the scan to the start of the caption
// (removeEdit says how it leaves its place), or shares the move an
// earlier finding on the same label made.
func (t reportText) moveFix(in *ruleContext, sh *sharedFixes, r *record, lt *labelTexts, x *Fix, edits []Edit) (reportText, int) {
	i := r.label
	if sh.moved != nil && sh.movedLabel == i {
		x.Edits = sh.moved
		switch {
		case sh.first:
		case sh.movedShared != "":
			x.Message = sh.movedShared
		default:
			t.refs = append(t.refs, textAt{dst: &x.Message, from: sh.movedMessage.from, to: sh.movedMessage.to})
		}
		return t, 0
	}
	caption := in.post.Caption
	f := in.found[i]
	text := caption[f.start:f.end]
	switch {
	case sh.first:
	case lt != nil && lt.move != "":
		x.Message = lt.move
		sh.movedShared = lt.move
	default:
		t = t.fixMessage(&x.Message, moveMessage, in, r)
		sh.movedMessage = t.refs[len(t.refs)-1]
	}
	if lt != nil && lt.moveText != "" {
		edits[0].Text = lt.moveText
	} else {
		from := len(t.buf)
		t.buf = append(append(t.buf, text...), ' ')
		t = t.text(&edits[0].Text, from)
	}
	edits[1] = removeEdit(caption, f)
	x.Edits = edits[:2:2]
	sh.moved, sh.movedLabel = x.Edits, i
	return t, 2
}

// plainFix makes x write label f without its stylized letters and
// invisible characters.
func (t reportText) plainFix(in *ruleContext, first bool, r *record, x *Fix, edits []Edit) (reportText, int) {
	f := in.found[r.label]
	from := len(t.buf)
	t.buf = appendPlainText(t.buf, in.post.Caption[f.start:f.end])
	t = t.text(&edits[0].Text, from)
	if !first {
		t = t.fixMessage(&x.Message, plainMessage, in, r)
	}
	edits[0].Start, edits[0].End = f.start, f.end
	x.Edits = edits[:1:1]
	return t, 1
}

// appendLabelFix makes x append label (the table's editing or AI
// label), after a space unless the caption ends in one; msg is its
// message (appendEditingMessage or appendAIMessage).
func (t reportText) appendLabelFix(in *ruleContext, first bool, r *record, x *Fix, edits []Edit, label string, msg int) (reportText, int) {
	caption := in.post.Caption
	end := len(caption)
	edits[0] = Edit{Start: end, End: end, Text: label}
	if end > 0 && !isSpaceByte(caption[end-1]) {
		from := len(t.buf)
		t.buf = append(append(t.buf, ' '), label...)
		t = t.text(&edits[0].Text, from)
	}
	if !first {
		t = t.fixMessage(&x.Message, msg, in, r)
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

// fixMessage makes fix message k (fixMessages), filled in for record r
// of in, the string *dst.
func (t reportText) fixMessage(dst *string, k int, in *ruleContext, r *record) reportText {
	from := len(t.buf)
	t.buf, _ = appendTemplate(t.buf, fixTemplates[k], in.table, in, r)
	return t.text(dst, from)
}

// text makes buf[from:] (to its current end) the string *dst. Bytes
// equal to a text among the last few made are dropped and that text is
// shared: ten thousand "#spon" make one message, not ten thousand.
func (t reportText) text(dst *string, from int) reportText {
	to := len(t.buf)
	for k := len(t.refs) - 1; k >= 0 && k >= len(t.refs)-recentTexts; k-- {
		if r := t.refs[k]; int(r.to-r.from) == to-from && string(t.buf[r.from:r.to]) == string(t.buf[from:to]) {
			t.buf = t.buf[:from]
			t.refs = append(t.refs, textAt{dst: dst, from: r.from, to: r.to})
			return t
		}
	}
	t.refs = append(t.refs, textAt{dst: dst, from: int32(from), to: int32(to)})
	return t
}

// recentTexts is how many of the last texts text compares a new one with.
const recentTexts = 4

package disclosure

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// What the rules use: they read a post's captionFacts through the
// helpers here and write their findings and fixes into a findingSet,
// which turns them into a Report. The
// texts of all messages, fix messages and inserted labels share one
// buffer and become one string; the findings, fixes, edits and labels of
// a small report share one allocation (reportBlock). A compliant caption
// costs one allocation, its labels.

// textRef is a text a finding or fix holds: a string known before the
// check (a table's default label, a fix message made once per table), or
// the bytes [from, to) of the findingSet's buffer.
type textRef struct {
	s        string
	from, to int32
	inBuf    bool
}

// fixRef is the index of a fix in findingSet.fixes.
type fixRef int32

// pendingFinding is a Finding before the report is built.
type pendingFinding struct {
	id         ruleID
	start, end int
	msg        textRef
	fix0, nfix int32 // fixes [fix0, fix0+nfix) of findingSet.fixes
	transcript *TranscriptSpan
	source     string // SOURCES.md key; empty: the rule's (ruleSourceKey)
}

// pendingFix is a Fix before the report is built.
type pendingFix struct {
	msg          textRef
	edit0, nedit int32 // edits [edit0, edit0+nedit) of findingSet.edits
}

// pendingEdit is an Edit before the report is built.
type pendingEdit struct {
	start, end int
	text       textRef
}

// findingSet collects the findings of one check. Check takes one from
// findingSets and returns it when the report is built: nothing in a
// Report points into it.
type findingSet struct {
	// win is the scan's token window, pooled with the rest.
	win      lex.Window
	table    *matcher
	findings []pendingFinding
	fixes    []pendingFix
	edits    []pendingEdit
	buf      []byte
}

// message formats like the package's message function into the shared
// buffer.
func (s *findingSet) message(format string, args ...string) textRef {
	from := len(s.buf)
	s.buf = appendMessage(s.buf, format, args...)
	return textRef{from: int32(from), to: int32(len(s.buf)), inBuf: true}
}

// join writes a and b one after the other into the shared buffer.
func (s *findingSet) join(a, b string) textRef {
	from := len(s.buf)
	s.buf = append(append(s.buf, a...), b...)
	return textRef{from: int32(from), to: int32(len(s.buf)), inBuf: true}
}

// static refers to a string known before the check.
func static(text string) textRef { return textRef{s: text} }

// fix records a fix made of edits, in order.
func (s *findingSet) fix(msg textRef, edits ...pendingEdit) fixRef {
	s.fixes = append(s.fixes, pendingFix{msg: msg, edit0: int32(len(s.edits)), nedit: int32(len(edits))})
	s.edits = append(s.edits, edits...)
	return fixRef(len(s.fixes) - 1)
}

// noFix stands for an alternative a fix builder declines to offer (moving
// a denied label); add leaves it out.
const noFix fixRef = -1

// add records a finding of rule id on [start, end) with its fixes in
// order of preference.
func (s *findingSet) add(id ruleID, start, end int, msg textRef, fixes ...fixRef) {
	if slices.Contains(fixes, noFix) {
		fixes = slices.DeleteFunc(fixes, func(x fixRef) bool { return x == noFix })
	}
	f := pendingFinding{id: id, start: start, end: end, msg: msg, fix0: int32(len(s.fixes)), nfix: int32(len(fixes))}
	contiguous := true
	for i, x := range fixes {
		contiguous = contiguous && x == fixes[0]+fixRef(i)
	}
	if contiguous && len(fixes) > 0 {
		f.fix0 = int32(fixes[0])
	} else {
		for _, x := range fixes {
			s.fixes = append(s.fixes, s.fixes[x])
		}
	}
	s.findings = append(s.findings, f)
}

// cite makes the finding added last rest on the source key, instead of
// its rule's for the jurisdiction: a vague label's own row.
func (s *findingSet) cite(key string) {
	if n := len(s.findings); n > 0 && key != "" {
		s.findings[n-1].source = key
	}
}

// addTranscript records a finding about the transcript: no span in the
// caption, no fix.
func (s *findingSet) addTranscript(id ruleID, msg textRef, span *TranscriptSpan) {
	s.findings = append(s.findings, pendingFinding{id: id, msg: msg, transcript: span})
}

// on reports whether rule id runs under the policy: a rule that yields to
// id (ruleSpec.yieldsTo) asks it before reporting what id reports instead.
func (in *captionFacts) on(id ruleID) bool { return !in.policy.off[id] }

// verbalWithin returns missing-verbal-disclosure's threshold: the
// policy's, or the post's pack's, or DefaultVerbalWithin.
func (in *captionFacts) verbalWithin() time.Duration {
	return cmp.Or(in.policy.verbalWithin, in.table.verbalWithin, DefaultVerbalWithin)
}

// liveGap returns live-disclosure-gap's threshold: the policy's, or the
// post's pack's, or DefaultLiveGap.
func (in *captionFacts) liveGap() time.Duration {
	return cmp.Or(in.policy.liveGap, in.table.liveGap, DefaultLiveGap)
}

// placed reports whether the placement rules judge the post: it has a
// best label and declares no NoConnection.
func (in *captionFacts) placed() bool {
	return in.best >= 0 && in.post.Connection != NoConnection
}

// bestText returns the best label as written.
func (in *captionFacts) bestText() string {
	f := in.found[in.best]
	return in.post.Caption[f.start:f.end]
}

// pastFold returns the character (counted from 1) at which the best label
// starts and the platform's fold, with past set when the label starts at
// or past the fold. A platform without a fold, or with 0, has none. The
// character is exact only when past is set.
func (in *captionFacts) pastFold() (at, fold int, past bool) {
	row, ok := in.policy.folds[in.post.Platform]
	if len(in.table.folds) > 0 && !in.policy.foldSet[in.post.Platform] {
		for _, f := range in.table.folds {
			if f.platform == in.post.Platform {
				if !ok {
					row = foldRow{platform: f.platform, unit: unitRunes}
				}
				row.chars, ok = f.chars, true
			}
		}
	}
	if !ok || row.chars <= 0 {
		return 0, 0, false
	}
	f := in.found[in.best]
	if f.start < row.chars {
		// Fewer bytes than the fold's characters: no unit counts more
		// characters than bytes, so the label is before the fold.
		return f.start + 1, row.chars, false
	}
	n := countChars(in.post.Caption[:f.start], row.unit)
	return n + 1, row.chars, n >= row.chars
}

// placementFixes returns the fixes of a placement finding on the best
// label: a one-token label is best moved to the start; a phrase inside a
// sentence ("This video is sponsored by Glow Co.") is best left where it
// is, with the default label added at the start, so that comes first.
func (in *captionFacts) placementFixes(out *findingSet) (first, second fixRef) {
	f := in.found[in.best]
	if out.denied(in.post.Caption, f) {
		return out.insertLabelFix(), noFix
	}
	if f.single {
		return out.moveFix(in.post.Caption, f), out.insertLabelFix()
	}
	return out.insertLabelFix(), out.moveFix(in.post.Caption, f)
}

// placementTodo is the advice that ends a placement finding's message.
func (in *captionFacts) placementTodo(out *findingSet) string {
	if in.found[in.best].single {
		return "move it to the start of the caption"
	}
	return out.table.placementTodo
}

func platformName(p influencekit.Platform) string {
	if p == influencekit.UnknownPlatform {
		return "the platform"
	}
	return p.String()
}

// The fixes the rules offer. Each returns a fixRef into the check's
// findingSet; a finding lists them in order of preference.

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
//
// A fix owns only the label's own word: a statement of several words
// ("Sponsored by @glowco", "paid partnership with Glow Co") keeps every
// one of them, a brand's name among them, and a denied label (denied)
// stays where it is; for both the clear label is inserted at the start
// instead, which is no alternative of its own (noFix) where it is the
// table's default label, which the finding's insert fix already offers.
func (s *findingSet) replaceFix(caption string, f foundLabel, fix string) fixRef {
	text := caption[f.start:f.end]
	if !f.single && lex.WordBounded(caption, f.start, f.end) || s.denied(caption, f) {
		if len(s.table.insertText) == len(fix)+1 && s.table.insertText[:len(fix)] == fix {
			return noFix
		}
		return s.fix(s.message("Insert %q at the start, keeping %q", fix, text), pendingEdit{text: s.join(fix, " ")})
	}
	if fix[0] == '#' || f.start == 0 {
		with := static(fix)
		if f.end < len(caption) && lex.StartsWord(caption, f.end) {
			// "Ad:0" ends in a separator the fix lacks: keep the words apart.
			with = s.join(fix, " ")
		}
		return s.fix(s.message("Replace %q with %q", text, fix), pendingEdit{start: f.start, end: f.end, text: with})
	}
	msg := s.message("Replace %q with %q at the start", text, fix)
	return s.fix(msg, pendingEdit{text: s.join(fix, " ")}, removeEdit(caption, f))
}

// moveFix moves a label to the start of the caption (removeEdit says how
// it leaves its place); a denied label is never moved: the table's
// default label is inserted instead.
func (s *findingSet) moveFix(caption string, f foundLabel) fixRef {
	if s.denied(caption, f) {
		return s.insertLabelFix()
	}
	text := caption[f.start:f.end]
	msg := s.message("Move %q to the start", text)
	return s.fix(msg, pendingEdit{text: s.join(text, " ")}, removeEdit(caption, f))
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
// the label, and runs only for a label a fix would move.
func (s *findingSet) denied(caption string, f foundLabel) bool {
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
		if !startsRow(s.table, caption[start:end]) {
			continue // no row starts with the word: nothing to match, nothing to allocate
		}
		text := caption[start:f.end]
		if len(label) < f.end-f.start {
			text = caption[start:f.start] + label
		}
		if row, ok := wholeMatch(s.table, text); ok && s.table.table.terms[row].kind == termNotLabel {
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

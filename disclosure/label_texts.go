package disclosure

import (
	"cmp"
	"strings"
)

// labelTexts are the texts a finding on one label repeats, made once per
// table (compileTable) for each way a term row writes its label as one
// literal: "#spon" of "#sp|#spon|#sponsor|#sponsorship". A finding whose
// label the caption writes byte for byte so takes them, instead of
// filling in its templates: the same texts, made without the report's
// text buffer.
type labelTexts struct {
	label string // the label as the row writes it
	// messages[labelSlots[k].at+v] is the message of labelSlots[k] for
	// this label (and count v past the slot's first counted value), or ""
	// where its rule never reports the row's labels.
	messages []string
	// replace, replaceAtStart and move are the fixes' messages
	// (replaceMessage, replaceAtStartMessage, moveMessage), "" for a row
	// without a fix or a vague one no move fix takes; moveText is the move
	// fix's inserted text: the label and a space.
	replace, replaceAtStart, move, moveText string
}

// labelSlot is a message of a rule whose labelTexts hold it: message msg
// of rule id, naming {todo} or not, and naming a count of hashtags
// (count: phRun or phTagsBefore) or not (phNone). A slot with a count
// holds countedValues messages, one for each count from the table's
// first (countFrom); at is where its messages start in
// labelTexts.messages.
type labelSlot struct {
	id    ruleID
	msg   int
	todo  bool
	count placeholder
	at    int
}

// countedValues is how many counts of hashtags a labelSlot with a count
// holds messages for: a run of 3 to 6 hashtags where runs of 3 bury a
// label.
const countedValues = 4

// countFrom returns the first count of hashtags placeholder ph (phRun or
// phTagsBefore) of a message holds in table t: the shortest run that
// buries a label, or the hashtags a label may follow.
func countFrom(ph placeholder, t *termTable) int {
	if ph == phRun {
		return cmp.Or(t.buriedRun, defaultBuriedRun)
	}
	return t.maxTagsBefore
}

// labelSlots are the messages labelTexts hold: those of the clarity rules
// (ruleSpec.rowClarity), made for the rows of their clarity, and those of
// not-upfront and buried-disclosure, made for the rows a best label comes
// from (clear and ambiguous; buried-disclosure's for hashtags only):
// together they are most of the findings on a label. A rule is held when
// each of its templates names only the table's texts, {label}, {fix},
// {todo} and at most one count of hashtags. firstLabelSlot[id] is the
// slot of rule id's first message, or -1; labelTextsLen the length of
// labelTexts.messages. Read-only.
var labelSlots, firstLabelSlot, labelTextsLen = func() (slots []labelSlot, first [numRules]int8, n int) {
	for id := range first {
		first[id] = -1
		if ruleSpecs[id].rowClarity == UnknownClarity && ruleID(id) != idNotUpfront && ruleID(id) != idBuriedDisclosure {
			continue
		}
		own := make([]labelSlot, len(ruleTemplates[id]))
		held := true
		for k, tm := range ruleTemplates[id] {
			own[k] = labelSlot{id: ruleID(id), msg: k}
			for _, part := range tm {
				switch {
				case part.ph < phLabel || part.ph == phLabel || part.ph == phFix:
				case part.ph == phTodo:
					own[k].todo = true
				case (part.ph == phRun || part.ph == phTagsBefore) && own[k].count == phNone:
					own[k].count = part.ph
				default:
					held = false
				}
			}
		}
		if !held {
			continue
		}
		first[id] = int8(len(slots))
		for _, s := range own {
			s.at = n
			n++
			if s.count != phNone {
				n += countedValues - 1
			}
			slots = append(slots, s)
		}
	}
	return slots, first, n
}()

// labelRows returns the labelTexts of m's term rows, by row: one for each
// alternative of a label row's pattern that is one literal token.
func labelRows(m *matcher) [][]labelTexts {
	t := m.table
	rows := make([][]labelTexts, len(t.terms))
	for i, row := range t.terms {
		if row.kind != termLabel || strings.ContainsAny(row.pattern, " {}?+[]()") {
			continue
		}
		for _, label := range strings.Split(row.pattern, "|") {
			if label == "" {
				continue
			}
			// The label as a one-label caption: its templates filled in
			// as the report fills them for a caption that writes it so.
			in := &ruleContext{post: &Post{Caption: label}, found: []foundLabel{{end: len(label), row: int32(i), kind: termLabel, single: true}}, table: m}
			r := &record{spoken: -1}
			fill := func(tm template) string {
				b, _ := appendTemplate(nil, tm, m, in, r)
				return string(b)
			}
			lt := labelTexts{label: label, messages: make([]string, labelTextsLen)}
			for _, s := range labelSlots {
				tm := ruleTemplates[s.id][s.msg]
				switch {
				case row.fix == "" && tm.names(phFix):
					continue // only a row with a fix offers it
				case ruleSpecs[s.id].rowClarity == row.clarity:
				case s.id == idNotUpfront && row.clarity != Vague:
				case s.id == idBuriedDisclosure && row.clarity != Vague && label[0] == '#' && (s.count != phTagsBefore || t.maxTagsBefore > 0):
				default:
					continue
				}
				if s.count == phNone {
					lt.messages[s.at] = fill(tm)
					continue
				}
				from := countFrom(s.count, t)
				for v := range countedValues {
					in.found[0].runLen, in.found[0].tagsBefore = int32(from+v), int32(from+v)
					lt.messages[s.at+v] = fill(tm)
				}
				in.found[0].runLen, in.found[0].tagsBefore = 0, 0
			}
			if row.fix != "" {
				lt.replace, lt.replaceAtStart = fill(fixTemplates[replaceMessage]), fill(fixTemplates[replaceAtStartMessage])
			}
			if row.clarity != Vague {
				lt.move, lt.moveText = fill(fixTemplates[moveMessage]), label+" "
			}
			rows[i] = append(rows[i], lt)
		}
	}
	return rows
}

// ruleMessage returns message msg of rule id for label f of table m
// made once, or "" when lt holds none for it.
func (lt *labelTexts) ruleMessage(m *matcher, id ruleID, msg uint8, f *foundLabel) string {
	k := int(firstLabelSlot[id])
	if lt == nil || k < 0 {
		return ""
	}
	k += int(msg)
	if k >= len(labelSlots) || labelSlots[k].id != id || labelSlots[k].todo && !f.single {
		return ""
	}
	s := &labelSlots[k]
	at := s.at
	switch s.count {
	case phRun:
		at += int(f.runLen) - countFrom(phRun, m.table)
	case phTagsBefore:
		at += int(f.tagsBefore) - countFrom(phTagsBefore, m.table)
	}
	if at < s.at || at >= s.at+countedValues {
		return ""
	}
	return lt.messages[at]
}

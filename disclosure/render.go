package disclosure

import (
	"cmp"
	"slices"
	"strings"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// The last stage of a check: the Report of the records the rules made.
// A finding's message is its rule's template (ruleSpec.messages) filled
// in here, or made once per table when it names only the table's texts;
// its fixes come from its record's fixPlan (fixes.go). Every text not
// known before the check is written into one buffer that becomes one
// string; findings, fixes, edits and labels share one allocation (the
// report blocks). A compliant caption costs one allocation, its labels.

// report is the last stage: the Report of the records the rules made
// over in, sorted by Start then Rule (ties keep the order the rules made
// them in), with the labels found. Only what shape asks for is made.
func (c *Checker) report(in *ruleContext, recs []record, shape reportShape) Report {
	caption, found := in.post.Caption, in.found
	first := shape == firstFixReport
	nl := 0
	if !first {
		for _, f := range found {
			if f.kind == termLabel {
				nl++
			}
		}
	}
	nf, nx, ne := len(recs), 0, 0
	insertCounted := false
	for i := range recs {
		f := &noLabel
		if recs[i].label >= 0 {
			f = &found[recs[i].label]
		}
		x, e := recs[i].fixes.size(in, f, first, &insertCounted)
		nx, ne = nx+x, ne+e
	}
	var (
		findings []Finding
		fixes    []Fix
		edits    []Edit
		labels   []Label
	)
	switch {
	case nf == 0:
		if nl > 0 {
			labels = make([]Label, nl)
		}
	case nf <= 1 && nx <= 1 && ne <= 1 && nl == 0:
		b := new(missingReportBlock)
		findings, fixes, edits = b.findings[:nf:nf], b.fixes[:nx:nx], b.edits[:ne:ne]
	case nf <= 1 && nx <= 1 && ne <= 1 && nl <= 1:
		b := new(oneFixReportBlock)
		findings, fixes, edits, labels = b.findings[:nf:nf], b.fixes[:nx:nx], b.edits[:ne:ne], b.labels[:nl:nl]
	case nf <= 1 && nx <= 2 && ne <= 3 && nl <= 1:
		b := new(tinyReportBlock)
		findings, fixes, edits, labels = b.findings[:nf:nf], b.fixes[:nx:nx], b.edits[:ne:ne], b.labels[:nl:nl]
	case nf <= 2 && nx <= 4 && ne <= 6 && nl <= 2:
		b := new(reportBlock)
		findings, fixes, edits, labels = b.findings[:nf:nf], b.fixes[:nx:nx], b.edits[:ne:ne], b.labels[:nl:nl]
	case nf <= 3 && nx <= 6 && ne <= 9 && nl <= 3:
		b := new(midReportBlock)
		findings, fixes, edits, labels = b.findings[:nf:nf], b.fixes[:nx:nx], b.edits[:ne:ne], b.labels[:nl:nl]
	case nf <= 6 && nx <= 12 && ne <= 18 && nl <= 6:
		b := new(bigReportBlock)
		findings, fixes, edits, labels = b.findings[:nf:nf], b.fixes[:nx:nx], b.edits[:ne:ne], b.labels[:nl:nl]
	default:
		findings, fixes, edits = make([]Finding, nf), make([]Fix, nx), make([]Edit, ne)
		if nl > 0 {
			labels = make([]Label, nl)
		}
	}
	m := in.table
	var rep Report
	if nl > 0 {
		i := 0
		for _, f := range found {
			if f.kind == termLabel {
				l := &labels[i] // fresh memory: only the fields set
				l.Start, l.End, l.Text, l.Clarity, l.Connection, l.Source = f.start, f.end, caption[f.start:f.end], f.clarity, f.connection, m.rowCites[f.row+1]
				i++
			}
		}
		rep.Disclosures = labels
	}
	sortRecords(recs, found)
	if nf > 0 {
		// The texts' scratch is cleared only for a report with findings.
		var (
			text [512]byte
			refs [16]textAt
		)
		t := reportText{buf: text[:0], refs: refs[:0]}
		if n := 2 * nf; n > len(refs) {
			t.refs = make([]textAt, 0, n) // a message and a fix message a finding, grown once
		}
		sh := sharedFixes{first: first}
		xi, ei := 0, 0
		for i := range recs {
			r := &recs[i]
			f := &findings[i]
			f.Rule, f.Severity, f.Source = ruleTable[r.id].Rule, c.severity[r.id], m.ruleCites[r.id] // fresh memory
			if ruleSpecs[r.id].cites == citeCategoryLine && int(r.line) < len(m.table.categories) {
				line := &m.table.categories[r.line]
				f.Source = line.source
				switch {
				case f.Severity != ruleTable[r.id].Severity:
					// A policy that sets the rule's severity decides.
				case line.cond == condNotify:
					// A campaign to notify: the data cannot show whether
					// it was, an info that says so.
					f.Severity = influencekit.SeverityInfo
				case line.text != "" && (line.cond == condBanned || line.cond == condBannedPaid):
					// An exemption the post's data cannot decide: a
					// warning that says so.
					f.Severity = influencekit.SeverityWarning
				}
			}
			if r.escalate && f.Severity == ruleTable[r.id].Severity {
				// The pack makes this finding an error; a policy that sets
				// the rule's severity decides instead.
				f.Severity = influencekit.SeverityError
			}
			var lt *labelTexts
			if r.label >= 0 {
				l := &found[r.label]
				lt = m.labelTextsOf(caption, l)
				f.Start, f.End = l.start, l.end
				if ruleSpecs[r.id].rowClarity != UnknownClarity {
					f.Source = cmp.Or(m.rowCites[l.row+1], f.Source)
				}
			}
			in.placeOnScreen(r, f)
			if r.transcript {
				f.Transcript = &TranscriptSpan{Segment: -1, From: r.from, To: r.to}
				if l, ok := in.spokenOf(r); ok {
					f.Transcript.Segment, f.Transcript.Start, f.Transcript.End = l.segment, l.start, l.end
				}
			}
			if !first {
				var from int
				if t, from = t.ruleMessage(&f.Message, in, r, lt); from >= 0 {
					t = t.text(&f.Message, from)
				}
			}
			var nx, ne int
			t, nx, ne = t.addFixes(in, &sh, r, lt, fixes[xi:], edits[ei:])
			if nx > 0 {
				f.Fixes = fixes[xi : xi+nx : xi+nx]
			}
			xi, ei = xi+nx, ei+ne
		}
		if len(t.buf) > 0 {
			all := string(t.buf)
			for _, at := range t.refs {
				*at.dst = all[at.from:at.to]
			}
		}
		rep.Findings = findings
	}
	if !first {
		rep.fillUTF16(caption)
	}
	return rep
}

// kinds returns the fixes plan offers for a label f of in, in order: at
// most two, each a plan of one fix (fixNone for none).
//
// A fix owns only the label's own word. A statement of several words
// ("Sponsored by @glowco", "paid partnership with Glow Co") keeps every
// one of them, a brand's name among them, and a denied label
// (foundLabel.denied) stays where it is: instead of a replace, the clear
// label its row names is inserted at the start (only the table's insert
// fix where that is the table's default label), and instead of a move,
// the table's label.
func (plan fixPlan) kinds(in *ruleContext, f *foundLabel) [2]fixPlan {
	switch {
	case plan == fixReplace && (!f.single && lex.WordBounded(in.post.Caption, f.start, f.end) || f.denied):
		if fix := in.table.table.terms[f.row].fix; len(in.table.insertText) == len(fix)+1 && in.table.insertText[:len(fix)] == fix {
			return [2]fixPlan{fixInsert}
		}
		return [2]fixPlan{fixInsertRowLabel, fixInsert}
	case plan == fixReplace:
		return [2]fixPlan{fixReplace, fixInsert}
	case (plan == fixPlacement || plan == fixMove) && f.denied:
		return [2]fixPlan{fixInsert}
	case plan == fixPlacement && f.single:
		return [2]fixPlan{fixMove, fixInsert}
	case plan == fixPlacement:
		return [2]fixPlan{fixInsert, fixMove}
	}
	return [2]fixPlan{plan}
}

// noLabel is the label of a finding about no label: the zero foundLabel.
// Read-only.
var noLabel foundLabel

// size returns the fixes and the most edits plan makes for a label f
// (noLabel for none) of in: all of them, or with first only
// the first fix. The report's one insert edit is counted once
// (insertCounted).
func (plan fixPlan) size(in *ruleContext, f *foundLabel, first bool, insertCounted *bool) (fixes, edits int) {
	for _, kind := range plan.kinds(in, f) {
		if kind == fixNone || first && fixes == 1 {
			break
		}
		fixes++
		switch kind {
		case fixInsert:
			// One insert edit serves every finding (sharedFixes).
			if !*insertCounted {
				edits++
				*insertCounted = true
			}
		case fixReplace:
			edits += 2
			if fix := in.table.table.terms[f.row].fix; fix[0] == '#' || f.start == 0 {
				edits-- // replaced where it stands
			}
		case fixMove:
			edits += 2
		default:
			edits++
		}
	}
	return fixes, edits
}

// sortRecords sorts recs by the start of their findings, then by rule
// name; records equal in both keep the order the rules made them in.
func sortRecords(recs []record, found []foundLabel) {
	if len(recs) > 8 {
		slices.SortStableFunc(recs, func(a, b record) int {
			return cmp.Or(cmp.Compare(a.start(found), b.start(found)), cmp.Compare(ruleNameOrder[a.id], ruleNameOrder[b.id]))
		})
		return
	}
	// A few records: an insertion sort, stable too, without the generic
	// sort's calls.
	for i := 1; i < len(recs); i++ {
		for j := i; j > 0 && recs[j].before(&recs[j-1], found); j-- {
			recs[j], recs[j-1] = recs[j-1], recs[j]
		}
	}
}

// before reports whether r's finding comes before o's in a report: it
// starts earlier, or at the same byte with a rule name first in byte
// order.
func (r *record) before(o *record, found []foundLabel) bool {
	if a, b := r.start(found), o.start(found); a != b {
		return a < b
	}
	return ruleNameOrder[r.id] < ruleNameOrder[o.id]
}

// ruleNameOrder ranks each rule id by its rule's name in byte order, the
// order of a report's findings that start at the same byte. Read-only.
var ruleNameOrder = func() (rank [numRules]int) {
	ids := make([]ruleID, numRules)
	for id := range ids {
		ids[id] = ruleID(id)
	}
	slices.SortFunc(ids, func(a, b ruleID) int { return strings.Compare(string(ruleTable[a].Rule), string(ruleTable[b].Rule)) })
	for k, id := range ids {
		rank[id] = k
	}
	return rank
}()

// start returns the byte offset at which r's finding starts.
func (r *record) start(found []foundLabel) int {
	if r.label < 0 {
		return 0
	}
	return found[r.label].start
}

// ruleMessage makes *dst the message of record r of in: its rule's template made
// once per table (compileTable) when it names only the table's texts or
// its label's (lt, nil for none), or else filled in now.
func (t reportText) ruleMessage(dst *string, in *ruleContext, r *record, lt *labelTexts) (_ reportText, from int) {
	if s := in.table.messages[r.id][r.msg]; s != "" {
		*dst = s
		return t, -1
	}
	if lt != nil {
		if s := lt.ruleMessage(in.table, r.id, r.msg, &in.found[r.label]); s != "" {
			*dst = s
			return t, -1
		}
	}
	from = len(t.buf)
	t.buf, _ = appendTemplate(t.buf, ruleTemplates[r.id][r.msg], in.table, in, r)
	return t, from
}

// spokenOf returns the spoken label or denial transcript record r is
// about; ok is false for none.
func (in *ruleContext) spokenOf(r *record) (l spokenLabel, ok bool) {
	switch {
	case r.spoken == spokenDenialRef:
		return in.spokenDenial, in.spokenDenied
	case r.spoken >= 0 && int(r.spoken) < len(in.spoken):
		return in.spoken[r.spoken], true
	}
	return spokenLabel{}, false
}

// labelTextsOf returns the labelTexts of label f of caption, or nil when
// its row makes none for the label as the caption writes it.
func (m *matcher) labelTextsOf(caption string, f *foundLabel) *labelTexts {
	if f.row < 0 || int(f.row) >= len(m.labelRows) {
		return nil
	}
	s := caption[f.start:f.end]
	ls := m.labelRows[f.row]
	for k := range ls {
		if ls[k].label == s {
			return &ls[k]
		}
	}
	return nil
}

// placeOnScreen sets the Overlay span of finding f, made of record r,
// and its source to the shown label's row's when its rule cites rows
// (ruleSpec.rowClarity). It does nothing for a record about no
// on-screen label.
func (in *ruleContext) placeOnScreen(r *record, f *Finding) {
	l, ok := in.screenLabelOf(r)
	if !ok {
		return
	}
	f.Overlay = &TextSpan{Index: int(l.shown - 1), Start: int(l.start), End: int(l.end)}
	if ruleSpecs[r.id].rowClarity != UnknownClarity {
		f.Source = cmp.Or(in.table.rowCites[l.row+1], f.Source)
	}
}

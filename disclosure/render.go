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
		var f foundLabel
		if recs[i].label >= 0 {
			f = found[recs[i].label]
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
				labels[i] = Label{Start: f.start, End: f.end, Text: caption[f.start:f.end], Clarity: f.clarity, Connection: f.connection, Source: m.rowCites[f.row+1]}
				i++
			}
		}
		rep.Disclosures = labels
	}
	if nf > 1 {
		slices.SortStableFunc(recs, func(a, b record) int {
			return cmp.Or(cmp.Compare(a.start(found), b.start(found)), strings.Compare(string(ruleTable[a.id].Rule), string(ruleTable[b.id].Rule)))
		})
	}
	if nf > 0 {
		// The texts' scratch is cleared only for a report with findings.
		var (
			text [512]byte
			refs [32]textAt
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
			*f = Finding{Rule: ruleTable[r.id].Rule, Severity: c.severity[r.id], Source: m.ruleCites[r.id]}
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
			if r.label >= 0 {
				l := found[r.label]
				f.Start, f.End = l.start, l.end
				if ruleSpecs[r.id].rowClarity != UnknownClarity {
					f.Source = cmp.Or(m.rowCites[l.row+1], f.Source)
				}
			}
			if r.transcript {
				f.Transcript = &TranscriptSpan{Segment: -1, From: r.from, To: r.to}
				if l, ok := in.spokenOf(r); ok {
					f.Transcript.Segment, f.Transcript.Start, f.Transcript.End = l.segment, l.start, l.end
				}
			}
			if !first {
				var from int
				if t, from = t.ruleMessage(&f.Message, in, r); from >= 0 {
					t = t.text(&f.Message, from)
				}
			}
			var nx, ne int
			t, nx, ne = t.addFixes(in, &sh, r, fixes[xi:], edits[ei:])
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
func (plan fixPlan) kinds(in *ruleContext, f foundLabel) [2]fixPlan {
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

// size returns the fixes and the most edits plan makes for a label f (the
// zero foundLabel for none) of in: all of them, or with first only
// the first fix. The report's one insert edit is counted once
// (insertCounted).
func (plan fixPlan) size(in *ruleContext, f foundLabel, first bool, insertCounted *bool) (fixes, edits int) {
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

// start returns the byte offset at which r's finding starts.
func (r *record) start(found []foundLabel) int {
	if r.label < 0 {
		return 0
	}
	return found[r.label].start
}

// ruleMessage makes *dst the message of record r of in: its rule's template made
// once per table (compileTable) when it names only the table's texts,
// or else filled in now.
func (t reportText) ruleMessage(dst *string, in *ruleContext, r *record) (_ reportText, from int) {
	if s := in.table.messages[r.id][r.msg]; s != "" {
		*dst = s
		return t, -1
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

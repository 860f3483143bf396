package disclosure

import (
	"cmp"
	"slices"
	"strings"
	"sync"
)

// The last stage of a check: the rules write
// their findings into a findingSet, which turns them into a Report. The
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
	table    *matcher
	findings []pendingFinding
	fixes    []pendingFix
	edits    []pendingEdit
	buf      []byte
}

// findingSets recycles findingSets between checks, so that a check's
// scratch space costs no allocation. It holds no state a check can see.
var findingSets = sync.Pool{New: func() any {
	return &findingSet{
		findings: make([]pendingFinding, 0, 8),
		fixes:    make([]pendingFix, 0, 16),
		edits:    make([]pendingEdit, 0, 24),
		buf:      make([]byte, 0, 512),
	}
}}

// maxPooledFindings bounds the findings a pooled findingSet keeps room
// for: one megabyte of "#spon" is not kept for the next check.
const maxPooledFindings = 1 << 10

// getFindingSet returns an empty findingSet for a check against m's table.
func getFindingSet(m *matcher) *findingSet {
	s := findingSets.Get().(*findingSet)
	s.table = m
	return s
}

// release empties s and returns it to the pool.
func (s *findingSet) release() {
	if cap(s.findings) > maxPooledFindings {
		return
	}
	s.table = nil
	s.findings, s.fixes, s.edits, s.buf = s.findings[:0], s.fixes[:0], s.edits[:0], s.buf[:0]
	findingSets.Put(s)
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

// add records a finding of rule id on [start, end) with its fixes in
// order of preference.
func (s *findingSet) add(id ruleID, start, end int, msg textRef, fixes ...fixRef) {
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

// missingReportBlock (a missing-disclosure finding and its fix, no
// label), oneFixReportBlock, tinyReportBlock, reportBlock, midReportBlock
// and bigReportBlock hold the findings, fixes, edits and labels of a
// report in one allocation, the smallest that fits: a report is written
// to memory the allocator hands out cold, so bytes not needed cost time.
type missingReportBlock struct {
	findings [1]Finding
	fixes    [1]Fix
	edits    [1]Edit
}

type oneFixReportBlock struct {
	findings [1]Finding
	fixes    [1]Fix
	edits    [1]Edit
	labels   [1]Label
}

type tinyReportBlock struct {
	findings [1]Finding
	fixes    [2]Fix
	edits    [3]Edit
	labels   [1]Label
}

type reportBlock struct {
	findings [2]Finding
	fixes    [4]Fix
	edits    [6]Edit
	labels   [2]Label
}

type midReportBlock struct {
	findings [3]Finding
	fixes    [6]Fix
	edits    [9]Edit
	labels   [3]Label
}

type bigReportBlock struct {
	findings [6]Finding
	fixes    [12]Fix
	edits    [18]Edit
	labels   [6]Label
}

// report builds the Report: findings sorted by Start then Rule (ties
// keep the order the rules made them in), the labels found, and every
// span's UTF-16 shift.
func (s *findingSet) report(c *Checker, caption string, found []foundLabel) Report {
	nl := 0
	for _, f := range found {
		if f.kind == termLabel {
			nl++
		}
	}
	nf, nx, ne := len(s.findings), 0, 0
	for _, f := range s.findings {
		nx += int(f.nfix)
		for _, x := range s.fixes[f.fix0 : f.fix0+f.nfix] {
			ne += int(x.nedit)
		}
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
	var rep Report
	if nl > 0 {
		i := 0
		for _, f := range found {
			if f.kind == termLabel {
				labels[i] = Label{Start: f.start, End: f.end, Text: caption[f.start:f.end], Clarity: f.clarity, Connection: f.connection, Source: s.table.table.rowSource(f.row)}
				i++
			}
		}
		rep.Disclosures = labels
	}
	if nf > 0 {
		if nf > 1 {
			slices.SortStableFunc(s.findings, func(a, b pendingFinding) int {
				return cmp.Or(cmp.Compare(a.start, b.start), strings.Compare(string(ruleTable[a.id].Rule), string(ruleTable[b.id].Rule)))
			})
		}
		text := string(s.buf)
		str := func(r textRef) string {
			if r.inBuf {
				return text[r.from:r.to]
			}
			return r.s
		}
		xi, ei := 0, 0
		for i, p := range s.findings {
			f := &findings[i]
			*f = Finding{Rule: ruleTable[p.id].Rule, Severity: c.severity[p.id], Start: p.start, End: p.end, Message: str(p.msg), Transcript: p.transcript, Source: cmp.Or(p.source, ruleSourceKey(p.id, s.table.table))}
			if p.nfix == 0 {
				continue
			}
			f.Fixes = fixes[xi : xi+int(p.nfix) : xi+int(p.nfix)]
			for j, x := range s.fixes[p.fix0 : p.fix0+p.nfix] {
				es := edits[ei : ei+int(x.nedit) : ei+int(x.nedit)]
				for k, e := range s.edits[x.edit0 : x.edit0+x.nedit] {
					es[k] = Edit{Start: e.start, End: e.end, Text: str(e.text)}
				}
				f.Fixes[j] = Fix{Message: str(x.msg), Edits: es}
				ei += int(x.nedit)
			}
			xi += int(p.nfix)
		}
		rep.Findings = findings
	}
	rep.fillUTF16(caption)
	return rep
}

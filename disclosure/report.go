package disclosure

import (
	"cmp"
	"slices"
	"strings"

	"github.com/influencekit/influencekit"
)

// Report is the result of checking one post.
type Report struct {
	// Findings are sorted by Start, then Rule. Nil when there are none.
	Findings []Finding
	// Disclosures holds every disclosure label found in the caption, clear
	// or not, sorted by Start. Labels about editing ("#filtered") and
	// claims are not disclosures and are not listed; nor are spoken labels
	// (findings about the transcript point at them).
	Disclosures []Label
}

// Compliant reports whether r has no finding of [influencekit.SeverityError].
// Warnings and infos do not make a post non-compliant.
func (r Report) Compliant() bool {
	for _, f := range r.Findings {
		if f.Severity >= influencekit.SeverityError {
			return false
		}
	}
	return true
}

// Finding is one problem in a post, modelled on the Diagnostic of
// golang.org/x/tools/go/analysis.
type Finding struct {
	Rule     Rule
	Severity influencekit.Severity
	// Start and End are byte offsets into [Post.Caption], [Start, End). A
	// finding about the whole caption (missing-disclosure,
	// undisclosed-editing) or about the transcript has Start == End == 0.
	Start, End int
	// Message says what is wrong and what to do.
	Message string
	// Fixes are alternatives; apply at most one. Empty when the fix needs a
	// person (an unsubstantiated claim, anything said in a video).
	Fixes []Fix
	// Transcript is set for a finding about [Post.Transcript]
	// (missing-verbal-disclosure, live-disclosure-gap): which segment,
	// which bytes of its Text and which stretch of the video. Nil for a
	// finding about the caption.
	Transcript *TranscriptSpan
	// Source is the SOURCES.md key of the rule the finding applies, for
	// the post's jurisdiction ("ftc-guides" (FTC, Guides Concerning the Use
	// of Endorsements and Testimonials in Advertising, 16 CFR Part 255) for
	// a US claim, "cap-code" (CAP, UK Code of Non-broadcast Advertising and
	// Direct & Promotional Marketing) for a UK one); see [LookupSource] and [RuleInfo.Sources]. Empty for
	// jurisdiction-fallback, which applies no regulator's rule.
	Source string
	// StartUTF16 and EndUTF16 are the span [Start, End) in UTF-16 code
	// units, what [ConvertOffset] gives for [UTF16]: the indexes a
	// JavaScript string of the caption takes. Check and the JSON readers
	// fill them. Both 0 means not counted: the JSON form then writes the
	// byte offsets, right for an ASCII caption. Code that moves a span
	// sets them with ConvertOffset, or sets both to 0.
	StartUTF16, EndUTF16 int
}

// Fix is one way to resolve a finding: a verb-phrase Message ("Move \"#ad\"
// to the start") and the edits that make it. Edits never overlap and are
// sorted by Start.
//
// What the rules offer. Fixes are alternatives; each is a verb-phrase message and edits that
// never overlap: insert "#ad " at the start (missing, ambiguous, "thanks
// @brand"), replace "#spon" with "#sponsored" (vague), move the label to
// the start (not-upfront, below-fold, buried; for a phrase inside a
// sentence, such as "This video is sponsored by Glow Co.", inserting "#ad "
// comes first and moving second), write the label in plain letters
// (obfuscated), append "#filtered" (undisclosed-editing). A word label
// that counts only first on a line ("Werbung") replaces a label elsewhere
// by going to the start. Removing a label never joins the words or
// hashtags on either side: "Great#ad serum" becomes "#ad Great serum",
// "42#thanks#ad publi" "#ad 42#thanks publi". A moved label takes the
// punctuation that only served it: "New drop. Sponsored." becomes
// "Sponsored New drop.", "Loving this serum, #ad" "#ad Loving this
// serum". A blank caption becomes the label alone ("#ad"). Claims and denials
// (denied-connection) need a person and have no fix. [Autofix] applies the first fix of every finding
// and repeats until nothing is left to fix; it is idempotent, and a
// caption whose only errors are placement ones comes out compliant. It
// runs in time linear in the caption.
type Fix struct {
	Message string
	Edits   []Edit
}

// Edit replaces Caption[Start:End] (byte offsets) with Text. Start == End
// inserts. Its JSON form carries the span in UTF-16 code units too (see
// [Edit.MarshalJSON]).
type Edit struct {
	Start, End int
	Text       string
	// StartUTF16 and EndUTF16 are the span in UTF-16 code units, as in
	// [Finding]: both 0 means not counted.
	StartUTF16, EndUTF16 int
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

// reportShape says what of a Report a caller reads.
type reportShape uint8

const (
	// fullReport is all of it: messages, every fix, labels, UTF-16 spans.
	fullReport reportShape = iota
	// firstFixReport is what Autofix reads: each finding's first fix's
	// edits, without messages, other fixes, labels or UTF-16 spans.
	firstFixReport
)

// reportText is the texts of a report as they are made: every message,
// fix message and edit text not known before the check is written into
// buf, and refs say which string field each range of buf becomes once
// it is one string. It is passed and returned by value, so that buf and
// refs stay on the stack of the check.
type reportText struct {
	buf  []byte
	refs []textAt
}

// textAt is a range of a reportText's buf, [from, to), that becomes the
// string *dst.
type textAt struct {
	dst      *string
	from, to int32
}

// text makes buf[from:] (to its current end) the string *dst.
func (t reportText) text(dst *string, from int) reportText {
	t.refs = append(t.refs, textAt{dst: dst, from: int32(from), to: int32(len(t.buf))})
	return t
}

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
	for i := range recs {
		var f foundLabel
		if recs[i].label >= 0 {
			f = found[recs[i].label]
		}
		x, e := recs[i].fixes.size(in, f, first)
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
	if nf == 0 {
		if !first {
			rep.fillUTF16(caption)
		}
		return rep
	}
	if nf > 1 {
		slices.SortStableFunc(recs, func(a, b record) int {
			return cmp.Or(cmp.Compare(a.start(found), b.start(found)), strings.Compare(string(ruleTable[a.id].Rule), string(ruleTable[b.id].Rule)))
		})
	}
	var (
		text [512]byte
		refs [32]textAt
	)
	t := reportText{buf: text[:0], refs: refs[:0]}
	sh := sharedFixes{first: first}
	xi, ei := 0, 0
	for i := range recs {
		r := &recs[i]
		f := &findings[i]
		*f = Finding{Rule: ruleTable[r.id].Rule, Severity: c.severity[r.id], Source: m.ruleCites[r.id]}
		if r.label >= 0 {
			l := found[r.label]
			f.Start, f.End = l.start, l.end
			if ruleSpecs[r.id].rowClarity != UnknownClarity {
				f.Source = cmp.Or(m.rowCites[l.row+1], f.Source)
			}
		}
		if r.transcript {
			f.Transcript = in.transcriptSpan(r)
		}
		if !first {
			t = t.ruleMessage(&f.Message, in, r)
		}
		var nx, ne int
		t, nx, ne = t.addFixes(in, &sh, r, fixes[xi:], edits[ei:])
		if nx > 0 {
			f.Fixes = fixes[xi : xi+nx : xi+nx]
		}
		xi, ei = xi+nx, ei+ne
	}
	all := string(t.buf)
	for _, at := range t.refs {
		*at.dst = all[at.from:at.to]
	}
	rep.Findings = findings
	if !first {
		rep.fillUTF16(caption)
	}
	return rep
}

// start returns the byte offset at which r's finding starts.
func (r *record) start(found []foundLabel) int {
	if r.label < 0 {
		return 0
	}
	return found[r.label].start
}

// transcriptSpan returns the TranscriptSpan of transcript record r.
func (in *ruleContext) transcriptSpan(r *record) *TranscriptSpan {
	span := &TranscriptSpan{Segment: -1, From: r.from, To: r.to}
	if l, ok := in.spokenOf(r); ok {
		span.Segment, span.Start, span.End = l.segment, l.start, l.end
	}
	return span
}

// utf16Span returns the span [start, end) of caption in UTF-16 code
// units given the UTF-16 position of start, which the caller has counted.
func utf16Span(caption string, start, end, start16 int) (int, int) {
	return start16, start16 + countChars(caption[start:end], unitUTF16)
}

// fillUTF16 sets the UTF-16 spans of r's findings, their fixes' edits and
// r's disclosures for caption, in one walk per list over the sorted
// starts. Spans outside the caption (which Check never makes) are left
// alone. It does not allocate.
func (r *Report) fillUTF16(caption string) {
	end := 0
	for i := range r.Findings {
		f := &r.Findings[i]
		end = max(end, f.End)
		for _, x := range f.Fixes {
			for _, e := range x.Edits {
				end = max(end, e.End)
			}
		}
	}
	for _, l := range r.Disclosures {
		end = max(end, l.End)
	}
	ascii := asciiPrefix(caption[:min(end, len(caption))])
	at, at16 := 0, 0
	for i := range r.Findings {
		f := &r.Findings[i]
		mark := utf16Mark{}
		switch {
		case f.End <= ascii && 0 <= f.Start && f.Start <= f.End:
			f.StartUTF16, f.EndUTF16 = f.Start, f.End
		case f.Start >= at && f.End >= f.Start && f.End <= len(caption):
			at16 += countChars(caption[at:f.Start], unitUTF16)
			at = f.Start
			f.StartUTF16, f.EndUTF16 = utf16Span(caption, f.Start, f.End, at16)
			mark = utf16Mark{at: at, at16: at16}
		}
		fillEditsUTF16(f.Fixes, caption, ascii, mark)
	}
	fillLabelsUTF16(r.Disclosures, caption)
}

// utf16Mark is a byte offset into a caption, at, and the same place in
// UTF-16 code units, at16.
type utf16Mark struct {
	at, at16 int
}

// fillEditsUTF16 sets the UTF-16 spans of fixes' edits for caption, whose
// first ascii bytes are ASCII: an edit that ends there has its byte span.
// The others are counted from the nearest known place before them: the
// end of the fix's previous edit (a fix's edits are sorted), the
// finding's start (mark: where a fix's edit that removes or replaces a
// label begins), or the end of the ASCII prefix.
func fillEditsUTF16(fixes []Fix, caption string, ascii int, mark utf16Mark) {
	if mark.at < ascii {
		mark = utf16Mark{at: ascii, at16: ascii}
	}
	for _, x := range fixes {
		c := mark
		for k := range x.Edits {
			e := &x.Edits[k]
			if e.Start < 0 || e.End < e.Start || e.End > len(caption) {
				continue
			}
			if e.End <= ascii {
				e.StartUTF16, e.EndUTF16 = e.Start, e.End
				continue
			}
			if e.Start < c.at {
				c = mark
				if e.Start < c.at {
					c = utf16Mark{at: min(e.Start, ascii), at16: min(e.Start, ascii)}
				}
			}
			c.at16 += countChars(caption[c.at:e.Start], unitUTF16)
			e.StartUTF16, e.EndUTF16 = utf16Span(caption, e.Start, e.End, c.at16)
			c = utf16Mark{at: e.End, at16: e.EndUTF16}
		}
	}
}

// fillLabelsUTF16 sets the UTF-16 spans of labels, sorted by Start, for
// caption, as [Report.fillUTF16] does for a report's disclosures.
func fillLabelsUTF16(labels []Label, caption string) {
	at, at16 := 0, 0
	for i := range labels {
		l := &labels[i]
		if l.Start < at || l.End < l.Start || l.End > len(caption) {
			continue
		}
		at16 += countChars(caption[at:l.Start], unitUTF16)
		at = l.Start
		l.StartUTF16, l.EndUTF16 = utf16Span(caption, l.Start, l.End, at16)
	}
}

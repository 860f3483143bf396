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
	// Category is the category the rules judged: [Post.Category] when the
	// post declares one, otherwise the one Check read from the caption's
	// product words, and UnknownCategory when it read none (no rule about
	// restricted products then applies).
	Category Category
	// CategorySpan is where in the caption Check read Category: the
	// product word that showed it. Nil when the post declared its
	// category or Check read none.
	CategorySpan *Span
}

// Span is a stretch of [Post.Caption]: byte offsets [Start, End), and the
// same stretch in UTF-16 code units as in [Finding] (StartUTF16 and
// EndUTF16 both 0 means not counted).
type Span struct {
	Start, End           int
	StartUTF16, EndUTF16 int
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
// serum". A blank caption becomes the label alone ("#ad"). Claims need a person and
// have no fix. [Autofix] applies the first fix of every finding
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

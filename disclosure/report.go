package disclosure

import "github.com/influencekit/influencekit"

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
	// the post's jurisdiction ("ftc-guides" for a US claim, "cap-code"
	// for a UK one); see [LookupSource] and [RuleInfo.Sources]. Empty for
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

package disclosure

import (
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
	// category, Check read none, or it read it from an overlay or the
	// transcript.
	CategorySpan *Span
	// CategoryOverlay is where on screen Check read Category when no
	// product word of the caption showed one: the index in
	// [Post.Overlays] of the first overlay whose text has a product word,
	// and that word's bytes in the overlay's Text. Nil otherwise.
	CategoryOverlay *TextSpan
	// CategoryTranscript is where in the transcript Check read Category
	// when neither the caption nor an overlay showed one: the index in
	// [Post.Transcript] of the first segment whose text has a product
	// word, and that word's bytes in the segment's Text. Nil otherwise.
	// At most one of CategorySpan, CategoryOverlay and CategoryTranscript
	// is set.
	CategoryTranscript *TextSpan
}

// TextSpan is a stretch of the text of one overlay or one transcript
// segment of a [Post]: which one, and byte offsets into its Text, as
// [TranscriptSpan] gives them for a finding.
type TextSpan struct {
	// Index indexes [Post.Overlays] or [Post.Transcript], as the field
	// holding the TextSpan says; 0 or more.
	Index int
	// Start and End are byte offsets into that overlay's or segment's
	// Text, [Start, End).
	Start, End int
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
	// undisclosed-editing), about the transcript or about an overlay's
	// label has Start == End == 0.
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
	// Overlay is set for a finding about a label shown on screen
	// (vague-disclosure, ambiguous-disclosure, mismatched-disclosure or
	// language-mismatch when the caption has no label that settles them):
	// Index is the first overlay in [Post.Overlays] that shows the label,
	// Start and End its bytes in that overlay's Text. Such a finding has
	// Start == End == 0 and no Fixes. Nil for a finding about the caption.
	Overlay *TextSpan
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
//
// Findings of one Report that offer the same fix (the inserted default
// label, the move of the best label) share its Edits: copy them before
// changing them.
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

package disclosure

import (
	"time"

	"github.com/influencekit/influencekit"
)

// ruleContext is everything the rules read about a post, derived before
// any rule runs. A rule reads its fields and appends a record per
// finding; it calls nothing, so a rule's file is the whole of what it
// does.
type ruleContext struct {
	// The post's fields the rules read.
	connection Connection
	format     influencekit.Format
	edited     bool
	transcript []Segment
	duration   time.Duration

	// alteration is the post's alteration as the rules judge it
	// (Post.EffectiveAlteration); edited says it is Retouched.
	alteration Alteration

	// found lists the terms the scan found: labels, editing labels, AI
	// labels and claims, in caption order.
	found []foundLabel
	// editing: an editing label ("#filtered") was found, in the caption
	// or on screen.
	editing bool
	// aiAsked: the post must carry an AI label: it is Generated or
	// DeepFake, or its creator is virtual where the table asks a virtual
	// creator to say so. ai: an AI label ("Images virtuelles",
	// "#AIgenerated") was found in the caption or on screen, or, for a
	// post that asks one, in the transcript.
	aiAsked, ai bool
	// screen is what the overlays show: their labels, read like the
	// caption's; the zero value for a post without overlays.
	screen onScreen
	// screenGaps lists the stretches of the video or story that show no
	// on-screen label where the table asks for one (label-not-throughout);
	// screenRule says which rule the table applies.
	screenGaps []stretch
	screenRule onScreenRule
	// category is the category the rules judge: the post's declared one,
	// or the one the first product word of its caption shows (categoryAt,
	// the word's index in found; -1 when the caption did not show it), of
	// its first overlay that shows one, or of its first transcript segment
	// that says one (categoryWord: which overlay or segment, the word's
	// bytes in its Text). categoryIn says which text showed it.
	category     Category
	categoryAt   int32
	categoryIn   categoryText
	categoryWord TextSpan
	// categoryHits lists the table's category lines (indexes into its
	// categories) that apply to the post's category and that the post
	// does not meet, at most len(categoryHits); nCategoryHits counts
	// them.
	categoryHits  [4]int16
	nCategoryHits uint8
	// categories are the table's category lines, which categoryHits
	// index.
	categories []categoryRule
	// platformLabel is what the table asks of the platform's own
	// paid-partnership label when a declared sponsored post on a platform
	// that has one leaves it off; platformLabelNotAsked otherwise.
	platformLabel platformLabelRule
	// best is the index in found of the label the placement rules judge:
	// the earliest clear label, or where there is none the earliest
	// ambiguous one; -1 for neither, and -1 for an ambiguous one when an
	// overlay shows a clear label. clear says found[best] is clear.
	best  int
	clear bool
	// ambiguous and vague say some label of that clarity was found.
	ambiguous, vague bool
	// placed: the placement rules judge the post: it has a best label and
	// declares no NoConnection.
	placed bool
	// fallback: the post's Jurisdiction has no table; the US one applies.
	fallback bool
	// spoken lists the transcript's clear labels by time, for the rules
	// that need them (needSpoken); empty without a transcript, for a
	// NoConnection post, or when every such rule is off.
	spoken []spokenLabel
	// denial is the index in found of the caption's first denial, where
	// it says the post is not sponsored (termDenial), or -1 for none.
	denial int32
	// spokenDenial is the transcript's first denial, when spokenDenied,
	// for the rules that need it (needSpokenDenial); a record's spoken
	// index spokenDenialRef names it.
	spokenDenial spokenLabel
	spokenDenied bool
	// fold is where the best label stands against the platform's fold,
	// for the rules that need it (needFold); the zero value when the post
	// is not placed or every such rule is off.
	fold foldFact
	// verbalWithin and liveGap are the transcript rules' thresholds: the
	// policy's, or the post's pack's, or the defaults.
	verbalWithin, liveGap time.Duration
	// buriedRun is the shortest hashtag run that buries a label;
	// maxTagsBefore, when positive, buries a hashtag label with that many
	// hashtags before it instead (the table's).
	buriedRun, maxTagsBefore int32
	// claimCited: the table names the rule that asks for evidence of a
	// claim (claimCitation), which unsubstantiated-claim's message cites.
	claimCited bool
	// aiLabelled: the table names the AI label undisclosed-ai-content's
	// fix appends (aiLabel).
	aiLabelled bool
	// off says which rules the policy turns off: a rule that yields to
	// another (ruleSpec.yieldsTo) reads whether it is on.
	off *[numRules]bool
	// rulesOn is the Checker's rules of each fact (Checker.rulesOn).
	rulesOn *[32]uint64
	// present lists the facts found, which decide the rules that can
	// fire (ruleSpec.when).
	present factSet

	// post and table are read by the report stage only.
	post  *Post
	table *matcher
}

// record is a finding as a rule records it: plain values, no text. The
// report stage makes its message from the rule's template msg, its span
// from the label, and its fixes from the plan.
type record struct {
	id  ruleID
	msg uint8 // index into the rule's ruleSpec.messages
	// fixes says which fixes the finding offers, in order.
	fixes fixPlan
	// transcript: the finding is about the transcript: no caption span, no
	// fix; spoken, from and to make its TranscriptSpan.
	transcript bool
	// label is the index in found of the label the finding is about, or
	// -1 for the whole caption.
	label int32
	// spoken is the index in spoken of the spoken label a transcript
	// finding is about, or -1 for none.
	spoken int32
	// from and to bound the stretch of the video a transcript finding, or
	// a finding about the on-screen label, is about.
	from, to time.Duration
	// line is the index of the table's category line a
	// prohibited-promotion or restricted-promotion finding applies.
	line int16
	// onScreen says which on-screen label (onScreen.firstVague...) the
	// finding is about: notOnScreen for a finding about the caption. Such
	// a finding has no caption span and no fix, and an Overlay span.
	onScreen uint8
	// escalate: the post's pack makes this finding an error, above its
	// rule's default severity (missing-platform-label where the platform's
	// label is required).
	escalate bool
}

// factSet is a set of facts about a post, each of which some rule needs
// to fire (ruleSpec.when).
type factSet uint32

// A rule is one bit of a uint64 (Checker.rulesOn): at most 64 rules.
const _ = uint64(64 - numRules)

const (
	factNoLabel       factSet = 1 << iota // no disclosure label
	factClear                             // a clear label
	factAmbiguous                         // an ambiguous label
	factVague                             // a vague label
	factPlaced                            // a best label the placement rules judge
	factTranscript                        // a transcript to judge (not NoConnection)
	factEdited                            // a retouched post and no editing label
	factClaim                             // a claim
	factAltered                           // a label, editing or AI label found after normalizing
	factFallback                          // no table for the Jurisdiction
	factDeclared                          // a Paid or Affiliate post with a label
	factAI                                // a post that must carry an AI label and carries none
	factScreenGap                         // a stretch of the video or a story frame without the on-screen label the table asks
	factPlatformLabel                     // a declared sponsored post without the platform's label the table asks
	factCategory                          // a category line of the table the post does not meet
	factIncentive                         // an offer of a reward for a review
	factDenial                            // a denial in the caption, the transcript or an overlay, and not NoConnection
)

// when returns fact if on, else none.
func when(on bool, fact factSet) factSet {
	if on {
		return fact
	}
	return 0
}

// spokenDenialRef is the spoken index of a record about the transcript's
// denial (ruleContext.spokenDenial) rather than one of its labels.
const spokenDenialRef int32 = -2

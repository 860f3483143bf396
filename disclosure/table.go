package disclosure

import (
	"time"

	"github.com/influencekit/influencekit"
)

// This file defines the shape of a jurisdiction's term table. The tables
// themselves are data, one pack file per jurisdiction (packs/us.pack,
// packs/de.pack...; shared rows in packs/en.rows and the other languages'
// rows files), read by ParsePack and compiled once for every Checker.
//
// A term's pattern is a space-separated list of pieces, matched against
// consecutive tokens after normalization (NFKC, case folding, invisible
// characters skipped). Whitespace between tokens is free; punctuation is a
// token of its own, so "ad:" is the word "ad" then ":".
//
//   - a literal piece is tokenized like a caption: "#ad", "paid", "100%"
//   - "a|b|c" is one of the alternatives; a trailing "?" makes a piece
//     optional ("to?", "a|an?")
//   - "{brand}" is the post's brand: its words ("Glow Co"), its handle
//     ("@glowco", "@glowco_us") or its squashed name ("GlowCo"). Without a
//     Brand it is any @mention, or one to three words when more pieces
//     follow ("Thanks to Glow Co for the free product").
//   - "{any}" is any one word
//   - "{name}" is one word written with a capital first letter in the
//     text ("Support Tess", "support TYT"): a name, not "the" or "this"
//
// A pattern must start with a literal piece. At each token the longest
// matching pattern wins, so "not sponsored" (a non-label) hides the
// "sponsored" inside it.

// termKind says what a matched term is.
type termKind uint8

const (
	termLabel    termKind = iota // a disclosure label, graded by Clarity
	termNotLabel                 // looks like a label but says the opposite: "not sponsored", "#nofilter"
	termEditing                  // says the pictured result was edited: "#filtered"
	termClaim                    // an unsubstantiated claim: "clinically proven"
	termAI                       // says the content was made by AI or the creator is virtual: "Image virtuelle", "#AIgenerated"
	// termProduct names a product of a restricted category ("vape",
	// "casino", "botox"): what a post promotes when it declares no
	// Category (termRow.category).
	termProduct
	// termIncentive offers a reward for a review or a rating, or one that
	// depends on what the review says ("5-star review for a free serum").
	termIncentive
	// termInducement offers a reward for investing, signing up or
	// bringing others in ("refer a friend", "sign-up bonus"): an
	// incentive to invest, which a pack's no-inducement category line
	// bars.
	termInducement
	// termCue is no label: a word about buying or links ("shop", "link")
	// after which, in the same sentence, rows positioned afterPurchase
	// count.
	termCue
	// termDenial is a termNotLabel that says the post has no connection:
	// "not sponsored", "keine Werbung", "I bought this myself".
	// denied-connection reads it.
	termDenial
	// termNegation, termAnswer and termOpener rows are no terms of the
	// scan: a pack's reader files their patterns in the table's
	// negations, answers and openers (termTable.add).
	termNegation
	termAnswer
	termOpener
)

// termRow is one row of a term table.
type termRow struct {
	pattern    string
	kind       termKind
	clarity    Clarity    // for termLabel
	connection Connection // for termLabel
	// source is the SOURCES.md key the row rests on; empty means the
	// table's source (a claim row: its claimSource).
	source string
	// fix is the clear label that should replace a vague or ambiguous one
	// ("#sponsored" for "#spon"); empty means: keep it and insert the
	// table's default label at the start.
	fix string
	// lang is the label's language as an ISO 639-1 code ("en", "fr"), or
	// "" for a label every reader of the jurisdiction understands ("#ad"
	// in the Netherlands). A clear label in another language than the
	// table's gets language-mismatch.
	lang string
	// position says where in the text the term counts; the zero value is
	// anywhere.
	position termPosition
	// custom marks a row a team added through Options.Terms: it rests on
	// no source of the package's.
	custom bool
	// giftClear makes an Ambiguous gift label Clear on a post that
	// declares Connection Gift: "#gifted" is the label the guidance names
	// for a gift (asa-influencers-guide; ftc-faqs), risky only when the
	// connection is unknown, and mismatched on a Paid post.
	giftClear bool
	// brandNamed makes the label count only when its brand slot is the
	// post's declared Brand or an @mention: without a Brand, "thanks to
	// my patrons for sponsoring this video" names no advertiser.
	brandNamed bool
	// category is a product row's category.
	category Category
	// trailing marks a row written as trailingLabelRows writes it: a label
	// word after a comma that ends the text ("Meine neue Creme, Werbung").
	// Check reports the label on the word alone, without the comma.
	trailing bool
}

// trailingLabelRows makes words (a pattern piece: "werbung|anzeige") a
// label after a comma when nothing but punctuation, hashtags or emoji
// follows ("Meine neue Creme, Werbung"): the label is there, only late
// (de-leitfaden: it belongs at the start), so not-upfront, not
// missing-disclosure, applies, and the fix moves it. A word after it
// ("Meine Creme, Werbung mag ich nicht") or another item of a list ("tags:
// funny, advertisement, cats") makes it an ordinary word again.
func trailingLabelRows(words string, clarity Clarity, connection Connection, lang, source string) []termRow {
	return []termRow{
		{pattern: ", " + words, kind: termLabel, clarity: clarity, connection: connection, lang: lang, source: source, trailing: true},
		{pattern: ", " + words + " {any}", kind: termNotLabel, position: sameLine},
		{pattern: ", " + words + " ,|;", kind: termNotLabel}, // an item of a list: "tags: funny, advertisement, cats"
	}
}

// termPosition says where a term counts as what its row says.
type termPosition uint8

const (
	// anywhere: a hashtag, a phrase or a word that is a label wherever it
	// stands ("#ad", "sponsored by <brand>", "[Ad]").
	anywhere termPosition = iota
	// lineStart: a word that is also an ordinary word ("Advertisement",
	// "Sponsored", "Werbung", "publicité") counts only where the
	// regulators put it, at the start of the caption or of a line, with
	// nothing but punctuation or emoji before it on that line: "Sponsored
	// - road trip snacks", "✨ Advertisement ✨". In a sentence ("I saw an
	// advertisement for this serum", "internationally sponsored
	// projects") it is no label (ftc-101: the label goes at the
	// beginning; asa-influencers-guide: "upfront"). The
	// same word followed by ":", "-" or "|", in brackets, or as a hashtag
	// is a label anywhere, by rows of its own. A word that is a sentence
	// of its own ("New drop. Sponsored.") counts too. First on its line,
	// it counts only when set off from what follows (a line break,
	// punctuation, a capital, an opener row's word, its own capitals): a
	// label word that opens an ordinary sentence ("Ad blockers are the
	// best", "Werbung nervt mich total") is its subject, not a label
	// (lex.Opener).
	lineStart
	// afterPurchase: a statement that only discloses when it is tied to
	// buying or to links ("Shop on Amazon to support my channel", "buy
	// from the links above as it helps out the channel"): the term counts
	// after a termCue word, or an affiliate label, earlier in the same
	// sentence. Alone, "help out the channel" is about likes and
	// subscriptions and no disclosure (mathur-2018: the
	// "channel support" disclosures ask for purchases through links).
	afterPurchase
	// creatorVoice: a statement about earning without its subject ("get a
	// small commission", "make a few bucks"), which only discloses when
	// the creator says it: not in a sentence addressed to the follower,
	// one that opens with an imperative earning verb or "you" ("Earn a
	// percentage back on every purchase", "Get a cut of every sale you
	// refer", "You make a few bucks on the side"). Such copy invites the
	// follower to earn and says nothing of the creator's own connection
	// (ftc-faqs: the disclosure is of the endorser's relationship).
	creatorVoice
	// sameLine: a term that counts only when no line break lies inside
	// it. trailingLabelRows' "a word goes on after the label" row is one:
	// "Meine Creme, Werbung mag ich nicht" is an ordinary word, but
	// "Meine neue Creme, Werbung" ending its line is a label, only late.
	sameLine
)

// brandTagRow makes "#<brand><suffix>" a label when the post has a Brand:
// suffix "partner" makes "#glowcopartner".
type brandTagRow struct {
	suffix     string
	clarity    Clarity
	connection Connection
}

// termTable is everything a jurisdiction's caption rules read.
type termTable struct {
	jurisdiction Jurisdiction
	authority    string // named in messages: "US FTC"
	// source is the SOURCES.md key of the jurisdiction's main guidance,
	// which its rows and rules rest on unless they name another.
	source string
	// claimCitation names, in unsubstantiated-claim's message, the rule
	// that asks for evidence ("16 CFR 255.1, 255.2"); empty: the message
	// names the authority. claimSource is its SOURCES.md key (empty: the
	// table's source).
	claimCitation, claimSource string
	defaultLabel               string // inserted at the start by the missing-disclosure fix: "#ad"
	editingLabel               string // added by the undisclosed-editing fix: "#filtered"
	terms                      []termRow
	brandTags                  []brandTagRow
	// negations are the patterns of words that, written just before a
	// label, take it back ("not", "keine", "ce n'est pas une"); answers
	// those of words that deny a label asked as a question ("Sponsored?
	// Nope!"). readDenials reads both.
	negations, answers []string
	// openers are the words that open a phrase of their own ("my", "la",
	// "meine"): a line-start label word followed by one stands apart as
	// a label (lex.Opener).
	openers []string
	// clauses is the lexicon statements are read with as clauses
	// (clause_lexicon.go): subjects, recipients, agents, verbs per connection,
	// objects, adjuncts, and the words that make a clause no statement.
	clauses []clauseRow
	// aiLabel is added by the undisclosed-ai-content fix ("Images
	// virtuelles"); empty: the finding has no fix. aiSource is the
	// SOURCES.md key of the rule asking for it (empty: the table's
	// source).
	aiLabel, aiSource string
	// virtualCreator: the jurisdiction asks a computer-generated creator
	// to say so in the post (undisclosed-ai-content).
	virtualCreator bool
	// onScreenLabel is what the jurisdiction asks of a video's or story's
	// on-screen label (label-not-throughout).
	onScreenLabel onScreenRule
	// platformLabel is what the jurisdiction asks of the platform's own
	// paid-partnership label (missing-platform-label).
	platformLabel platformLabelRule
	// categories are the pack's category lines: what the jurisdiction
	// bars or conditions for each restricted category, in pack order.
	categories []categoryRule
	// language is the ISO 639-1 code of the language labels must be in
	// ("fr"), or "" when any label the table calls clear will do.
	language string
	// buriedRun is the shortest hashtag run that buries a label that is
	// not upfront; 0 means defaultBuriedRun.
	buriedRun int
	// maxTagsBefore, when positive, buries a hashtag label that has this
	// many hashtags or more before it (Italy: within the first 3); it
	// replaces the run rule of buriedRun.
	maxTagsBefore int
	// verbalWithin and liveGap are the transcript rules' thresholds in
	// the jurisdiction; 0 means DefaultVerbalWithin and DefaultLiveGap.
	// [Options] overrides them for every jurisdiction.
	verbalWithin, liveGap time.Duration
	// mismatchSourceKeys are the SOURCES.md keys mismatched-disclosure's
	// message cites; empty means the table's source.
	mismatchSourceKeys []string
	// giftWithoutControl is the gift policy [Pack.GiftWithoutControl]
	// reports.
	giftWithoutControl bool
	// folds are the platforms' visible prefixes in the jurisdiction,
	// where they differ from the platforms' own (foldTable); [Options].Fold
	// overrides them.
	folds []packFold
	// readAgainst are the SOURCES.md keys of the documents the pack's
	// rows were checked against (its read-against line): its regulators'
	// current guidance, codes and rulings. TestPacksReadAgainst holds
	// every built-in pack to citing each of them in a row.
	readAgainst []string
	// thresholdSources are the SOURCES.md keys of the pack's thresholds,
	// by directive ("buried-run"), where it names one; the others rest on
	// the pack's source.
	thresholdSources map[string]string
}

// add files rows read from a pack or an included section: negation,
// answer and opener rows in their own lists, every other row in terms,
// in order.
func (t *termTable) add(rows ...termRow) {
	for _, row := range rows {
		switch row.kind {
		case termNegation:
			t.negations = append(t.negations, row.pattern)
		case termAnswer:
			t.answers = append(t.answers, row.pattern)
		case termOpener:
			t.openers = append(t.openers, row.pattern)
		default:
			t.terms = append(t.terms, row)
		}
	}
}

// packFold is a pack's fold for one platform.
type packFold struct {
	platform influencekit.Platform
	chars    int
	source   string
}

// builtinTables returns the built-in packs' tables in Jurisdiction
// order, or none if they do not read (TestTablesCompile).
func builtinTables() []*termTable {
	b, err := builtins()
	if err != nil {
		return nil
	}
	ts := make([]*termTable, len(b.packs))
	for i, p := range b.packs {
		ts[i] = &p.table
	}
	return ts
}

// rowSource returns the SOURCES.md key row i of t rests on (-1: a brand
// tag, which rests on the table's source).
func (t *termTable) rowSource(i int32) string {
	if cr, ok := t.clauseRowOf(i); ok && cr.source != "" {
		return cr.source
	}
	if i < 0 || int(i) >= len(t.terms) {
		return t.source
	}
	switch row := &t.terms[i]; {
	case row.source != "":
		return row.source
	case row.custom:
		return ""
	case row.kind == termClaim:
		return t.claimSourceKey()
	}
	return t.source
}

// onScreenRule is a pack's "on-screen-label" directive.
type onScreenRule uint8

const (
	onScreenNotAsked onScreenRule = iota // no rule on the label's duration
	onScreenWhole                        // the label shows for the whole video or story ("whole")
	onScreenFrames                       // every frame of a story shows one ("frames")
)

// platformLabelRule is a pack's "platform-label" directive.
type platformLabelRule uint8

const (
	platformLabelNotAsked    platformLabelRule = iota // the guidance does not ask for it
	platformLabelRecommended                          // the guidance asks for it: a warning
	platformLabelRequired                             // the guidance makes it required: an error
)

// categoryRule is one "category" line of a pack: a category, what the
// jurisdiction asks of a post promoting it, and the source.
type categoryRule struct {
	category Category
	cond     categoryCond
	// text is the warning the law words (condWarning), the exemption the
	// post's data cannot decide (condBanned, condBannedPaid; empty for
	// none), who must approve the post (condApproval), whom to notify
	// and when (condNotify), or the requirement to show a registration
	// number (condRegistrationNumber).
	text string
	// numberPrefixes and numberDigits are condRegistrationNumber's form
	// of a registration number: one of the prefixes ("INA|INH", letters,
	// '|' between them) and that many ASCII digits.
	numberPrefixes string
	numberDigits   int
	// followers is condNotify's threshold: the least number of followers
	// of the posting account that makes the post's campaign one to
	// notify (at least 1).
	followers int64
	// approvalExempts: a post that records an approval reference
	// (Post.Approval) meets the ban's exemption ("approval-exempts":
	// France's PSAN registration of the crypto-asset provider).
	approvalExempts bool
	// authority is who states the line's rule, as messages name it ("UK
	// FCA", "European Union (MiCA)"); empty for the pack's authority.
	authority string
	source    string
}

// categoryCond is what a category line asks.
type categoryCond uint8

const (
	condBanned             categoryCond = iota + 1 // no post may promote it ("banned")
	condBannedPaid                                 // no sponsored post may promote it ("banned-paid")
	condAdultsOnly                                 // only a post shown to adults ("adults-only": Post.AgeGated)
	condWarning                                    // only with the warning the law words ("warning")
	condApproval                                   // only with an approval reference (Post.Approval; "approval")
	condNotify                                     // from an account this many followers strong, notified ahead ("notify-from"): an info
	condNoInducement                               // only without an offer of a reward for investing ("no-inducement")
	condRegistrationNumber                         // only with a registration number shown in the post ("registration-number")
)

// directiveSourceKey returns the key a pack's directive rests on: the
// source it names, or the table's.
func (t *termTable) directiveSourceKey(directive string) string {
	if k := t.thresholdSources[directive]; k != "" {
		return k
	}
	return t.source
}

// aiSourceKey returns the key undisclosed-ai-content rests on.
func (t *termTable) aiSourceKey() string {
	if t.aiSource != "" {
		return t.aiSource
	}
	return t.source
}

// claimSourceKey returns the key unsubstantiated-claim rests on.
func (t *termTable) claimSourceKey() string {
	if t.claimSource != "" {
		return t.claimSource
	}
	return t.source
}

// defaultBuriedRun is the shortest hashtag run that buries a label where
// a table sets none: "a run of 3 or more hashtags".
const defaultBuriedRun = 3

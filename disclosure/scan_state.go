package disclosure

import "github.com/influencekit/influencekit/disclosure/internal/lex"

// What the scan carries from token to token: the facts it knows of the
// text so far and the hashtag runs.

// scanFacts are what the scan knows of the text before the current token,
// as bits of one word: the scan keeps a dozen such facts from token to
// token, and Go saves each separate variable to memory around every call
// in the loop, where one word costs one store and one load.
type scanFacts uint16

const (
	// otherText: a word, hashtag, mention or URL that is not a label came
	// before: a label now is not upfront.
	otherText scanFacts = 1 << iota
	// opening: still in the opening sentence, the tokens up to the first
	// ".", "!", "?" or line break after some text.
	opening
	// openingLabel: the opening sentence has had its first label.
	openingLabel
	// leadOK: only words and mentions came before the opening
	// sentence's first label.
	leadOK
	// leadCue: a word about buying or links (termCue) came before it.
	leadCue
	// disclosureSentence: the opening sentence is a disclosure sentence
	// (see scanText): every label in it is upfront.
	disclosureSentence
	// atLine: no word, hashtag, mention or URL yet on the current line.
	atLine
	// afterStop: the previous token is ".", "!" or "?".
	afterStop
	// cue: a word about buying or links earlier in the sentence.
	cue
	// sentenceStart: no word, hashtag, mention or URL yet in the sentence
	// (or clause after ":").
	sentenceStart
	// addressed: the sentence's first word speaks to the follower (see
	// creatorVoice): "you", or an imperative earning verb.
	addressed
)

func (f scanFacts) has(x scanFacts) bool { return f&x != 0 }

// with returns f with x set to on.
func (f scanFacts) with(x scanFacts, on bool) scanFacts {
	if on {
		return f | x
	}
	return f &^ x
}

// afterToken updates f past a token: stop says it is ".", "!" or "?",
// colon that it is ":", text that it is a word, hashtag, mention or URL.
func (f scanFacts) afterToken(stop, colon, text bool) scanFacts {
	f = f.with(afterStop, stop)
	if stop {
		f &^= cue
		if f.has(otherText) {
			f &^= opening
		}
	}
	switch {
	case stop || colon:
		f = f&^addressed | sentenceStart
	case text:
		f &^= sentenceStart | atLine
	}
	return f
}

// unmatched updates f and lead past a token that is no term: other text,
// and in the opening sentence before its first label one more word (a
// word or mention) or the end of leadOK (punctuation, a hashtag or a URL
// after words).
func (f scanFacts) unmatched(kind lex.Kind, text bool, lead int) (scanFacts, int) {
	if text {
		f |= otherText
	}
	if f.has(opening) && !f.has(openingLabel) {
		switch {
		case kind == lex.Word || kind == lex.Mention:
			lead++
		case f.has(otherText):
			f &^= leadOK
		}
	}
	return f, lead
}

// maxLeadWords is how many words may come before the first label of a
// disclosure sentence that opens the caption: its subject ("Links below
// are", "Company X", "This post contains some").
const maxLeadWords = 6

// maxLeadWordsAboutLinks is the same bound when those words speak of
// buying or links (a termCue word): "If you buy something through the
// links in this description, I may earn a commission" is a disclosure
// sentence from its first word.
const maxLeadWordsAboutLinks = 12

// hashtagRuns numbers the runs of hashtags in a caption (hashtags with
// only punctuation, emoji or mentions between them; a word or URL ends a
// run) and counts the hashtags seen so far.
type hashtagRuns struct {
	run    int32 // the current run's number
	runLen int32 // hashtags in it so far
	tags   int32 // hashtags in the caption so far
	// open: a hashtag or label belongs to the current run, so closing it
	// has something to write and moves to a new number.
	open bool
}

// tag counts a hashtag of the current run.
func (r *hashtagRuns) tag() {
	r.runLen++
	r.tags++
	r.open = true
}

// close ends the current run: the labels found in it learn its length.
func (r *hashtagRuns) close(found []foundLabel) {
	if !r.open && (len(found) == 0 || found[len(found)-1].run != r.run) {
		return
	}
	for i := len(found) - 1; i >= 0 && found[i].run == r.run; i-- {
		found[i].runLen = r.runLen
	}
	r.run++
	r.runLen = 0
	r.open = false
}

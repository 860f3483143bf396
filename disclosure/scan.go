package disclosure

import "unicode/utf8"

// This file is the first two stages of a check: one pass over the
// caption's tokens (tokenizer.go, normalized by normalize.go) that matches
// the jurisdiction's terms (matcher.go) and records each label found with
// the facts the rules read: its clarity and connection, whether it is
// upfront, the hashtag run it sits in. Nothing here knows a rule.

// foundLabel is a term found in the caption, before it becomes a Label.
// It is kept small: a long caption holds many.
type foundLabel struct {
	start, end int
	run        int32 // index of its hashtag run
	runLen     int32 // hashtags in that run
	tagsBefore int32 // hashtags anywhere before it in the caption
	row        int32 // into the table's terms; -1 for a brand tag
	kind       termKind
	clarity    Clarity
	connection Connection
	altered    bool
	upfront    bool // no letter or digit of other text before it, or in the disclosure sentence opening the caption
	single     bool // one token: moving it leaves the sentence around it whole
	hashtag    bool // a single hashtag token
}

// scan is one pass over a caption.
type scan struct {
	found   []foundLabel
	editing bool
}

// scanCaption walks the caption once, recording labels, editing labels and
// claims, the hashtag runs labels sit in, and whether other text precedes
// each label.
func (c *Checker) scanCaption(m *matcher, caption string, brand *brandInfo, found []foundLabel) scan {
	sc := scan{found: found}
	cur := tokenizer{s: caption}
	var nb normBuf
	otherText := false
	// The opening sentence: the tokens up to the first ".", "!", "?" or
	// line break after some text. lead counts its words before its first
	// label; leadOK is false once anything but a word or a mention came
	// before that label. A statement label there, after a few words that
	// run straight into it, makes the sentence a disclosure sentence:
	// every label in it is upfront.
	opening, leadOK, openingLabel, disclosureSentence := true, true, false, false
	lead, leadCue := 0, false
	// atLine: no word, hashtag, mention or URL yet on the current line.
	atLine := true
	afterStop := false // the previous token is ".", "!" or "?"
	cue := false       // a word about buying or links earlier in the sentence
	// sentenceStart: no word, hashtag, mention or URL yet in the sentence
	// (or clause after ":"); addressed: its first word speaks to the
	// follower (see creatorVoice).
	sentenceStart, addressed := true, false
	prevEnd := 0
	var runs hashtagRuns
	for {
		tok, ok := cur.next(&nb)
		if !ok {
			break
		}
		key := nb.bytes()
		if newlineIn(caption, prevEnd, tok.start) {
			atLine = true
			cue = false
			sentenceStart, addressed = true, false
			if otherText {
				opening = false
			}
		}
		text := tok.kind != tokPunct && tok.kind != tokSymbol // a word, hashtag, mention or URL
		if sentenceStart && tok.kind == tokWord {
			addressed = addressesFollower(key)
		}
		// Most tokens start no term: they are read by the bookkeeping
		// below without a match being made.
		n := noNode
		if tok.kind != tokURL && tok.kind != tokSymbol && !tok.tooLong() && !m.first.miss(key) {
			n = m.first.lookup(key)
		}
		if n == noNode && !tok.hyphenated() && (tok.kind != tokHashtag || !brand.set) {
			prevEnd = tok.end
			afterStop = tok.kind == tokPunct && len(key) == 1 && (key[0] == '.' || key[0] == '!' || key[0] == '?')
			if afterStop {
				cue = false
				if otherText {
					opening = false
				}
			}
			switch {
			case afterStop || tok.kind == tokPunct && len(key) == 1 && key[0] == ':':
				sentenceStart, addressed = true, false
			case text:
				sentenceStart, atLine = false, false
			}
			switch tok.kind {
			case tokHashtag:
				runs.tag()
			case tokWord, tokURL:
				runs.close(sc.found)
			}
			if text {
				otherText = true
			}
			if opening && !openingLabel {
				switch {
				case tok.kind == tokWord || tok.kind == tokMention:
					lead++
				case otherText:
					leadOK = false // punctuation, a hashtag or a URL after words
				}
			}
			continue
		}
		var mt match
		matched := false
		if n != noNode {
			mt, matched = m.matchFrom(n, tok, cur, brand, matchContext{lineStart: atLine, afterStop: afterStop, cue: cue, addressed: addressed})
		}
		if !matched && tok.hyphenated() {
			if part, at, ok := gluedPart(caption, tok, key); ok {
				inner := tok
				inner.start = at
				mt, matched = m.matchAt(inner, part, cur, brand, matchContext{cue: cue, addressed: addressed})
			}
		}
		prevEnd = tok.end
		afterStop = tok.kind == tokPunct && len(key) == 1 && (key[0] == '.' || key[0] == '!' || key[0] == '?')
		if afterStop {
			cue = false
			if otherText {
				opening = false
			}
		}
		switch {
		case afterStop || tok.kind == tokPunct && len(key) == 1 && key[0] == ':':
			sentenceStart, addressed = true, false
		case text:
			sentenceStart = false
		}
		if text {
			atLine = false
		}
		var f foundLabel
		switch {
		case matched:
			row := &m.table.terms[mt.row]
			f = foundLabel{start: mt.start, end: mt.end, kind: row.kind, clarity: row.clarity,
				connection: row.connection, row: int32(mt.row), altered: mt.altered, single: mt.single, hashtag: mt.single && tok.kind == tokHashtag}
			cur = mt.after
			prevEnd = mt.end
			atLine = false
			afterStop = false
			if f.kind == termCue || f.kind == termLabel && f.connection == Affiliate {
				cue = true
			}
		case tok.kind == tokHashtag:
			bt, ok := m.brandTag(key, brand)
			if !ok {
				break
			}
			matched = true
			f = foundLabel{start: tok.start, end: tok.end, row: -1, kind: termLabel, clarity: bt.clarity,
				connection: bt.connection, altered: tok.altered(), single: true, hashtag: true}
		}
		tagsBefore := runs.tags
		switch {
		case tok.kind == tokHashtag && (!matched || f.hashtag):
			runs.tag()
		case tok.kind == tokWord || tok.kind == tokURL:
			runs.close(sc.found)
		}
		if !matched {
			if text {
				otherText = true
			}
			if opening && !openingLabel {
				switch {
				case tok.kind == tokWord || tok.kind == tokMention:
					lead++
				case otherText:
					leadOK = false // punctuation, a hashtag or a URL after words
				}
			}
			continue
		}
		switch f.kind {
		case termCue:
			otherText = true
			if opening && !openingLabel {
				lead++
				leadCue = true
			}
			continue
		case termNotLabel, termClaim:
			otherText = true
			leadOK = leadOK && openingLabel
			if f.kind == termNotLabel {
				continue
			}
		case termEditing:
			sc.editing = true
		}
		f.upfront = !otherText
		if f.kind == termLabel && opening {
			if !openingLabel {
				openingLabel = true
				disclosureSentence = f.upfront || leadOK && (lead <= maxLeadWords || leadCue && lead <= maxLeadWordsAboutLinks) && isStatement(caption, f)
			}
			f.upfront = f.upfront || disclosureSentence
		}
		f.run = runs.run
		f.tagsBefore = tagsBefore
		sc.found = append(sc.found, f)
	}
	runs.close(sc.found)
	return sc
}

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

// addressesFollower reports a sentence's first word that makes it speak
// to the follower: "you", or an imperative earning verb ("Earn a
// percentage back", "Get a cut", "Make a few bucks").
func addressesFollower(first []byte) bool {
	switch string(first) {
	case "you", "you'll", "you're", "you've", "earn", "get", "make", "receive", "collect", "score", "start", "join", "grab":
		return true
	}
	return false
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

// isStatement reports a label of several tokens that starts and ends with
// a word ("affiliate links", "gave me free product", "sponsored by Glow
// Co"): a statement, whose sentence may open with its subject. Hashtags,
// bracketed labels and labels ending in a separator ("#ad", "(ad)",
// "Ad:") are tags, placed where they stand.
func isStatement(caption string, f foundLabel) bool {
	if f.single || f.start >= f.end {
		return false
	}
	var scratch [runeScratch]byte
	if readRune(caption, f.start, &scratch).class != classWord {
		return false
	}
	_, size := utf8.DecodeLastRuneInString(caption[f.start:f.end])
	return readRune(caption, f.end-size, &scratch).class == classWord
}

// newlineIn reports a line break in s[from:to], the gap between two
// tokens.
func newlineIn(s string, from, to int) bool {
	for i := from; i < to && i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			return true
		}
	}
	return false
}

package disclosure

import (
	"strings"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// The first two stages of a check: one pass over the caption's tokens
// (internal/lex) that matches the jurisdiction's terms and records each
// label found with the facts the rules read: its clarity and connection,
// whether it is upfront, the hashtag run it sits in. Nothing here knows a
// rule.

// scanPost is the first stage for a caption: [Checker.scanCaption], then
// the conditions term rows put on their labels that the scan alone cannot
// decide: a label that must name its brand (termRow.brandNamed) goes when
// the post names none and the text has no @mention, and a trailing label
// (termRow.trailing) is cut to its word. Check and the ad reading read
// labels through it, so both see the same labels.
func (c *Checker) scanPost(m *matcher, caption string, brand *brandInfo, found []foundLabel, win *lex.Window) scan {
	sc := c.readText(m, caption, brand, found, win)
	named := brand.Set()
	kept := sc.found[:0]
	for _, f := range sc.found {
		if f.kind == termLabel && f.needsBrand && !named && !strings.Contains(caption[f.start:f.end], "@") {
			continue // names no brand: the post has none and the text no mention
		}
		if f.kind == termLabel && f.trailing {
			// The comma and spaces before a trailing label (", Werbung")
			// are the text's: the word alone moves, as one token.
			s := f.start
			for s < f.end && (caption[s] == ',' || isSpaceByte(caption[s])) {
				s++
			}
			if s < f.end {
				f.start, f.single, f.hashtag = s, true, false
			}
		}
		kept = append(kept, f)
	}
	sc.found = kept
	return sc
}

// readText is the first stage for any text of a post: the scan
// ([Checker.scanText]), the statements its terms cover settled
// (dropCoveredClauses), then the denial reading (readDenials).
func (c *Checker) readText(m *matcher, text string, brand *brandInfo, found []foundLabel, win *lex.Window) scan {
	sc := c.scanText(m, text, brand, found, win)
	sc.found = dropCoveredClauses(sc.found, int32(len(m.table.terms)))
	m.readDenials(text, sc.found, brand, win)
	return sc
}

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
	// What the label's row says (termRow), for the facts and the rules:
	// fixable, the row names a clear label to replace it with (fix);
	// foreign, its language is not the one the table asks for; giftClear,
	// needsBrand (brandNamed) and trailing as the row's fields.
	fixable, foreign, giftClear, needsBrand, trailing bool
	// denied: the label's own sentence takes it back (matcher.denied),
	// so no fix moves or replaces it. Set by Checker.facts for the labels
	// a fix may move or replace.
	denied bool
}

// scan is one pass over a caption.
type scan struct {
	found   []foundLabel
	editing bool
	ai      bool // an AI label was found (termAI)
}

// scanText walks the caption once, recording labels, editing labels and
// claims, the hashtag runs labels sit in, and whether other text precedes
// each label.
//
// The opening sentence decides which labels are upfront: lead counts its
// words before its first label. A statement label there, after a few
// words that run straight into it (leadOK), makes the sentence a
// disclosure sentence: every label in it is upfront.
// win is the window through which the matcher reads the tokens after a
// candidate.
func (c *Checker) scanText(m *matcher, caption string, brand *brandInfo, found []foundLabel, win *lex.Window) scan {
	sc := scan{found: found}
	cur := lex.NewTokenizer(caption)
	var nb lex.Key
	st := opening | leadOK | atLine | sentenceStart
	lead := 0
	var runs hashtagRuns
	brandSet := brand.Set()
	var f foundLabel
	for {
		tok, ok := cur.Next(&nb)
		if !ok {
			break
		}
		key := nb.Bytes()
		// First the lexer's part: whether a term starts here, and if so
		// the match. Most tokens start no term: they are read by the
		// bookkeeping below without a match being made.
		n := lex.NoNode
		maybe := !m.starts.Miss(key) // a term or a clause verb may start here
		if maybe && tok.Kind != lex.URL && tok.Kind != lex.Symbol && !tok.TooLong() && !m.lex.Miss(key) {
			n = m.lex.First(key)
		}
		afterBreak, hyphenated := tok.AfterBreak(), tok.Hyphenated()
		if afterBreak {
			st = st&^(cue|addressed) | atLine | sentenceStart
			if st&otherText != 0 {
				st &^= opening
			}
		}
		if st&sentenceStart != 0 && tok.Kind == lex.Word {
			// The sentence's first word makes it speak to the follower:
			// "you", or an imperative earning verb ("Earn a percentage
			// back", "Get a cut", "Make a few bucks").
			switch string(key) {
			case "you", "you'll", "you're", "you've", "earn", "get", "make", "receive", "collect", "score", "start", "join", "grab":
				st |= addressed
			default:
				st &^= addressed
			}
		}
		// A term found here: f, matched by a table row (byRow) or a brand
		// tag. Only a token that may start one is read further (a word
		// of a term or of a clause verb, a hyphenated word, a tag where
		// the post has a brand): the others cost nothing more here.
		matched, byRow, phrase := false, false, false
		if maybe || hyphenated || tok.Kind == lex.Hashtag && brandSet {
			matched, byRow, phrase = m.readCandidate(&f, &cur, tok, key, n, maybe, hyphenated, st, caption, brand, sc.found, win)
		}
		// Then the scan's part: what the token and the term, if any, say
		// about the text around them.
		text, stop, colon := true, false, false // text: a word, hashtag, mention or URL
		switch tok.Kind {
		case lex.Symbol:
			text = false
		case lex.Punct:
			text = false
			if len(key) == 1 {
				stop, colon = key[0] == '.' || key[0] == '!' || key[0] == '?', key[0] == ':'
			}
		}
		st = st.afterToken(stop, colon, text)
		if !matched {
			switch tok.Kind {
			case lex.Hashtag:
				runs.tag()
			case lex.Word, lex.URL:
				runs.close(sc.found)
			}
			st, lead = st.unmatched(tok.Kind, text, lead)
			continue
		}
		if byRow {
			st &^= atLine | afterStop
			if f.kind == termCue || f.kind == termLabel && f.connection == Affiliate {
				st |= cue
			}
		}
		tagsBefore := runs.tags
		switch {
		case f.hashtag:
			runs.tag()
		case tok.Kind == lex.Word || tok.Kind == lex.URL:
			runs.close(sc.found)
		}
		switch f.kind {
		case termCue:
			st |= otherText
			if st&opening != 0 && st&openingLabel == 0 {
				lead++
				st |= leadCue
			}
			continue
		case termNotLabel, termDenial, termClaim, termProduct, termIncentive, termInducement:
			st |= otherText
			if st&openingLabel == 0 {
				st &^= leadOK
			}
			if f.kind == termNotLabel {
				continue
			}
		case termEditing:
			sc.editing = true
		case termAI:
			sc.ai = true
		}
		f.upfront = st&otherText == 0
		if f.kind == termLabel && st&opening != 0 {
			if st&openingLabel == 0 {
				st |= openingLabel
				// A statement is a label of several tokens that starts and
				// ends with a word ("affiliate links", "gave me free
				// product", "sponsored by Glow Co"), whose sentence may
				// open with its subject. Hashtags, bracketed labels and
				// labels ending in a separator ("#ad", "(ad)", "Ad:") are
				// tags, placed where they stand.
				statement := !f.single && phrase
				if f.upfront || st&leadOK != 0 && (lead <= maxLeadWords || st&leadCue != 0 && lead <= maxLeadWordsAboutLinks) && statement {
					st |= disclosureSentence
				} else {
					st &^= disclosureSentence
				}
			}
			f.upfront = f.upfront || st&disclosureSentence != 0
		}
		f.run = runs.run
		f.tagsBefore = tagsBefore
		sc.found = append(sc.found, f)
	}
	runs.close(sc.found)
	return sc
}

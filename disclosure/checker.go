package disclosure

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/influencekit/influencekit"
)

// ErrInvalidOption is wrapped by NewChecker's errors for an option value out
// of range: a negative fold or an unknown severity.
var ErrInvalidOption = errors.New("disclosure: invalid option")

// Options changes a Checker's policy. The zero value is the default policy
// that Check applies.
type Options struct {
	// Severity overrides rules' default severities, for a team whose policy
	// differs: {RuleNotUpfront: influencekit.SeverityInfo} only demands the
	// label above the fold.
	Severity map[Rule]influencekit.Severity
	// Off lists rules not to report at all.
	Off []Rule
	// Fold overrides a platform's visible prefix, in characters as the
	// platform counts them (see below-fold); 0 turns below-fold off for the
	// platform, and a platform with no default fold gets one counted in
	// code points.
	Fold map[influencekit.Platform]int
	// VerbalWithin is how early the first spoken label must start for
	// missing-verbal-disclosure, inclusive: a label at exactly this time
	// passes. 0 means DefaultVerbalWithin (30 seconds).
	VerbalWithin time.Duration
	// LiveGap is the longest stretch of a live stream allowed without a
	// spoken label for live-disclosure-gap, inclusive: a gap of exactly
	// this length passes. 0 means DefaultLiveGap (15 minutes).
	LiveGap time.Duration
}

// Checker checks posts under one policy. It is built once by NewChecker,
// immutable, and safe for concurrent use.
type Checker struct {
	severity [numRules]influencekit.Severity
	off      [numRules]bool
	folds    map[influencekit.Platform]foldRow
	// verbalWithin and liveGap are the transcript rules' thresholds.
	verbalWithin, liveGap time.Duration
	tables                [IE + 1]*matcher // by Jurisdiction; a value outside them falls back to US
}

// NewChecker compiles the term tables under the policy in o. It returns an
// error wrapping ErrUnknownRule for a rule name it does not know, and one
// wrapping ErrInvalidOption for a negative fold, a negative VerbalWithin
// or LiveGap, or a severity above SeverityError.
func NewChecker(o Options) (*Checker, error) {
	c := &Checker{folds: make(map[influencekit.Platform]foldRow, len(foldTable)), verbalWithin: DefaultVerbalWithin, liveGap: DefaultLiveGap}
	switch {
	case o.VerbalWithin < 0:
		return nil, fmt.Errorf("%w: VerbalWithin of %s", ErrInvalidOption, o.VerbalWithin)
	case o.LiveGap < 0:
		return nil, fmt.Errorf("%w: LiveGap of %s", ErrInvalidOption, o.LiveGap)
	}
	if o.VerbalWithin > 0 {
		c.verbalWithin = o.VerbalWithin
	}
	if o.LiveGap > 0 {
		c.liveGap = o.LiveGap
	}
	for i, info := range ruleTable {
		c.severity[i] = info.Severity
	}
	for r, sev := range o.Severity {
		id, err := lookupRule(r)
		if err != nil {
			return nil, err
		}
		if sev > influencekit.SeverityError {
			return nil, fmt.Errorf("%w: severity %d for rule %q", ErrInvalidOption, sev, string(r))
		}
		c.severity[id] = sev
	}
	for _, r := range o.Off {
		id, err := lookupRule(r)
		if err != nil {
			return nil, err
		}
		c.off[id] = true
	}
	for _, f := range foldTable {
		c.folds[f.platform] = f
	}
	for p, n := range o.Fold {
		if n < 0 {
			return nil, fmt.Errorf("%w: fold of %d characters for %s", ErrInvalidOption, n, p)
		}
		row, ok := c.folds[p]
		if !ok {
			row = foldRow{platform: p, unit: unitRunes}
		}
		row.chars = n
		c.folds[p] = row
	}
	for _, t := range termTables {
		m, err := compileTable(t)
		if err != nil {
			return nil, err
		}
		c.tables[t.jurisdiction] = m
	}
	return c, nil
}

// defaultChecker is the Checker that Check and Autofix use, compiled on
// first use from the package's fixed tables.
var defaultChecker = sync.OnceValue(func() *Checker {
	c, err := NewChecker(Options{})
	if err != nil {
		panic(err) // the shipped tables compile: TestTablesCompile
	}
	return c
})

// Check lints p's caption against the default policy and its
// jurisdiction's rules. It is safe for concurrent use and never panics.
//
// Check assumes the post is sponsored unless Post.Connection says
// otherwise: a caption with no label at all gets missing-disclosure; a
// NoConnection post gets neither that nor placement or transcript
// findings, and a Paid, Gift or Affiliate post is checked against its
// labels (mismatched-disclosure). Each declared Jurisdiction has its own
// tables.
func Check(p Post) Report { return defaultChecker().Check(p) }

// Autofix returns p's caption with the first fix of every fixable finding
// of Check applied; see Checker.Autofix.
func Autofix(p Post) string { return defaultChecker().Autofix(p) }

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

// Check lints p under c's policy. It is safe for concurrent use and never
// panics.
func (c *Checker) Check(p Post) Report {
	m := c.tables[US]
	fallback := true
	if int(p.Jurisdiction) < len(c.tables) && c.tables[p.Jurisdiction] != nil {
		m = c.tables[p.Jurisdiction]
		fallback = false
	}
	brand := newBrandInfos(p)
	var backing [8]foundLabel
	sc := c.scanCaption(m, p.Caption, &brand, backing[:0])

	var rep Report
	n := 0
	for _, f := range sc.found {
		if f.kind == termLabel {
			n++
		}
	}
	if n > 0 {
		rep.Disclosures = make([]Label, 0, n)
		for _, f := range sc.found {
			if f.kind == termLabel {
				rep.Disclosures = append(rep.Disclosures, Label{
					Start: f.start, End: f.end, Text: p.Caption[f.start:f.end],
					Clarity: f.clarity, Connection: f.connection,
				})
			}
		}
	}
	rep.Findings = c.findings(p, m.table, sc, fallback)
	if len(p.Transcript) > 0 && p.Connection != NoConnection {
		c.transcriptFindings(m, p, &brand, func(id ruleID, msg string, span *TranscriptSpan) {
			if c.off[id] {
				return
			}
			rep.Findings = append(rep.Findings, Finding{Rule: ruleTable[id].Rule, Severity: c.severity[id], Message: msg, Transcript: span})
		})
		sortFindings(rep.Findings)
	}
	rep.fillUTF16(p.Caption)
	return rep
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
	var run, runLen, tags int32
	closeRun := func() {
		for i := len(sc.found) - 1; i >= 0 && sc.found[i].run == run; i-- {
			sc.found[i].runLen = runLen
		}
		run++
		runLen = 0
	}
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
		if sentenceStart && tok.kind == tokWord {
			addressed = addressesFollower(key)
		}
		var mt match
		matched := false
		if m.mayStart(key) {
			mt, matched = m.matchAt(tok, key, cur, brand, matchContext{lineStart: atLine, afterStop: afterStop, cue: cue, addressed: addressed})
		}
		if !matched && tok.hyphenated {
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
		case tok.kind != tokPunct && tok.kind != tokSymbol:
			sentenceStart = false
		}
		if tok.kind != tokPunct && tok.kind != tokSymbol {
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
				connection: bt.connection, altered: tok.altered, single: true, hashtag: true}
		}
		isTag := tok.kind == tokHashtag && (!matched || f.hashtag)
		tagsBefore := tags
		switch {
		case isTag:
			runLen++
			tags++
		case tok.kind == tokWord || tok.kind == tokURL:
			closeRun()
		}
		if !matched {
			if tok.kind != tokPunct && tok.kind != tokSymbol {
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
		f.run = run
		f.tagsBefore = tagsBefore
		sc.found = append(sc.found, f)
	}
	closeRun()
	return sc
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

// findings applies the rules to a scan.
func (c *Checker) findings(p Post, t *termTable, sc scan, fallback bool) []Finding {
	var fs []Finding
	add := func(id ruleID, start, end int, msg string, fixes ...Fix) {
		if c.off[id] {
			return
		}
		fs = append(fs, Finding{Rule: ruleTable[id].Rule, Severity: c.severity[id], Start: start, End: end, Message: msg, Fixes: fixes})
	}
	caption := p.Caption
	if fallback {
		add(idJurisdictionFallb, 0, 0, message("no %s term tables yet: checked against the %s tables", p.Jurisdiction.String(), t.authority))
	}
	best, clear := bestLabel(sc.found)
	if !clear {
		c.unclearFindings(caption, t, sc.found, p.Connection != NoConnection, add)
	} else {
		c.languageFindings(caption, t, sc.found, add)
	}
	if best >= 0 && p.Connection != NoConnection {
		c.placementFindings(p, t, sc.found[best], add)
	}
	c.mismatchFindings(p, t, sc.found, add)
	for _, f := range sc.found {
		switch {
		case f.kind == termClaim:
			text := caption[f.start:f.end]
			add(idClaim, f.start, f.end, message("%q is a claim the brand must be able to substantiate (16 CFR 255.1, 255.2): remove it or support it with evidence", text))
		case f.altered && (f.kind == termLabel || f.kind == termEditing):
			text := caption[f.start:f.end]
			plain := plainText(text)
			add(idObfuscated, f.start, f.end,
				message("%q is only a label after normalizing stylized or invisible characters, which screen readers and searches miss: write it as %q", text, plain),
				Fix{Message: message("Replace %q with %q", text, plain), Edits: []Edit{{f.start, f.end, plain}}})
		}
	}
	if p.Edited && !sc.editing {
		label := t.editingLabel
		if len(caption) > 0 && !isSpaceByte(caption[len(caption)-1]) {
			label = " " + label
		}
		add(idUndisclosedEdit, 0, 0,
			message("the post is marked as edited but the caption does not say so: add %q", t.editingLabel),
			Fix{Message: message("Append %q", t.editingLabel), Edits: []Edit{{len(caption), len(caption), label}}})
	}
	sortFindings(fs)
	return fs
}

// sortFindings sorts by Start, then Rule; ties keep their order.
func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), strings.Compare(string(a.Rule), string(b.Rule)))
	})
}

type addFunc func(id ruleID, start, end int, msg string, fixes ...Fix)

// bestLabel returns the index of the label the placement rules judge: the
// earliest clear label, or where there is none the earliest ambiguous
// one (-1 for neither), and whether it is clear.
func bestLabel(found []foundLabel) (best int, clear bool) {
	best = -1
	for i, f := range found {
		if f.kind != termLabel {
			continue
		}
		if f.clarity == Clear {
			return i, true
		}
		if f.clarity == Ambiguous && best < 0 {
			best = i
		}
	}
	return best, false
}

// mismatchFindings reports labels that do not disclose the connection
// the post declares (rule mismatched-disclosure): a Paid or Affiliate post
// whose only labels are gift labels, or a Paid post whose only labels are
// affiliate labels. Labels that say no connection ("#collab") are judged
// by vague-disclosure instead. One finding, on the earliest label.
func (c *Checker) mismatchFindings(p Post, t *termTable, found []foundLabel, add addFunc) {
	if p.Connection != Paid && p.Connection != Affiliate {
		return
	}
	first := -1
	var said [NoConnection + 1]bool
	for i, f := range found {
		if f.kind != termLabel || f.connection == UnknownConnection || f.connection > NoConnection {
			continue
		}
		said[f.connection] = true
		if first < 0 {
			first = i
		}
	}
	if first < 0 || said[Paid] || p.Connection == Affiliate && said[Affiliate] {
		return
	}
	f := found[first]
	what := "a gift"
	if !said[Gift] {
		what = "affiliate links"
	}
	add(idMismatched, f.start, f.end,
		message("the post is %s but its labels, such as %q, only disclose %s; a gift label fits only where nothing was paid and the brand had no control (asa-influencers-guide, ftc-faqs): add %q at the start",
			connectionPhrase(p.Connection), p.Caption[f.start:f.end], what, t.defaultLabel),
		insertLabelFix(t))
}

// connectionPhrase names a declared connection in a message.
func connectionPhrase(c Connection) string {
	if c == Affiliate {
		return "declared as affiliate"
	}
	return "declared as paid"
}

// unclearFindings reports a caption with no clear label: ambiguous labels,
// else vague ones, else (when needed) a missing label.
func (c *Checker) unclearFindings(caption string, t *termTable, found []foundLabel, needed bool, add addFunc) {
	ambiguous, vague := false, false
	for _, f := range found {
		if f.kind == termLabel && f.clarity == Ambiguous {
			ambiguous = true
			text := caption[f.start:f.end]
			if fix := t.fixFor(f); fix != "" {
				add(idAmbiguous, f.start, f.end,
					message("%q may not be understood as a disclosure under %s guidance: replace it with %q", text, t.authority, fix),
					replaceFix(caption, f, fix), insertLabelFix(t))
				continue
			}
			add(idAmbiguous, f.start, f.end,
				message("%q may not be understood as a disclosure under %s guidance: add a clear label such as %q at the start", text, t.authority, t.defaultLabel),
				insertLabelFix(t))
		}
	}
	if ambiguous {
		return
	}
	for _, f := range found {
		if f.kind != termLabel || f.clarity != Vague {
			continue
		}
		vague = true
		text := caption[f.start:f.end]
		if fix := t.fixFor(f); fix != "" {
			add(idVague, f.start, f.end,
				message("%q is a vague label under %s guidance: replace it with %q", text, t.authority, fix),
				replaceFix(caption, f, fix), insertLabelFix(t))
			continue
		}
		add(idVague, f.start, f.end,
			message("%q does not tell followers the post is an ad under %s guidance: add %q at the start", text, t.authority, t.defaultLabel),
			insertLabelFix(t))
	}
	if !vague && needed {
		add(idMissing, 0, 0,
			message("no disclosure label: add a clear label such as %q at the start of the caption", t.defaultLabel),
			insertLabelFix(t))
	}
}

// placementFindings judges where the best label sits (bestLabel). A
// one-token label is best moved to the start; a phrase inside a sentence
// ("This video is sponsored by Glow Co.") is best left where it is, with
// the default label added at the start, so that comes first.
func (c *Checker) placementFindings(p Post, t *termTable, f foundLabel, add addFunc) {
	caption := p.Caption
	text := caption[f.start:f.end]
	fixes := func() []Fix {
		if f.single {
			return []Fix{moveFix(caption, f), insertLabelFix(t)}
		}
		return []Fix{insertLabelFix(t), moveFix(caption, f)}
	}
	todo := "move it to the start of the caption"
	if !f.single {
		todo = message("put %q at the start of the caption, or move the label there", t.defaultLabel)
	}
	fold, hasFold := c.folds[p.Platform]
	if hasFold && fold.chars > 0 && !c.off[idBelowFold] {
		if at := countChars(caption[:f.start], fold.unit); at >= fold.chars {
			add(idBelowFold, f.start, f.end,
				message("the label %q starts at character %s, past the %s characters %s shows before \"more\": %s",
					text, strconv.Itoa(at+1), strconv.Itoa(fold.chars), platformName(p.Platform), todo),
				fixes()...)
			goto buried
		}
	}
	if !f.upfront {
		add(idNotUpfront, f.start, f.end,
			message("the label %q comes after other text: %s", text, todo),
			fixes()...)
	}
buried:
	switch {
	case f.hashtag && !f.upfront && t.maxTagsBefore == 0 && f.runLen >= t.minBuriedRun():
		add(idBuried, f.start, f.end,
			message("the label %q is one of %s hashtags in a row, where followers skip it: move it to the start of the caption", text, strconv.Itoa(int(f.runLen))),
			moveFix(caption, f))
	case f.hashtag && t.maxTagsBefore > 0 && f.tagsBefore >= int32(t.maxTagsBefore):
		add(idBuried, f.start, f.end,
			message("the label %q comes after %s other hashtags; %s rules want it among the first %s: move it to the start of the caption",
				text, strconv.Itoa(int(f.tagsBefore)), t.authority, strconv.Itoa(t.maxTagsBefore)),
			moveFix(caption, f))
	}
}

// languageFindings reports clear labels that are all in another language
// than the jurisdiction's (France: "Publicité" or "Collaboration
// commerciale", not "#ad"). One finding, on the earliest clear label.
func (c *Checker) languageFindings(caption string, t *termTable, found []foundLabel, add addFunc) {
	if t.language == "" {
		return
	}
	first := -1
	for i, f := range found {
		if f.kind != termLabel || f.clarity != Clear {
			continue
		}
		if lang := t.langOf(f); lang == "" || lang == t.language {
			return
		}
		if first < 0 {
			first = i
		}
	}
	if first < 0 {
		return
	}
	f := found[first]
	text := caption[f.start:f.end]
	fixes := []Fix{insertLabelFix(t)}
	if fix := t.fixFor(f); fix != "" {
		fixes = []Fix{replaceFix(caption, f, fix), insertLabelFix(t)}
	}
	add(idLanguageMismatch, f.start, f.end,
		message("%q is not in the jurisdiction's language: %s rules ask for a label such as %q", text, t.authority, t.defaultLabel),
		fixes...)
}

func platformName(p influencekit.Platform) string {
	if p == influencekit.UnknownPlatform {
		return "the platform"
	}
	return p.String()
}

// replaceFix replaces a label with the clear one its row names. A
// hashtag fix ("#sponsored") or a label that begins the caption is
// replaced where it stands; a word ("Werbung", "Publicité") counts as a
// label only at the start, so a label elsewhere is removed and the word
// put at the start instead (removeEdit).
func replaceFix(caption string, f foundLabel, fix string) Fix {
	text := caption[f.start:f.end]
	if fix[0] == '#' || f.start == 0 {
		return Fix{Message: message("Replace %q with %q", text, fix), Edits: []Edit{{f.start, f.end, fix}}}
	}
	return Fix{
		Message: message("Replace %q with %q at the start", text, fix),
		Edits:   []Edit{{0, 0, fix + " "}, removeEdit(caption, f)},
	}
}

// insertLabelFix inserts the table's default label at the start.
func insertLabelFix(t *termTable) Fix {
	msg, text := insertMessages[t.jurisdiction], insertTexts[t.jurisdiction]
	if msg == "" {
		msg, text = message("Insert %q at the start", t.defaultLabel), t.defaultLabel+" "
	}
	return Fix{Message: msg, Edits: []Edit{{0, 0, text}}}
}

// insertMessages and insertTexts hold insertLabelFix's message and text
// for each declared jurisdiction's table, made once: nearly every finding
// offers that fix. Read-only after package initialization.
var insertMessages, insertTexts = func() (msgs, texts [IE + 1]string) {
	for _, t := range termTables {
		msgs[t.jurisdiction] = message("Insert %q at the start", t.defaultLabel)
		texts[t.jurisdiction] = t.defaultLabel + " "
	}
	return msgs, texts
}()

// moveFix moves a label to the start of the caption (removeEdit says how
// it leaves its place).
func moveFix(caption string, f foundLabel) Fix {
	text := caption[f.start:f.end]
	return Fix{
		Message: message("Move %q to the start", text),
		Edits:   []Edit{{0, 0, text + " "}, removeEdit(caption, f)},
	}
}

// removeEdit deletes a label from the caption without joining the words or
// hashtags on either side. A label standing apart takes the spaces after
// it (or, at the end or before a line break or punctuation, before it)
// along, so none are doubled; one glued to the next token ("#ad#glow",
// "#ad😀") keeps the space before it. A label glued to the text before it
// ("Great#ad serum", "#thanks#ad publi") is removed alone, and where a
// word follows it directly ("word(ad)word") a space takes its place, so
// "Great serum" and "#thanks publi" stay apart.
func removeEdit(caption string, f foundLabel) Edit {
	start, end := f.start, f.end
	if start > 0 && !isSpaceByte(caption[start-1]) {
		if end < len(caption) && startsWord(caption, end) {
			return Edit{start, end, " "}
		}
		return Edit{start, end, ""}
	}
	for end < len(caption) && caption[end] == ' ' {
		end++
	}
	if end == len(caption) || end == f.end && closesText(caption[end]) {
		for start > 0 && isSpaceByte(caption[start-1]) {
			start--
		}
	}
	return Edit{start, end, ""}
}

// closesText reports a byte that may follow a word directly: a separator,
// or ASCII punctuation such as "," or ".".
func closesText(b byte) bool {
	if b >= utf8.RuneSelf {
		return false
	}
	switch asciiClass(b) {
	case classSpace, classPunct, classDot:
		return true
	}
	return false
}

// isSpaceByte reports an ASCII byte the tokenizer treats as a separator.
func isSpaceByte(b byte) bool {
	return b < utf8.RuneSelf && asciiClass(b) == classSpace
}

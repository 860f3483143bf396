package disclosure

import (
	"fmt"
	"slices"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// This file reads statements as clauses: "Company X sent me this product
// to try", "I got this for free from @brand", "@glowco hat mir das Serum
// geschenkt". A pack's clause rows are a lexicon per language (who the
// creator is as subject and as recipient, who gives, the verbs of each
// connection, objects, adjuncts, and the words that make a clause no
// statement); the reader reads the clause around a verb of the lexicon
// and decides from the roles it finds there whether the creator says
// they were given, sent, paid, sponsored or employed, or earn a
// commission. It reads a bounded window of tokens around the verb, so a
// caption is read in linear time, and it allocates nothing.

// clauseRole is what a clause row's words are in a clause.
type clauseRole uint8

const (
	roleUnknown   clauseRole = iota // a word the lexicon does not know
	roleSubject                     // the creator as subject: "I", "we", "ich", "ik"
	roleRecipient                   // the creator as recipient: "me", "to me", "mir", "mi"
	roleAgent                       // who gives: "the company", "they"; named rows name the advertiser
	roleBy                          // introduces the agent after the verb: "by", "from", "von", "par"
	roleObject                      // what was given: "this", "their new serum"
	roleAdjunct                     // what for, or how: "for free", "to try", "to review"
	roleNegation                    // makes the clause a denial: "not", "never", "nobody"
	roleCondition                   // makes it a hypothetical: "if", "would", "wenn"
	rolePrivate                     // a private person: "mom", "sister": no advertiser
	roleFollower                    // the follower: "you", "du", "te": copy addressed to them
	rolePassive                     // a passive auxiliary: "was", "wurde", "è stato"
	roleGives                       // a verb whose subject gives: "sent", "paid", "geschenkt"
	roleReceives                    // a verb whose subject receives: "got", "kreeg", "recebi"
)

// clauseRoles maps the second word of a clause row to its role.
var clauseRoles = map[string]clauseRole{
	"subject": roleSubject, "recipient": roleRecipient, "agent": roleAgent, "by": roleBy, "object": roleObject,
	"adjunct": roleAdjunct, "negation": roleNegation, "condition": roleCondition, "private": rolePrivate, "follower": roleFollower,
	"passive": rolePassive, "gives": roleGives, "receives": roleReceives,
}

// clauseRow is one row of a pack's clause lexicon.
type clauseRow struct {
	role    clauseRole
	pattern string
	// connection is what a verb row's statement discloses.
	connection Connection
	// lang is the lexicon the row belongs to: a clause is read with the
	// words of its verb's language only. A statement found is a label in
	// that language, for language-mismatch.
	lang string
	// source is the SOURCES.md key a verb row's statements rest on; empty
	// means the pack's source.
	source string
	// participle: a gives verb that is also a past participle ("sent",
	// "geschenkt"), passive after a passive auxiliary or before "by" and
	// an agent ("offert par @marque").
	participle bool
	// alone: the verb says the connection without an adjunct or a named
	// agent ("paid", "gifted"); "sent" and "got" need one ("sent me this
	// to try", "got this for free").
	alone bool
	// self: the form names the creator as its subject ("recebi", "fui"):
	// no subject word is needed.
	self bool
	// named: an agent row that names the advertiser ("the company").
	named bool
	// needsAdjunct: a receives verb that an agent alone does not make a
	// statement: "I got this from @shop" may be a purchase, "I got this
	// for free from @shop" is not. An adjunct right after it does not
	// count: "we get to share" is an opportunity.
	needsAdjunct bool
}

// Bounds of the window a clause is read in.
const (
	// clauseBack is how many bytes before its verb a clause is read from.
	clauseBack = 160
	// maxClauseParts bounds the constituents kept of a clause; before the
	// verb the earliest are dropped.
	maxClauseParts = 24
	// maxAfterVerb is how many constituents after the verb are read.
	maxAfterVerb = 10
	// maxToClauseEnd is how many more tokens are read, past those, for the
	// punctuation that ends the clause (a "?" makes it a question).
	maxToClauseEnd = 16
	// nearBefore and nearAfter are how many constituents may stand
	// between the verb and its recipient or passive auxiliary before it
	// ("me lo ha enviado", "hat mir das Serum geschenkt"), and its
	// recipient after it ("gifted this serum to me").
	nearBefore, nearAfter = 5, 3
	// negationAfter is how far after the verb a negation still denies it:
	// "they paid me nothing".
	negationAfter = 2
)

// clauseReader is a pack's clause lexicon compiled: the verbs of every
// language in one matcher, which the scan asks at each word, and each
// language's other words in one matcher of their own. Immutable, safe
// for concurrent use.
type clauseReader struct {
	rows []clauseRow
	// verbs matches the gives and receives rows of every language: the
	// scan asks it whether a word may start a statement's verb.
	verbs *lex.Matcher
	// lexicons are each language's verbs and other words: a word that is
	// a verb in two languages ("enviado") is read in each.
	lexicons []clauseLexicon
}

// clauseLexicon is one language's words.
type clauseLexicon struct {
	lang string
	// verbs are its gives and receives rows, words the others; verbRow
	// and row map a pattern index to the row.
	verbs, words *lex.Matcher
	verbRow, row []int32
}

// compileClauses compiles a pack's clause rows, or returns nil when they
// hold no verb: such a pack reads no clauses.
func compileClauses(rows []clauseRow) (*clauseReader, error) {
	cr := &clauseReader{rows: rows}
	type patterns struct {
		verbs, words     []lex.Pattern
		verbRow, wordRow []int32
	}
	var all []lex.Pattern
	byLang := map[string]*patterns{}
	var langs []string
	for i, r := range rows {
		p := byLang[r.lang]
		if p == nil {
			p = &patterns{}
			byLang[r.lang] = p
			langs = append(langs, r.lang)
		}
		if r.role == roleGives || r.role == roleReceives {
			all = append(all, lex.Pattern{Text: r.pattern})
			p.verbs, p.verbRow = append(p.verbs, lex.Pattern{Text: r.pattern}), append(p.verbRow, int32(i))
			continue
		}
		p.words, p.wordRow = append(p.words, lex.Pattern{Text: r.pattern}), append(p.wordRow, int32(i))
	}
	if len(all) == 0 {
		return nil, nil
	}
	var err error
	if cr.verbs, err = lex.Compile(all); err != nil {
		return nil, err
	}
	for _, lang := range langs {
		p := byLang[lang]
		lx := clauseLexicon{lang: lang, verbRow: p.verbRow, row: p.wordRow}
		if lx.verbs, err = lex.Compile(p.verbs); err != nil {
			return nil, err
		}
		if lx.words, err = lex.Compile(p.words); err != nil {
			return nil, err
		}
		cr.lexicons = append(cr.lexicons, lx)
	}
	return cr, nil
}

// verbAt returns the verbs' state after key when the token may start a
// statement's verb, and lex.NoNode for nearly every token, from one load.
func (cr *clauseReader) verbAt(kind lex.Kind, key []byte) lex.Node {
	if cr == nil || kind != lex.Word || cr.verbs.Miss(key) {
		return lex.NoNode
	}
	return cr.verbs.First(key)
}

// clausePart is one constituent of a clause: a word or phrase of the
// lexicon, a handle or the brand's name, or a word it does not know.
type clausePart struct {
	role       clauseRole
	named      bool // an agent that names the advertiser: a handle, the brand, "the company"
	start, end int  // bytes into the text read
	row        int32
	altered    bool
}

// clause is a statement the reader found.
type clause struct {
	start, end int
	row        int32 // the verb's row
	altered    bool
}

// read reads the clause around the verb that starts with tok, whose
// state in cr.verbs is n, in caption; after is the tokenizer past tok.
// It returns the statement's span, or false when the clause is no
// statement of the creator's connection: a denial, a hypothetical, a
// question, a statement about someone else or copy addressed to the
// follower. win is scratch space for the matchers.
func (cr *clauseReader) read(tok lex.Token, key []byte, caption string, after lex.Tokenizer, win *lex.Window, brand *brandInfo) (clause, bool) {
	var found clause
	ok := false
	for i := range cr.lexicons {
		lx := &cr.lexicons[i]
		n := lx.verbs.First(key)
		if n == lex.NoNode {
			continue
		}
		c, isStatement, blocked := cr.readIn(lx, n, tok, caption, after, win, brand)
		if blocked {
			// A clause that one language that has the verb reads as a
			// denial, a hypothetical or a question is none in any
			// other ("nao @marca nos enviou" is Spanish words too).
			return clause{}, false
		}
		if isStatement && !ok {
			found, ok = c, true
		}
	}
	return found, ok
}

// readIn is read in the language of lx, where tok starts a verb whose
// state is n; blocked says the clause is a denial, a hypothetical, a
// question or about a private person, whatever its roles.
func (cr *clauseReader) readIn(lx *clauseLexicon, n lex.Node, tok lex.Token, caption string, after lex.Tokenizer, win *lex.Window, brand *brandInfo) (c clause, ok, blocked bool) {
	mt, ok := lex.MatchGrowing(lx.verbs, n, tok, after, win, brand, lex.Context{})
	if !ok {
		return clause{}, false, false
	}
	vrow := lx.verbRow[mt.Row]
	var cl clauseParts
	// The words before the verb, read from a text that ends at it, so
	// that no phrase runs into the verb; a clause break starts over.
	if !tok.AfterBreak() {
		cl.read(cr, lx, lex.NewTokenizer(caption[:tok.Start]).At(clauseStart(caption, tok.Start)), win, brand, -1)
	}
	cl.add(clausePart{role: cr.rows[vrow].role, row: vrow, start: tok.Start, end: mt.End, altered: mt.Altered})
	verb := cl.n - 1
	// The words after it, up to the clause's end; a "?" there makes it a
	// question.
	if !cl.read(cr, lx, lex.NewTokenizer(caption).At(mt.End), win, brand, verb) {
		return clause{}, false, true
	}
	return cr.decide(cl.parts[:cl.n], verb)
}

// clauseParts is a clause read into parts, on the stack.
type clauseParts struct {
	parts [maxClauseParts]clausePart
	n     int
	bp    brandProgress
}

// add appends p; before the verb, a full window drops its earliest part.
func (cl *clauseParts) add(p clausePart) {
	if cl.n == len(cl.parts) {
		copy(cl.parts[:], cl.parts[1:])
		cl.n--
		cl.bp = brandProgress{}
	}
	cl.parts[cl.n] = p
	cl.n++
}

// read reads the parts tz yields with lx: before the verb (verb < 0) to
// the end of its text, starting over at each clause break; after it
// (verb the verb's part) up to the clause's end, maxAfterVerb parts, or
// a second verb of the lexicon, which starts a clause of its own. It
// reports false for a clause that ends in a question mark.
func (cl *clauseParts) read(cr *clauseReader, lx *clauseLexicon, tz lex.Tokenizer, win *lex.Window, brand *brandInfo, verb int) bool {
	var key lex.Key
	for {
		tk, ok := tz.Next(&key)
		if !ok {
			return true
		}
		if tk.AfterBreak() || endsClause(tk, key.Bytes()) {
			if verb >= 0 {
				return tk.AfterBreak() || string(key.Bytes()) != "?"
			}
			cl.n, cl.bp = 0, brandProgress{}
			continue
		}
		if verb >= 0 && (cl.n-verb > maxAfterVerb || cl.n == len(cl.parts) || tk.Kind == lex.Word && lx.verbs.First(key.Bytes()) != lex.NoNode) {
			// Enough words read, or another verb, whose words are its
			// own clause's: only the clause's end is still wanted.
			return cl.toEnd(tz, &key)
		}
		p := clausePart{role: roleUnknown, row: -1, start: tk.Start, end: tk.End, altered: tk.Altered()}
		switch tk.Kind {
		case lex.Mention:
			p.role, p.named = roleAgent, true
		case lex.Word:
			cr.classify(lx, &p, tk, &tz, win, brand, key.Bytes())
		}
		cl.add(p)
		if p.role == roleUnknown && tk.Kind == lex.Word && brand.Set() {
			cl.bp.word(cl.parts[:cl.n], cl.n-1, key.Bytes(), brand)
		}
	}
}

// toEnd reads on to the clause's end, up to maxToClauseEnd tokens, and
// reports false when it is a "?".
func (cl *clauseParts) toEnd(tz lex.Tokenizer, key *lex.Key) bool {
	for range maxToClauseEnd {
		tk, ok := tz.Next(key)
		if !ok {
			return true
		}
		if tk.AfterBreak() || endsClause(tk, key.Bytes()) {
			return tk.AfterBreak() || string(key.Bytes()) != "?"
		}
	}
	return true
}

// classify reads the word tk (key) and the words after it as a phrase of
// lx when one starts there, filling p and moving tz past it.
func (cr *clauseReader) classify(lx *clauseLexicon, p *clausePart, tk lex.Token, tz *lex.Tokenizer, win *lex.Window, brand *brandInfo, key []byte) {
	if lx.words.Miss(key) {
		return
	}
	nd := lx.words.First(key)
	if nd == lex.NoNode {
		return
	}
	mt, ok := lex.MatchGrowing(lx.words, nd, tk, *tz, win, brand, lex.Context{})
	if !ok {
		return
	}
	row := lx.row[mt.Row]
	r := &cr.rows[row]
	p.role, p.named, p.row, p.end = r.role, r.named, row, mt.End
	p.altered = p.altered || mt.Altered
	*tz = win.Resume(*tz, mt.Next)
}

// clauseStart returns where to read the clause that holds the token at
// at: clauseBack bytes before it, moved on past a space so that reading
// starts at a token; the tokens read before the clause's own start are
// dropped at the punctuation that ends the clause before.
func clauseStart(caption string, at int) int {
	if at <= clauseBack {
		return 0
	}
	for i := at - clauseBack; i < at; i++ {
		if isSpaceByte(caption[i]) {
			return i + 1
		}
	}
	return at
}

// endsClause reports a token that ends a clause: a sentence's or a
// clause's punctuation, an emoji, a URL.
func endsClause(tk lex.Token, key []byte) bool {
	switch tk.Kind {
	case lex.Symbol, lex.URL:
		return true
	case lex.Punct:
		if len(key) == 1 {
			switch key[0] {
			case '.', '!', '?', ';', ',', ':', '(', ')', '[', ']', '|', '"':
				return true
			}
		}
		return string(key) == "…" || string(key) == "—" || string(key) == "–"
	}
	return false
}

// brandProgress follows the unknown words of a clause that spell the
// post's brand ("Glow Co" for the brand "Glow Co" or "GlowCo"). It holds
// the name by its place among the brand's names, not a pointer, so that
// the brand, on the caller's stack, stays there.
type brandProgress struct {
	first int // the part its first word is
	name  int // the brand's name: 1 for the first, 2 for its next; 0 for none
	done  int // bytes of that name's squashed form matched
}

// nameAt returns the brand's i-th name, counted from 1.
func nameAt(brand *brandInfo, i int) *brandInfo {
	for ; i > 1 && brand != nil; i-- {
		brand = brand.Next()
	}
	return brand
}

// word reads the unknown word key, parts[i]: when it completes the
// brand's name, the parts from the first of its words become one named
// agent.
func (bp *brandProgress) word(parts []clausePart, i int, key []byte, brand *brandInfo) {
	if bp.name > 0 && i > 0 && parts[i-1].role == roleUnknown && bp.first < i {
		name := nameAt(brand, bp.name).Squashed()
		if n, ok := squashedPrefix(name[bp.done:], key); ok && n > 0 {
			bp.done += n
			bp.finish(parts, i, len(name))
			return
		}
	}
	*bp = brandProgress{}
	k := 1
	for name := brand; name != nil; name = name.Next() {
		if n, ok := squashedPrefix(name.Squashed(), key); ok && n > 0 {
			*bp = brandProgress{first: i, name: k, done: n}
			bp.finish(parts, i, len(name.Squashed()))
			return
		}
		k++
	}
}

// finish makes parts[first..i] one named agent once the whole name, of
// size bytes, is read: the first part spans them all, the others are
// covered by it.
func (bp *brandProgress) finish(parts []clausePart, i, size int) {
	if bp.done < size {
		return
	}
	parts[bp.first].role, parts[bp.first].named, parts[bp.first].end = roleAgent, true, parts[i].end
	for j := bp.first + 1; j <= i; j++ {
		parts[j].role = roleCovered
	}
	*bp = brandProgress{}
}

// roleCovered marks a word of a brand's name after its first: the first
// part stands for the whole name.
const roleCovered clauseRole = 255

// squashedPrefix reports whether the letters and digits of key start
// name, and how many bytes of name they are.
func squashedPrefix(name, key []byte) (int, bool) {
	n := 0
	for _, c := range key {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c >= 0x80) {
			continue
		}
		if n == len(name) || name[n] != c {
			return 0, false
		}
		n++
	}
	return n, true
}

// clauseFacts are the roles a clause holds around its verb.
type clauseFacts struct {
	subject   bool // the creator as subject before the verb
	recipient bool // the creator as recipient near the verb
	passive   bool // a passive auxiliary before the verb
	aux       int  // its part
	adjunct   bool
	byNamed   bool // "by", "from" and a named agent
	named     bool // a named agent that is no "by" phrase's: "@glowco hat mir", "me lo ha enviado @marca"
	before    bool // something stands before the verb in the clause
	onlyThing bool // what stands before the verb is objects and auxiliaries only
	// cleanToBy: only objects and adjuncts stand between the verb and its
	// "by" phrase; "this was gifted to her by @brand" was given to
	// someone else.
	cleanToBy bool
	blocked   bool // a negation, a condition or a private person
	first     int  // the first and last part the statement spans
	last      int
}

// decide decides from parts, the clause around the verb parts[verb],
// whether it is a statement, and returns its span; blocked says a
// negation, a condition or a private person makes it none.
func (cr *clauseReader) decide(parts []clausePart, verb int) (c clause, ok, blocked bool) {
	vrow := &cr.rows[parts[verb].row]
	f := clauseFacts{first: verb, last: verb, before: verb > 0, onlyThing: true}
	use := func(i int) {
		f.first, f.last = min(f.first, i), max(f.last, i)
	}
	for i, p := range parts {
		before := i < verb
		switch p.role {
		case roleSubject:
			if before {
				f.subject = true
				use(i)
			}
		case roleRecipient:
			if before && verb-i <= nearBefore || !before && i > verb && i-verb <= nearAfter {
				f.recipient = true
				use(i)
			}
		case rolePassive:
			if before && verb-i <= nearBefore {
				f.passive, f.aux = true, i
				f.subject = f.subject || cr.rows[p.row].self
			}
		case roleAdjunct:
			// Anywhere in the clause ("Ich habe es kostenlos bekommen"),
			// but not right after a verb that needs one: "we get to
			// share", "I got to try" say what the creator could do.
			// Before the verb, a subject between them makes the adjunct
			// another verb's: "to share with you a message I received".
			if !(vrow.needsAdjunct && i == verb+1) && !(before && subjectBetween(parts, i, verb)) {
				f.adjunct = true
				use(i)
			}
		case roleBy:
			if i+1 < len(parts) && parts[i+1].named {
				if !f.byNamed && !before {
					f.cleanToBy = cleanBetween(parts, verb, i)
				}
				f.byNamed = true
				use(i)
				use(i + 1)
			}
		case roleAgent:
			if p.named && (i == 0 || parts[i-1].role != roleBy) {
				f.named = true
				if !before || verb-i <= nearBefore {
					use(i)
				}
			}
		case roleObject:
			if !before && i-verb <= nearAfter {
				use(i)
			}
		case roleNegation:
			if before || i-verb <= negationAfter {
				f.blocked = true
			}
		case roleCondition:
			if before {
				f.blocked = true
			}
		case rolePrivate:
			f.blocked = true
		}
		if before && p.role != roleObject && p.role != rolePassive && p.role != roleCovered {
			f.onlyThing = false
		}
	}
	if f.blocked || !f.holds(parts[verb].role, vrow) {
		return clause{}, false, f.blocked
	}
	if f.passive && (vrow.participle || parts[verb].role == roleReceives) {
		use(f.aux)
	}
	c = clause{start: parts[f.first].start, end: parts[f.last].end, row: parts[verb].row}
	for _, p := range parts[f.first : f.last+1] {
		c.altered = c.altered || p.altered
	}
	return c, true, false
}

// cleanBetween reports whether only objects and adjuncts stand between
// the verb and the "by" phrase at i.
func cleanBetween(parts []clausePart, verb, i int) bool {
	for _, p := range parts[verb+1 : i] {
		if p.role != roleObject && p.role != roleAdjunct {
			return false
		}
	}
	return true
}

// subjectBetween reports a subject among parts[i+1:verb].
func subjectBetween(parts []clausePart, i, verb int) bool {
	for _, p := range parts[i+1 : verb] {
		if p.role == roleSubject {
			return true
		}
	}
	return false
}

// holds reports whether the roles found make the clause a statement of
// the creator's connection, for a verb of the given role and row.
func (f *clauseFacts) holds(role clauseRole, vrow *clauseRow) bool {
	says := vrow.alone || f.adjunct // the verb with what it is for says the connection
	if role == roleReceives {
		// The creator receives: "I got this for free", "ik kreeg dit van
		// @merk", "recebi da @marca".
		return (f.subject || vrow.self) && (says || f.byNamed && !vrow.needsAdjunct)
	}
	passive := vrow.participle && (f.passive || !f.recipient && !f.subject && f.byNamed && f.onlyThing && f.cleanToBy)
	if passive {
		// The creator, or what they were given, is the subject: "I was
		// paid", "this was gifted to me by @brand", "offert par @marque".
		// Another subject ("my sister was paid by") is someone else.
		return (f.subject || f.recipient || f.byNamed && f.onlyThing && f.cleanToBy) && (says || f.byNamed || f.named)
	}
	// The agent gives to the creator: "Company X sent me this product to
	// try". Nothing before the verb is an imperative addressed to the
	// follower ("Send me your products for free").
	return f.recipient && f.before && (says || f.named || f.byNamed)
}

// clauseLabel is the scan's hook: at tok, a word (key) that may start a
// statement's verb (after is the tokenizer past tok), where no term row
// matched, or one matched (mt) whose label is not clear and which the
// statement holds and says more than ("Ce sérum m'a été sponsorisé par
// @marque" around the ambiguous "sponsorisé par @marque"), it reads the clause and
// returns it as a clear label of the verb's connection. A verb inside a
// statement already found (the last of found) is no new one.
func (m *matcher) clauseLabel(tok lex.Token, key []byte, caption string, after lex.Tokenizer, win *lex.Window, brand *brandInfo, found []foundLabel, mt lex.Match, matched bool) (foundLabel, bool) {
	if matched && (m.table.terms[mt.Row].kind != termLabel || m.table.terms[mt.Row].clarity == Clear) {
		return foundLabel{}, false
	}
	if k := len(found) - 1; k >= 0 && m.table.isClause(found[k].row) && tok.Start < found[k].end {
		return foundLabel{}, false
	}
	c, ok := m.clauses.read(tok, key, caption, after, win, brand)
	if !ok || matched && !(c.start <= mt.Start && mt.End <= c.end && c.end-c.start > mt.End-mt.Start) {
		return foundLabel{}, false
	}
	row := m.clauses.rows[c.row]
	return foundLabel{start: c.start, end: c.end, row: m.table.clauseRowID(c.row), kind: termLabel, clarity: Clear,
		connection: row.connection, altered: c.altered,
		foreign: m.table.language != "" && row.lang != "" && row.lang != m.table.language}, true
}

// deniedStatement is the scan's second hook: at tok (key), the first word
// of a term row's statement label f, it reports whether the clause around
// it makes the statement none: a negation, a condition or a private
// person before it ("They never sent me this for free", "If a brand sent
// me this for free", "My mom sent me this for free"), a passive whose
// subject is someone else ("She was paid by @brand"), or a question mark
// ending it ("Glow Co sent me this for free?"). It reads the clause with
// the lexicon of the row's language, or for a row of every language with
// the lexicons whose verb, passive auxiliary, subject or recipient starts
// the statement (verb says tok may start a verb).
// An affiliate statement is denied or hypothetical only when the
// negation or condition comes right before its subject ("if I earn a
// commission"): "If you buy through my links I earn a commission" is one.
func (m *matcher) deniedStatement(verb lex.Node, tok lex.Token, key []byte, f *foundLabel, caption string, after lex.Tokenizer, win *lex.Window, brand *brandInfo) bool {
	cr := m.clauses
	if cr == nil || f.kind != termLabel || f.single || f.connection == UnknownConnection || f.row < 0 {
		return false
	}
	lang := m.table.terms[f.row].lang
	read, others := 0, 0
	for i := range cr.lexicons {
		lx := &cr.lexicons[i]
		start := cr.statementStart(lx, verb, tok, key, after, win, brand)
		if start == startNone && lx.lang != lang {
			continue
		}
		blocked, other := cr.denies(lx, start, tok, f, caption, win, brand)
		if blocked {
			return true
		}
		read++
		if other {
			others++
		}
	}
	// About someone else in every language that reads the clause: "She
	// was paid by @brand"; "he sido enviado de @marca" is the creator in
	// Spanish, though not in Portuguese.
	return read > 0 && others == read
}

// statementKind is how a term row's statement starts, for
// deniedStatement.
type statementKind uint8

const (
	startNone       statementKind = iota // with no word of the lexicon's roles
	startGives                           // with a gives verb: "sent me this for free"
	startParticiple                      // with a gives verb that may be a participle: "paid by @brand"
	startReceives                        // with a receives verb: "geschenkt bekommen"
	startPassive                         // with a passive auxiliary: "was sent this for free"
	startCreator                         // with the creator as subject or recipient: "I was paid", "m'a offert"
)

// denies reads the clause before a term row's statement label f that
// starts at tok in the language of lx: blocked says a negation, a
// condition, a private person or a question mark makes it none, other
// that the statement is about someone else.
func (cr *clauseReader) denies(lx *clauseLexicon, start statementKind, tok lex.Token, f *foundLabel, caption string, win *lex.Window, brand *brandInfo) (blocked, other bool) {
	var cl clauseParts
	if !tok.AfterBreak() {
		cl.read(cr, lx, lex.NewTokenizer(caption[:tok.Start]).At(clauseStart(caption, tok.Start)), win, brand, -1)
	}
	parts := cl.parts[:cl.n]
	affiliate := f.connection == Affiliate
	subject, pronoun, follower, onlyThing := false, false, false, true
	passive := start == startPassive
	for i, p := range parts {
		switch p.role {
		case roleNegation, roleCondition:
			if !affiliate || nearStatement(parts[i+1:]) {
				return true, false
			}
		case rolePrivate:
			return true, false
		case roleAgent:
			if !p.named {
				pronoun = true
				if affiliate && i >= len(parts)-2 {
					return true, false // "she (just) earns a small commission"
				}
			}
		case roleFollower:
			follower = true
		case roleSubject, roleRecipient:
			subject = true
		case rolePassive:
			// Only right before the verb: in "This is a sponsored
			// video" the participle is an adjective.
			if i == len(parts)-1 {
				passive = true
				subject = subject || cr.rows[p.row].self
			}
		}
		if p.role != roleObject && p.role != rolePassive && p.role != roleCovered {
			onlyThing = false
		}
	}
	// A question: "Glow Co sent me this for free?"
	var k lex.Key
	if !cl.toEnd(lex.NewTokenizer(caption).At(f.end), &k) {
		return true, false
	}
	switch {
	case affiliate || start == startCreator || subject:
		return false, false
	case passive && (start == startParticiple || start == startPassive):
		return false, !onlyThing // "She was paid by @brand"
	case start == startReceives:
		return false, pronoun || follower // "sie hat es geschenkt bekommen"
	case start == startNone:
		return false, follower // "@glowco hat dir das als Geschenk zugeschickt"
	}
	return false, false
}

// nearStatement reports whether parts, those between a negation or a
// condition and a statement, are only its subject, recipient or
// auxiliary: "if I", "nunca me".
func nearStatement(parts []clausePart) bool {
	for _, p := range parts {
		switch p.role {
		case roleSubject, roleRecipient, rolePassive, roleCovered, roleNegation, roleCondition:
		default:
			return false
		}
	}
	return true
}

// statementStart returns how a term row's statement that starts at tok
// starts in lx's language: with a verb of lx (n says tok may start one),
// or with a passive auxiliary, a subject or a recipient of lx ("was sent
// this for free", "m'a offert"); startNone for any other word.
func (cr *clauseReader) statementStart(lx *clauseLexicon, n lex.Node, tok lex.Token, key []byte, after lex.Tokenizer, win *lex.Window, brand *brandInfo) statementKind {
	if tok.Kind != lex.Word {
		return startNone
	}
	if n != lex.NoNode {
		if nd := lx.verbs.First(key); nd != lex.NoNode {
			if mt, ok := lex.MatchGrowing(lx.verbs, nd, tok, after, win, brand, lex.Context{}); ok {
				switch r := &cr.rows[lx.verbRow[mt.Row]]; {
				case r.role == roleReceives:
					return startReceives
				case r.participle:
					return startParticiple
				default:
					return startGives
				}
			}
		}
	}
	if lx.words.Miss(key) {
		return startNone
	}
	nd := lx.words.First(key)
	if nd == lex.NoNode {
		return startNone
	}
	mt, ok := lex.MatchGrowing(lx.words, nd, tok, after, win, brand, lex.Context{})
	if !ok {
		return startNone
	}
	switch cr.rows[lx.row[mt.Row]].role {
	case rolePassive:
		return startPassive
	case roleSubject, roleRecipient:
		return startCreator
	}
	return startNone
}

// clauseRowID returns the foundLabel.row of the table's clause row i: the
// rows after its term rows, so that every index of a found label is a
// row the table can cite (matcher.rowCites).
func (t *termTable) clauseRowID(i int32) int32 { return int32(len(t.terms)) + i }

// isClause reports whether a found label's row is a clause row's.
func (t *termTable) isClause(row int32) bool { return int(row) >= len(t.terms) }

// clauseRowOf returns the clause row of a found label's row, or false for
// a term row or a brand tag.
func (t *termTable) clauseRowOf(row int32) (*clauseRow, bool) {
	i := int(row) - len(t.terms)
	if i < 0 || i >= len(t.clauses) {
		return nil, false
	}
	return &t.clauses[i], true
}

// dropCoveredClauses settles, among found labels of a table of terms term
// rows, where a statement found as a clause overlaps
// a term row's label (non-labels hide what they cover from the scan
// already): the term row says more exactly what the text is, and the
// statement goes, except that a statement says more than an ambiguous or
// vague label inside it ("this was gifted to me by @brand" is a clear
// statement around the pack's ambiguous "gifted by @brand"), which goes
// instead.
func dropCoveredClauses(found []foundLabel, terms int32) []foundLabel {
	if !slices.ContainsFunc(found, func(f foundLabel) bool { return f.row >= terms }) {
		return found
	}
	const dropped termKind = 255
	overlap := func(f, g foundLabel) bool {
		return g.row < terms && g.kind == termLabel && g.start < f.end && f.start < g.end
	}
	weakerInside := func(f, g foundLabel) bool {
		return g.clarity != Clear && f.start <= g.start && g.end <= f.end && f.end-f.start > g.end-g.start
	}
	for i, f := range found {
		if f.row < terms {
			continue
		}
		if slices.ContainsFunc(found, func(g foundLabel) bool { return overlap(f, g) && !weakerInside(f, g) }) {
			found[i].kind = dropped
			continue
		}
		for j, g := range found {
			if overlap(f, g) {
				found[j].kind = dropped
			}
		}
	}
	return slices.DeleteFunc(found, func(f foundLabel) bool { return f.kind == dropped })
}

// checkClauseRow checks what a clause row says beyond its pattern.
func checkClauseRow(r clauseRow) error {
	verb := r.role == roleGives || r.role == roleReceives
	switch {
	case verb && r.connection == UnknownConnection:
		return fmt.Errorf("expected a connection (paid, gift or affiliate) for a %s verb", roleName(r.role))
	case !verb && r.connection != UnknownConnection:
		return fmt.Errorf("a connection belongs to a gives or receives verb, not to %s words", roleName(r.role))
	case r.participle && r.role != roleGives:
		return fmt.Errorf("participle belongs to a gives verb")
	case r.alone && !verb:
		return fmt.Errorf("alone belongs to a gives or receives verb")
	case r.self && r.role != roleReceives && r.role != rolePassive:
		return fmt.Errorf("self belongs to a receives verb or a passive auxiliary")
	case r.named && r.role != roleAgent:
		return fmt.Errorf("named belongs to an agent")
	case r.needsAdjunct && r.role != roleReceives:
		return fmt.Errorf("needs-adjunct belongs to a receives verb")
	}
	return nil
}

// roleName returns the word a clause row writes role with.
func roleName(role clauseRole) string {
	for k, v := range clauseRoles {
		if v == role {
			return k
		}
	}
	return "unknown"
}

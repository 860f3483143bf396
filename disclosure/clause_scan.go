package disclosure

import (
	"slices"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// The scan's hooks into the clause reader (scan.go calls each): whether a
// word may start a statement's verb, a clause found as a label, a term
// row's statement denied by its clause, and found labels' clause rows.

// verbAt returns the verbs' state after key when the token may start a
// statement's verb, and lex.NoNode for nearly every token, from one load.
func (cr *clauseReader) verbAt(kind lex.Kind, key []byte) lex.Node {
	if cr == nil || kind != lex.Word || cr.verbs.Miss(key) {
		return lex.NoNode
	}
	return cr.verbs.First(key)
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
		cl.read(cr, lx, lex.Back(caption, tok.Start, clauseBack), win, brand, -1)
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
	if !cl.toEnd(lex.NewTokenizer(caption).At(f.end)) {
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

package disclosure

import (
	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// Deciding whether the clause around a term row's statement label takes
// it back: a denial, a hypothetical, a question, or a statement about
// someone else. The scan asks it (deniedStatement) for each statement
// label a term row matched that is not read as a clause itself.

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
	var q question
	for i := range cr.lexicons {
		lx := &cr.lexicons[i]
		start := cr.statementStart(lx, verb, tok, key, after, win, brand)
		if start == startNone && lx.lang != lang {
			continue
		}
		blocked, other := cr.denies(lx, start, tok, f, caption, win, brand, &q)
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
// that the statement is about someone else. q caches, across the
// languages read, whether the clause ends in a question mark.
func (cr *clauseReader) denies(lx *clauseLexicon, start statementKind, tok lex.Token, f *foundLabel, caption string, win *lex.Window, brand *brandInfo, q *question) (blocked, other bool) {
	var cl clauseParts
	if !tok.AfterBreak() {
		cl.read(cr, lx, caption, tok.Start, win, brand, -1)
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
	if q.asked(caption, f.end) {
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

// question is whether the clause around a statement ends in a question
// mark, read once for the languages that read the statement: 0 not read
// yet, 1 a statement, 2 a question.
type question uint8

// asked reports whether the clause that goes on at end in caption is a
// question, reading it the first time only.
func (q *question) asked(caption string, end int) bool {
	if *q == 0 {
		*q = 1
		if !clauseEndsStatement(lex.NewTokenizer(caption).At(end)) {
			*q = 2
		}
	}
	return *q == 2
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

package disclosure

import (
	"fmt"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// The clause reader reads statements as clauses: "Company X sent me this
// product to try", "I got this for free from @brand", "@glowco hat mir
// das Serum geschenkt". A pack's clause rows are a lexicon per language
// (who the creator is as subject and as recipient, who gives, the verbs
// of each connection, objects, adjuncts, and the words that make a
// clause no statement); the reader reads the clause around a verb of the
// lexicon (clause_reading.go) and decides from the roles it finds there
// (clause_statement.go) whether the creator says they were given, sent,
// paid, sponsored or employed, or earn a commission. It reads a bounded
// window of tokens around the verb, so a caption is read in linear time,
// and it allocates nothing. This file holds the lexicon and its
// compilation.

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

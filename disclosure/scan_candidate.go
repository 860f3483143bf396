package disclosure

import "github.com/influencekit/influencekit/disclosure/internal/lex"

// A candidate is a token the scan's filters let through: the first word
// of a term row, of a clause verb, a hyphenated word or a hashtag where
// the post names a brand. Reading it is the scan's costly part, which
// most tokens skip.

// readCandidate reads the term or the statement that may start at tok
// (key), a token the scan's filters let through: n is its term state
// (lex.NoNode for none), maybe whether a term or a clause verb may start
// there, st the scan's state before it. It fills f and moves cur past
// what it matched, and reports whether a term was found (matched), by a
// table row or as a statement (byRow), and whether it is a phrase the
// opening sentence may open with.
func (m *matcher) readCandidate(f *foundLabel, cur *lex.Tokenizer, tok lex.Token, key []byte, n lex.Node, maybe, hyphenated bool, st scanFacts,
	caption string, brand *brandInfo, found []foundLabel, win *lex.Window) (matched, byRow, phrase bool) {
	if !maybe && !hyphenated {
		// No term or statement can start here, but the tag may be the
		// brand's own ("#glowcopartner").
		return m.brandTag(f, tok, key, brand), false, false
	}
	*f = foundLabel{}
	var mt lex.Match
	at := *cur // past tok: where a clause around it reads on
	if n != lex.NoNode || hyphenated || tok.Kind == lex.Hashtag && brand.Set() {
		ctx := lex.Context{LineStart: st&atLine != 0, AfterStop: st&afterStop != 0, Cue: st&cue != 0, Addressed: st&addressed != 0}
		mt, byRow = lex.MatchToken(&m.lex, n, tok, key, *cur, win, brand, ctx)
		switch {
		case byRow:
			*cur = win.Resume(*cur, mt.Next)
			row := &m.table.terms[mt.Row]
			*f = foundLabel{start: mt.Start, end: mt.End, kind: row.kind, clarity: row.clarity,
				connection: row.connection, row: int32(mt.Row), altered: mt.Altered, single: mt.Single, hashtag: mt.Single && tok.Kind == lex.Hashtag,
				fixable: row.fix != "", foreign: m.table.language != "" && row.lang != "" && row.lang != m.table.language,
				giftClear: row.giftClear, needsBrand: row.brandNamed, trailing: row.trailing}
			// A phrase starts and ends with a word: a statement, if it
			// is the opening sentence's first label (scanText), which
			// is all it is asked for.
			phrase = !mt.Single && row.kind == termLabel && st&opening != 0 && st&openingLabel == 0 &&
				lex.WordBounded(caption, mt.Start, mt.End)
			matched = true
		case tok.Kind == lex.Hashtag:
			matched = m.brandTag(f, tok, key, brand)
		}
	}
	// Then the clause reader's part (clause_scan.go), at a word that
	// may start a statement's verb (verb) or a term row's label: a
	// statement read as a clause around the verb, where no term row
	// matched or one matched that it says more than (the scan goes on
	// at the word after the verb, so that labels inside the statement
	// are found); else a term row's statement that the clause around
	// it denies.
	verb := lex.NoNode
	if maybe {
		verb = m.clauses.verbAt(tok.Kind, key)
	}
	cf, statement := foundLabel{}, false
	if verb != lex.NoNode {
		cf, statement = m.clauseLabel(tok, key, caption, at, win, brand, found, mt, byRow)
	}
	switch {
	case statement:
		*f, *cur, matched, byRow = cf, at, true, true
		phrase = st&opening != 0 && st&openingLabel == 0
	case byRow && m.deniedStatement(verb, tok, key, f, caption, at, win, brand):
		f.kind = termNotLabel // a statement in a denial, a hypothetical, a question, or of someone else
		if s, e, ok := m.takenBack(caption, f.start, f.end, brand, win); ok {
			// Negated or asked and answered no: a denial, which
			// denied-connection reads (readDenials).
			f.kind, f.start, f.end, f.single, f.hashtag = termDenial, s, e, false, false
		}
	}
	return matched, byRow, phrase
}

// brandTag reads the hashtag tok (key) as a tag made of the post's brand
// and one of the table's brand-tag suffixes ("#glowcopartner"), filling
// f, and reports whether it is one.
func (m *matcher) brandTag(f *foundLabel, tok lex.Token, key []byte, brand *brandInfo) bool {
	i := brand.TagRole(key, m.brandRoles)
	if i < 0 {
		return false
	}
	bt := m.table.brandTags[i]
	*f = foundLabel{start: tok.Start, end: tok.End, row: -1, kind: termLabel, clarity: bt.clarity,
		connection: bt.connection, altered: tok.Altered(), single: true, hashtag: true}
	return true
}

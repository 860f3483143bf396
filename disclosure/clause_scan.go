package disclosure

import (
	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// The scan's hooks into the clause reader, which scan.go calls in one
// place: whether a word may start a statement's verb, and a clause found
// as a label; found labels' clause rows (scanPost settles where they
// overlap a term row's, dropCoveredClauses). The third hook, whether a term
// row's statement is denied by its clause, is clause_denial.go's.

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

// clauseRowID returns the foundLabel.row of the table's clause row i: the
// rows after its term rows, so that every index of a found label is a
// row the table can cite (matcher.rowCites).
func (t *termTable) clauseRowID(i int32) int32 { return int32(len(t.terms)) + i }

// isClause reports whether a found label's row is a clause row's.
func (t *termTable) isClause(row int32) bool { return row >= t.clauseRowID(0) }

// clauseRowOf returns the clause row of a found label's row, or false for
// a term row or a brand tag.
func (t *termTable) clauseRowOf(row int32) (*clauseRow, bool) {
	i := int(row) - len(t.terms)
	if i < 0 || i >= len(t.clauses) {
		return nil, false
	}
	return &t.clauses[i], true
}

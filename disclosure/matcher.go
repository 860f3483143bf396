package disclosure

import (
	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// errBadPattern is wrapped by errors for a term table row that does not
// compile; the shipped tables are checked by the tests.
var errBadPattern = lex.ErrBadPattern

// matcher is a compiled term table: its rows' patterns in one
// [lex.Matcher], and the texts its findings repeat. Immutable, safe for
// concurrent use.
type matcher struct {
	table *termTable
	lex   lex.Matcher
	// negation and answer are the table's negations and answers
	// (termTable.negations), each compiled on its own: readDenials
	// matches them around the labels a scan found, never in the scan.
	negation, answer *lex.Matcher
	// negationEnds are the last words of the negations ("not", "an",
	// "une"): a label after any other word is not negated, which
	// readDenials learns without reading the clause.
	negationEnds map[string]struct{}
	// insertMessage and insertText are the insert-label fix's message and
	// inserted text ("Insert \"#ad\" at the start", "#ad "), and
	// placementTodo the advice of a placement finding on a phrase label:
	// made once per table, as nearly every finding offers them.
	insertMessage, insertText, placementTodo string
	// messages holds each rule's message templates (ruleSpec.messages)
	// that name only the table's texts, filled in once; "" for a template
	// that names something of the post.
	messages [numRules][]string
	// labelRows holds, by term row, the texts of findings on its literal
	// labels (labelTexts).
	labelRows [][]labelTexts
	// fixTexts holds, by term row, the text its fixes insert: the clear
	// label the row names and a space ("#sponsored "), "" for none.
	fixTexts []string
	// rowCites[i+1] is the SOURCES.md key row i rests on (rowSource; a
	// clause row's after the term rows), and
	// rowCites[0] a brand tag's; ruleCites[id] the key a finding of rule
	// id rests on (ruleSourceKey).
	rowCites  []string
	ruleCites [numRules]string
	// clauses reads statements as clauses (clause_lexicon.go); nil for a table
	// without clause verbs.
	clauses *clauseReader
	// starts rejects, from one bit, most tokens that start neither a
	// term nor a clause verb, before lex and clauses are asked.
	starts *lex.StartFilter
	// brandRoles are the suffixes of the table's brand tags
	// (termTable.brandTags, in order): "partner" makes "#glowcopartner".
	brandRoles []string
}

// compileTable compiles the rows of t. Where two rows match the same
// tokens, the earlier row wins. It is the one place a termRow becomes a
// lex.Pattern.
func compileTable(t *termTable) (*matcher, error) {
	patterns := make([]lex.Pattern, len(t.terms), len(t.terms)+len(t.openers))
	for i, row := range t.terms {
		patterns[i] = lex.Pattern{Text: row.pattern, Position: lexPosition[row.position]}
	}
	for _, o := range t.openers {
		patterns = append(patterns, lex.Pattern{Text: o, Position: lex.Opener})
	}
	lm, err := lex.Compile(patterns)
	if err != nil {
		return nil, err
	}
	negation, err := compileWords(t.negations)
	if err != nil {
		return nil, err
	}
	answer, err := compileWords(t.answers)
	if err != nil {
		return nil, err
	}
	ends, err := lastWords(t.negations)
	if err != nil {
		return nil, err
	}
	clauses, err := compileClauses(t.clauses)
	if err != nil {
		return nil, err
	}
	roles := make([]string, len(t.brandTags))
	for i, bt := range t.brandTags {
		roles[i] = lex.TagKey(bt.suffix) // "partenaire", "_partner" and "Partner" alike
	}
	m := &matcher{table: t, lex: *lm, negation: negation, answer: answer, negationEnds: ends, clauses: clauses, brandRoles: roles,
		insertMessage: message("Insert %q at the start", t.defaultLabel),
		insertText:    t.defaultLabel + " ",
		placementTodo: message("put %q at the start of the caption, or move the label there", t.defaultLabel),
		rowCites:      make([]string, len(t.terms)+len(t.clauses)+1),
	}
	var verbs *lex.Matcher // none for a table that reads no clauses
	if clauses != nil {
		verbs = clauses.verbs
	}
	m.starts = lex.NewStartFilter(&m.lex, verbs)
	// Term rows, then clause rows (termTable.clauseRowID).
	for i := -1; i < len(t.terms)+len(t.clauses); i++ {
		m.rowCites[i+1] = t.rowSource(int32(i))
	}
	for id, spec := range ruleSpecs {
		m.ruleCites[id] = ruleSourceKey(ruleID(id), t)
		m.messages[id] = make([]string, len(spec.messages))
		for k, tm := range ruleTemplates[id] {
			if b, ok := appendTemplate(nil, tm, m, nil, nil); ok {
				m.messages[id][k] = string(b)
			}
		}
	}
	m.labelRows = labelRows(m)
	m.fixTexts = make([]string, len(t.terms))
	for i, row := range t.terms {
		if row.fix != "" {
			m.fixTexts[i] = row.fix + " "
		}
	}
	return m, nil
}

// compileWords compiles patterns that match anywhere, or returns nil
// for none.
func compileWords(patterns []string) (*lex.Matcher, error) {
	if len(patterns) == 0 {
		return nil, nil
	}
	ps := make([]lex.Pattern, len(patterns))
	for i, p := range patterns {
		ps[i] = lex.Pattern{Text: p}
	}
	return lex.Compile(ps)
}

// lastWords returns the normalized last word of every expansion of
// patterns.
func lastWords(patterns []string) (map[string]struct{}, error) {
	words := map[string]struct{}{}
	for _, p := range patterns {
		pats, err := lex.ExpandPattern(p)
		if err != nil {
			return nil, err
		}
		for _, elems := range pats {
			if n := len(elems); n > 0 {
				words[elems[n-1].Text] = struct{}{}
			}
		}
	}
	return words, nil
}

// lexPosition is the lexer's name of each termPosition.
var lexPosition = [...]lex.Position{
	anywhere:      lex.Anywhere,
	lineStart:     lex.LineStart,
	afterPurchase: lex.AfterPurchase,
	creatorVoice:  lex.CreatorVoice,
	sameLine:      lex.SameLine,
}

// brandInfo is a post's brand as the lexer matches it.
type brandInfo = lex.Brand

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
	// missingMessage is missing-disclosure's message, the most common.
	missingMessage string
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
	roles := make([]string, len(t.brandTags))
	for i, bt := range t.brandTags {
		roles[i] = bt.suffix
	}
	return &matcher{table: t, lex: *lm, negation: negation, answer: answer, negationEnds: ends, brandRoles: roles,
		insertMessage:  message("Insert %q at the start", t.defaultLabel),
		insertText:     t.defaultLabel + " ",
		placementTodo:  message("put %q at the start of the caption, or move the label there", t.defaultLabel),
		missingMessage: message("no disclosure label: add a clear label such as %q at the start of the caption", t.defaultLabel),
	}, nil
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

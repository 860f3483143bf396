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
	patterns := make([]lex.Pattern, len(t.terms))
	for i, row := range t.terms {
		patterns[i] = lex.Pattern{Text: row.pattern, Position: lexPosition[row.position]}
	}
	lm, err := lex.Compile(patterns)
	if err != nil {
		return nil, err
	}
	roles := make([]string, len(t.brandTags))
	for i, bt := range t.brandTags {
		roles[i] = bt.suffix
	}
	return &matcher{table: t, lex: *lm, brandRoles: roles,
		insertMessage:  message("Insert %q at the start", t.defaultLabel),
		insertText:     t.defaultLabel + " ",
		placementTodo:  message("put %q at the start of the caption, or move the label there", t.defaultLabel),
		missingMessage: message("no disclosure label: add a clear label such as %q at the start of the caption", t.defaultLabel),
	}, nil
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

// elem is one element of an expanded pattern, as [expandPattern] gives it.
type elem struct {
	kind elemKind
	text string // normalized, for elemLiteral
}

type elemKind = lex.ElemKind

const (
	elemLiteral = lex.ElemLiteral
	elemBrand   = lex.ElemBrand
	elemAny     = lex.ElemAny
	elemName    = lex.ElemName
)

// expandPattern returns every sequence of elements pattern p stands for,
// or an error wrapping errBadPattern.
func expandPattern(p string) ([][]elem, error) {
	seqs, err := lex.ExpandPattern(p)
	if err != nil {
		return nil, err
	}
	out := make([][]elem, len(seqs))
	for i, s := range seqs {
		out[i] = make([]elem, len(s))
		for j, e := range s {
			out[i][j] = elem{kind: e.Kind, text: e.Text}
		}
	}
	return out, nil
}

// The single-text match the check of a team's terms makes (withTerms):
// a text's first token, read by a tokenizer, matched on its own.

// tokenizer reads the tokens of s, from its start.
type tokenizer struct {
	s       string
	t       lex.Tokenizer
	started bool
}

// normBuf receives a token's normalized text.
type normBuf struct{ k lex.Key }

func (nb *normBuf) bytes() []byte { return nb.k.Bytes() }

func (c *tokenizer) next(nb *normBuf) (lex.Token, bool) {
	if !c.started {
		c.t, c.started = lex.NewTokenizer(c.s), true
	}
	return c.t.Next(&nb.k)
}

// matchContext is what is known about the text before the token matched.
type matchContext struct {
	lineStart, afterStop, cue, addressed bool
}

// match is a term found at a token: its row and its span.
type match struct {
	row, start, end int
}

// matchAt returns the longest term starting with tok, whose normalized
// text is key, reading the tokens after it from after.
func (m *matcher) matchAt(tok lex.Token, key []byte, after tokenizer, b *brandInfo, ctx matchContext) (match, bool) {
	if tok.TooLong() || tok.Kind == lex.URL || tok.Kind == lex.Symbol {
		return match{}, false
	}
	n := m.lex.First(key)
	if n == lex.NoNode {
		return match{}, false
	}
	if !after.started {
		after.t, after.started = lex.NewTokenizer(after.s), true
	}
	var win lex.Window
	mt, ok := lex.MatchGrowing(&m.lex, n, tok, after.t, &win, b, lex.Context{LineStart: ctx.lineStart, AfterStop: ctx.afterStop, Cue: ctx.cue, Addressed: ctx.addressed})
	return match{row: mt.Row, start: mt.Start, end: mt.End}, ok
}

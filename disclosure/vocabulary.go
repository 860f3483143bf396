package disclosure

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// Term is a team's own term for a jurisdiction's table, added through
// [Options].Terms: a house hashtag ("#glowcopartner"), a label the team
// reads more strictly than the regulator ("#gifted" as [Vague]), or a
// word that looks like a label and is none ("#adventure").
//
// Text is matched like the built-in terms: after normalization (NFKC, case
// folding, invisible characters skipped), token by token, with free
// whitespace between tokens; "Ad:" is the word "ad" then ":". It is plain
// text: the tables' pattern syntax ("a|b", a trailing "?", "+", "{brand}")
// is not accepted.
//
// A Term whose text is a built-in term's overrides it: its Clarity and
// Connection win. Longer built-in terms still win where they match
// ("not sponsored" hides a team's "sponsored").
type Term struct {
	// Jurisdiction is the table the term joins.
	Jurisdiction Jurisdiction
	// Text is the term as a caption writes it: at most 256 bytes and 24
	// tokens, with a word or hashtag holding a letter or digit (a lone
	// "#" or "@" cannot stand as a label).
	Text string
	// Clarity grades the label: [Clear], [Ambiguous] or [Vague]. It is
	// [UnknownClarity] for a term that is not a label (NotALabel).
	Clarity Clarity
	// Connection is what the label discloses: [Paid], [Gift],
	// [Affiliate], or [UnknownConnection] for a label that does not say
	// ("#collab"). [NoConnection] is declared on posts only.
	Connection Connection
	// NotALabel makes the text no label wherever it stands, hiding the
	// built-in terms it starts with: "ad hoc" keeps "Ad hoc meeting
	// notes" from opening with the label "Ad".
	NotALabel bool
}

// ErrInvalidTerm is wrapped by NewChecker's errors for an [Options].Terms
// entry that cannot be used: empty text or text of whitespace only, text
// longer than 256 bytes or 24 tokens, text that cannot stand as a label
// (no word or hashtag with a letter or digit: a lone "#" or "@", only
// punctuation), text in the tables' pattern syntax, text that never
// matches as written, a jurisdiction without a pack (built-in or in
// [Options].Packs), a clarity or connection out of range, or two entries
// for one text of one jurisdiction that say different things. Each of
// these is a *[TermError].
var ErrInvalidTerm = errors.New("disclosure: invalid term")

// maxTermBytes and maxTermTokens bound a [Term]'s text: the longest
// built-in label is about 170 bytes and 14 tokens, and a term far longer
// than any label is a mistake (a pasted caption), refused before it is
// compiled.
const (
	maxTermBytes  = 256
	maxTermTokens = 24
)

// TermError is NewChecker's error for one entry of [Options].Terms, in the
// style of strconv.NumError: which entry, and why it cannot be used. Its
// Unwrap returns [ErrInvalidTerm].
type TermError struct {
	// Index is the entry's index in [Options].Terms, counted from 0.
	Index int
	// Term is the entry as given.
	Term Term
	// Reason says what is wrong with it.
	Reason string
}

// Error returns `disclosure: invalid term: Terms[i] "text" for XX: reason`.
func (e *TermError) Error() string {
	return fmt.Sprintf("%s: Terms[%d] %q for %s: %s", ErrInvalidTerm, e.Index, e.Term.Text, e.Term.Jurisdiction, e.Reason)
}

// Unwrap returns [ErrInvalidTerm].
func (e *TermError) Unwrap() error { return ErrInvalidTerm }

// termErr returns the error of Options.Terms[i].
func termErr(i int, t Term, why string) error {
	return &TermError{Index: i, Term: t, Reason: why}
}

// row returns the term table row of t.
func (t Term) row() termRow {
	if t.NotALabel {
		return termRow{pattern: t.Text, kind: termNotLabel, custom: true}
	}
	return termRow{pattern: t.Text, kind: termLabel, clarity: t.Clarity, connection: t.Connection, custom: true}
}

// validate checks what can be checked of t alone.
func (t Term) validate(i int) error {
	text := strings.TrimSpace(t.Text)
	switch {
	case text == "":
		return termErr(i, t, "the text is empty")
	case strings.ContainsAny(text, "|{}+"):
		return termErr(i, t, `"|", "{", "}" and "+" are the tables' pattern syntax, not plain text`)
	case t.NotALabel && (t.Clarity != UnknownClarity || t.Connection != UnknownConnection):
		return termErr(i, t, "a term that is not a label has no clarity or connection")
	case !t.NotALabel && (t.Clarity == UnknownClarity || t.Clarity > Vague):
		return termErr(i, t, "a label's clarity is clear, ambiguous or vague")
	case t.Connection >= NoConnection:
		return termErr(i, t, "a label's connection is paid, gift, affiliate or unknown")
	case len(t.Text) > maxTermBytes:
		return termErr(i, t, fmt.Sprintf("the text is %d bytes long, over the bound of %d", len(t.Text), maxTermBytes))
	}
	for _, piece := range strings.Fields(text) {
		if len(piece) > 1 && strings.HasSuffix(piece, "?") {
			return termErr(i, t, `a piece ending in "?" is optional in the tables' pattern syntax`)
		}
	}
	return t.validateTokens(i, text)
}

// validateTokens checks t's tokens in one pass over text: at most
// maxTermTokens of them, and at least one word or hashtag with a letter
// or digit, without which the text cannot stand as a label (a lone "#"
// would make every lone "#" in a caption a label).
func (t Term) validateTokens(i int, text string) error {
	tz := lex.NewTokenizer(text)
	var key lex.Key
	n, standing := 0, false
	for {
		tok, ok := tz.Next(&key)
		if !ok {
			break
		}
		if n++; n > maxTermTokens {
			return termErr(i, t, fmt.Sprintf("the text has more than %d tokens", maxTermTokens))
		}
		if (tok.Kind == lex.Word || tok.Kind == lex.Hashtag) && strings.IndexFunc(text[tok.Start:tok.End], isLetterOrDigit) >= 0 {
			standing = true
		}
	}
	if n > 0 && !standing {
		return termErr(i, t, "it cannot stand as a label: it has no word or hashtag with a letter or digit")
	}
	return nil
}

// isLetterOrDigit reports a letter or a digit in any script.
func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// withTerms returns the compiled tables of the jurisdictions that terms
// adds to, each a table of packs with the terms first (so that they win
// over a pack's row matching the same tokens), checked: each term must
// match its own text, whole, as its own row.
func withTerms(terms []Term, packs map[Jurisdiction]*termTable) (map[Jurisdiction]*matcher, error) {
	if len(terms) == 0 {
		return nil, nil
	}
	type seen struct {
		i int
		t Term
	}
	byKey := map[string]seen{}
	rows := map[Jurisdiction][]termRow{}
	for i, t := range terms {
		if err := t.validate(i); err != nil {
			return nil, err
		}
		if packs[t.Jurisdiction] == nil {
			return nil, termErr(i, t, "the jurisdiction is not declared: it has no pack")
		}
		pats, err := lex.ExpandPattern(t.Text)
		if err != nil {
			return nil, termErr(i, t, err.Error())
		}
		var key strings.Builder
		key.WriteString(t.Jurisdiction.String())
		for _, e := range pats[0] {
			key.WriteByte(0)
			key.WriteString(e.Text)
		}
		if prev, ok := byKey[key.String()]; ok {
			if prev.t.Clarity != t.Clarity || prev.t.Connection != t.Connection || prev.t.NotALabel != t.NotALabel {
				return nil, termErr(i, t, fmt.Sprintf("conflicts with Terms[%d] %q, which says otherwise", prev.i, prev.t.Text))
			}
			return nil, termErr(i, t, fmt.Sprintf("repeats Terms[%d] %q", prev.i, prev.t.Text))
		}
		byKey[key.String()] = seen{i, t}
		rows[t.Jurisdiction] = append(rows[t.Jurisdiction], t.row())
	}
	tables := make(map[Jurisdiction]*matcher, len(rows))
	for j, custom := range rows {
		t := *packs[j]
		t.terms = slices.Concat(custom, t.terms)
		m, err := compileTable(&t)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrInvalidTerm, err)
		}
		tables[j] = m
	}
	// Each term must match its own text, whole, as its own row.
	n := map[Jurisdiction]int{}
	for i, term := range terms {
		m := tables[term.Jurisdiction]
		row := n[term.Jurisdiction]
		n[term.Jurisdiction]++
		got, ok := wholeMatch(m, strings.TrimSpace(term.Text))
		switch {
		case !ok && got == noToken:
			return nil, termErr(i, term, "the text has no token")
		case !ok || got != row:
			return nil, termErr(i, term, "it never matches as written: the tokenizer reads it otherwise (a lone symbol, a link, a word too long) or a longer built-in term takes it")
		}
	}
	return tables, nil
}

// noToken is wholeMatch's row for a text without a token.
const noToken = -2

// wholeMatch returns the row of m that matches all of text at the start
// of a line, with ok; or noToken for a text without a token, or -1 where
// no row matches it whole.
func wholeMatch(m *matcher, text string) (row int, ok bool) {
	cur := lex.NewTokenizer(text)
	var key lex.Key
	tok, ok := cur.Next(&key)
	if !ok {
		return noToken, false
	}
	if tok.TooLong() || tok.Kind == lex.URL || tok.Kind == lex.Symbol {
		return -1, false
	}
	n := m.lex.First(key.Bytes())
	if n == lex.NoNode {
		return -1, false
	}
	var win lex.Window
	var brand brandInfo
	mt, ok := lex.MatchGrowing(&m.lex, n, tok, cur, &win, &brand, lex.Context{LineStart: true})
	if !ok || mt.Start != 0 || mt.End != len(text) {
		return -1, false
	}
	return mt.Row, true
}

// denied reports a label of caption that its own sentence takes back, which a fix
// must not move to the front or replace, or the caption would affirm
// what it denies: a label asked about ("Sponsored? No!", "#ad ? nope",
// "¿Publicidad?"), or one a negation row of the pack negates just before
// it (negatedAt, the test the denial reading applies: "not #ad", "kein
// #werbung").
func (m *matcher) denied(caption string, f foundLabel, brand *brandInfo, win *lex.Window) bool {
	after := caption[f.end:]
	for len(after) > 0 && (after[0] == ' ' || after[0] == '\t') {
		after = after[1:]
	}
	if strings.HasPrefix(after, "?") || strings.HasPrefix(after, "？") || strings.HasSuffix(caption[:f.start], "¿") {
		return true
	}
	_, negated := m.negatedAt(caption, f.start, brand, win)
	return negated
}

package disclosure

import (
	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// Reading a clause: the constituents of the bounded window of tokens
// around a verb of the lexicon, each given its role; which of them make
// a statement is decided in clause_statement.go.

// Bounds of the window a clause is read in.
const (
	// clauseBack is how many bytes before its verb a clause is read from
	// (lex.Back): moved on past a space so that reading starts at a
	// token; the tokens read before the clause's own start are dropped at
	// the punctuation that ends the clause before.
	clauseBack = 160
	// maxClauseParts bounds the constituents kept of a clause; before the
	// verb the earliest are dropped.
	maxClauseParts = 24
	// maxAfterVerb is how many constituents after the verb are read.
	maxAfterVerb = 10
	// nearBefore and nearAfter are how many constituents may stand
	// between the verb and its recipient or passive auxiliary before it
	// ("me lo ha enviado", "hat mir das Serum geschenkt"), and its
	// recipient after it ("gifted this serum to me").
	nearBefore, nearAfter = 5, 3
	// negationAfter is how far after the verb a negation still denies it:
	// "they paid me nothing".
	negationAfter = 2
	// clauseEndReach is how many tokens past its last part a clause's end
	// is looked for, whose "?" makes it a question.
	clauseEndReach = 16
)

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
	// The words before the verb; a clause break starts over.
	if !tok.AfterBreak() {
		cl.read(cr, lx, caption, tok.Start, win, brand, -1)
	}
	cl.add(clausePart{role: cr.rows[vrow].role, row: vrow, start: tok.Start, end: mt.End, altered: mt.Altered})
	verb := cl.n - 1
	// The words after it, up to the clause's end; a "?" there makes it a
	// question.
	if !cl.read(cr, lx, caption, mt.End, win, brand, verb) {
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

// read reads the parts of caption with lx: before the verb (verb < 0)
// the words up to at, where it starts, from clauseBack bytes before it,
// starting over at each clause break; after it (verb the verb's part)
// the words from at, where it ends, up to the clause's end, maxAfterVerb
// parts, or a second verb of the lexicon, which starts a clause of its
// own. It reports false for a clause that ends in a question mark. It
// reads one token at a time, so that reading stops where the clause
// does.
func (cl *clauseParts) read(cr *clauseReader, lx *clauseLexicon, caption string, at int, win *lex.Window, brand *brandInfo, verb int) bool {
	// Before the verb, from a text that ends at it, so that no phrase
	// runs into the verb.
	tz := lex.NewTokenizer(caption).At(at)
	if verb < 0 {
		tz = lex.Back(caption, at, clauseBack)
	}
	var nb lex.Key
	for {
		tk, ok := tz.Next(&nb)
		if !ok {
			return true
		}
		key := nb.Bytes()
		if tk.AfterBreak() || endsClause(tk, key) {
			if verb >= 0 {
				return tk.AfterBreak() || string(key) != "?"
			}
			cl.n, cl.bp = 0, brandProgress{}
			continue
		}
		if verb >= 0 && (cl.n-verb > maxAfterVerb || cl.n == len(cl.parts) || tk.Kind == lex.Word && !lx.verbs.Miss(key) && lx.verbs.First(key) != lex.NoNode) {
			// Enough words read, or another verb, whose words are its
			// own clause's: only the clause's end is still wanted.
			return clauseEndsStatement(tz)
		}
		p := clausePart{role: roleUnknown, row: -1, start: tk.Start, end: tk.End, altered: tk.Altered()}
		switch tk.Kind {
		case lex.Mention:
			p.role, p.named = roleAgent, true
		case lex.Word:
			if next := cr.classify(lx, &p, tk, tz, win, brand, key); next > 0 {
				// A phrase of next more tokens: read on past it.
				tz = win.Resume(tz, next)
			}
		}
		cl.add(p)
		if p.role == roleUnknown && tk.Kind == lex.Word && brand.Set() {
			cl.bp.word(cl.parts[:cl.n], cl.n-1, key, brand)
		}
	}
}

// clauseEndsStatement reads on from tz to the clause's end, past the
// parts read, for the punctuation that ends it: up to clauseEndReach
// tokens, one at a time, since the end is most often the next token or
// two. It reports false when that is a "?", which makes the clause a
// question.
func clauseEndsStatement(tz lex.Tokenizer) bool {
	var key lex.Key
	for range clauseEndReach {
		tk, ok := tz.Next(&key)
		if !ok {
			return true
		}
		if k := key.Bytes(); tk.AfterBreak() || endsClause(tk, k) {
			return tk.AfterBreak() || string(k) != "?"
		}
	}
	return true
}

// classify reads the word tk (key) and the words after it (which after
// reads) as a phrase of lx when one starts there, filling p, and returns
// how many tokens after tk the phrase takes.
func (cr *clauseReader) classify(lx *clauseLexicon, p *clausePart, tk lex.Token, after lex.Tokenizer, win *lex.Window, brand *brandInfo, key []byte) int {
	if lx.words.Miss(key) {
		return 0
	}
	nd := lx.words.First(key)
	if nd == lex.NoNode {
		return 0
	}
	mt, ok := lex.MatchGrowing(lx.words, nd, tk, after, win, brand, lex.Context{})
	if !ok {
		return 0
	}
	row := lx.row[mt.Row]
	r := &cr.rows[row]
	p.role, p.named, p.row, p.end = r.role, r.named, row, mt.End
	p.altered = p.altered || mt.Altered
	return mt.Next
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

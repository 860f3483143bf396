package disclosure

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/influencekit/influencekit"
)

// Pack is everything the package knows about one jurisdiction, read from a
// pack file: its labels with their clarity, connection, language and
// position, the statements, denials, editing labels and claims it reads,
// its thresholds, its gift policy, the label it suggests, its authority
// and the source of every row. The built-in packs are embedded in the
// package ([LookupPack]); [ParsePack] reads a team's own, which
// [Options].Packs adds to a [Checker]. A Pack is immutable and safe for
// concurrent use. The format is described in the package documentation,
// "Packs".
type Pack struct {
	code  string
	table termTable
	// compiled is the table compiled, shared by every Checker that uses
	// the pack as it is.
	compiled *matcher
	// at is where each directive's value is written, for errors found
	// after reading.
	at map[string]packPos
}

// packPos is a place in a pack file, counted from 1.
type packPos struct{ line, col int }

// Code returns the pack's jurisdiction code as its file writes it, upper
// case: "US", "DE", or a team's own code such as "XK".
func (p *Pack) Code() string { return p.code }

// Authority returns the name the pack's messages give the rules'
// authority: "US FTC", "German media authorities'".
func (p *Pack) Authority() string { return p.table.authority }

// Source returns the SOURCES.md key of the pack's main guidance, which its
// rows rest on unless they name another; see [LookupSource].
func (p *Pack) Source() string { return p.table.source }

// SuggestedLabel returns the clear label the package suggests for the
// jurisdiction, and inserts at the start of a caption that lacks one:
// "#ad" in the US, "Werbung" in Germany, "Publicité" in France.
func (p *Pack) SuggestedLabel() string { return p.table.defaultLabel }

// Language returns the ISO 639-1 code of the language the jurisdiction's
// labels must be in ("fr"), or "" when any label the pack calls clear will
// do.
func (p *Pack) Language() string { return p.table.language }

// GiftWithoutControl reports the jurisdiction's gift policy: true when a
// gift label the pack calls risky ("#gifted") is enough for a deal in
// which the creator is paid only in product and the brand has no control
// over the content (the UK: asa-influencers-guide), false when a gift
// needs a clear label like any other connection.
func (p *Pack) GiftWithoutControl() bool { return p.table.giftWithoutControl }

// Packs whose files fail to read report a *PackError.
var (
	// ErrInvalidPack is wrapped by every error of a pack that does not
	// read: [ParsePack]'s [PackError] and [NewChecker]'s errors for
	// [Options].Packs.
	ErrInvalidPack = errors.New("disclosure: invalid pack")
)

// PackError is the error of a pack file that does not read: where, and
// what was expected there. Its Unwrap returns [ErrInvalidPack].
type PackError struct {
	// File is the name of the file that does not read: the name passed
	// to [ParsePack], or an included rows file ("en.rows").
	File string
	// Line and Col locate the problem, both counted from 1; Col counts
	// bytes, as Go's own positions do.
	Line, Col int
	// Msg says what was expected and what was found.
	Msg string
}

// Error returns "disclosure: invalid pack: file:line:col: msg".
func (e *PackError) Error() string {
	return fmt.Sprintf("%s: %s:%d:%d: %s", ErrInvalidPack, e.File, e.Line, e.Col, e.Msg)
}

// Unwrap returns [ErrInvalidPack].
func (e *PackError) Unwrap() error { return ErrInvalidPack }

// The built-in packs and the rows they share, embedded.
//
//go:embed packs/*.pack packs/*.rows
var packFiles embed.FS

// ParsePack reads a pack file: name is the name its errors give it
// ("xk.pack"), data its text. An "include" line reads rows shared by the
// built-in packs ("include en/claims"). It returns a *[PackError] naming
// the file, line and column of the first problem. A pack for a code that
// names a built-in [Jurisdiction] overrides that jurisdiction's pack in a
// Checker whose [Options].Packs holds it; any other code is a market of
// its own ([Checker.Jurisdiction]).
func ParsePack(name string, data []byte) (*Pack, error) {
	shared, err := sharedRows()
	if err != nil {
		return nil, err
	}
	p, err := parsePack(name, string(data), shared)
	if err != nil {
		return nil, err
	}
	return p, p.compile(name)
}

// LookupPack returns the built-in pack of j, and false for a value outside
// the declared jurisdictions. Every declared [Jurisdiction] has one.
func LookupPack(j Jurisdiction) (*Pack, bool) {
	b, err := builtins()
	if err != nil || int(j) >= len(b.packs) {
		return nil, false
	}
	return b.packs[j], true
}

// builtinSet is the built-in packs, by Jurisdiction, and their compiled
// tables, made once and shared by every Checker.
type builtinSet struct {
	packs    []*Pack
	matchers []*matcher
}

// builtins reads and compiles the embedded packs once.
var builtins = sync.OnceValues(func() (*builtinSet, error) {
	shared, err := sharedRows()
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(packFiles, "packs/*.pack")
	if err != nil {
		return nil, err
	}
	b := &builtinSet{packs: make([]*Pack, jurisdictionNames.Len()), matchers: make([]*matcher, jurisdictionNames.Len())}
	for _, name := range names {
		data, err := packFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		p, err := parsePack(path.Base(name), string(data), shared)
		if err != nil {
			return nil, err
		}
		j, err := ParseJurisdiction(p.code)
		if err != nil || j.String() != p.code || path.Base(name) != strings.ToLower(p.code)+".pack" {
			return nil, fmt.Errorf("%w: %s declares %q: a built-in pack is <code>.pack for a declared jurisdiction", ErrInvalidPack, name, p.code)
		}
		if b.packs[j] != nil {
			return nil, fmt.Errorf("%w: a second pack for %s", ErrInvalidPack, j)
		}
		p.table.jurisdiction = j
		if err := p.compile(path.Base(name)); err != nil {
			return nil, err
		}
		b.packs[j], b.matchers[j] = p, p.compiled
	}
	for j, p := range b.packs {
		if p == nil {
			return nil, fmt.Errorf("%w: no pack for %s", ErrInvalidPack, Jurisdiction(j))
		}
	}
	return b, nil
})

// compile compiles p's table and checks that its suggested label is one
// of its clear labels and its editing label one of its editing rows, so
// that the fixes that insert them leave a caption that passes.
func (p *Pack) compile(name string) error {
	m, err := compileTable(&p.table)
	if err != nil {
		return err
	}
	for _, want := range []struct {
		text, directive string
		ok              func(termRow) bool
		what            string
	}{
		{p.table.defaultLabel, "suggest", func(r termRow) bool { return r.kind == termLabel && r.clarity == Clear }, "a clear label of the pack"},
		{p.table.editingLabel, "editing-label", func(r termRow) bool { return r.kind == termEditing }, "an editing row of the pack"},
	} {
		row, ok := wholeMatch(m, want.text)
		if !ok || !want.ok(p.table.terms[row]) {
			at := p.at[want.directive]
			return &PackError{File: name, Line: at.line, Col: at.col, Msg: fmt.Sprintf("expected %s, found %q, which the pack reads otherwise", want.what, want.text)}
		}
	}
	p.compiled = m
	return nil
}

// sharedRows reads the embedded rows files once: the rows packs include
// by "include <file>/<section>", keyed so.
var sharedRows = sync.OnceValues(func() (map[string][]termRow, error) {
	names, err := fs.Glob(packFiles, "packs/*.rows")
	if err != nil {
		return nil, err
	}
	rows := map[string][]termRow{}
	for _, name := range names {
		data, err := packFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if err := parseRows(path.Base(name), string(data), rows); err != nil {
			return nil, err
		}
	}
	return rows, nil
})

// packReader reads one file's lines.
type packReader struct {
	file string
	line int
	text string // the line
}

// fail returns the error of a problem at byte col of the current line.
func (r *packReader) fail(col int, format string, args ...any) error {
	return &PackError{File: r.file, Line: r.line, Col: col + 1, Msg: fmt.Sprintf(format, args...)}
}

// word is one item of a line: a bare word, a quoted string, or key=value.
type word struct {
	col    int    // byte offset of its start in the line
	key    string // for key=value
	text   string // the word, the unquoted string or the value
	quoted bool   // text was quoted (a bare value or the value of key=value)
}

// words splits the current line into words. A quoted string is written
// in double quotes with \" and \\ as its only escapes.
func (r *packReader) words() ([]word, error) {
	var ws []word
	s := r.text
	i := 0
	for {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i == len(s) {
			return ws, nil
		}
		w := word{col: i}
		start := i
		for i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '"' && s[i] != '=' {
			i++
		}
		if i < len(s) && s[i] == '=' {
			if i == start {
				return nil, r.fail(i, "expected a name before %q", "=")
			}
			w.key = s[start:i]
			i++
			start = i
		}
		if i < len(s) && s[i] == '"' {
			if i != start {
				return nil, r.fail(i, "expected a space before a quoted string")
			}
			var b strings.Builder
			i++
			for {
				if i == len(s) {
					return nil, r.fail(start, "expected a closing %q", `"`)
				}
				c := s[i]
				if c == '"' {
					i++
					break
				}
				if c == '\\' {
					if i+1 == len(s) || s[i+1] != '"' && s[i+1] != '\\' {
						return nil, r.fail(i, `expected \" or \\ after a backslash`)
					}
					i++
					c = s[i]
				}
				b.WriteByte(c)
				i++
			}
			if i < len(s) && s[i] != ' ' && s[i] != '\t' {
				return nil, r.fail(i, "expected a space after a quoted string")
			}
			w.text, w.quoted = b.String(), true
		} else {
			for i < len(s) && s[i] != ' ' && s[i] != '\t' {
				if s[i] == '"' || s[i] == '=' {
					return nil, r.fail(i, "expected a space before %q", s[i:i+1])
				}
				i++
			}
			w.text = s[start:i]
			if w.text == "" {
				return nil, r.fail(start, "expected a value after %q", w.key+"=")
			}
		}
		ws = append(ws, w)
	}
}

// lines calls fn with each line of text that is neither blank nor a
// comment (its first non-space byte is "#").
func (r *packReader) lines(text string, fn func() error) error {
	for r.line = 1; text != ""; r.line++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		r.text = strings.TrimSuffix(line, "\r")
		trimmed := strings.TrimLeft(r.text, " \t")
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		if err := fn(); err != nil {
			return err
		}
	}
	return nil
}

// rowKinds maps a row's first word to its kind.
var rowKinds = map[string]termKind{
	"label": termLabel, "not-label": termNotLabel, "editing": termEditing, "claim": termClaim, "cue": termCue,
}

// positionWords maps a position word to its termPosition.
var positionWords = map[string]termPosition{
	"line-start": lineStart, "after-purchase": afterPurchase, "creator-voice": creatorVoice, "same-line": sameLine,
}

// clarityWords and connectionWords map the words a row grades with.
var (
	clarityWords    = map[string]Clarity{"clear": Clear, "ambiguous": Ambiguous, "vague": Vague}
	connectionWords = map[string]Connection{"paid": Paid, "gift": Gift, "affiliate": Affiliate}
)

// row reads a row line whose first word ws[0] is a row kind or
// "trailing", appending its rows to out.
func (r *packReader) row(ws []word, out []termRow) ([]termRow, error) {
	if len(ws) < 2 || !ws[1].quoted || ws[1].key != "" {
		col := len(r.text)
		if len(ws) > 1 {
			col = ws[1].col
		}
		return nil, r.fail(col, "expected a quoted pattern after %q", ws[0].text)
	}
	row := termRow{pattern: ws[1].text, kind: rowKinds[ws[0].text]}
	if err := checkPattern(row.pattern); err != nil {
		return nil, r.fail(ws[1].col, "%s", strings.TrimPrefix(err.Error(), errBadPattern.Error()+" "))
	}
	var seen map[string]bool
	once := func(w word, what string) error {
		if seen[what] {
			return r.fail(w.col, "a second %s", what)
		}
		if seen == nil {
			seen = map[string]bool{}
		}
		seen[what] = true
		return nil
	}
	isLabel := row.kind == termLabel || ws[0].text == "trailing"
	for _, w := range ws[2:] {
		if w.key == "" && w.quoted {
			return nil, r.fail(w.col, "expected a word or key=value, found a quoted string")
		}
		var err error
		switch k := w.key; {
		case k == "lang":
			err = once(w, "lang")
			row.lang = w.text
			if err == nil && !isLanguageCode(w.text) {
				err = r.fail(w.col, "expected an ISO 639-1 code of two lower-case letters, found %q", w.text)
			}
		case k == "source":
			err = once(w, "source")
			row.source = w.text
			if err == nil {
				err = r.sourceKey(w)
			}
		case k == "fix":
			err = once(w, "fix")
			row.fix = w.text
		case k != "":
			err = r.fail(w.col, "expected lang=, source= or fix=, found %q", k+"=")
		case clarityWords[w.text] != UnknownClarity && isLabel:
			err = once(w, "clarity")
			row.clarity = clarityWords[w.text]
		case connectionWords[w.text] != UnknownConnection && isLabel:
			err = once(w, "connection")
			row.connection = connectionWords[w.text]
		case positionWords[w.text] != anywhere:
			err = once(w, "position")
			row.position = positionWords[w.text]
		case w.text == "gift-clear" && isLabel:
			err = once(w, w.text)
			row.giftClear = true
		case w.text == "brand-named" && isLabel:
			err = once(w, w.text)
			row.brandNamed = true
		case isLabel:
			err = r.fail(w.col, "expected a clarity, a connection, a position, gift-clear, brand-named, lang=, source= or fix=, found %q", w.text)
		default:
			err = r.fail(w.col, "expected a position (line-start, after-purchase, creator-voice, same-line), lang=, source= or fix=, found %q", w.text)
		}
		if err != nil {
			return nil, err
		}
	}
	if isLabel && row.clarity == UnknownClarity {
		return nil, r.fail(len(r.text), "expected a clarity (clear, ambiguous or vague) in a %s row", ws[0].text)
	}
	if ws[0].text != "trailing" {
		return append(out, row), nil
	}
	if row.position != anywhere || row.fix != "" || row.giftClear || row.brandNamed {
		return nil, r.fail(ws[0].col, "a trailing row takes only a clarity, a connection, lang= and source=")
	}
	return append(out, trailingLabelRows(row.pattern, row.clarity, row.connection, row.lang, row.source)...), nil
}

// sourceKey checks a source key's spelling: lower-case letters, digits
// and hyphens.
func (r *packReader) sourceKey(w word) error {
	if w.text == "" || strings.Trim(w.text, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" {
		return r.fail(w.col, "expected a SOURCES.md key (lower-case letters, digits and hyphens), found %q", w.text)
	}
	if _, ok := LookupSource(w.text); !ok {
		return r.fail(w.col, "expected a key of SOURCES.md that LookupSource knows, found %q", w.text)
	}
	return nil
}

// isLanguageCode reports whether s is two lower-case ASCII letters.
func isLanguageCode(s string) bool {
	return len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}

// checkPattern reports whether a row's pattern compiles on its own.
func checkPattern(pattern string) error {
	pats, err := expandPattern(pattern)
	if err != nil {
		return err
	}
	for _, elems := range pats {
		if len(elems) == 0 || elems[0].kind != elemLiteral {
			return fmt.Errorf("%w %q: must start with a literal", errBadPattern, pattern)
		}
	}
	return nil
}

// parseRows reads a rows file: "[section]" lines, each followed by the
// rows it holds, added to rows under "<file>/<section>" (file without
// ".rows").
func parseRows(name, text string, rows map[string][]termRow) error {
	r := &packReader{file: name}
	base := strings.TrimSuffix(name, ".rows")
	section := ""
	return r.lines(text, func() error {
		trimmed := strings.TrimSpace(r.text)
		if strings.HasPrefix(trimmed, "[") {
			col := strings.Index(r.text, "[")
			if !strings.HasSuffix(trimmed, "]") || len(trimmed) < 3 || strings.ContainsAny(trimmed[1:len(trimmed)-1], " \t[]") {
				return r.fail(col, "expected a section name in brackets: [name]")
			}
			section = base + "/" + trimmed[1:len(trimmed)-1]
			if _, ok := rows[section]; ok {
				return r.fail(col, "a second section %q", trimmed)
			}
			rows[section] = []termRow{}
			return nil
		}
		ws, err := r.words()
		if err != nil {
			return err
		}
		if _, ok := rowKinds[ws[0].text]; !ok && ws[0].text != "trailing" || ws[0].key != "" {
			return r.fail(ws[0].col, "expected a row (label, not-label, editing, claim, cue, trailing) or [section], found %q", ws[0].text)
		}
		if section == "" {
			return r.fail(ws[0].col, "expected a [section] before the first row")
		}
		rows[section], err = r.row(ws, rows[section])
		return err
	})
}

// parsePack reads a pack file's text; shared holds the rows its includes
// may name.
func parsePack(name, text string, shared map[string][]termRow) (*Pack, error) {
	r := &packReader{file: name}
	p := &Pack{at: map[string]packPos{}}
	t := &p.table
	seen := map[string]bool{}
	err := r.lines(text, func() error {
		ws, err := r.words()
		if err != nil {
			return err
		}
		head := ws[0]
		if head.key != "" || head.quoted {
			return r.fail(head.col, "expected a directive or a row, found %q", r.text[head.col:])
		}
		if _, ok := rowKinds[head.text]; ok || head.text == "trailing" {
			t.terms, err = r.row(ws, t.terms)
			return err
		}
		switch head.text {
		case "include":
			return r.include(ws, t, shared)
		case "brand-tag":
			return r.brandTag(ws, t)
		case "fold":
			return r.fold(ws, t)
		}
		set, ok := packDirectives[head.text]
		if !ok {
			return r.fail(head.col, "expected a directive (%s) or a row (label, not-label, editing, claim, cue, trailing, brand-tag, include), found %q", strings.Join(directiveNames(), ", "), head.text)
		}
		if seen[head.text] {
			return r.fail(head.col, "a second %q", head.text)
		}
		seen[head.text] = true
		if len(ws) < 2 {
			return r.fail(len(r.text), "expected a value after %q", head.text)
		}
		p.at[head.text] = packPos{r.line, ws[1].col + 1}
		if last := ws[len(ws)-1]; set.cites && len(ws) == 3 && last.key == "source" {
			if err := r.sourceKey(last); err != nil {
				return err
			}
			if t.thresholdSources == nil {
				t.thresholdSources = map[string]string{}
			}
			t.thresholdSources[head.text] = last.text
			ws = ws[:2]
		}
		if set.multi {
			for _, w := range ws[1:] {
				if err := r.plainValue(w); err != nil {
					return err
				}
			}
		} else if len(ws) > 2 {
			return r.fail(ws[2].col, "expected the end of the line after %s's value", head.text)
		}
		return set.set(r, p, ws[1:])
	})
	if err != nil {
		return nil, err
	}
	for _, d := range directiveNames() {
		if packDirectives[d].required && !seen[d] {
			return nil, &PackError{File: name, Line: 1, Col: 1, Msg: fmt.Sprintf("expected a line %q; the pack has none", d+" ...")}
		}
	}
	return p, nil
}

// plainValue checks that w is a bare word, not key=value.
func (r *packReader) plainValue(w word) error {
	if w.key != "" {
		return r.fail(w.col, "expected a value, found %q", w.key+"=")
	}
	return nil
}

// include reads "include <file>/<section> [clarity]": the shared rows,
// regraded to clarity when one is given.
func (r *packReader) include(ws []word, t *termTable, shared map[string][]termRow) error {
	if len(ws) < 2 || ws[1].key != "" || ws[1].quoted {
		return r.fail(len(r.text), "expected a shared section after include, such as en/claims")
	}
	rows, ok := shared[ws[1].text]
	if !ok {
		names := make([]string, 0, len(shared))
		for k := range shared {
			names = append(names, k)
		}
		slices.Sort(names)
		return r.fail(ws[1].col, "expected a shared section (%s), found %q", strings.Join(names, ", "), ws[1].text)
	}
	switch {
	case len(ws) == 2:
		t.terms = append(t.terms, rows...)
	case len(ws) == 3 && ws[2].key == "" && !ws[2].quoted && clarityWords[ws[2].text] != UnknownClarity:
		for _, row := range rows {
			row.clarity = clarityWords[ws[2].text]
			t.terms = append(t.terms, row)
		}
	case len(ws) == 3:
		return r.fail(ws[2].col, "expected a clarity (clear, ambiguous or vague) to regrade the rows, found %q", ws[2].text)
	default:
		return r.fail(ws[3].col, "expected the end of the line after the clarity")
	}
	return nil
}

// brandTag reads "brand-tag <suffix> <clarity> [connection]".
func (r *packReader) brandTag(ws []word, t *termTable) error {
	if len(ws) < 3 || !ws[1].quoted || ws[1].key != "" {
		return r.fail(len(r.text), `expected brand-tag "<suffix>" <clarity> [connection]`)
	}
	bt := brandTagRow{suffix: ws[1].text}
	if bt.suffix == "" || strings.ContainsAny(bt.suffix, " #@") {
		return r.fail(ws[1].col, "expected a suffix of letters and digits, found %q", bt.suffix)
	}
	if bt.clarity = clarityWords[ws[2].text]; bt.clarity == UnknownClarity || ws[2].key != "" || ws[2].quoted {
		return r.fail(ws[2].col, "expected a clarity (clear, ambiguous or vague), found %q", ws[2].text)
	}
	if len(ws) > 3 {
		if bt.connection = connectionWords[ws[3].text]; bt.connection == UnknownConnection || ws[3].key != "" || ws[3].quoted {
			return r.fail(ws[3].col, "expected a connection (paid, gift or affiliate), found %q", ws[3].text)
		}
	}
	if len(ws) > 4 {
		return r.fail(ws[4].col, "expected the end of the line after the connection")
	}
	t.brandTags = append(t.brandTags, bt)
	return nil
}

// fold reads "fold <platform> <chars> [source=key]": the platform's
// visible prefix in the jurisdiction.
func (r *packReader) fold(ws []word, t *termTable) error {
	if len(ws) < 3 || ws[1].key != "" || ws[1].quoted {
		return r.fail(len(r.text), "expected fold <platform> <characters>, such as fold instagram 125")
	}
	p, err := influencekit.ParsePlatform(ws[1].text)
	if err != nil || p == influencekit.UnknownPlatform {
		return r.fail(ws[1].col, "expected a platform (instagram, tiktok, youtube, ...), found %q", ws[1].text)
	}
	if slices.ContainsFunc(t.folds, func(f packFold) bool { return f.platform == p }) {
		return r.fail(ws[1].col, "a second fold for %s", p)
	}
	f := packFold{platform: p, source: t.source}
	if err := r.count(ws[2], 0, 100000, &f.chars); err != nil {
		return err
	}
	switch {
	case len(ws) == 4 && ws[3].key == "source":
		if err := r.sourceKey(ws[3]); err != nil {
			return err
		}
		f.source = ws[3].text
	case len(ws) > 3:
		return r.fail(ws[3].col, "expected source=key or the end of the line after the fold")
	}
	t.folds = append(t.folds, f)
	return nil
}

// packDirective is one of a pack's directive lines.
type packDirective struct {
	required bool
	multi    bool // takes one or more values, not one
	cites    bool // a threshold: its value may be followed by source=key
	set      func(r *packReader, p *Pack, vals []word) error
}

// packDirectives are the directive lines a pack may hold, each once.
var packDirectives = map[string]packDirective{
	"jurisdiction": {required: true, set: func(r *packReader, p *Pack, v []word) error {
		code := v[0].text
		if v[0].quoted || v[0].key != "" || len(code) < 2 || len(code) > 3 || strings.Trim(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
			return r.fail(v[0].col, "expected a code of two or three upper-case letters, found %q", code)
		}
		p.code = code
		return nil
	}},
	"authority": {required: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.quoted(v[0], &p.table.authority)
	}},
	"source": {required: true, set: func(r *packReader, p *Pack, v []word) error {
		p.table.source = v[0].text
		return r.sourceKey(v[0])
	}},
	"suggest": {required: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.quoted(v[0], &p.table.defaultLabel)
	}},
	"editing-label": {required: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.quoted(v[0], &p.table.editingLabel)
	}},
	"language": {set: func(r *packReader, p *Pack, v []word) error {
		if !isLanguageCode(v[0].text) || v[0].quoted || v[0].key != "" {
			return r.fail(v[0].col, "expected an ISO 639-1 code of two lower-case letters, found %q", v[0].text)
		}
		p.table.language = v[0].text
		return nil
	}},
	"claim-citation": {set: func(r *packReader, p *Pack, v []word) error {
		return r.quoted(v[0], &p.table.claimCitation)
	}},
	"claim-source": {set: func(r *packReader, p *Pack, v []word) error {
		p.table.claimSource = v[0].text
		return r.sourceKey(v[0])
	}},
	"mismatch-sources": {multi: true, set: func(r *packReader, p *Pack, v []word) error {
		keys := make([]string, len(v))
		for i, w := range v {
			if err := r.sourceKey(w); err != nil {
				return err
			}
			keys[i] = w.text
		}
		p.table.mismatchSourceKeys = keys
		return nil
	}},
	"buried-run": {cites: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.count(v[0], 1, 30, &p.table.buriedRun)
	}},
	"max-tags-before": {cites: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.count(v[0], 1, 30, &p.table.maxTagsBefore)
	}},
	"verbal-within": {cites: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.duration(v[0], &p.table.verbalWithin)
	}},
	"live-gap": {cites: true, set: func(r *packReader, p *Pack, v []word) error {
		return r.duration(v[0], &p.table.liveGap)
	}},
	"gift-without-control": {set: func(r *packReader, p *Pack, v []word) error {
		switch v[0].text {
		case "enough":
			p.table.giftWithoutControl = true
		case "not-enough":
		default:
			return r.fail(v[0].col, "expected enough or not-enough, found %q", v[0].text)
		}
		return nil
	}},
}

// directiveNames returns packDirectives' names, sorted.
func directiveNames() []string {
	names := make([]string, 0, len(packDirectives))
	for k := range packDirectives {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// quoted stores w's text in dst when it was written quoted and is not
// empty.
func (r *packReader) quoted(w word, dst *string) error {
	if !w.quoted || w.key != "" || strings.TrimSpace(w.text) == "" {
		return r.fail(w.col, "expected a non-empty quoted string")
	}
	*dst = w.text
	return nil
}

// count stores w as a whole number in [lo, hi].
func (r *packReader) count(w word, lo, hi int, dst *int) error {
	n := 0
	for i := 0; i < len(w.text); i++ {
		if w.text[i] < '0' || w.text[i] > '9' || n > hi {
			n = -1
			break
		}
		n = n*10 + int(w.text[i]-'0')
	}
	if w.quoted || w.key != "" || w.text == "" || n < lo || n > hi {
		return r.fail(w.col, "expected a whole number from %d to %d, found %q", lo, hi, w.text)
	}
	*dst = n
	return nil
}

// duration stores w, a positive whole number of seconds ("30s") or
// minutes ("15m").
func (r *packReader) duration(w word, dst *time.Duration) error {
	unit := time.Second
	num := strings.TrimSuffix(w.text, "s")
	if m, ok := strings.CutSuffix(w.text, "m"); ok {
		unit, num = time.Minute, m
	}
	n := 0
	if num != w.text && !w.quoted && w.key == "" {
		if err := r.count(word{col: w.col, text: num}, 1, 24*60*60, &n); err == nil {
			*dst = time.Duration(n) * unit
			return nil
		}
	}
	return r.fail(w.col, "expected a duration in whole seconds or minutes (\"30s\", \"15m\"), found %q", w.text)
}

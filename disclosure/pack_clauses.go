package disclosure

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

// This file reads a pack's clause rows: "clause <role> "<pattern>"
// [connection] [attributes]", the lexicon statements are read with (see
// clause_lexicon.go and packs/README.md).

// clauseAttributes maps a clause row's attribute words to what they set.
var clauseAttributes = map[string]func(*clauseRow){
	"participle":    func(r *clauseRow) { r.participle = true },
	"alone":         func(r *clauseRow) { r.alone = true },
	"self":          func(r *clauseRow) { r.self = true },
	"named":         func(r *clauseRow) { r.named = true },
	"needs-adjunct": func(r *clauseRow) { r.needsAdjunct = true },
}

// clauseRow reads a clause row, ws[0] being "clause"; lang is the
// language its rows file is named for ("" in a pack), which lang= may
// override.
func (r *packReader) clauseRow(ws []word, lang string) (clauseRow, error) {
	if len(ws) < 2 || ws[1].quoted || ws[1].key != "" || clauseRoles[ws[1].text] == roleUnknown {
		col := len(r.text)
		found := ""
		if len(ws) > 1 {
			col, found = ws[1].col, ws[1].text
		}
		return clauseRow{}, r.fail(col, "expected a clause role (%s), found %q", strings.Join(clauseRoleNames(), ", "), found)
	}
	row := clauseRow{role: clauseRoles[ws[1].text], lang: lang}
	if len(ws) < 3 || !ws[2].quoted || ws[2].key != "" {
		col := len(r.text)
		if len(ws) > 2 {
			col = ws[2].col
		}
		return clauseRow{}, r.fail(col, "expected a quoted pattern after %q", "clause "+ws[1].text)
	}
	row.pattern = ws[2].text
	if err := checkPattern(row.pattern); err != nil {
		return clauseRow{}, r.fail(ws[2].col, "%s", strings.TrimPrefix(err.Error(), errBadPattern.Error()+" "))
	}
	if strings.Contains(row.pattern, "{brand}") || strings.Contains(row.pattern, "{name}") {
		return clauseRow{}, r.fail(ws[2].col, "expected a clause pattern without {brand} or {name}: the reader finds the brand and handles itself")
	}
	seen := map[string]bool{}
	for _, w := range ws[3:] {
		what := w.text
		if w.key != "" {
			what = w.key + "="
		}
		if seen[what] {
			return clauseRow{}, r.fail(w.col, "a second %s", what)
		}
		seen[what] = true
		switch {
		case w.key == "" && w.quoted:
			return clauseRow{}, r.fail(w.col, "expected a word or key=value, found a quoted string")
		case w.key == "lang":
			if !isLanguageCode(w.text) {
				return clauseRow{}, r.fail(w.col, "expected an ISO 639-1 code of two lower-case letters, found %q", w.text)
			}
			row.lang = w.text
		case w.key == "source":
			if err := r.sourceKey(w); err != nil {
				return clauseRow{}, err
			}
			row.source = w.text
		case w.key != "":
			return clauseRow{}, r.fail(w.col, "expected lang= or source=, found %q", what)
		case connectionWords[w.text] != UnknownConnection:
			if row.connection != UnknownConnection {
				return clauseRow{}, r.fail(w.col, "a second connection")
			}
			row.connection = connectionWords[w.text]
		case clauseAttributes[w.text] != nil:
			clauseAttributes[w.text](&row)
		default:
			return clauseRow{}, r.fail(w.col, "expected a connection (paid, gift, affiliate), participle, alone, self, named, needs-adjunct, lang= or source=, found %q", w.text)
		}
	}
	if err := checkClauseRow(row); err != nil {
		return clauseRow{}, r.fail(ws[1].col, "%s", err.Error())
	}
	return row, nil
}

// clauseRoleNames returns the roles a clause row may name, sorted.
func clauseRoleNames() []string {
	names := make([]string, 0, len(clauseRoles))
	for k := range clauseRoles {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

// sharedClauses reads the clause rows of the embedded rows files once,
// keyed by section as sharedRows keys the term rows: "include en/clauses"
// takes both.
var sharedClauses = sync.OnceValues(func() (map[string][]clauseRow, error) {
	names, err := fs.Glob(packFiles, "packs/*.rows")
	if err != nil {
		return nil, err
	}
	clauses := map[string][]clauseRow{}
	for _, name := range names {
		data, err := packFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if err := parseSections(path.Base(name), string(data), map[string][]termRow{}, clauses); err != nil {
			return nil, err
		}
	}
	return clauses, nil
})

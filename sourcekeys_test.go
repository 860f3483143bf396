package influencekit_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/tier"
)

// sourceRow is one source of SOURCES.md: its key and the text of its row.
type sourceRow struct {
	key, text string
}

// readSources reads the keys of SOURCES.md, from the rows of its tables
// ("| `key` | source |"), in order.
func readSources(t *testing.T) map[string]sourceRow {
	t.Helper()
	data, err := os.ReadFile("SOURCES.md")
	require.NoError(t, err)
	rows := map[string]sourceRow{}
	for _, line := range strings.Split(string(data), "\n") {
		rest, ok := strings.CutPrefix(line, "| `")
		if !ok {
			continue
		}
		key, text, ok := strings.Cut(rest, "` | ")
		require.True(t, ok, "a SOURCES.md row of the form | `key` | source |: %s", line)
		_, dup := rows[key]
		require.False(t, dup, "SOURCES.md lists %q twice", key)
		rows[key] = sourceRow{key: key, text: strings.TrimSuffix(strings.TrimSpace(text), " |")}
	}
	require.Greater(t, len(rows), 40, "SOURCES.md's rows were read")
	return rows
}

// byline is what a gloss must name for a source to be found in
// SOURCES.md: the title when the row opens with one in quotes (its author
// is not known), else the author or publisher the row opens with, without
// a parenthesis ("Greg (founder and CEO of Stryde)" gives "Greg").
func (s sourceRow) byline() string {
	if title, ok := strings.CutPrefix(s.text, `"`); ok {
		title, _, _ = strings.Cut(title, `"`)
		return title
	}
	author, _, _ := strings.Cut(s.text, ",")
	if i := strings.Index(author, " ("); i >= 0 {
		author = author[:i]
	}
	return strings.TrimSpace(author)
}

// docComment is one comment go doc shows: the package doc, or the doc of
// a declaration or a struct field.
type docComment struct {
	where    string // file:line
	text     string
	exported bool // the package doc, or the doc of an exported name
	pkgDoc   bool // the package doc
}

// docComments returns the doc comments of every non-test Go file of the
// repository, with whether go doc shows them to a reader of the package.
func docComments(t *testing.T) []docComment {
	t.Helper()
	fset := token.NewFileSet()
	var docs []docComment
	add := func(g *ast.CommentGroup, exported bool) {
		if g != nil {
			docs = append(docs, docComment{where: fset.Position(g.Pos()).String(), text: g.Text(), exported: exported})
		}
	}
	addPackageDoc := func(g *ast.CommentGroup) {
		if g != nil {
			docs = append(docs, docComment{where: fset.Position(g.Pos()).String(), text: g.Text(), exported: true, pkgDoc: true})
		}
	}
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != "." && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			return err
		}
		addPackageDoc(f.Doc)
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				exported := d.Name.IsExported()
				if d.Recv != nil && len(d.Recv.List) > 0 {
					exported = exported && ast.IsExported(receiverTypeName(d.Recv.List[0].Type))
				}
				add(d.Doc, exported)
			case *ast.GenDecl:
				groupExported := false
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						groupExported = groupExported || s.Name.IsExported()
						add(s.Doc, s.Name.IsExported())
						if st, ok := s.Type.(*ast.StructType); ok {
							for _, field := range st.Fields.List {
								add(field.Doc, s.Name.IsExported() && (len(field.Names) == 0 || field.Names[0].IsExported()))
							}
						}
					case *ast.ValueSpec:
						exported := false
						for _, n := range s.Names {
							exported = exported || n.IsExported()
						}
						groupExported = groupExported || exported
						add(s.Doc, exported)
					}
				}
				add(d.Doc, groupExported)
			}
		}
		return nil
	})
	require.NoError(t, err)
	require.Greater(t, len(docs), 500, "the walk reached the repository's doc comments")
	return docs
}

// receiverTypeName is the type name of a method's receiver: T of T, *T,
// T[K] and *T[K].
func receiverTypeName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.StarExpr:
		return receiverTypeName(x.X)
	case *ast.IndexExpr:
		return receiverTypeName(x.X)
	case *ast.IndexListExpr:
		return receiverTypeName(x.X)
	case *ast.Ident:
		return x.Name
	}
	return ""
}

// keyLike matches words that could be SOURCES.md keys: lower-case words
// and numbers joined by hyphens ("mighty-micro", "hypeauditor-2018").
var keyLike = regexp.MustCompile(`(?:^|[^A-Za-z0-9_./-])([a-z][a-z0-9]*(?:-[a-z0-9]+)+)(?:$|[^A-Za-z0-9_/-])`)

// notKeys returns the hyphenated words of the docs that begin as a key
// does but name no source: ordinary words and the names of tier's scales
// ("micro-up-to-10k", "hypeauditor-legacy").
func notKeys() map[string]bool {
	words := map[string]bool{
		"micro-influencer":  true, // the kind of creator, not micro-how-to
		"micro-influencers": true,
		"micro-tier":        true, // "the micro-tier rows"
		// creator's duty codes that begin as a US state's law keys do
		// ("il-sb-1782"): names of duties, not of sources.
		"il-minor-trust":       true,
		"mn-minor-content-ban": true,
		"ca-coogan-account":    true,
	}
	for _, s := range tier.Scales() {
		words[s.Name()] = true
	}
	return words
}

// ordinaryFirstWords are first words of keys that also begin ordinary
// hyphenated words ("later-stage", "de-duplicated", "x-ndjson",
// "caption-level"): a word that begins with one is a citation only when it
// is a key or has a year in it.
var ordinaryFirstWords = map[string]bool{
	"caption": true, "cap": true, "de": true, "es": true, "eu": true, "fr": true, "instagram": true,
	"it": true, "later": true, "nl": true, "tiktok": true, "x": true, "youtube": true,
}

// citedKeys returns the words of text that cite a source: a SOURCES.md
// key, or a word shaped like one (it begins with a key's first word that
// is not one of ordinaryFirstWords, or has a year in it) that is not in
// notKeys.
func citedKeys(text string, sources map[string]sourceRow, firstWords map[string]bool) []string {
	notKeys := notKeys()
	var keys []string
	for _, m := range keyLike.FindAllStringSubmatch(text, -1) {
		w := m[1]
		if _, ok := sources[w]; ok {
			keys = append(keys, w)
			continue
		}
		first, _, _ := strings.Cut(w, "-")
		if notKeys[w] || !(firstWords[first] && !ordinaryFirstWords[first]) && !yearPart.MatchString(w) {
			continue
		}
		keys = append(keys, w)
	}
	return keys
}

var yearPart = regexp.MustCompile(`(?:^|-)(?:19|20)[0-9]{2}(?:-|$)`)

// TestDocsCiteKnownSources checks that every word of a doc comment that
// cites a source names one of SOURCES.md: a misspelt or invented key
// ("mighty-mirco", "hypeauditor-2019") fails with its file and line.
func TestDocsCiteKnownSources(t *testing.T) {
	sources := readSources(t)
	firstWords := map[string]bool{}
	for k := range sources {
		first, _, _ := strings.Cut(k, "-")
		firstWords[first] = true
	}
	cited := 0
	for _, d := range docComments(t) {
		for _, k := range citedKeys(d.text, sources, firstWords) {
			cited++
			if _, ok := sources[k]; !ok {
				t.Errorf("%s: %q reads as a source key but SOURCES.md has no such key", d.where, k)
			}
		}
	}
	assert.Greater(t, cited, 50, "the docs cite sources by key")
}

// unglossed returns the keys whose first use in text is not explained
// where it stands: followed by a parenthesis that names the source's
// byline ("mighty-micro (\"The mighty micro-influencer\", a
// small-business guide)").
func unglossed(text string, sources map[string]sourceRow, firstWords map[string]bool) []string {
	var bad []string
	seen := map[string]bool{}
	for _, k := range citedKeys(text, sources, firstWords) {
		if seen[k] {
			continue
		}
		seen[k] = true
		src, ok := sources[k]
		if !ok {
			continue // TestDocsCiteKnownSources reports it
		}
		at := regexp.MustCompile(`(?:^|[^A-Za-z0-9_./-])` + regexp.QuoteMeta(k) + `(?:$|[^A-Za-z0-9_/-])`).FindStringIndex(text)
		after := text[at[0]:]
		after = after[strings.Index(after, k)+len(k):]
		gloss, ok := parenthesis(strings.TrimLeft(after, "\"`")) // "hypeauditor-2018" (HypeAuditor, ...)
		flat := strings.Join(strings.Fields(gloss), " ")
		if !ok || !strings.Contains(flat, src.byline()) {
			bad = append(bad, k)
		}
	}
	return bad
}

// parenthesis returns the text of the parenthesis that opens text after
// a space or a line break, up to its matching close (it may hold
// parentheses of its own); ok is false when text does not open so.
func parenthesis(text string) (inner string, ok bool) {
	rest := strings.TrimLeft(text, " \n")
	if len(rest) == len(text) || !strings.HasPrefix(rest, "(") {
		return "", false
	}
	rest = rest[1:]
	depth := 1
	for i, r := range rest {
		switch r {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return rest[:i], true
			}
		}
	}
	return "", false
}

// TestSourceKeysExplainedWhereMet: a reader of go doc for tier,
// engagement or pricing, or of the README, meets a source key with the
// source beside it. In each doc comment go doc shows, and in the README,
// the first use of a key is followed by a parenthesis naming the source's
// author or, where SOURCES.md knows none, its title, as SOURCES.md opens
// its row; each package doc says that keys are SOURCES.md's.
func TestSourceKeysExplainedWhereMet(t *testing.T) {
	sources := readSources(t)
	firstWords := map[string]bool{}
	for k := range sources {
		first, _, _ := strings.Cut(k, "-")
		firstWords[first] = true
	}
	packages := map[string]bool{"tier": true, "engagement": true, "pricing": true}
	checked := 0
	saysWhatKeysAre := map[string]bool{}
	for _, d := range docComments(t) {
		dir := filepath.Dir(d.where[:strings.IndexByte(d.where, ':')])
		if !d.exported || !packages[dir] {
			continue
		}
		checked++
		for _, k := range unglossed(d.text, sources, firstWords) {
			t.Errorf("%s: the first use of %q in this doc comment is not followed by \" (%s, ...)\" naming the source", d.where, k, sources[k].byline())
		}
		if d.pkgDoc && strings.Contains(strings.Join(strings.Fields(d.text), " "), "keys of the repository's SOURCES.md") {
			saysWhatKeysAre[dir] = true
		}
	}
	assert.Greater(t, checked, 100, "the doc comments of tier, engagement and pricing were read")
	for pkg := range packages {
		assert.True(t, saysWhatKeysAre[pkg], "the package doc of %s says that source keys are the keys of the repository's SOURCES.md", pkg)
	}

	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	for _, k := range unglossed(string(readme), sources, firstWords) {
		t.Errorf("README.md: the first use of %q is not followed by \" (%s, ...)\" naming the source", k, sources[k].byline())
	}
}

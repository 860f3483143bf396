package disclosure

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEveryJurisdictionHasItsTable fails when a declared Jurisdiction has
// no pack of its own (it would silently fall back to the US rules), when
// two packs claim one jurisdiction, or when a pack is not in its own
// packs/<code>.pack file.
func TestEveryJurisdictionHasItsTable(t *testing.T) {
	count := map[Jurisdiction]int{}
	for _, tab := range builtinTables() {
		count[tab.jurisdiction]++
	}
	for _, j := range Jurisdictions() {
		assert.Equal(t, 1, count[j], "%s must have exactly one pack", j)
		file := "packs/" + strings.ToLower(j.String()) + ".pack"
		src, err := os.ReadFile(file)
		if assert.NoError(t, err, "%s's pack belongs in %s", j, file) {
			assert.Contains(t, string(src), "\njurisdiction "+j.String()+"\n", "%s names its jurisdiction", file)
		}
	}
	assert.Len(t, builtinTables(), len(Jurisdictions()), "a pack for an undeclared jurisdiction")
	c := defaultChecker()
	for _, j := range Jurisdictions() {
		m, fallback := c.tableFor(j)
		assert.False(t, fallback, "%s falls back", j)
		assert.Equal(t, j, m.table.jurisdiction)
	}
}

// ruleFileName is the file that holds rule r's function: rule_<name>.go.
func ruleFileName(r Rule) string {
	return "rule_" + strings.ReplaceAll(string(r), "-", "_")
}

// ruleCamel is r's name in CamelCase: "MissingDisclosure".
func ruleCamel(r Rule) string {
	var b strings.Builder
	for _, w := range strings.Split(string(r), "-") {
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// TestRuleRegistry fails when a registered rule is incomplete: no name,
// a name twice, no case in ruleID.check, no rule_<name>.go holding a
// documented check<Name>, no rule_<name>_test.go holding TestRule<Name>,
// or an undocumented Rule constant.
func TestRuleRegistry(t *testing.T) {
	consts := ruleConstDocs(t)
	seen := map[Rule]bool{}
	for id := range numRules {
		info := ruleTable[id]
		require.NotEmpty(t, info.Rule, "rule id %d has no row in ruleTable", id)
		t.Run(string(info.Rule), func(t *testing.T) {
			assert.False(t, seen[info.Rule], "named twice")
			seen[info.Rule] = true
			in := captionFacts{post: &Post{}, table: builtinTables()[US], policy: defaultChecker(), best: -1}
			out := getFindingSet(defaultChecker().tables[US])
			defer out.release()
			assert.True(t, id.check(&in, out), "no case in ruleID.check")
			assert.True(t, consts[info.Rule], "the Rule constant has no doc comment")

			base := ruleFileName(info.Rule)
			fn := "check" + ruleCamel(info.Rule)
			assert.True(t, hasDocumentedFunc(t, base+".go", fn), "%s.go must hold %s with a doc comment", base, fn)
			test := "TestRule" + ruleCamel(info.Rule)
			assert.True(t, hasDocumentedFunc(t, base+"_test.go", test), "%s_test.go must hold %s with a doc comment", base, test)
		})
	}
	assert.False(t, numRules.check(&captionFacts{}, nil), "an id outside the registry runs nothing")
	assert.Len(t, Rules(), int(numRules))
}

// ruleConstDocs returns the Rule constants of rule.go that have a doc
// comment.
func ruleConstDocs(t *testing.T) map[Rule]bool {
	t.Helper()
	f, err := parser.ParseFile(gotoken.NewFileSet(), "rule.go", nil, parser.ParseComments)
	require.NoError(t, err)
	docs := map[Rule]bool{}
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != gotoken.CONST {
			continue
		}
		for _, spec := range g.Specs {
			vs := spec.(*ast.ValueSpec)
			if len(vs.Values) != 1 {
				continue
			}
			lit, ok := vs.Values[0].(*ast.BasicLit)
			if !ok || lit.Kind != gotoken.STRING {
				continue
			}
			v, err := strconv.Unquote(lit.Value)
			require.NoError(t, err)
			docs[Rule(v)] = vs.Doc != nil && strings.HasPrefix(vs.Doc.Text(), vs.Names[0].Name+" ")
		}
	}
	return docs
}

// hasDocumentedFunc reports whether file declares func name with a doc
// comment that starts with its name.
func hasDocumentedFunc(t *testing.T, file, name string) bool {
	t.Helper()
	f, err := parser.ParseFile(gotoken.NewFileSet(), file, nil, parser.ParseComments)
	if err != nil {
		return false
	}
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == name {
			return fd.Doc != nil && strings.HasPrefix(fd.Doc.Text(), name)
		}
	}
	return false
}

// TestMessageCallSites checks every call of message, appendMessage and
// findingSet.message in the package's source: the format is a constant
// string, its verbs are only %s, %q and %%, and its %s and %q count the
// arguments. A %d would otherwise stay in the text and shift the
// arguments, and go vet does not see these functions.
func TestMessageCallSites(t *testing.T) {
	files, err := filepath.Glob("*.go")
	require.NoError(t, err)
	calls := 0
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		fset := gotoken.NewFileSet()
		f, err := parser.ParseFile(fset, file, nil, 0)
		require.NoError(t, err)
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			at := -1
			switch fun := call.Fun.(type) {
			case *ast.Ident:
				switch fun.Name {
				case "message":
					at = 0
				case "appendMessage":
					at = 1
				}
			case *ast.SelectorExpr:
				if fun.Sel.Name == "message" {
					at = 0
				}
			}
			if at < 0 || at >= len(call.Args) {
				return true
			}
			pos := fset.Position(call.Pos())
			if id, ok := call.Args[at].(*ast.Ident); ok && id.Name == "format" && call.Ellipsis.IsValid() {
				return true // message passing its own format on
			}
			calls++
			lit, ok := call.Args[at].(*ast.BasicLit)
			if !assert.True(t, ok && lit.Kind == gotoken.STRING, "%s: the format must be a string literal", pos) {
				return true
			}
			format, err := strconv.Unquote(lit.Value)
			require.NoError(t, err)
			verbs, bad := countVerbs(format)
			assert.Empty(t, bad, "%s: verbs other than %%s, %%q and %%%% in %q", pos, format)
			assert.Equal(t, verbs, len(call.Args)-at-1, "%s: %q has %d verbs for %d arguments", pos, format, verbs, len(call.Args)-at-1)
			assert.False(t, call.Ellipsis.IsValid(), "%s: arguments spread with ... cannot be counted", pos)
			return true
		})
	}
	assert.Greater(t, calls, 20, "the walk found the package's messages")
}

// countVerbs counts the %s and %q verbs of format and lists any other.
func countVerbs(format string) (n int, bad []string) {
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		if i+1 == len(format) {
			return n, append(bad, "%")
		}
		i++
		switch format[i] {
		case 's', 'q':
			n++
		case '%':
		default:
			bad = append(bad, "%"+string(format[i]))
		}
	}
	return n, bad
}

// TestCountVerbs keeps the call-site check honest.
func TestCountVerbs(t *testing.T) {
	rows := []struct {
		why    string
		format string
		n      int
		bad    []string
	}{
		{why: "plain and quoted", format: "%q at %s", n: 2},
		{why: "a literal percent is no verb", format: "100%% of %s", n: 1},
		{why: "a %d is not understood", format: "%d items in %s", n: 1, bad: []string{"%d"}},
		{why: "a final percent", format: "x %", bad: []string{"%"}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			n, bad := countVerbs(row.format)
			assert.Equal(t, row.n, n)
			assert.Equal(t, row.bad, bad)
		})
	}
}

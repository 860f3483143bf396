package disclosure

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
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
		if w == "ai" { // an initialism, as rulegen writes it
			b.WriteString("AI")
			continue
		}
		b.WriteString(strings.ToUpper(w[:1]) + w[1:])
	}
	return b.String()
}

// TestRuleRegistry fails when a registered rule is incomplete: no name, a
// name twice, no case in ruleID.check, no rule_<name>.go holding its
// documented Rule constant, rule<Name> spec and check<Name> function, no
// rule_<name>_test.go holding TestRule<Name>, no source, no case-file row
// that wants it, facts read but not declared (or declared but not read),
// a yield not declared, or a cycle of yields.
func TestRuleRegistry(t *testing.T) {
	cases := caseFileWants(t)
	// exempt names the rules a check cannot hold to a source or a case
	// file, and why.
	exempt := map[Rule]string{
		RuleJurisdictionFallback: "it reports the package's own fallback, resting on no document, for a Jurisdiction value a case file cannot name",
	}
	seen := map[Rule]bool{}
	for id := range numRules {
		info, spec := ruleTable[id], ruleSpecs[id]
		require.NotEmpty(t, info.Rule, "rule id %d has no row in ruleTable", id)
		t.Run(string(info.Rule), func(t *testing.T) {
			assert.False(t, seen[info.Rule], "named twice")
			seen[info.Rule] = true
			assert.Equal(t, spec.rule, info.Rule)
			assert.Equal(t, spec.severity, info.Severity)
			in := ruleContext{post: &Post{}, table: defaultChecker().tables[US], off: &defaultChecker().off, best: -1}
			_, ok := id.check(&in, nil)
			assert.True(t, ok, "no case in ruleID.check")
			assert.NotZero(t, spec.when, "rule%s fires on no fact: give its spec a when", ruleCamel(info.Rule))
			for k, tmpl := range spec.messages {
				_, ok := parseTemplate(tmpl)
				assert.True(t, ok, "message %d of rule%s names an unknown placeholder: %s", k, ruleCamel(info.Rule), tmpl)
			}

			base := ruleFileName(info.Rule)
			camel := ruleCamel(info.Rule)
			decl := ruleDecls(t, base+".go", camel)
			assert.True(t, decl.constDoc, "%s.go must hold the Rule%s constant with a doc comment", base, camel)
			assert.True(t, decl.specDoc, "%s.go must hold the rule%s spec with a doc comment", base, camel)
			assert.True(t, hasDocumentedFunc(t, base+".go", "check"+camel), "%s.go must hold check%s with a doc comment", base, camel)
			test := "TestRule" + camel
			assert.True(t, hasDocumentedFunc(t, base+"_test.go", test), "%s_test.go must hold %s with a doc comment", base, test)

			if why, ok := exempt[info.Rule]; ok {
				t.Logf("no source or case file needed: %s", why)
			} else {
				assert.NotEmpty(t, info.Sources(), "no source: give the rule's pack rows or its spec's sources a SOURCES.md key")
				assert.True(t, cases[info.Rule], "no case in testdata/cases wants it")
			}

			assert.Equal(t, decl.readsSpoken, spec.needs&needSpoken != 0, "check%s reads in.spoken exactly when its spec needs needSpoken", camel)
			assert.Equal(t, decl.readsFold, spec.needs&needFold != 0, "check%s reads in.fold exactly when its spec needs needFold", camel)
			var yields []string
			for _, r := range spec.yieldsTo {
				y, err := lookupRule(r)
				require.NoError(t, err, "yields to an unknown rule")
				yields = append(yields, "id"+ruleCamel(ruleTable[y].Rule))
			}
			assert.ElementsMatch(t, yields, decl.asksOn, "check%s reads in.off exactly for the rules its spec yields to", camel)
		})
	}
	_, ok := numRules.check(&ruleContext{}, nil)
	assert.False(t, ok, "an id outside the registry runs nothing")
	assert.Len(t, Rules(), int(numRules))
	assert.Empty(t, yieldCycle(ruleSpecs[:]), "the rules yield to each other in a cycle")
}

// TestYieldCycle keeps the registry's cycle check honest.
func TestYieldCycle(t *testing.T) {
	a := &ruleSpec{rule: "a", yieldsTo: []Rule{"b"}}
	b := &ruleSpec{rule: "b", yieldsTo: []Rule{"c"}}
	c := &ruleSpec{rule: "c"}
	rows := []struct {
		why   string
		specs []*ruleSpec
		want  []Rule
	}{
		{why: "a chain is no cycle", specs: []*ruleSpec{a, b, c}},
		{why: "a rule yielding to itself", specs: []*ruleSpec{{rule: "x", yieldsTo: []Rule{"x"}}}, want: []Rule{"x", "x"}},
		{why: "two rules yielding to each other", specs: []*ruleSpec{a, {rule: "b", yieldsTo: []Rule{"a"}}}, want: []Rule{"a", "b", "a"}},
		{why: "a cycle of three", specs: []*ruleSpec{a, b, {rule: "c", yieldsTo: []Rule{"a"}}}, want: []Rule{"a", "b", "c", "a"}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			assert.Equal(t, row.want, yieldCycle(row.specs))
		})
	}
}

// yieldCycle returns a cycle of yields among specs, its first rule
// repeated last, or nil.
func yieldCycle(specs []*ruleSpec) []Rule {
	by := map[Rule]*ruleSpec{}
	for _, s := range specs {
		by[s.rule] = s
	}
	state := map[Rule]int{} // 1: on the path; 2: done
	var path []Rule
	var visit func(r Rule) []Rule
	visit = func(r Rule) []Rule {
		switch state[r] {
		case 1:
			i := slices.Index(path, r)
			return append(slices.Clone(path[i:]), r)
		case 2:
			return nil
		}
		state[r] = 1
		path = append(path, r)
		if s := by[r]; s != nil {
			for _, y := range s.yieldsTo {
				if c := visit(y); c != nil {
					return c
				}
			}
		}
		path = path[:len(path)-1]
		state[r] = 2
		return nil
	}
	for _, s := range specs {
		if c := visit(s.rule); c != nil {
			return c
		}
	}
	return nil
}

// caseFileWants returns the rules some case under testdata/cases wants.
func caseFileWants(t *testing.T) map[Rule]bool {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "cases", "*.txt"))
	require.NoError(t, err)
	want := map[Rule]bool{}
	for _, path := range paths {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		for _, line := range strings.Split(string(data), "\n") {
			if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "want:"); ok {
				if f := strings.Fields(rest); len(f) > 0 {
					want[Rule(f[0])] = true
				}
			}
		}
	}
	return want
}

// ruleDecl is what a rule file declares and what its check function
// reads.
type ruleDecl struct {
	constDoc, specDoc      bool
	readsSpoken, readsFold bool
	asksOn                 []string // the ids passed to in.on
}

// ruleDecls reads the declarations of rule <camel> in file.
func ruleDecls(t *testing.T, file, camel string) ruleDecl {
	t.Helper()
	var d ruleDecl
	f, err := parser.ParseFile(gotoken.NewFileSet(), file, nil, parser.ParseComments)
	if err != nil {
		return d
	}
	for _, decl := range f.Decls {
		switch decl := decl.(type) {
		case *ast.GenDecl:
			for _, spec := range decl.Specs {
				vs, ok := spec.(*ast.ValueSpec)
				if !ok || len(vs.Names) != 1 {
					continue
				}
				doc := vs.Doc
				if doc == nil {
					doc = decl.Doc
				}
				documented := doc != nil && strings.HasPrefix(doc.Text(), vs.Names[0].Name+" ")
				switch vs.Names[0].Name {
				case "Rule" + camel:
					d.constDoc = documented
				case "rule" + camel:
					d.specDoc = documented
				}
			}
		case *ast.FuncDecl:
			if decl.Name.Name != "check"+camel {
				continue
			}
			ast.Inspect(decl.Body, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.SelectorExpr:
					if x, ok := n.X.(*ast.Ident); ok && x.Name == "in" {
						d.readsSpoken = d.readsSpoken || n.Sel.Name == "spoken"
						d.readsFold = d.readsFold || n.Sel.Name == "fold"
					}
				case *ast.IndexExpr:
					if sel, ok := n.X.(*ast.SelectorExpr); ok && sel.Sel.Name == "off" {
						if id, ok := n.Index.(*ast.Ident); ok {
							d.asksOn = append(d.asksOn, id.Name)
						}
					}
				}
				return true
			})
		}
	}
	return d
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

// TestMessageCallSites checks every call of message and appendMessage in
// the package's source: the format is a constant
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
	// The findings' and fixes' messages are templates (ruleSpec.messages,
	// the fixes' message constants), which TestRuleRegistry and
	// TestFixMessageTemplates check; these calls make a table's texts.
	assert.GreaterOrEqual(t, calls, 2, "the walk found the package's table texts")
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

// templateProbe is a context in which every placeholder of a message
// template has a value: one label, one spoken label.
var templateProbe = ruleContext{
	post:       &Post{Caption: "#ad"},
	found:      []foundLabel{{start: 0, end: 3, kind: termLabel, clarity: Clear}},
	transcript: []Segment{{Text: "ad"}},
	spoken:     []spokenLabel{{segment: 0, start: 0, end: 2}},
}

// TestFixMessageTemplates checks that every fix message names only
// placeholders appendTemplate knows.
func TestFixMessageTemplates(t *testing.T) {
	for _, tmpl := range fixMessages {
		_, ok := parseTemplate(tmpl)
		assert.True(t, ok, "%q names an unknown placeholder", tmpl)
	}
}

// TestParseTemplate: what a message template may hold.
func TestParseTemplate(t *testing.T) {
	cases := []struct {
		why  string
		in   string
		want template
		ok   bool
	}{
		{why: "text alone", in: "no label", want: template{{text: "no label"}}, ok: true},
		{why: "a placeholder between texts", in: "add {default} now", want: template{{text: "add ", ph: phDefault}, {text: " now"}}, ok: true},
		{why: "placeholders side by side", in: "{label}{fix}", want: template{{ph: phLabel}, {ph: phFix}}, ok: true},
		{why: "a name no placeholder has", in: "add {nothing}", ok: false},
		{why: "a brace left open", in: "add {default", ok: false},
		{why: "empty braces", in: "add {}", ok: false},
	}
	for _, c := range cases {
		t.Run(c.why, func(t *testing.T) {
			got, ok := parseTemplate(c.in)
			assert.Equal(t, c.ok, ok)
			if c.ok {
				assert.Equal(t, c.want, got)
			}
		})
	}
}

// TestTemplatesFill fills every rule's and fix's message template in a
// context where each placeholder has a value: nothing is left in braces.
func TestTemplatesFill(t *testing.T) {
	all := slices.Clone(fixTemplates)
	for _, ts := range ruleTemplates {
		all = append(all, ts...)
	}
	for _, tm := range all {
		b, ok := appendTemplate(nil, tm, defaultChecker().tables[US], &templateProbe, &record{label: 0, spoken: 0})
		assert.True(t, ok)
		assert.NotContains(t, string(b), "{", "%s", b)
	}
}

// TestRuleGates: a rule skipped because none of its facts (ruleSpec.when)
// is present would have found nothing. Every rule runs ungated over the
// corpus's captions, posted with each connection, edited, with a
// transcript, in each jurisdiction and one undeclared.
func TestRuleGates(t *testing.T) {
	c := defaultChecker()
	seg := []Segment{{Start: 40 * time.Second, Text: "this video is sponsored by Glow Co"}}
	captions := append(loadCorpus(t), "", "#ad", "Loving it #a\u200bd", "#ad #skincare #glow", longText(200)+" #ad")
	for _, caption := range captions {
		for _, j := range []Jurisdiction{US, UK, DE, FR, IT, Jurisdiction(200)} {
			for _, conn := range []Connection{UnknownConnection, Paid, Gift, Affiliate, NoConnection} {
				p := Post{Caption: caption, Jurisdiction: j, Connection: conn, Platform: influencekit.Instagram, Edited: conn == Paid,
					Format: influencekit.Live, Duration: time.Hour, Transcript: seg[:len(caption)%2]}
				var found [8]foundLabel
				in := c.facts(&p, found[:0])
				for id := range numRules {
					if out, _ := id.check(&in, nil); len(out) > 0 {
						assert.NotZero(t, ruleSpecs[id].when&in.present, "%s found %d but its facts are absent: %q in %s", ruleTable[id].Rule, len(out), caption, j)
					}
				}
			}
		}
	}
}

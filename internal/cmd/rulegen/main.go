// Command rulegen writes the disclosure package's rule registry from its
// rule files, as golang.org/x/text's gen.go writes its tables: the rule
// ids, the table of names and default severities, the table of rule
// specs and the switch that runs each rule's check function directly, so
// that Check calls every rule without an indirect call and keeps its
// facts on the stack.
//
// # Declaring a rule
//
// A rule is one file, rule_<name>.go, in the disclosure package, declaring
// three things as go/analysis declares an Analyzer: its exported Rule
// constant with a doc comment, its spec, and its check function:
//
//	// RuleNotUpfront (error): other text comes before the best label.
//	const RuleNotUpfront Rule = "not-upfront"
//
//	// ruleNotUpfront declares not-upfront: ...
//	var ruleNotUpfront = ruleSpec{rule: RuleNotUpfront, severity: influencekit.SeverityError, ...}
//
//	// checkNotUpfront applies [RuleNotUpfront]: ...
//	func checkNotUpfront(in *ruleContext, out []record) []record { ... }
//
// The names follow the file's: rule_not_upfront.go holds ruleNotUpfront and
// checkNotUpfront, and the generated id is idNotUpfront.
//
// # Running it
//
// The disclosure package carries the line
//
//	//go:generate go run github.com/influencekit/influencekit/internal/cmd/rulegen
//
// and `go generate ./disclosure/` rewrites disclosure/ruleset_gen.go. A
// rule keeps its id once it has one: the generator reads the ids of the
// file it replaces, keeps their order (Rules() lists them so), drops the
// rules whose files are gone and appends new ones in file-name order.
// TestGeneratedRegistryIsUpToDate fails when the file differs from what
// rulegen would write now.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/template"
)

// outputName is the generated file, beside the rule files.
const outputName = "ruleset_gen.go"

func main() {
	dir := flag.String("dir", ".", "the disclosure package's directory")
	flag.Parse()
	src, err := generate(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rulegen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(filepath.Join(*dir, outputName), src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "rulegen:", err)
		os.Exit(1)
	}
}

// rule is one rule file's declarations.
type rule struct {
	Camel string // "NotUpfront", from rule_not_upfront.go
	File  string
}

// generate returns the registry for the package in dir.
func generate(dir string) ([]byte, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "rule_*.go"))
	if err != nil {
		return nil, err
	}
	slices.Sort(paths)
	var rules []rule
	for _, path := range paths {
		base := filepath.Base(path)
		if strings.HasSuffix(base, "_test.go") {
			continue
		}
		r, err := ruleIn(path)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", base, err)
		}
		rules = append(rules, r)
	}
	if len(rules) == 0 {
		return nil, fmt.Errorf("no rule_*.go files in %s", dir)
	}
	order, err := previousOrder(filepath.Join(dir, outputName))
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(rules, func(a, b rule) int {
		ia, ib := slices.Index(order, a.Camel), slices.Index(order, b.Camel)
		switch {
		case ia >= 0 && ib >= 0:
			return ia - ib
		case ia >= 0:
			return -1
		case ib >= 0:
			return 1
		}
		return strings.Compare(a.File, b.File)
	})
	var buf bytes.Buffer
	if err := fileTemplate.Execute(&buf, rules); err != nil {
		return nil, err
	}
	return format.Source(buf.Bytes())
}

// initialisms are the words of a rule's name that Go writes in capitals
// ("undisclosed-ai-content" is UndisclosedAIContent).
var initialisms = map[string]bool{"ai": true}

// camel turns rule_not_upfront.go into "NotUpfront".
func camel(file string) string {
	name := strings.TrimSuffix(strings.TrimPrefix(file, "rule_"), ".go")
	var b strings.Builder
	for _, w := range strings.Split(name, "_") {
		switch {
		case initialisms[w]:
			b.WriteString(strings.ToUpper(w))
		case w != "":
			b.WriteString(strings.ToUpper(w[:1]) + w[1:])
		}
	}
	return b.String()
}

// ruleIn checks that the file at path declares rule<Camel> as a ruleSpec,
// check<Camel> as a check function and Rule<Camel>, each with a doc
// comment.
func ruleIn(path string) (rule, error) {
	r := rule{File: filepath.Base(path), Camel: camel(filepath.Base(path))}
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return r, err
	}
	var spec, check, constant bool
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil && d.Name.Name == "check"+r.Camel {
				if d.Doc == nil {
					return r, fmt.Errorf("check%s has no doc comment", r.Camel)
				}
				if t := d.Type; t.Params.NumFields() != 2 || t.Results.NumFields() != 1 {
					return r, fmt.Errorf("check%s must be func(in *ruleContext, out []record) []record", r.Camel)
				}
				check = true
			}
		case *ast.GenDecl:
			for _, s := range d.Specs {
				vs, ok := s.(*ast.ValueSpec)
				if !ok || len(vs.Names) != 1 {
					continue
				}
				switch name := vs.Names[0].Name; {
				case d.Tok == token.VAR && name == "rule"+r.Camel:
					lit, ok := onlyValue(vs).(*ast.CompositeLit)
					if id, isIdent := typeOf(lit); !ok || !isIdent || id != "ruleSpec" {
						return r, fmt.Errorf("rule%s must be a ruleSpec literal", r.Camel)
					}
					if d.Doc == nil && vs.Doc == nil {
						return r, fmt.Errorf("rule%s has no doc comment", r.Camel)
					}
					spec = true
				case d.Tok == token.CONST && name == "Rule"+r.Camel:
					if d.Doc == nil && vs.Doc == nil {
						return r, fmt.Errorf("the Rule%s constant has no doc comment", r.Camel)
					}
					constant = true
				}
			}
		}
	}
	switch {
	case !constant:
		return r, fmt.Errorf("no Rule%s constant", r.Camel)
	case !spec:
		return r, fmt.Errorf("no rule%s spec", r.Camel)
	case !check:
		return r, fmt.Errorf("no check%s function", r.Camel)
	}
	return r, nil
}

// onlyValue returns a value spec's one value, or nil.
func onlyValue(vs *ast.ValueSpec) ast.Expr {
	if len(vs.Values) != 1 {
		return nil
	}
	return vs.Values[0]
}

// typeOf returns a composite literal's type name.
func typeOf(lit *ast.CompositeLit) (string, bool) {
	if lit == nil {
		return "", false
	}
	id, ok := lit.Type.(*ast.Ident)
	if !ok {
		return "", false
	}
	return id.Name, true
}

// previousOrder returns the rules of the generated file at path in their
// id order ("NotUpfront", ...), or none when there is no file yet.
func previousOrder(path string) ([]string, error) {
	src, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	f, err := parser.ParseFile(token.NewFileSet(), path, src, parser.SkipObjectResolution)
	if err != nil {
		return nil, err
	}
	var order []string
	for _, d := range f.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		for _, s := range g.Specs {
			for _, n := range s.(*ast.ValueSpec).Names {
				if c, ok := strings.CutPrefix(n.Name, "id"); ok && n.Name != "numRules" {
					order = append(order, c)
				}
			}
		}
	}
	return order, nil
}

var fileTemplate = template.Must(template.New("").Parse(`// Code generated by rulegen from the rule_*.go files; DO NOT EDIT.

package disclosure

import "math/bits"

// ruleID indexes the registry: one id per rule_<name>.go file. An id is
// stable once given; new rules are appended.
type ruleID uint8

// The rules' ids, in the order Rules lists them.
const (
{{- range $i, $r := .}}
	id{{$r.Camel}}{{if eq $i 0}} ruleID = iota{{end}}
{{- end}}
	numRules
)

// ruleSpecs holds every rule's spec, indexed by its id.
var ruleSpecs = [numRules]*ruleSpec{
{{- range .}}
	id{{.Camel}}: &rule{{.Camel}},
{{- end}}
}

// ruleTable is the rule set as data: each rule's name and default
// severity, indexed by its id.
var ruleTable = [numRules]RuleInfo{
{{- range .}}
	id{{.Camel}}: {rule{{.Camel}}.rule, rule{{.Camel}}.severity},
{{- end}}
}

// runRules appends to out the records of every rule, in id order, that
// the policy has on and one of whose facts (ruleSpec.when) the post has:
// the rules of each fact present (Checker.rulesOn), one bit a rule.
// For a caption of many labels, out is grown once to a record a label.
func (in *ruleContext) runRules(out []record) []record {
	if len(in.found) > cap(out) {
		out = make([]record, 0, len(in.found)+cap(out))
	}
	var rules uint64
	for f := uint32(in.present); f != 0; f &= f - 1 {
		rules |= in.rulesOn[bits.TrailingZeros32(f)]
	}
	for ; rules != 0; rules &= rules - 1 {
		out, _ = ruleID(bits.TrailingZeros64(rules)).check(in, out)
	}
	return out
}

// check appends to out the records of rule id over the context; ok is
// false for an id outside the registry. The calls are direct (not
// through a table of functions), and records are passed by value, so
// that the context and the records stay on Check's stack.
func (id ruleID) check(in *ruleContext, out []record) (_ []record, ok bool) {
	switch id {
{{- range .}}
	case id{{.Camel}}:
		return check{{.Camel}}(in, out), true
{{- end}}
	}
	return out, false
}
`))

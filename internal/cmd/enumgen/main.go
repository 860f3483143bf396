// Command enumgen writes the text methods of influencekit's small integer
// enums, so that the String, MarshalText, UnmarshalText and Parse methods
// of every enum are one generated file per package instead of forty lines
// per type written by hand.
//
// # Declaring an enum
//
// Give the type's doc comment enumgen directives (Go hides directive lines
// from the rendered doc) and declare its constants as usual:
//
//	// Grade is mighty-micro's verdict on an engagement rate by reach.
//	//
//	//enumgen:names low, solid, exceptional
//	type Grade uint8
//
// The directives, one per line:
//
//	//enumgen:names a, b, c          the text of values 0, 1, 2, ... (required)
//	//enumgen:aliases x = a, y z = b  extra accepted spellings, each naming a value by its name
//	//enumgen:kind KPI               the word for the enum in String's fallback "KPI(12)";
//	                                 default: the type's name in lower-case words ("goal status")
//	//enumgen:parse Parse            the parse function's name; default Parse<Type>
//	//enumgen:sentinel ErrBadTier    the error parse failures wrap; default ErrUnknown<Type>
//
// The type must be declared on a uint8. The sentinel is written by hand,
// beside the type, with its own doc comment; everything else comes from
// the generator: an unexported table <type>Names (an [enumtext.Table];
// its Len method counts the names), Parse<Type>, String, MarshalText and
// UnmarshalText, with doc comments. Parsing is ASCII case-insensitive
// (internal/enumtext).
//
// # Running it
//
// A package that declares enums carries one line, in any of its files:
//
//	//go:generate go run github.com/influencekit/influencekit/internal/cmd/enumgen
//
// and `go generate ./...` rewrites <package>_enum.go in that package's
// directory. TestGeneratedFilesAreUpToDate, in this command's tests, fails
// when a package's generated file differs from what enumgen would write
// now; add a new package's directory to its list when it adopts enumgen.
//
// # Adopting it in another package
//
// For each enum: add the //enumgen: lines to the type's doc comment,
// delete the hand-written table, Parse function and the String,
// MarshalText and UnmarshalText methods (keep the sentinel), add the
// generate line above once, run go generate, and add the package to
// TestGeneratedFilesAreUpToDate. The generated methods have the same
// names, signatures and behaviour as the hand-written ones in the library
// (see root, tier, engagement, pricing and disclosure), so callers do not change.
//
// [enumtext.Table]: https://pkg.go.dev/github.com/influencekit/influencekit/internal/enumtext#Table
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
	"strconv"
	"strings"
	"text/template"
	"unicode"
)

func main() {
	dir := flag.String("dir", ".", "the package directory to generate for")
	flag.Parse()
	name, src, err := generate(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "enumgen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(filepath.Join(*dir, name), src, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "enumgen:", err)
		os.Exit(1)
	}
}

// enum is one declared enum.
type enum struct {
	Type     string
	Recv     string // receiver name: "g" for Grade
	Table    string // the unexported table variable: "gradeNames"
	Kind     string
	Parse    string
	Sentinel string
	Names    []string
	Aliases  []alias
}

type alias struct {
	Name   string
	Target string // the constant's name, as written in names
	Index  int
}

// generate returns the generated file's name and source for the package in
// dir, or an error naming the file and type of a bad declaration.
func generate(dir string) (string, []byte, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return "", nil, err
	}
	slices.Sort(paths)
	fset := token.NewFileSet()
	var pkg string
	var enums []enum
	for _, path := range paths {
		base := filepath.Base(path)
		if strings.HasSuffix(base, "_test.go") || strings.HasSuffix(base, "_enum.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			return "", nil, err
		}
		pkg = f.Name.Name
		found, err := enumsIn(f)
		if err != nil {
			return "", nil, fmt.Errorf("%s: %w", base, err)
		}
		enums = append(enums, found...)
	}
	if pkg == "" {
		return "", nil, fmt.Errorf("no Go files in %s", dir)
	}
	if len(enums) == 0 {
		return "", nil, fmt.Errorf("package %s declares no enum (no //enumgen:names directive)", pkg)
	}
	var buf bytes.Buffer
	if err := fileTemplate.Execute(&buf, struct {
		Package string
		Enums   []enum
	}{pkg, enums}); err != nil {
		return "", nil, err
	}
	src, err := format.Source(buf.Bytes())
	if err != nil {
		return "", nil, fmt.Errorf("formatting the generated code: %w", err)
	}
	return pkg + "_enum.go", src, nil
}

// enumsIn returns the enums declared in f: the uint8 types whose doc
// comment holds an //enumgen:names directive.
func enumsIn(f *ast.File) ([]enum, error) {
	var out []enum
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			doc := ts.Doc
			if doc == nil && len(gd.Specs) == 1 {
				doc = gd.Doc
			}
			directives := directivesOf(doc)
			if len(directives) == 0 {
				continue
			}
			if id, ok := ts.Type.(*ast.Ident); !ok || id.Name != "uint8" || ts.Assign.IsValid() {
				return nil, fmt.Errorf("type %s has enumgen directives but is not a uint8 type", ts.Name.Name)
			}
			e, err := newEnum(ts.Name.Name, directives)
			if err != nil {
				return nil, fmt.Errorf("type %s: %w", ts.Name.Name, err)
			}
			out = append(out, e)
		}
	}
	return out, nil
}

const prefix = "//enumgen:"

// directivesOf returns the enumgen directives of a doc comment, key to
// value, in order.
func directivesOf(doc *ast.CommentGroup) [][2]string {
	if doc == nil {
		return nil
	}
	var out [][2]string
	for _, c := range doc.List {
		rest, ok := strings.CutPrefix(c.Text, prefix)
		if !ok {
			continue
		}
		key, value, _ := strings.Cut(rest, " ")
		out = append(out, [2]string{key, strings.TrimSpace(value)})
	}
	return out
}

// newEnum builds an enum from its directives, checking them.
func newEnum(typ string, directives [][2]string) (enum, error) {
	e := enum{
		Type:     typ,
		Recv:     strings.ToLower(typ[:1]),
		Table:    lowerFirst(typ) + "Names",
		Kind:     words(typ),
		Parse:    "Parse" + typ,
		Sentinel: "ErrUnknown" + typ,
	}
	seen := map[string]bool{}
	var aliases string
	for _, d := range directives {
		key, value := d[0], d[1]
		if seen[key] {
			return enum{}, fmt.Errorf("directive %s%s appears twice", prefix, key)
		}
		seen[key] = true
		switch key {
		case "names":
			e.Names = list(value)
		case "aliases":
			aliases = value
		case "kind":
			e.Kind = value
		case "parse":
			e.Parse = value
		case "sentinel":
			e.Sentinel = value
		default:
			return enum{}, fmt.Errorf("unknown directive %s%s", prefix, key)
		}
		if value == "" {
			return enum{}, fmt.Errorf("directive %s%s has no value", prefix, key)
		}
	}
	if len(e.Names) == 0 {
		return enum{}, fmt.Errorf("no %snames directive", prefix)
	}
	if len(e.Names) > 256 {
		return enum{}, fmt.Errorf("%d names do not fit a uint8", len(e.Names))
	}
	taken := map[string]bool{}
	for _, n := range e.Names {
		if n == "" {
			return enum{}, fmt.Errorf("an empty name in %snames", prefix)
		}
		if taken[strings.ToLower(n)] {
			return enum{}, fmt.Errorf("name %q appears twice (names are compared ignoring ASCII case)", n)
		}
		taken[strings.ToLower(n)] = true
	}
	for _, a := range list(aliases) {
		name, target, ok := strings.Cut(a, "=")
		name, target = strings.TrimSpace(name), strings.TrimSpace(target)
		if !ok || name == "" || target == "" {
			return enum{}, fmt.Errorf("alias %q is not written name = target", a)
		}
		i := slices.Index(e.Names, target)
		if i < 0 {
			return enum{}, fmt.Errorf("alias %q names no value %q", name, target)
		}
		if taken[strings.ToLower(name)] {
			return enum{}, fmt.Errorf("alias %q is already a name or alias", name)
		}
		taken[strings.ToLower(name)] = true
		e.Aliases = append(e.Aliases, alias{Name: name, Target: target, Index: i})
	}
	return e, nil
}

// list splits a comma-separated directive value into trimmed items.
func list(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	return parts
}

// lowerFirst lower-cases the first letter of a name, or the whole name
// when it is all upper case: "Grade" is "grade", "KPI" is "kpi".
func lowerFirst(s string) string {
	if strings.ToUpper(s) == s {
		return strings.ToLower(s)
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// words writes a CamelCase name as lower-case words: "GoalStatus" is
// "goal status"; a run of capitals stays one word ("KPI" is "kpi").
func words(s string) string {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(rs[i-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1])) {
			b.WriteByte(' ')
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return strings.Join(q, ", ")
}

func aliasDoc(as []alias) string {
	q := make([]string, len(as))
	for i, a := range as {
		q[i] = strconv.Quote(a.Name) + " for " + strconv.Quote(a.Target)
	}
	return strings.Join(q, ", ")
}

// comment writes text as a doc comment wrapped at 76 columns.
func comment(text string) string {
	var b strings.Builder
	line := "//"
	for _, w := range strings.Fields(text) {
		if len(line)+1+len(w) > 76 && line != "//" {
			b.WriteString(line + "\n")
			line = "//"
		}
		line += " " + w
	}
	b.WriteString(line)
	return b.String()
}

// ParseDoc, StringDoc, MarshalDoc and UnmarshalDoc return the doc
// comments of e's generated declarations.
func (e enum) ParseDoc() string {
	accepts := ""
	if len(e.Aliases) > 0 {
		accepts = "; it also accepts " + aliasDoc(e.Aliases)
	}
	return comment(fmt.Sprintf("%s returns the [%s] named s (%s), ignoring ASCII case%s. Any other text, the empty string included, is an error wrapping [%s].",
		e.Parse, e.Type, quoteList(e.Names), accepts, e.Sentinel))
}

func (e enum) StringDoc() string {
	return comment(fmt.Sprintf("String returns the name of %s (%s), or %q for a value outside the declared constants.",
		e.Recv, strconv.Quote(e.Names[0])+", ...", e.Kind+"(N)"))
}

func (e enum) MarshalDoc() string {
	return comment(fmt.Sprintf("MarshalText implements [encoding.TextMarshaler]: the value's name. A value outside the declared constants is an error wrapping [%s].", e.Sentinel))
}

func (e enum) UnmarshalDoc() string {
	return comment(fmt.Sprintf("UnmarshalText implements [encoding.TextUnmarshaler] with [%s]'s rules. On error %s is left unchanged.", e.Parse, e.Recv))
}

var fileTemplate = template.Must(template.New("file").Funcs(template.FuncMap{
	"quote": strconv.Quote, "quoteList": quoteList,
}).Parse(`// Code generated by enumgen from the //enumgen: directives of this package; DO NOT EDIT.

package {{.Package}}

import "github.com/influencekit/influencekit/internal/enumtext"
{{range .Enums}}
var {{.Table}} = enumtext.New({{quote .Kind}}, {{.Sentinel}},
	[]string{ {{quoteList .Names}} },{{range .Aliases}}
	enumtext.Alias{Name: {{quote .Name}}, Index: {{.Index}}}, // {{.Target}}{{end}}
)

{{.ParseDoc}}
func {{.Parse}}(s string) ({{.Type}}, error) {
	i, err := {{.Table}}.Parse(s)
	return {{.Type}}(i), err
}

{{.StringDoc}}
func ({{.Recv}} {{.Type}}) String() string { return {{.Table}}.String(uint8({{.Recv}})) }

{{.MarshalDoc}}
func ({{.Recv}} {{.Type}}) MarshalText() ([]byte, error) { return {{.Table}}.Marshal(uint8({{.Recv}})) }

{{.UnmarshalDoc}}
func ({{.Recv}} *{{.Type}}) UnmarshalText(text []byte) error {
	v, err := {{.Parse}}(string(text))
	if err != nil {
		return err
	}
	*{{.Recv}} = v
	return nil
}
{{end}}`))

// Command callwalk follows a function's static calls in source order
// through the module's files and counts the file stays a reader makes:
//
//	go run ./internal/cmd/callwalk -func disclosure.Check
//
// It type-checks the module's packages from source (go/types), then walks
// depth first from the function: each call in a body, in source order,
// that names a function or method declared in the module (not one called
// through an interface or a func value) is read at its first call only,
// as a reader reads a function once. Every function read is a step in its
// file (or unit); a stay is a run of steps in one file, and a return is a stay in a
// file an earlier stay was in. With -back, coming back to the caller's
// file after a callee in another file is a step too. -v lists the stays,
// -funcs the functions read in each.
package main

import (
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	fn := flag.String("func", "disclosure.Check", "the function to start from: package path relative to the module, a dot, its name (Type.Method for a method)")
	back := flag.Bool("back", false, "count coming back to the caller's file after a callee as a step")
	within := flag.String("within", "", "only follow calls into packages under this path relative to the module (\"disclosure\"); empty follows the whole module")
	verbose := flag.Bool("v", false, "print every stay")
	funcs := flag.Bool("funcs", false, "print every stay and the functions read in it")
	units := flag.String("unit", "", "comma-separated directories relative to the module whose files count as one file each (\"disclosure/internal/lex\": a package read as a library)")
	flag.Parse()
	opts := options{back: *back, within: *within}
	if *units != "" {
		opts.units = strings.Split(*units, ",")
	}
	w, err := walkFrom(".", *fn, opts)
	if err != nil {
		fmt.Fprintln(os.Stderr, "callwalk:", err)
		os.Exit(1)
	}
	for i, s := range w.stays {
		if *verbose || *funcs {
			mark := ""
			if s.ret {
				mark = " (return)"
			}
			fmt.Printf("%3d %s%s\n", i+1, s.file, mark)
		}
		if *funcs {
			for _, f := range s.funcs {
				fmt.Printf("      %s\n", f)
			}
		}
	}
	fmt.Printf("%s: %d functions read, %d file stays, %d returns to a file already left\n", *fn, w.functions, len(w.stays), w.returns())
}

// options say how to walk: see the flags.
type options struct {
	back   bool
	within string
	units  []string
}

// walk is what a walk from a function found.
type walk struct {
	stays     []stay
	functions int // functions read
}

// stay is a run of steps in one file (or unit).
type stay struct {
	file  string // relative to the module, or a unit's directory with a trailing "/"
	ret   bool   // an earlier stay was in the file
	funcs []string
}

// returns counts the stays in a file an earlier stay was in.
func (w walk) returns() int {
	n := 0
	for _, s := range w.stays {
		if s.ret {
			n++
		}
	}
	return n
}

// loader type-checks the module's packages from source and keeps their
// syntax, so that calls into them can be followed.
type loader struct {
	fset   *token.FileSet
	module string // module path
	root   string // module directory
	pkgs   map[string]*types.Package
	info   *types.Info
	decls  map[*types.Func]*ast.FuncDecl
	std    types.Importer
}

func (l *loader) Import(path string) (*types.Package, error) {
	if p, ok := l.pkgs[path]; ok {
		return p, nil
	}
	if path != l.module && !strings.HasPrefix(path, l.module+"/") {
		return l.std.Import(path)
	}
	dir := filepath.Join(l.root, strings.TrimPrefix(strings.TrimPrefix(path, l.module), "/"))
	bp, err := build.Default.ImportDir(dir, 0)
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, name := range bp.GoFiles {
		f, err := parser.ParseFile(l.fset, filepath.Join(dir, name), nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	conf := types.Config{Importer: l}
	p, err := conf.Check(path, l.fset, files, l.info)
	if err != nil {
		return nil, err
	}
	l.pkgs[path] = p
	for _, f := range files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if obj, ok := l.info.Defs[fd.Name].(*types.Func); ok {
					l.decls[obj] = fd
				}
			}
		}
	}
	return p, nil
}

// walkFrom walks from start ("pkg.Func" or "pkg.Type.Method", the package
// relative to the module) in the module whose directory holds dir.
func walkFrom(dir, start string, o options) (walk, error) {
	list := exec.Command("go", "list", "-m", "-f", "{{.Path}} {{.Dir}}")
	list.Dir = dir
	out, err := list.Output()
	if err != nil {
		return walk{}, fmt.Errorf("go list -m: %w", err)
	}
	module, root, _ := strings.Cut(strings.TrimSpace(string(out)), " ")
	l := &loader{fset: token.NewFileSet(), module: module, root: root, pkgs: map[string]*types.Package{},
		decls: map[*types.Func]*ast.FuncDecl{},
		info:  &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{}}}
	pkgPath, name, ok := strings.Cut(start, ".")
	if !ok {
		return walk{}, fmt.Errorf("-func %q: want package.Name", start)
	}
	// Packages outside the module are read from the build cache's export
	// data, as the compiler reads them.
	list = exec.Command("go", "list", "-export", "-deps", "-f", "{{.ImportPath}} {{.Export}}", "./"+pkgPath)
	list.Dir = root
	out, err = list.Output()
	if err != nil {
		return walk{}, fmt.Errorf("go list -export: %w", err)
	}
	exports := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		if path, file, ok := strings.Cut(line, " "); ok {
			exports[path] = file
		}
	}
	l.std = importer.ForCompiler(l.fset, "gc", func(path string) (io.ReadCloser, error) {
		file, ok := exports[path]
		if !ok || file == "" {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(file)
	})
	pkg, err := l.Import(module + "/" + pkgPath)
	if err != nil {
		return walk{}, err
	}
	var first *types.Func
	if recv, method, ok := strings.Cut(name, "."); ok {
		if tn, ok := pkg.Scope().Lookup(recv).(*types.TypeName); ok {
			obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(tn.Type()), true, pkg, method)
			first, _ = obj.(*types.Func)
		}
	} else {
		first, _ = pkg.Scope().Lookup(name).(*types.Func)
	}
	if first == nil || l.decls[first] == nil {
		return walk{}, fmt.Errorf("no function %s in %s", name, pkgPath)
	}
	follow := module
	if o.within != "" {
		follow = module + "/" + o.within
	}
	w := walker{l: l, seen: map[*types.Func]bool{}, back: o.back, follow: follow, units: o.units}
	w.visit(first)
	var res walk
	left := map[string]bool{}
	prev := ""
	for i, f := range w.steps {
		if f != prev {
			res.stays = append(res.stays, stay{file: f, ret: left[f]})
			if prev != "" {
				left[prev] = true
			}
			prev = f
		}
		if w.names[i] != "" {
			s := &res.stays[len(res.stays)-1]
			s.funcs = append(s.funcs, w.names[i])
		}
	}
	res.functions = len(w.seen)
	return res, nil
}

type walker struct {
	units  []string // directories counted as one file each
	l      *loader
	seen   map[*types.Func]bool
	steps  []string
	names  []string // the function read at each step; "" for a return to the caller (-back)
	back   bool
	follow string
}

func (w *walker) file(fd *ast.FuncDecl) string {
	name := w.l.fset.Position(fd.Pos()).Filename
	rel, err := filepath.Rel(w.l.root, name)
	if err != nil {
		return name
	}
	for _, u := range w.units {
		if strings.HasPrefix(rel, filepath.Clean(u)+string(filepath.Separator)) {
			return filepath.Clean(u) + "/"
		}
	}
	return rel
}

// visit reads fn's body in source order, reading each callee at its first
// call.
func (w *walker) visit(fn *types.Func) {
	w.seen[fn] = true
	fd := w.l.decls[fn]
	here := w.file(fd)
	w.steps = append(w.steps, here)
	w.names = append(w.names, fn.FullName())
	if fd.Body == nil {
		return
	}
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		callee := w.callee(call.Fun)
		if callee == nil || w.seen[callee] || w.l.decls[callee] == nil || callee.Pkg() == nil ||
			(callee.Pkg().Path() != w.follow && !strings.HasPrefix(callee.Pkg().Path(), w.follow+"/")) {
			return true
		}
		// Arguments are evaluated before the call: read them first.
		for _, a := range call.Args {
			ast.Inspect(a, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					if g := w.callee(c.Fun); g != nil && !w.seen[g] && w.l.decls[g] != nil && g.Pkg() != nil &&
						(g.Pkg().Path() == w.follow || strings.HasPrefix(g.Pkg().Path(), w.follow+"/")) {
						w.visit(g)
						if w.back {
							w.steps = append(w.steps, here)
							w.names = append(w.names, "")
						}
					}
				}
				return true
			})
		}
		if !w.seen[callee] {
			w.visit(callee)
			if w.back {
				w.steps = append(w.steps, here)
				w.names = append(w.names, "")
			}
		}
		return false
	})
}

// callee returns the function or method a call's Fun names statically.
func (w *walker) callee(fun ast.Expr) *types.Func {
	switch f := ast.Unparen(fun).(type) {
	case *ast.Ident:
		if fn, ok := w.l.info.Uses[f].(*types.Func); ok {
			return fn.Origin()
		}
	case *ast.SelectorExpr:
		if sel, ok := w.l.info.Selections[f]; ok {
			if fn, ok := sel.Obj().(*types.Func); ok {
				if _, iface := fn.Type().(*types.Signature).Recv().Type().Underlying().(*types.Interface); iface {
					return nil
				}
				return fn.Origin()
			}
			return nil
		}
		if fn, ok := w.l.info.Uses[f.Sel].(*types.Func); ok {
			return fn.Origin()
		}
	case *ast.IndexExpr:
		return w.callee(f.X)
	case *ast.IndexListExpr:
		return w.callee(f.X)
	}
	return nil
}

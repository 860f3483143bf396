package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// wasmPackage is the WebAssembly module's main package.
const wasmPackage = "github.com/influencekit/influencekit/examples/playground/wasm"

// buildAssets builds the WebAssembly module into dir and returns every file
// the page needs, by URL path: the embedded static files, wasm_exec.js from
// the Go installation and influencekit.wasm.
func buildAssets(ctx context.Context, dir string) (map[string][]byte, error) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		return nil, fmt.Errorf("the go command is needed to build the WebAssembly module: %w", err)
	}
	goroot, err := goOutput(ctx, goTool, nil, "env", "GOROOT")
	if err != nil {
		return nil, err
	}
	wasmExec, err := readWasmExec(strings.TrimSpace(goroot))
	if err != nil {
		return nil, err
	}
	out := filepath.Join(dir, "influencekit.wasm")
	// -s -w drop the symbol table and DWARF (about 2% of the module);
	// -trimpath keeps this machine's paths out of it.
	if _, err := goOutput(ctx, goTool, []string{"GOOS=js", "GOARCH=wasm"},
		"build", "-trimpath", "-ldflags=-s -w", "-o", out, wasmPackage); err != nil {
		return nil, fmt.Errorf("%w (run the playground from inside the influencekit module)", err)
	}
	wasm, err := os.ReadFile(out)
	if err != nil {
		return nil, err
	}

	assets := map[string][]byte{"/wasm_exec.js": wasmExec, "/influencekit.wasm": wasm}
	err = fs.WalkDir(staticFiles, "static", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := staticFiles.ReadFile(path)
		assets[strings.TrimPrefix(path, "static")] = data
		return err
	})
	if err != nil {
		return nil, err
	}
	return assets, nil
}

// readWasmExec reads wasm_exec.js from the Go installation at goroot: in
// lib/wasm since Go 1.24, in misc/wasm before.
func readWasmExec(goroot string) ([]byte, error) {
	var errs []error
	for _, dir := range []string{"lib", "misc"} {
		data, err := os.ReadFile(filepath.Join(goroot, dir, "wasm", "wasm_exec.js"))
		if err == nil {
			return data, nil
		}
		errs = append(errs, err)
	}
	return nil, fmt.Errorf("wasm_exec.js not found in the Go installation: %w", errors.Join(errs...))
}

// goOutput runs the go command with extra environment and returns its
// standard output; a failure carries its standard error.
func goOutput(ctx context.Context, goTool string, env []string, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, goTool, args...)
	cmd.Env = append(os.Environ(), env...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return stdout.String(), nil
}

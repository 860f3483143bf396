package main

import (
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"strings"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
)

// sampleContracts holds one agreement per creator of the sample campaign,
// named after the creator's handle without the "@". Some are deliberately
// flawed so the report has problems to show.
//
//go:embed contracts/*.json
var sampleContracts embed.FS

// renderLines is how much of the first contract's Markdown draft the report
// prints.
const renderLines = 16

// contractSection validates each creator's contract, prints its problems,
// and prints the start of the first contract's Markdown draft.
func contractSection(w io.Writer, c Campaign) error {
	fmt.Fprintln(w, "== Contracts")
	var first *contract.Contract
	for _, cr := range c.Creators {
		name := path.Join("contracts", strings.TrimPrefix(cr.Handle, "@")+".json")
		data, err := fs.ReadFile(sampleContracts, name)
		if err != nil {
			return fmt.Errorf("contract for %s: %w", cr.Handle, err)
		}
		k, err := contract.Parse(data)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		if first == nil {
			first = &k
		}
		problems := k.Validate()
		errs, warns := 0, 0
		for _, p := range problems {
			switch p.Severity {
			case influencekit.SeverityError:
				errs++
			case influencekit.SeverityWarning:
				warns++
			}
		}
		fmt.Fprintf(w, "%s: %s, %s\n", cr.Handle, plural(errs, "error"), plural(warns, "warning"))
		for _, p := range problems {
			fmt.Fprintf(w, "  %-7s %-30s %s: %s\n", p.Severity, p.Field, p.Rule, p.Message)
		}
	}
	if first == nil {
		return nil
	}
	fmt.Fprintf(w, "\nDraft agreement for %s (first %d lines):\n\n", first.Creator.Handle, renderLines)
	var draft strings.Builder
	if err := contract.Render(&draft, *first); err != nil {
		return err
	}
	lines := strings.SplitAfter(draft.String(), "\n")
	for _, line := range lines[:min(renderLines, len(lines))] {
		if line != "\n" {
			fmt.Fprint(w, "  ")
		}
		fmt.Fprint(w, line)
	}
	return nil
}

// plural writes n with the noun, adding "s" unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

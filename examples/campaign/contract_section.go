package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
)

// renderLines is how much of the first contract's Markdown draft the report
// shows.
const renderLines = 16

// contractSection validates each creator's contract, lists its problems,
// and shows the start of the first contract's Markdown draft. A creator
// without a contract is reported as having none; a contract that cannot be
// read or parsed is an error at its file, line and column, and the other
// creators go on.
func contractSection(w sectionWriter, c Campaign) error {
	w.heading("Contracts")
	var first *contract.Contract
	var errs []error
	var handles []string
	var counts []map[string]int
	for i, cr := range c.Creators {
		k, given, err := c.contractOf(i)
		switch {
		case err != nil:
			w.subheading("%s: contract not read: %v", cr.Handle, err)
			errs = append(errs, fmt.Errorf("contract for %s: %w", cr.Handle, err))
			continue
		case !given:
			w.subheading("%s: no contract given", cr.Handle)
			continue
		}
		if first == nil {
			first = &k
		}
		problems := k.Validate()
		nErr, nWarn := 0, 0
		for _, p := range problems {
			switch p.Severity {
			case influencekit.SeverityError:
				nErr++
			case influencekit.SeverityWarning:
				nWarn++
			}
		}
		w.subheading("%s: %s, %s", cr.Handle, plural(nErr, "error"), plural(nWarn, "warning"))
		if len(problems) > 0 {
			t := w.listing(1, []int{7, 30}, "severity", "field", "problem")
			for _, p := range problems {
				w.row(t, p.Severity.String(), p.Field, string(p.Rule)+": "+p.Message)
			}
		}
		handles = append(handles, cr.Handle)
		counts = append(counts, map[string]int{"errors": nErr, "warnings": nWarn})
	}
	if len(handles) > 0 {
		w.chart(Chart{
			ID:    "contract-open-points",
			Title: "Contract open points by creator",
			Desc:  "A cell per creator: the errors and the warnings their contract's validation found; empty cells are none.",
			Grid:  newGrid(handles, counts),
		})
	}
	if first != nil {
		var draft strings.Builder
		if err := contract.Render(&draft, *first); err != nil {
			errs = append(errs, err)
		} else {
			w.blank()
			w.subheading("Draft agreement for %s (first %d lines):", first.Creator.Handle, renderLines)
			w.blank()
			lines := strings.SplitAfter(draft.String(), "\n")
			w.excerpt(1, strings.Join(lines[:min(renderLines, len(lines))], ""))
		}
	}
	return errors.Join(errs...)
}

// contractOf reads the contract of the i-th creator: given inline in the
// campaign file, or by a path relative to it. given is false when the
// creator has none. Errors name the file, line and column.
func (c Campaign) contractOf(i int) (k contract.Contract, given bool, err error) {
	raw := bytes.TrimSpace(c.Creators[i].Contract)
	if len(raw) == 0 || string(raw) == "null" {
		return contract.Contract{}, false, nil
	}
	if raw[0] == '"' {
		var name string
		if err := json.Unmarshal(raw, &name); err != nil {
			return contract.Contract{}, true, err
		}
		data, shown, err := c.src.readRelative(name)
		if err != nil {
			return contract.Contract{}, true, fmt.Errorf("%s: creators[%d].contract: %w", c.where(jsonPath{"creators", i, "contract"}), i, err)
		}
		k, err := contract.Parse(data)
		if err != nil {
			return contract.Contract{}, true, fmt.Errorf("%s:%s: %w", shown, position(data, contractErrorOffset(data, err)), err)
		}
		return k, true, nil
	}
	k, err = contract.Parse(raw)
	if err != nil {
		at, _ := offsetOf(c.src.data, jsonPath{"creators", i, "contract"})
		return contract.Contract{}, true, fmt.Errorf("%s:%s: creators[%d].contract: %w", c.src.name, position(c.src.data, at+contractErrorOffset(raw, err)), i, err)
	}
	return k, true, nil
}

// contractErrorOffset is the offset in data, a contract's JSON, of what
// contract.Parse's error is about: the offending value where its path
// leads to one, else the byte where reading stopped.
func contractErrorOffset(data []byte, err error) int64 {
	var pe *contract.ParseError
	if !errors.As(err, &pe) {
		return 0
	}
	if pe.Path != "" && !errors.Is(err, contract.ErrSyntax) {
		if p, ok := parseJSONPath(pe.Path); ok {
			if off, ok := offsetOf(data, p); ok {
				return off
			}
		}
	}
	if errors.Is(err, contract.ErrSyntax) || errors.Is(err, contract.ErrTrailingData) {
		return pe.Offset
	}
	return max(pe.Offset-1, 0)
}

// plural writes n with the noun, adding "s" unless n is 1.
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

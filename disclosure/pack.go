package disclosure

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"
)

// Pack is everything the package knows about one jurisdiction, read from a
// pack file: its labels with their clarity, connection, language and
// position, the statements, denials, editing labels and claims it reads,
// its thresholds, its gift policy, the label it suggests, its authority
// and the source of every row. The built-in packs are embedded in the
// package ([LookupPack]); [ParsePack] reads a team's own, which
// [Options].Packs adds to a [Checker]. A Pack is immutable and safe for
// concurrent use. The format is described in the package documentation,
// "Packs".
type Pack struct {
	code  string
	table termTable
	// compiled is the table compiled, shared by every Checker that uses
	// the pack as it is.
	compiled *matcher
	// at is where each directive's value is written, for errors found
	// after reading.
	at map[string]packPos
}

// packPos is a place in a pack file, counted from 1.
type packPos struct{ line, col int }

// Code returns the pack's jurisdiction code as its file writes it, upper
// case: "US", "DE", or a team's own code such as "XK".
func (p *Pack) Code() string { return p.code }

// Authority returns the name the pack's messages give the rules'
// authority: "US FTC", "German media authorities'".
func (p *Pack) Authority() string { return p.table.authority }

// Source returns the SOURCES.md key of the pack's main guidance, which its
// rows rest on unless they name another; see [LookupSource].
func (p *Pack) Source() string { return p.table.source }

// SuggestedLabel returns the clear label the package suggests for the
// jurisdiction, and inserts at the start of a caption that lacks one:
// "#ad" in the US, "Werbung" in Germany, "Publicité" in France.
func (p *Pack) SuggestedLabel() string { return p.table.defaultLabel }

// Language returns the ISO 639-1 code of the language the jurisdiction's
// labels must be in ("fr"), or "" when any label the pack calls clear will
// do.
func (p *Pack) Language() string { return p.table.language }

// GiftWithoutControl reports the jurisdiction's gift policy: true when a
// gift label the pack calls risky ("#gifted") is enough for a deal in
// which the creator is paid only in product and the brand has no control
// over the content (the UK: asa-influencers-guide (ASA/CAP and CMA,
// "Influencers' guide to making clear that ads are ads")), false when a gift
// needs a clear label like any other connection.
func (p *Pack) GiftWithoutControl() bool { return p.table.giftWithoutControl }

// ErrInvalidPack is wrapped by every error of a pack that does not read:
// [ParsePack]'s [PackError] and [NewChecker]'s errors for [Options].Packs.
var ErrInvalidPack = errors.New("disclosure: invalid pack")

// PackError is the error of a pack file that does not read: where, and
// what was expected there. Its Unwrap returns [ErrInvalidPack].
type PackError struct {
	// File is the name of the file that does not read: the name passed
	// to [ParsePack], or an included rows file ("en.rows").
	File string
	// Line and Col locate the problem, both counted from 1; Col counts
	// bytes, as Go's own positions do.
	Line, Col int
	// Msg says what was expected and what was found.
	Msg string
}

// Error returns "disclosure: invalid pack: file:line:col: msg".
func (e *PackError) Error() string {
	return fmt.Sprintf("%s: %s:%d:%d: %s", ErrInvalidPack, e.File, e.Line, e.Col, e.Msg)
}

// Unwrap returns [ErrInvalidPack].
func (e *PackError) Unwrap() error { return ErrInvalidPack }

// The built-in packs and the rows they share, embedded.
//
//go:embed packs/*.pack packs/*.rows
var packFiles embed.FS

// ParsePack reads a pack file: name is the name its errors give it
// ("xk.pack"), data its text. An "include" line reads rows shared by the
// built-in packs ("include en/claims"). It returns a *[PackError] naming
// the file, line and column of the first problem, including a suggested
// label that is not one of the pack's clear labels and an editing label
// that is not one of its editing rows. A pack for a code that
// names a built-in [Jurisdiction] overrides that jurisdiction's pack in a
// Checker whose [Options].Packs holds it; any other code is a market of
// its own ([Checker.Jurisdiction]).
func ParsePack(name string, data []byte) (*Pack, error) {
	shared, err := sharedRows()
	if err != nil {
		return nil, err
	}
	p, err := parsePack(name, string(data), shared)
	if err != nil {
		return nil, err
	}
	if err := p.compile(name); err != nil {
		return nil, err
	}
	return p, nil
}

// LookupPack returns the built-in pack of j, and false for a value outside
// the declared jurisdictions. Every declared [Jurisdiction] has one.
func LookupPack(j Jurisdiction) (*Pack, bool) {
	b, err := builtins()
	if err != nil || int(j) >= len(b.packs) {
		return nil, false
	}
	return b.packs[j], true
}

// builtinSet is the built-in packs, by Jurisdiction, and their compiled
// tables, made once and shared by every Checker.
type builtinSet struct {
	packs    []*Pack
	matchers []*matcher
}

// builtins reads and compiles the embedded packs once.
var builtins = sync.OnceValues(func() (*builtinSet, error) {
	shared, err := sharedRows()
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(packFiles, "packs/*.pack")
	if err != nil {
		return nil, err
	}
	b := &builtinSet{packs: make([]*Pack, jurisdictionNames.Len()), matchers: make([]*matcher, jurisdictionNames.Len())}
	for _, name := range names {
		data, err := packFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		p, err := parsePack(path.Base(name), string(data), shared)
		if err != nil {
			return nil, err
		}
		j, err := ParseJurisdiction(p.code)
		if err != nil || j.String() != p.code || path.Base(name) != strings.ToLower(p.code)+".pack" {
			return nil, fmt.Errorf("%w: %s declares %q: a built-in pack is <code>.pack for a declared jurisdiction", ErrInvalidPack, name, p.code)
		}
		if b.packs[j] != nil {
			return nil, fmt.Errorf("%w: a second pack for %s", ErrInvalidPack, j)
		}
		p.table.jurisdiction = j
		if err := p.compile(path.Base(name)); err != nil {
			return nil, err
		}
		b.packs[j], b.matchers[j] = p, p.compiled
	}
	for j, p := range b.packs {
		if p == nil {
			return nil, fmt.Errorf("%w: no pack for %s", ErrInvalidPack, Jurisdiction(j))
		}
	}
	return b, nil
})

// compile compiles p's table and checks that its suggested label is one
// of its clear labels and its editing label one of its editing rows, so
// that the fixes that insert them leave a caption that passes.
func (p *Pack) compile(name string) error {
	m, err := compileTable(&p.table)
	if err != nil {
		// Each row's pattern was checked as it was read.
		return fmt.Errorf("%w: %s: %w", ErrInvalidPack, name, err)
	}
	for _, want := range []struct {
		text, directive string
		ok              func(termRow) bool
		what            string
	}{
		{p.table.defaultLabel, "suggest", func(r termRow) bool { return r.kind == termLabel && r.clarity == Clear }, "a clear label of the pack"},
		{p.table.editingLabel, "editing-label", func(r termRow) bool { return r.kind == termEditing }, "an editing row of the pack"},
		{p.table.aiLabel, "ai-label", func(r termRow) bool { return r.kind == termAI }, "an ai row of the pack"},
	} {
		if want.text == "" && want.directive == "ai-label" {
			continue // optional: the finding then has no fix
		}
		row, ok := wholeMatch(m, want.text)
		if !ok || !want.ok(p.table.terms[row]) {
			at := p.at[want.directive]
			return &PackError{File: name, Line: at.line, Col: at.col, Msg: fmt.Sprintf("expected %s, found %q, which the pack reads otherwise", want.what, want.text)}
		}
	}
	p.compiled = m
	return nil
}

// sharedRows reads the embedded rows files once: the rows packs include
// by "include <file>/<section>", keyed so.
var sharedRows = sync.OnceValues(func() (map[string][]termRow, error) {
	names, err := fs.Glob(packFiles, "packs/*.rows")
	if err != nil {
		return nil, err
	}
	rows := map[string][]termRow{}
	for _, name := range names {
		data, err := packFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if err := parseRows(path.Base(name), string(data), rows); err != nil {
			return nil, err
		}
	}
	return rows, nil
})

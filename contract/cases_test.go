package contract_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/internal/casefile"
)

// The annotated cases: contracts a reviewer writes down with the problems
// Validate must and must not report. The format is documented in the
// package doc ("Annotated cases"); this file reads it.

// expectation is one want, not, known-miss or known-alarm line.
type expectation struct {
	line     int
	kind     string // "want", "not", "known-miss", "known-alarm"
	rule     string
	field    string // "" matches any field
	severity string // "" matches any severity
}

func (e expectation) String() string {
	s := e.rule
	if e.field != "" {
		s += " at " + e.field
	}
	if e.severity != "" {
		s += " (" + e.severity + ")"
	}
	return s
}

func (e expectation) matches(p contract.Problem) bool {
	return string(p.Rule) == e.rule && (e.field == "" || p.Field == e.field) &&
		(e.severity == "" || p.Severity.String() == e.severity)
}

// caseBlock is one contract with its expectations.
type caseBlock struct {
	line      int // the "===" line
	title     string
	base      string
	sets      [][2]string // path, JSON
	setLines  []int
	json      []string
	jsonLine  int
	noProblem int // the line of "want: no problems", or 0
	expect    []expectation
}

// caseTally counts, over the blocks of a run, the reviewer's expectations
// Validate met, the problems it reported that the reviewer calls false
// alarms (unexpected errors and warnings, and known alarms), and the ones
// it missed (unmet wants and known misses).
type caseTally = casefile.Tally

// caseSummary is the line TestCases logs for the whole run.
func caseSummary(t caseTally) string {
	return fmt.Sprintf("%d cases: %d problems raised as the reviewer wants, %d false alarms, %d missed: precision %.2f, recall %.2f",
		t.Blocks, t.Met, t.FalseAlarms, t.Missed, t.Precision(), t.Recall())
}

// runCaseFile reads the case file at path and validates each of its
// contracts. It returns one failure message per failing block, each
// starting "path:line: ", and the tally; err is for a file that cannot be
// read at all.
func runCaseFile(path string) (failures []string, tally caseTally, err error) {
	return casefile.RunFile(path, readCases)
}

var caseKinds = []string{"want", "not", "known-miss", "known-alarm"}

// readCases splits a case file into blocks; malformed lines are failures
// naming their line.
func readCases(path string, data []byte) ([]*caseBlock, []string) {
	var blocks []*caseBlock
	var failures []string
	fail := func(line int, format string, args ...any) {
		failures = append(failures, casefile.Failf(path, line, format, args...))
	}
	var cur *caseBlock
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		raw := sc.Text()
		line := strings.TrimSpace(raw)
		if title, ok := strings.CutPrefix(line, "==="); ok {
			cur = &caseBlock{line: n, title: strings.TrimSpace(title)}
			blocks = append(blocks, cur)
			continue
		}
		if cur != nil && len(cur.json) > 0 {
			cur.json = append(cur.json, raw) // the contract runs to the next block
			continue
		}
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if cur == nil {
			fail(n, "%q comes before the first case; start a case with a line \"=== what the case shows\"", line)
			continue
		}
		if strings.HasPrefix(line, "{") {
			cur.json, cur.jsonLine = []string{raw}, n
			continue
		}
		key, value, ok := strings.Cut(line, ":")
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		switch {
		case !ok:
			fail(n, "%q is not a case line; write \"want: rule at field\", \"not: rule\", \"base: file.json\", \"set: path = json\", or the contract's JSON", line)
		case key == "base":
			cur.base = value
		case key == "set":
			p, v, ok := strings.Cut(value, "=")
			if !ok {
				fail(n, "set needs \"path = json\", got %q", value)
				continue
			}
			cur.sets = append(cur.sets, [2]string{strings.TrimSpace(p), strings.TrimSpace(v)})
			cur.setLines = append(cur.setLines, n)
		case key == "want" && value == "no problems":
			cur.noProblem = n
		case slices.Contains(caseKinds, key):
			e, err := parseExpectation(n, key, value)
			if err != nil {
				fail(n, "%v", err)
				continue
			}
			cur.expect = append(cur.expect, e)
		default:
			fail(n, "unknown case line %q; the keys are base, set, want, not, known-miss and known-alarm", key+":")
		}
	}
	if err := sc.Err(); err != nil {
		failures = append(failures, fmt.Sprintf("%s: %v", path, err))
	}
	return blocks, failures
}

// parseExpectation reads "rule [at field] [(severity)]".
func parseExpectation(line int, kind, s string) (expectation, error) {
	e := expectation{line: line, kind: kind}
	if open := strings.LastIndex(s, "("); open >= 0 && strings.HasSuffix(s, ")") {
		e.severity = strings.TrimSpace(s[open+1 : len(s)-1])
		s = strings.TrimSpace(s[:open])
		if _, err := influencekit.ParseSeverity(e.severity); err != nil {
			return e, fmt.Errorf("%q is not a severity; write (error), (warning) or (info)", e.severity)
		}
	}
	rule, field, _ := strings.Cut(s, " at ")
	e.rule, e.field = strings.TrimSpace(rule), strings.TrimSpace(field)
	if e.rule == "" || strings.ContainsAny(e.rule, " \t") {
		return e, fmt.Errorf("%s: %q names no rule; write \"%s: rule-name at field.path\"", kind, s, kind)
	}
	if _, ok := contract.Rule(e.rule).Severity(); !ok {
		return e, fmt.Errorf("%s: %q is not a rule of contract.Validate", kind, e.rule)
	}
	return e, nil
}

// document builds the block's contract JSON: its own, or its base file
// with the set lines applied.
func (b *caseBlock) document(path string) (doc string, line int, err error) {
	switch {
	case b.base != "" && len(b.json) > 0:
		return "", b.line, errors.New("the case has both a base and its own JSON; keep one")
	case b.base != "":
		data, err := os.ReadFile(filepath.Join(filepath.Dir(path), b.base))
		if err != nil {
			return "", b.line, fmt.Errorf("base: %w", err)
		}
		doc = string(data)
		for i, s := range b.sets {
			if doc, err = applyEdits(doc, map[string]string{s[0]: s[1]}); err != nil {
				return "", b.setLines[i], fmt.Errorf("set %s: %w", s[0], err)
			}
		}
		return doc, b.line, nil
	case len(b.sets) > 0:
		return "", b.setLines[0], errors.New("set needs a base: file.json to change")
	case len(b.json) == 0:
		return "", b.line, errors.New("the case has no contract: add its JSON, or a base: file.json")
	}
	return strings.Join(b.json, "\n"), b.jsonLine, nil
}

// run validates the block's contract and checks its expectations.
func (b *caseBlock) Run(path string) (failures []string, t caseTally) {
	at := func(line int, format string, args ...any) {
		failures = append(failures, casefile.Failf(path, line, format, args...))
	}
	wants := slices.ContainsFunc(b.expect, func(e expectation) bool { return e.kind == "want" })
	switch {
	case b.noProblem == 0 && len(b.expect) == 0:
		at(b.line, "case %q states no expectation; add \"want: rule at field\" lines or \"want: no problems\"", b.title)
		return failures, t
	case b.noProblem != 0 && wants:
		at(b.noProblem, "case %q wants no problems and also wants some; keep one", b.title)
		return failures, t
	}
	doc, line, err := b.document(path)
	if err != nil {
		at(line, "%v", err)
		return failures, t
	}
	c, err := contract.Parse([]byte(doc))
	if err != nil {
		if pe, ok := errors.AsType[*contract.ParseError](err); ok && len(b.json) > 0 {
			line += strings.Count(doc[:min(int(pe.Offset), len(doc))], "\n")
		}
		at(line, "case %q does not parse: %v", b.title, err)
		return failures, t
	}
	problems := c.Validate()
	for _, p := range problems {
		if why := memberPathError(p.Field); why != "" {
			at(b.line, "case %q: Validate reports %s at %q, which names no member: %s", b.title, p.Rule, p.Field, why)
		}
	}
	claimed := make([]bool, len(problems))
	for _, e := range b.expect {
		found := false
		for i, p := range problems {
			if e.matches(p) {
				found = true
				if e.kind != "not" {
					claimed[i] = true
				}
			}
		}
		switch {
		case e.kind == "want" && found:
			t.Met++
		case e.kind == "want":
			t.Missed++
			at(e.line, "missing: want %s, but Validate does not report it", e)
		case e.kind == "not" && found:
			t.FalseAlarms++
			at(e.line, "false alarm: not %s, but Validate reports it", e)
		case e.kind == "known-miss" && found:
			at(e.line, "known-miss %s is now reported: change the line to want", e)
		case e.kind == "known-miss":
			t.Missed++
		case e.kind == "known-alarm" && !found:
			at(e.line, "known-alarm %s is no longer reported: change the line to not", e)
		case e.kind == "known-alarm":
			t.FalseAlarms++
		}
	}
	var unexpected []string
	for i, p := range problems {
		if !claimed[i] && p.Severity >= influencekit.SeverityWarning {
			unexpected = append(unexpected, string(p.Rule)+" at "+p.Field+" ("+p.Severity.String()+"): "+p.Message)
		}
	}
	if len(unexpected) > 0 {
		t.FalseAlarms += len(unexpected)
		at(b.line, "case %q: unexpected problems (add a want line if the reviewer raises them):\n\t%s", b.title, strings.Join(unexpected, "\n\t"))
	}
	return failures, t
}

// TestCases runs every annotated case under testdata/cases and reports
// each failing case with its file and line. It logs the precision and
// recall of Validate over the cases.
func TestCases(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "cases", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths, "the annotated cases are in testdata/cases/*.txt")
	var total caseTally
	for _, path := range paths {
		failures, tally, err := runCaseFile(path)
		require.NoError(t, err)
		for _, f := range failures {
			t.Error(f)
		}
		total.Add(tally)
	}
	t.Log(caseSummary(total))
}

// TestCaseRunnerNamesFileAndLine runs the runner on case files kept
// outside the live cases, each wrong on purpose, and checks that the
// failures name the file and line a reviewer must fix.
func TestCaseRunnerNamesFileAndLine(t *testing.T) {
	dir := filepath.Join("testdata", "caserunner")
	tests := []struct {
		why  string
		file string
		want []string
	}{
		{"a want that Validate does not report, and a problem nobody wants", "wrong.txt", []string{
			filepath.Join(dir, "wrong.txt") + ":8: missing: want long-payment-terms at payment.schedule[1].net_days",
			filepath.Join(dir, "wrong.txt") + ":5: case \"Net 30 after publication is standard\": unexpected problems",
			"back-loaded-payment at payment.schedule (warning)",
		}},
		{"a not that Validate reports, and a known miss that is now found", "alarm.txt", []string{
			filepath.Join(dir, "alarm.txt") + ":4: false alarm: not missing-clause at disclosure",
			filepath.Join(dir, "alarm.txt") + ":11: known-miss long-exclusivity at exclusivity.days is now reported",
		}},
		{"lines the runner cannot read", "malformed.txt", []string{
			filepath.Join(dir, "malformed.txt") + ":1: \"stray text\" comes before the first case",
			filepath.Join(dir, "malformed.txt") + ":4: want: \"overdue-payment\" is not a rule of contract.Validate",
			filepath.Join(dir, "malformed.txt") + ":5: unknown case line \"expect:\"",
			filepath.Join(dir, "malformed.txt") + ":6: \"urgent\" is not a severity",
			filepath.Join(dir, "malformed.txt") + ":9: case \"no expectation\" states no expectation",
			filepath.Join(dir, "malformed.txt") + ":15: case \"a contract with a typo\" does not parse",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			failures, _, err := runCaseFile(filepath.Join(dir, tt.file))
			require.NoError(t, err)
			text := strings.Join(failures, "\n")
			for _, want := range tt.want {
				assert.Contains(t, text, want)
			}
		})
	}
	_, _, err := runCaseFile(filepath.Join(dir, "absent.txt"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

// TestPackageDocCaseExampleRuns runs the case example of the package doc,
// so that what a reviewer copies from it works.
func TestPackageDocCaseExampleRuns(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	lines := casefile.DocExample(string(doc), "# Lines starting with # are comments.")
	require.NotEmpty(t, lines, "the package doc has a case example")
	dir := t.TempDir()
	base, err := os.ReadFile(filepath.Join("testdata", "cases", "sound-deal.json"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "sound-deal.json"), base, 0o644))
	path := filepath.Join(dir, "example.txt")
	require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644))
	failures, tally, err := runCaseFile(path)
	require.NoError(t, err)
	assert.Empty(t, failures)
	assert.Equal(t, 2, tally.Blocks)
}

// Package casefile holds what the annotated-case runners of contract and
// disclosure share: the tally of a case file's expectations, the loop that
// reads a file and runs its blocks, and the reader of the example a package
// doc gives reviewers to copy. The format of the cases themselves belongs
// to each package.
package casefile

import (
	"fmt"
	"os"
	"strings"
)

// Tally counts what a file's cases came to: the expectations met, the
// findings a reviewer calls false alarms, the expectations missed, and the
// known misses and alarms still standing, each as "file:line: ...".
type Tally struct {
	Blocks, Met, FalseAlarms, Missed int
	Known                            []string
}

// Add adds o to t.
func (t *Tally) Add(o Tally) {
	t.Blocks += o.Blocks
	t.Met += o.Met
	t.FalseAlarms += o.FalseAlarms
	t.Missed += o.Missed
	t.Known = append(t.Known, o.Known...)
}

// Precision is Met / (Met + FalseAlarms), 0 when nothing was raised.
func (t Tally) Precision() float64 { return float64(t.Met) / float64(max(t.Met+t.FalseAlarms, 1)) }

// Recall is Met / (Met + Missed), 0 when nothing was expected.
func (t Tally) Recall() float64 { return float64(t.Met) / float64(max(t.Met+t.Missed, 1)) }

// Block is one case of a file: Run checks it and returns one failure per
// unmet expectation, each starting "path:line: ", and its tally.
type Block interface {
	Run(path string) (failures []string, t Tally)
}

// RunFile reads the case file at path with read, which splits it into
// blocks and returns the lines it cannot read as failures, and runs every
// block. err is for a file that cannot be read at all.
func RunFile[B Block](path string, read func(path string, data []byte) ([]B, []string)) (failures []string, tally Tally, err error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, tally, err
	}
	blocks, bad := read(path, data)
	failures = append(failures, bad...)
	for _, b := range blocks {
		tally.Blocks++
		f, t := b.Run(path)
		failures = append(failures, f...)
		tally.Add(t)
	}
	return failures, tally, nil
}

// Failf formats a failure of line in path as "path:line: message".
func Failf(path string, line int, format string, args ...any) string {
	return fmt.Sprintf("%s:%d: %s", path, line, fmt.Sprintf(format, args...))
}

// DocExample returns the indented block of a doc comment (the text of a
// doc.go file) that starts at the line whose code begins with first,
// without the comment markers, up to the first line that is neither
// indented code nor an empty comment line. It is nil when no line begins
// with first.
func DocExample(doc, first string) []string {
	var lines []string
	in := false
	for _, l := range strings.Split(doc, "\n") {
		switch {
		case strings.HasPrefix(l, "//\t"+first):
			in = true
		case in && !strings.HasPrefix(l, "//\t") && l != "//":
			in = false
		}
		if in {
			lines = append(lines, strings.TrimPrefix(strings.TrimPrefix(l, "//"), "\t"))
		}
	}
	return lines
}

package casefile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type block struct {
	line int
	ok   bool
}

func (b block) Run(path string) ([]string, Tally) {
	if b.ok {
		return nil, Tally{Met: 1}
	}
	return []string{Failf(path, b.line, "expected x, got y")}, Tally{Missed: 1, Known: []string{"k"}}
}

func TestRunFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.txt")
	require.NoError(t, os.WriteFile(path, []byte("a\nb\n"), 0o644))
	read := func(p string, data []byte) ([]block, []string) {
		return []block{{1, true}, {2, false}}, []string{Failf(p, 3, "cannot read %q", "zz")}
	}
	failures, tally, err := RunFile(path, read)
	require.NoError(t, err)
	assert.Equal(t, []string{path + `:3: cannot read "zz"`, path + ":2: expected x, got y"}, failures,
		"the file's unreadable lines first, then each block's failures")
	assert.Equal(t, Tally{Blocks: 2, Met: 1, Missed: 1, Known: []string{"k"}}, tally)
	assert.InDelta(t, 1.0, tally.Precision(), 1e-9, "nothing raised falsely")
	assert.InDelta(t, 0.5, tally.Recall(), 1e-9)

	_, _, err = RunFile(filepath.Join(t.TempDir(), "absent.txt"), read)
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestTallyOfNothing(t *testing.T) {
	var zero Tally
	assert.Zero(t, zero.Precision(), "no division by zero")
	assert.Zero(t, zero.Recall())
}

func TestDocExample(t *testing.T) {
	doc := strings.Join([]string{
		"// Copy this:",
		"//",
		"//\t# start here",
		"//\twant: x",
		"//",
		"//\tcaption: y",
		"// Prose again.",
		"//\tnot part of it",
	}, "\n")
	assert.Equal(t, []string{"# start here", "want: x", "", "caption: y"}, DocExample(doc, "# start here"),
		"the block runs over empty comment lines and stops at prose")
	assert.Nil(t, DocExample(doc, "# absent"))
}

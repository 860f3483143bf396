package influencekit_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestNoCitationsOutsideTheRepository checks that code, docs and data cite
// SOURCES.md keys or the sources themselves, never the project's private
// reading ("seed 002", DOMAIN.md, a path outside the repository), which a
// reader of the library does not have. Tests and the CHANGELOG may name
// them: tests look for ../shared/corpora, the CHANGELOG tells history.
func TestNoCitationsOutsideTheRepository(t *testing.T) {
	banned := []string{"seed 0", "DOMAIN.md", "../shared"}
	checked := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != "." && (strings.HasPrefix(name, ".") || name == "testdata" || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		ext := filepath.Ext(path)
		if strings.HasSuffix(path, "_test.go") || path == "CHANGELOG.md" || (ext != ".go" && ext != ".md" && ext != ".json") {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		checked++
		for i, line := range strings.Split(string(data), "\n") {
			for _, b := range banned {
				if strings.Contains(strings.ToLower(line), strings.ToLower(b)) {
					t.Errorf("%s:%d cites %q, which a reader of the repository does not have; cite a SOURCES.md key: %s", path, i+1, b, strings.TrimSpace(line))
				}
			}
		}
		return nil
	})
	require.NoError(t, err)
	assert.Greater(t, checked, 50, "the walk reached the repository's files")
}

package influencekit_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// libraryPackages are the directories of the library's packages whose
// docs are laid out for a reader of go doc: "." is the root package
// influencekit.
var libraryPackages = []string{".", "tier", "engagement", "pricing", "contract", "creator", "disclosure"}

// TestPackageDocsOpenWithAnIndex: go doc of every package in
// libraryPackages prints a short summary and the index of the package
// doc's sections before any of them, the index names every "#" section in
// order, and each section points at an Example of the package that exists.
func TestPackageDocsOpenWithAnIndex(t *testing.T) {
	for _, pkg := range libraryPackages {
		t.Run(pkg, func(t *testing.T) {
			f, err := parser.ParseFile(token.NewFileSet(), filepath.Join(pkg, "doc.go"), nil, parser.ParseComments|parser.PackageClauseOnly)
			require.NoError(t, err)
			require.NotNil(t, f.Doc, "doc.go holds the package doc")
			doc := f.Doc.Text()

			opening, sections, ok := strings.Cut(doc, "\n# ")
			require.True(t, ok, "the package doc has # sections")
			assert.LessOrEqual(t, strings.Count(opening, "\n"), 24, "the opening is a summary and an index, not prose:\n%s", opening)
			var index []string
			for _, line := range strings.Split(opening, "\n") {
				if item, ok := strings.CutPrefix(line, "  - "); ok {
					name, _, ok := strings.Cut(item, ": ")
					require.True(t, ok, "an index line is \"  - Section: what it holds\": %q", line)
					index = append(index, name)
				}
			}

			examples := exampleNames(t, pkg)
			var headings []string
			for _, section := range strings.Split("# "+sections, "\n# ") {
				heading, body, _ := strings.Cut(strings.TrimPrefix(section, "# "), "\n")
				headings = append(headings, heading)
				named := regexp.MustCompile(`\bExample[A-Za-z0-9_]*`).FindAllString(body, -1)
				assert.NotEmpty(t, named, "section %q points at an Example", heading)
				for _, e := range named {
					assert.True(t, examples[e], "section %q names %s, which %s's tests do not define", heading, e, pkg)
				}
			}
			assert.Equal(t, headings, index, "the opening's index lists the sections in order")
		})
	}
}

// exampleNames returns the Example functions of a package's tests.
func exampleNames(t *testing.T, pkg string) map[string]bool {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(pkg, "*_test.go"))
	require.NoError(t, err)
	names := map[string]bool{}
	for _, file := range files {
		data, err := os.ReadFile(file)
		require.NoError(t, err)
		for _, m := range regexp.MustCompile(`(?m)^func (Example[A-Za-z0-9_]*)\(\)`).FindAllStringSubmatch(string(data), -1) {
			names[m[1]] = true
		}
	}
	require.NotEmpty(t, names, "%s has examples", pkg)
	return names
}

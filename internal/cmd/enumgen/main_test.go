package main

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// generatedPackages are the directories, relative to this one, of the
// packages whose enums enumgen writes. Add a package when it adopts
// enumgen.
var generatedPackages = []string{"../../..", "../../../tier", "../../../engagement", "../../../contract", "../../../pricing", "../../../disclosure", "../../../creator"}

// TestGeneratedFilesAreUpToDate fails when a package's <package>_enum.go
// differs from what enumgen writes from its directives now: run
// `go generate ./...` at the repository root.
func TestGeneratedFilesAreUpToDate(t *testing.T) {
	for _, dir := range generatedPackages {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			name, want, err := generate(dir)
			require.NoError(t, err)
			got, err := os.ReadFile(filepath.Join(dir, name))
			require.NoError(t, err, "the package declares enums but has no %s: run go generate", name)
			assert.Equal(t, string(want), string(got), "%s is out of date: run go generate ./...", name)
		})
	}
}

func TestNewEnum(t *testing.T) {
	tests := []struct {
		why        string
		typ        string
		directives [][2]string
		wantErr    string
		check      func(t *testing.T, e enum)
	}{
		{"defaults come from the type's name", "GoalStatus", [][2]string{{"names", "unknown, met"}}, "", func(t *testing.T, e enum) {
			assert.Equal(t, "goal status", e.Kind)
			assert.Equal(t, "ParseGoalStatus", e.Parse)
			assert.Equal(t, "ErrUnknownGoalStatus", e.Sentinel)
			assert.Equal(t, "goalStatusNames", e.Table)
			assert.Equal(t, "g", e.Recv)
			assert.Equal(t, []string{"unknown", "met"}, e.Names)
		}},
		{"an all-capitals name is one word", "KPI", [][2]string{{"names", "unknown"}}, "", func(t *testing.T, e enum) {
			assert.Equal(t, "kpi", e.Kind)
			assert.Equal(t, "kpiNames", e.Table)
		}},
		{"overrides", "Tier", [][2]string{{"names", "a, b"}, {"parse", "Parse"}, {"kind", "level"}, {"sentinel", "ErrX"}}, "", func(t *testing.T, e enum) {
			assert.Equal(t, "Parse", e.Parse)
			assert.Equal(t, "level", e.Kind)
			assert.Equal(t, "ErrX", e.Sentinel)
		}},
		{"aliases may hold spaces and name their value", "Industry", [][2]string{{"names", "unknown, food-beverage"}, {"aliases", "food & beverage = food-beverage"}}, "", func(t *testing.T, e enum) {
			assert.Equal(t, []alias{{Name: "food & beverage", Target: "food-beverage", Index: 1}}, e.Aliases)
		}},
		{"names are required", "X", [][2]string{{"kind", "x"}}, "no //enumgen:names", nil},
		{"a name twice, ignoring case", "X", [][2]string{{"names", "a, A"}}, "appears twice", nil},
		{"an empty name", "X", [][2]string{{"names", "a, , b"}}, "empty name", nil},
		{"an alias of nothing", "X", [][2]string{{"names", "a"}, {"aliases", "b = c"}}, "names no value", nil},
		{"an alias that is a name", "X", [][2]string{{"names", "a, b"}, {"aliases", "B = a"}}, "already a name", nil},
		{"an alias without =", "X", [][2]string{{"names", "a"}, {"aliases", "b"}}, "name = target", nil},
		{"an unknown directive", "X", [][2]string{{"names", "a"}, {"colour", "red"}}, "unknown directive", nil},
		{"a directive twice", "X", [][2]string{{"names", "a"}, {"names", "b"}}, "appears twice", nil},
		{"a directive without a value", "X", [][2]string{{"names", "a"}, {"kind", ""}}, "has no value", nil},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			e, err := newEnum(tt.typ, tt.directives)
			if tt.wantErr != "" {
				assert.ErrorContains(t, err, tt.wantErr)
				return
			}
			require.NoError(t, err)
			tt.check(t, e)
		})
	}
}

func TestEnumsInRefusesNonUint8(t *testing.T) {
	src := "package p\n\n// Colour.\n//\n//enumgen:names red\ntype Colour int\n"
	f, err := parser.ParseFile(token.NewFileSet(), "p.go", src, parser.ParseComments)
	require.NoError(t, err)
	_, err = enumsIn(f)
	assert.ErrorContains(t, err, "not a uint8 type")
}

func TestGenerateWritesCompilableMethods(t *testing.T) {
	dir := t.TempDir()
	src := "package p\n\nimport \"errors\"\n\n// Colour is a colour.\n//\n//enumgen:names red, green\n//enumgen:aliases vermilion = red\ntype Colour uint8\n\n// ErrUnknownColour is wrapped for text that names no colour.\nvar ErrUnknownColour = errors.New(\"p: unknown colour\")\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "colour.go"), []byte(src), 0o644))
	name, out, err := generate(dir)
	require.NoError(t, err)
	assert.Equal(t, "p_enum.go", name)
	_, err = parser.ParseFile(token.NewFileSet(), name, out, parser.ParseComments)
	require.NoError(t, err, "the generated file parses")
	for _, want := range []string{
		"func ParseColour(s string) (Colour, error)",
		"func (c Colour) String() string",
		"func (c Colour) MarshalText() ([]byte, error)",
		"func (c *Colour) UnmarshalText(text []byte) error",
		`enumtext.Alias{Name: "vermilion", Index: 0}, // red`,
		`it also accepts "vermilion" for "red"`,
	} {
		assert.Contains(t, string(out), want)
	}
	_, _, err = generate(t.TempDir())
	assert.ErrorContains(t, err, "no Go files")
}

package contract_test

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/contract"
)

// memberPathError says why path names no member of the contract's JSON
// shape, or returns "" when it does. A path is member names joined by "."
// with array indexes in brackets ("payment.schedule[1].due"); the names are
// the json tags of the Go types, embedded structs contributing their
// members as encoding/json reads them.
func memberPathError(path string) string {
	t := reflect.TypeFor[contract.Contract]()
	rest := path
	for rest != "" {
		var seg string
		if i := strings.IndexAny(rest, ".["); i >= 0 {
			seg, rest = rest[:i], rest[i:]
		} else {
			seg, rest = rest, ""
		}
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return seg + " follows a value that has no members"
		}
		f, ok := memberType(t, seg)
		if !ok {
			return strconv.Quote(seg) + " is not a member of " + t.String()
		}
		t = f
		for strings.HasPrefix(rest, "[") {
			end := strings.IndexByte(rest, ']')
			if end < 0 {
				return "an index without its closing bracket"
			}
			if _, err := strconv.Atoi(rest[1:end]); err != nil {
				return strconv.Quote(rest[:end+1]) + " is not an index"
			}
			if t.Kind() != reflect.Slice {
				return seg + " is not a list"
			}
			t, rest = t.Elem(), rest[end+1:]
		}
		rest = strings.TrimPrefix(rest, ".")
	}
	return ""
}

// memberType finds the field of t whose JSON name is name.
func memberType(t reflect.Type, name string) (reflect.Type, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if f.Anonymous && tag == "" {
			if ft, ok := memberType(f.Type, name); ok {
				return ft, true
			}
			continue
		}
		if f.IsExported() && tag == name {
			return f.Type, true
		}
	}
	return nil, false
}

func TestMemberPathError(t *testing.T) {
	tests := []struct {
		why  string
		path string
		ok   bool
	}{
		{"a section", "payment", true},
		{"a member of an element", "payment.schedule[1].due", true},
		{"an element", "usage_rights.grants[0]", true},
		{"a list member of a list element", "usage_rights.grants[0].platforms[2]", true},
		{"a member of the brand", "brand.legal_entity", true},
		{"a misspelt member", "payment.schedual", false},
		{"an index on a scalar", "term.start[0]", false},
		{"a member of a scalar", "term.start.day", false},
		{"a Go name, not the JSON name", "payment.NetDays", false},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.ok, memberPathError(tt.path) == "", memberPathError(tt.path))
		})
	}
}

// TestCaseFieldsNameMembers checks that every field a case file names, in
// a want, not, known-miss or known-alarm line, is a member path of the
// contract's JSON shape: a typo would make a "not" line pass for ever.
func TestCaseFieldsNameMembers(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "cases", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	checked := 0
	for _, path := range paths {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		blocks, failures := readCases(path, data)
		require.Empty(t, failures)
		for _, b := range blocks {
			for _, e := range b.expect {
				if e.field == "" {
					continue
				}
				checked++
				assert.Empty(t, memberPathError(e.field), "%s:%d: %s", path, e.line, e.field)
			}
		}
	}
	assert.Greater(t, checked, 100, "the case files were read")
}

// TestProblemFieldsNameMembers checks that every Problem Validate reports
// for random contracts, and for the case files' contracts, is at a member
// path of the JSON shape.
func TestProblemFieldsNameMembers(t *testing.T) {
	r := rand.New(rand.NewPCG(27, 8))
	seen := map[string]bool{}
	for range 500 {
		for _, p := range randomContract(r).Validate() {
			if !seen[p.Field] {
				seen[p.Field] = true
				assert.Empty(t, memberPathError(p.Field), "%s [%s]", p.Field, p.Rule)
			}
		}
	}
	assert.Greater(t, len(seen), 30, "the random contracts reached many fields")
}

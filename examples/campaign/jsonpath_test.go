package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOffsetOf(t *testing.T) {
	const doc = `{"a": 1, "b": {"c": [10, {"d": "x"}, [true]], "e": null}, "a2": "y"}`
	tests := []struct {
		why  string
		path jsonPath
		want string // the text at the offset, "" when there is no such value
	}{
		{"the whole document", jsonPath{}, `{"a"`},
		{"a member of the top object", jsonPath{"a"}, `1, `},
		{"a member after a nested object is skipped whole", jsonPath{"a2"}, `"y"`},
		{"an element after the first", jsonPath{"b", "c", 1}, `{"d"`},
		{"a member inside an element", jsonPath{"b", "c", 1, "d"}, `"x"`},
		{"an element of an array in an array", jsonPath{"b", "c", 2, 0}, `true`},
		{"null is a value", jsonPath{"b", "e"}, `null`},
		{"no such member", jsonPath{"z"}, ""},
		{"an index past the end", jsonPath{"b", "c", 3}, ""},
		{"an index into an object", jsonPath{"b", 0}, ""},
		{"a member of an array", jsonPath{"b", "c", "d"}, ""},
		{"a member of a number", jsonPath{"a", "x"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			off, ok := offsetOf([]byte(doc), tt.path)
			if tt.want == "" {
				assert.False(t, ok)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.want, doc[off:off+int64(len(tt.want))])
		})
	}
}

func TestJSONPath(t *testing.T) {
	tests := []struct {
		why  string
		text string
		path jsonPath // nil when text is not a path
	}{
		{"members and indexes, as contract.ParseError writes them", "payment.schedule[1].due", jsonPath{"payment", "schedule", 1, "due"}},
		{"one member", "brief", jsonPath{"brief"}},
		{"indexes in a row", "a[0][12]", jsonPath{"a", 0, 12}},
		{"an index must be a number", "a[x]", nil},
		{"an index must be closed", "a[1", nil},
		{"a negative index is not an index", "a[-1]", nil},
		{"an empty member name", "a..b", nil},
		{"a path does not start with a dot", ".a", nil},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, ok := parseJSONPath(tt.text)
			if tt.path == nil {
				assert.False(t, ok, "%q parsed as %v", tt.text, got)
				return
			}
			require.True(t, ok)
			assert.Equal(t, tt.path, got)
			assert.Equal(t, tt.text, got.String(), "String writes what parseJSONPath reads")
		})
	}
}

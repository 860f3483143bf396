package jsonobject

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMembers(t *testing.T) {
	tests := []struct {
		why  string
		in   string
		want []string // member names read
		err  error
	}{
		{"every known member", `{"name":"a","floors":{"x":1}}`, []string{"name", "floors"}, nil},
		{"members may be absent", `{"name":"a"}`, []string{"name"}, nil},
		{"an empty object", ` {} `, nil, nil},
		{"a known name in another case is not that name", `{"Name":"a"}`, nil, ErrUnknownMember},
		{"an unknown name", `{"name":"a","extra":1}`, nil, ErrUnknownMember},
		{"a repeated name is not silently the last", `{"name":"a","name":"b"}`, nil, ErrRepeatedMember},
		{"an array is not an object", `[1]`, nil, ErrNotObject},
		{"a string is not an object", `"name"`, nil, ErrNotObject},
		{"text after the object", `{"name":"a"} {}`, nil, ErrNotObject},
		{"an unfinished object", `{"name":`, nil, ErrNotObject},
		{"empty input", ``, nil, ErrNotObject},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			m, err := Members([]byte(tt.in), "name", "floors")
			if tt.err != nil {
				assert.ErrorIs(t, err, tt.err)
				return
			}
			require.NoError(t, err)
			assert.Len(t, m, len(tt.want))
			for _, k := range tt.want {
				assert.Contains(t, m, k)
			}
		})
	}
}

func TestDecode(t *testing.T) {
	m, err := Members([]byte(`{"n":3,"s":"x"}`), "n", "s", "absent")
	require.NoError(t, err)
	var n int
	ok, err := Decode(m, "n", &n)
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, 3, n)
	ok, err = Decode(m, "absent", &n)
	assert.NoError(t, err)
	assert.False(t, ok, "an absent member is reported absent")
	_, err = Decode(m, "s", &n)
	assert.ErrorContains(t, err, `member "s"`, "a member of the wrong type is named")
	m, err = Members([]byte(`{"n":null}`), "n")
	require.NoError(t, err)
	_, err = Decode(m, "n", &n)
	assert.ErrorContains(t, err, "null", "null is never a value in these forms")
}

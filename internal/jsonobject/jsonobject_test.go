package jsonobject

import (
	"encoding/json"
	"errors"
	"fmt"
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

func TestEach(t *testing.T) {
	type member struct {
		i     int
		value string
	}
	tests := []struct {
		why  string
		in   string
		want []member
		err  error
	}{
		{"values of every JSON kind, raw and trimmed", ` { "a" : "x,}" , "b":[1,{"c":"]"}], "c":{"d":[]},"d":-1.5e3,"e":true,"f":null } `,
			[]member{{0, `"x,}"`}, {1, `[1,{"c":"]"}]`}, {2, `{"d":[]}`}, {3, `-1.5e3`}, {4, `true`}, {5, `null`}}, nil},
		{"an escaped name is read decoded", `{"\u0061":1}`, []member{{0, `1`}}, nil},
		{"escaped quotes inside a value do not end it", `{"a":"say \"hi\"}","b":2}`, []member{{0, `"say \"hi\"}"`}, {1, `2`}}, nil},
		{"an escape that decodes to another case is still another name", `{"\u0041":1}`, nil, ErrUnknownMember},
		{"a repeated name after an escape", `{"a":1,"\u0061":2}`, []member{{0, `1`}}, ErrRepeatedMember},
		{"a number is not an object", `12`, nil, ErrNotObject},
	}
	known := []string{"a", "b", "c", "d", "e", "f"}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var got []member
			err := Each([]byte(tt.in), known, func(i int, value []byte, offset int) error {
				assert.Equal(t, string(value), tt.in[offset:offset+len(value)], "offset points at the value")
				got = append(got, member{i, string(value)})
				return nil
			})
			assert.ErrorIs(t, err, tt.err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestEachStopsAtTheCallbacksError(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	err := Each([]byte(`{"a":1,"b":2}`), []string{"a", "b"}, func(int, []byte, int) error {
		calls++
		return stop
	})
	assert.Equal(t, stop, err, "fn's error is returned as it is")
	assert.Equal(t, 1, calls)
}

func TestEachManyNames(t *testing.T) {
	known := make([]string, 70)
	for i := range known {
		known[i] = fmt.Sprintf("n%d", i)
	}
	err := Each([]byte(`{"n69":1,"n0":2,"n69":3}`), known, func(int, []byte, int) error { return nil })
	assert.ErrorIs(t, err, ErrRepeatedMember, "names past the 64th are tracked too")
}

func TestEachAllocatesNothing(t *testing.T) {
	data := []byte(`{"amount":"1250.50","currency":"USD"}`)
	known := []string{"amount", "currency"}
	n := 0
	allocs := testing.AllocsPerRun(100, func() {
		_ = Each(data, known, func(i int, value []byte, _ int) error { n += len(value); return nil })
	})
	assert.Zero(t, allocs)
}

// FuzzEach checks on any input that Each never panics, hands fn only
// valid JSON values at their offsets, and accepts exactly the objects
// whose names encoding/json reads back as known, unrepeated names.
func FuzzEach(f *testing.F) {
	for _, s := range []string{`{"a":1,"b":[{"a":2}]}`, `{"a":"\"}"}`, `{"\u0061":1}`, `{"a":1,"a":2}`, `{"A":1}`, ` {} `, `[]`, `{"a":}`} {
		f.Add([]byte(s))
	}
	known := []string{"a", "b"}
	f.Fuzz(func(t *testing.T, data []byte) {
		var names []string
		err := Each(data, known, func(i int, value []byte, offset int) error {
			if !json.Valid(value) || string(data[offset:offset+len(value)]) != string(value) {
				t.Fatalf("%q: bad value %q at %d", data, value, offset)
			}
			names = append(names, known[i])
			return nil
		})
		if err != nil {
			return
		}
		var m map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(data, &m), "Each read %q", data)
		assert.Len(t, names, len(m), "%q: every member is reported once", data)
		for _, n := range names {
			assert.Contains(t, m, n)
		}
	})
}

func TestUnmarshal(t *testing.T) {
	type fields struct {
		Name   string `json:"name"`
		Count  int    `json:"count,omitempty"`
		Hidden int    `json:"-"`
		Plain  bool
	}
	tests := []struct {
		why  string
		in   string
		want fields
		err  error
	}{
		{"every field by its JSON name", `{"name":"a","count":2,"Plain":true}`, fields{Name: "a", Count: 2, Plain: true}, nil},
		{"a field's name in another case: encoding/json would fold it", `{"Name":"a"}`, fields{}, ErrUnknownMember},
		{"a repeated member: encoding/json would keep the last", `{"name":"a","name":"b"}`, fields{}, ErrRepeatedMember},
		{"a field marked - has no JSON name", `{"Hidden":1}`, fields{}, ErrUnknownMember},
		{"not an object", `[]`, fields{}, ErrNotObject},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var got fields
			err := Unmarshal([]byte(tt.in), &got)
			assert.ErrorIs(t, err, tt.err)
			assert.Equal(t, tt.want, got)
		})
	}
	var typeErr *json.UnmarshalTypeError
	if assert.ErrorAs(t, Unmarshal([]byte(`{"Plain":true, "name":1}`), new(fields)), &typeErr, "a value that does not fit its field is encoding/json's error") {
		assert.Equal(t, "name", typeErr.Field, "naming the member")
		assert.Equal(t, int64(len(`{"Plain":true, "name":1`)), typeErr.Offset, "at its offset in the whole object")
	}
	type nested struct {
		Inner fields `json:"inner"`
	}
	if assert.ErrorAs(t, Unmarshal([]byte(`{"inner":{"count":"2"}}`), new(nested)), &typeErr) {
		assert.Equal(t, "inner.count", typeErr.Field, "a path through nested members")
	}
	assert.NoError(t, Unmarshal([]byte(`{"inner":{"Name":"a"}}`), new(nested)),
		"the rule holds for the object Unmarshal reads: a nested struct without a reader of its own is encoding/json's to read")
	assert.Error(t, Unmarshal([]byte(`{}`), new(int)), "only structs have members")
	assert.Error(t, Unmarshal([]byte(`{}`), (*fields)(nil)), "a nil pointer has no struct to fill")
}

func TestDescribe(t *testing.T) {
	for raw, want := range map[string]string{
		`"x"`: "a string", `{}`: "an object", `[1]`: "an array", `true`: "a boolean", `false`: "a boolean",
		`null`: "null", ` 1.5 `: "the number 1.5", `-2`: "the number -2", ``: "empty text", `  `: "empty text",
		`1234567890123456789012345`: "a number out of range",
	} {
		assert.Equal(t, want, Describe([]byte(raw)), raw)
	}
}

// TestMemberError: the name of an unknown or repeated member reaches a
// reader that words its own message, decoded, and the error reads as
// before.
func TestMemberError(t *testing.T) {
	for _, tt := range []struct {
		why, data, name string
		err             error
	}{
		{"an unknown name, as written", `{"a":1,"Bogus":2}`, "Bogus", ErrUnknownMember},
		{"an unknown name with an escape, decoded", `{"\u0062ogus":2}`, "bogus", ErrUnknownMember},
		{"a repeated name", `{"a":1,"a":2}`, "a", ErrRepeatedMember},
	} {
		t.Run(tt.why, func(t *testing.T) {
			err := Each([]byte(tt.data), []string{"a"}, func(int, []byte, int) error { return nil })
			var me *MemberError
			require.ErrorAs(t, err, &me)
			assert.Equal(t, tt.name, me.Name)
			assert.ErrorIs(t, err, tt.err)
			assert.Equal(t, fmt.Sprintf("%v %q", tt.err, tt.name), err.Error())
		})
	}
}

package jsonobject

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A small shape read with a Cursor, as a package reads its own.
type testItem struct {
	Name  string
	Count int64
	On    bool
	Tags  []string
}

type testDoc struct {
	Title string
	Items []testItem
	Inner *testItem
}

func (it *testItem) field(d *Cursor, key string) error {
	switch key {
	case "name":
		return d.Str(&it.Name)
	case "count":
		return d.Integer(&it.Count)
	case "on":
		return d.Boolean(&it.On)
	case "tags":
		return d.Strings(&it.Tags)
	}
	return d.Unknown()
}

func (doc *testDoc) field(d *Cursor, key string) error {
	switch key {
	case "title":
		return d.Str(&doc.Title)
	case "items":
		return ReadList(d, &doc.Items, ObjectElem((*testItem).field))
	case "inner":
		return ReadOptional(d, &doc.Inner, (*testItem).field)
	}
	return d.Unknown()
}

var (
	errSyntax  = errors.New("test: invalid JSON")
	errUnknown = errors.New("test: unknown member")
	errTwice   = errors.New("test: member twice")
	errType    = errors.New("test: wrong type")
	errNumber  = errors.New("test: bad number")
)

// pathError is the error type a package builds from the cursor's parts.
type pathError struct {
	path   string
	offset int64
	err    error
}

func (e *pathError) Error() string { return fmt.Sprintf("%s at %d: %v", e.path, e.offset, e.err) }
func (e *pathError) Unwrap() error { return e.err }

func readTestDoc(data []byte) (testDoc, error) {
	d := NewCursor(data, Errors{Syntax: errSyntax, Unknown: errUnknown, Duplicate: errTwice, WrongType: errType, Number: errNumber},
		func(path string, offset int64, err error) error { return &pathError{path, offset, err} })
	var doc testDoc
	if _, err := ReadObject(&d, &doc, (*testDoc).field); err != nil {
		return testDoc{}, err
	}
	if next, ok := d.Trailing(); ok {
		return testDoc{}, d.Fail(fmt.Errorf("%w: %s", errSyntax, next))
	}
	return doc, nil
}

func TestCursorReadsANestedDocument(t *testing.T) {
	doc, err := readTestDoc([]byte(` {"title": "caf\u00e9", "items": [{"name": "a", "count": -3, "on": true, "tags": ["x", "y"]}, null],
		"inner": {"name": "b"}} `))
	require.NoError(t, err)
	assert.Equal(t, testDoc{Title: "café", Items: []testItem{{Name: "a", Count: -3, On: true, Tags: []string{"x", "y"}}, {}},
		Inner: &testItem{Name: "b"}}, doc)
}

func TestCursorErrorsNameThePath(t *testing.T) {
	tests := []struct {
		why  string
		doc  string
		path string
		err  error
	}{
		{"an unknown member in a list element", `{"items": [{}, {"nmae": "a"}]}`, "items[1].nmae", errUnknown},
		{"a member named twice", `{"title": "a", "title": "b"}`, "title", errTwice},
		{"a known name in another case is unknown", `{"Title": "a"}`, "Title", errUnknown},
		{"a string where a number belongs", `{"inner": {"count": "3"}}`, "inner.count", errType},
		{"a count beyond int64", `{"inner": {"count": 9223372036854775808}}`, "inner.count", errNumber},
		{"a fraction where a count belongs", `{"inner": {"count": 1.5}}`, "inner.count", errNumber},
		{"a missing comma", `{"items": [{"name": "a"} {"name": "b"}]}`, "items", errSyntax},
		{"trailing data", `{} []`, "", errSyntax},
		{"an object where a list belongs", `{"items": {}}`, "items", errType},
		{"an unterminated string", `{"title": "abc`, "title", errSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			_, err := readTestDoc([]byte(tt.doc))
			require.ErrorIs(t, err, tt.err)
			var pe *pathError
			require.True(t, errors.As(err, &pe))
			assert.Equal(t, tt.path, pe.path)
			assert.LessOrEqual(t, pe.offset, int64(len(tt.doc)))
		})
	}
}

// FuzzCursor reads any input into the test shape: no panic, and every
// error carries a path error at an offset within the input.
func FuzzCursor(f *testing.F) {
	for _, s := range []string{`{"title": "a", "items": [{"name": "b", "tags": ["c"]}]}`, `{"inner": null}`, `{"items": [null]}`, `{`, `"\uD83D"`, `{"title": "\uD83D\uDE00"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		_, err := readTestDoc(data)
		if err == nil {
			return
		}
		var pe *pathError
		if !errors.As(err, &pe) {
			t.Fatalf("error without a path: %v", err)
		}
		if pe.offset < 0 || pe.offset > int64(len(data)) {
			t.Fatalf("offset %d outside the input of %d bytes", pe.offset, len(data))
		}
	})
}

// readRaw reads one whole document with Cursor.Raw, as a reader hands a
// value to a type that reads itself.
func readRaw(data []byte) ([]byte, error) {
	d := NewCursor(data, Errors{Syntax: errSyntax, Unknown: errUnknown, Duplicate: errTwice, WrongType: errType, Number: errNumber},
		func(path string, offset int64, err error) error { return &pathError{path, offset, err} })
	raw, err := d.Raw()
	if err != nil {
		return nil, err
	}
	if next, ok := d.Trailing(); ok {
		return nil, d.Fail(fmt.Errorf("%w: %s", errSyntax, next))
	}
	return raw, nil
}

func TestCursorRaw(t *testing.T) {
	tests := []struct {
		why, doc string
		raw      string // "" when the document is not JSON
		offset   int64  // where a syntax error is reported
	}{
		{why: "an object with nested values comes back whole, without the white space around it",
			doc: " {\"a\": [1, {\"b\": null}], \"c\": \"\\u00e9\\n\"}\n", raw: "{\"a\": [1, {\"b\": null}], \"c\": \"\\u00e9\\n\"}"},
		{why: "empty containers", doc: `[{}, [], ""]`, raw: `[{}, [], ""]`},
		{why: "a scalar is a value too", doc: `-1.5e+3`, raw: `-1.5e+3`},
		{why: "null is returned as it is, for the reader to decide", doc: `null`, raw: `null`},
		{why: "nesting deeper than the bracket buffer", doc: strings.Repeat("[", 100) + strings.Repeat("]", 100), raw: strings.Repeat("[", 100) + strings.Repeat("]", 100)},
		{why: "a value that ends early", doc: `{"a": [1, 2`, offset: 11},
		{why: "a member without its colon", doc: `{"a" 1}`, offset: 5},
		{why: "a trailing comma in an array", doc: `[1, ]`, offset: 4},
		{why: "a name that is not a string", doc: `{a: 1}`, offset: 1},
		{why: "a bracket closed by the other kind", doc: `[1}`, offset: 2},
		{why: "a bad escape", doc: `["\x"]`, offset: 3},
		{why: "a control character in a string", doc: "[\"a\tb\"]", offset: 3},
		{why: "a number without digits after the point", doc: `[1.]`, offset: 3},
		{why: "a misspelt literal", doc: `[nul]`, offset: 1},
		{why: "no value at all", doc: `  `, offset: 2},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			raw, err := readRaw([]byte(tt.doc))
			if tt.raw != "" {
				require.NoError(t, err)
				assert.Equal(t, tt.raw, string(raw))
				return
			}
			require.ErrorIs(t, err, errSyntax)
			var pe *pathError
			require.True(t, errors.As(err, &pe))
			assert.Equal(t, tt.offset, pe.offset)
		})
	}
}

func TestCursorRawInsideAnObject(t *testing.T) {
	d := NewCursor([]byte(`{"a": {"x": [1, tru]}}`), Errors{Syntax: errSyntax, Unknown: errUnknown, Duplicate: errTwice, WrongType: errType, Number: errNumber},
		func(path string, offset int64, err error) error { return &pathError{path, offset, err} })
	var v struct{}
	_, err := ReadObject(&d, &v, func(_ *struct{}, d *Cursor, _ string) error {
		_, err := d.Raw()
		return err
	})
	var pe *pathError
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, "a", pe.path, "a syntax error inside a raw value names the member that holds it")
}

func BenchmarkCursorRaw(b *testing.B) {
	data := []byte(`{"caption": "Loving this serum from @glowco \u2728 #ad", "platform": "instagram", "brand": "Glow Co",
		"transcript": [{"start": 1.5, "text": "thanks to Glow"}, {"start": 3, "text": "link below"}], "edited": false}`)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := readRaw(data); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzCursorRaw holds Raw to encoding/json's grammar: a document reads
// whole exactly when json.Valid accepts it, and then Raw returns it
// without the white space around it.
func FuzzCursorRaw(f *testing.F) {
	for _, s := range []string{`{"a": [1, {"b": null}], "c": "\u00e9"}`, `[1.]`, `{"a" 1}`, `"\uD83D"`, "[\"\xff\"]", `[[[]]]`, ` 0 `, `-`, `{"a":1,}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		raw, err := readRaw(data)
		if valid := json.Valid(data); valid != (err == nil) {
			t.Fatalf("json.Valid says %v, Raw says %v", valid, err)
		}
		if err == nil && !bytes.Equal(raw, bytes.Trim(data, " \t\r\n")) {
			t.Fatalf("Raw returned %q", raw)
		}
		var pe *pathError
		if err != nil && (!errors.As(err, &pe) || pe.offset < 0 || pe.offset > int64(len(data))) {
			t.Fatalf("error without a path or outside the input: %v", err)
		}
	})
}

// TestCursorNextMemberAndValueBytes: a reader with a fixed set of members
// walks an object with NextMember and ValueBytes, gets names and strings
// decoded, as subslices of the input where nothing needed decoding, and
// allocates nothing for it.
func TestCursorNextMemberAndValueBytes(t *testing.T) {
	rows := []struct {
		why       string
		in        string
		names     []string
		texts     []string
		subslices []bool // whether each text is a subslice of the input
	}{
		{"plain ASCII is a subslice", `{"a":"x","b":12.5}`, []string{"a", "b"}, []string{"x", "12.5"}, []bool{true, true}},
		{"valid UTF-8 is a subslice too", `{"caption":"😍 é"}`, []string{"caption"}, []string{"😍 é"}, []bool{true}},
		{"escapes are decoded into a copy", `{"c\u0061":"a\nb"}`, []string{"ca"}, []string{"a\nb"}, []bool{false}},
		{"invalid UTF-8 reads as U+FFFD in a copy", "{\"a\":\"x\xffy\"}", []string{"a"}, []string{"x\uFFFDy"}, []bool{false}},
		{"an empty object has no member", ` { } `, nil, nil, nil},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			data := []byte(row.in)
			d := NewCursor(data, Errors{Syntax: errSyntax}, func(_ string, _ int64, err error) error { return err })
			kind, _, err := d.ValueBytes()
			require.NoError(t, err)
			require.Equal(t, byte(KindObject), kind)
			var names, texts []string
			var subslices []bool
			for first := true; ; first = false {
				name, more, err := d.NextMember(first)
				require.NoError(t, err)
				if !more {
					break
				}
				_, text, err := d.ValueBytes()
				require.NoError(t, err)
				names, texts = append(names, string(name)), append(texts, string(text))
				subslices = append(subslices, len(text) > 0 && bytes.Contains(data, text) && &text[0] == &data[bytes.Index(data, text)])
			}
			assert.Equal(t, row.names, names)
			assert.Equal(t, row.texts, texts)
			assert.Equal(t, row.subslices, subslices)
			_, trailing := d.Trailing()
			assert.False(t, trailing)
		})
	}
	t.Run("reading allocates nothing", func(t *testing.T) {
		data := []byte(`{"caption":"😍 #ad","platform":"instagram","edited":true,"transcript":[1,2]}`)
		allocs := testing.AllocsPerRun(100, func() {
			d := NewCursor(data, Errors{Syntax: errSyntax}, func(_ string, _ int64, err error) error { return err })
			if _, _, err := d.ValueBytes(); err != nil {
				panic(err)
			}
			for first := true; ; first = false {
				_, more, err := d.NextMember(first)
				if err != nil {
					panic(err)
				}
				if !more {
					return
				}
				if _, err := d.Raw(); err != nil {
					panic(err)
				}
			}
		})
		assert.Zero(t, allocs)
	})
	t.Run("a syntax error in the member list", func(t *testing.T) {
		for _, in := range []string{`{"a":1 "b":2}`, `{"a" 1}`, `{1:2}`, `{"a":1,}`, `[1 2]`} {
			d := NewCursor([]byte(in), Errors{Syntax: errSyntax}, func(_ string, _ int64, err error) error { return err })
			kind, _, err := d.ValueBytes()
			require.NoError(t, err)
			for first := true; err == nil; first = false {
				var more bool
				if kind == KindObject {
					_, more, err = d.NextMember(first)
				} else {
					more, err = d.NextElement(first)
				}
				if err == nil && !more {
					break
				}
				if err == nil {
					_, err = d.Raw()
				}
			}
			assert.ErrorIs(t, err, errSyntax, in)
		}
	})
}

package jsonobject

import (
	"errors"
	"fmt"
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

// Package jsonform checks that a value's JSON is in the form influencekit's
// results travel in: snake_case keys, no null where a list or object is
// expected, no object marshalled to {} by accident, and every exported
// struct field named by a json tag. Tests of every package call it on each
// result type, beside a golden file of the value's JSON.
package jsonform

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
)

// Problems returns what is wrong with the JSON form of v, one sentence each,
// sorted; none means v is in form. v should be a fully populated example:
// an empty list in v is reported only when it marshals as null.
func Problems(v any) []string {
	var out []string
	data, err := json.Marshal(v)
	if err != nil {
		return []string{fmt.Sprintf("marshal: %v", err)}
	}
	var tree any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&tree); err != nil {
		return []string{fmt.Sprintf("re-read: %v", err)}
	}
	walkJSON("$", tree, &out)
	walkType(reflect.TypeOf(v), map[reflect.Type]bool{}, &out)
	sort.Strings(out)
	return out
}

func walkJSON(path string, v any, out *[]string) {
	switch v := v.(type) {
	case nil:
		*out = append(*out, path+" is null")
	case map[string]any:
		if len(v) == 0 {
			*out = append(*out, path+" is {}")
		}
		for k, e := range v {
			if !IsSnakeCase(k) {
				*out = append(*out, fmt.Sprintf("%s key %q is not snake_case", path, k))
			}
			walkJSON(path+"."+k, e, out)
		}
	case []any:
		for i, e := range v {
			walkJSON(fmt.Sprintf("%s[%d]", path, i), e, out)
		}
	}
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// walkType reports exported struct fields without a json tag name, in t and
// in every struct type it holds, stopping at types that marshal themselves.
func walkType(t reflect.Type, seen map[reflect.Type]bool, out *[]string) {
	if t == nil || seen[t] {
		return
	}
	seen[t] = true
	if t.Implements(marshalerType) || t.Implements(textMarshalerType) ||
		reflect.PointerTo(t).Implements(marshalerType) || reflect.PointerTo(t).Implements(textMarshalerType) {
		return
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		walkType(t.Elem(), seen, out)
	case reflect.Map:
		walkType(t.Elem(), seen, out)
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" {
				*out = append(*out, fmt.Sprintf("%s.%s has no json name", t, f.Name))
			}
			walkType(f.Type, seen, out)
		}
	}
}

// IsSnakeCase reports whether s is lower-case ASCII words joined by "_",
// with digits allowed after the first letter: "start_utf16", "kpis".
func IsSnakeCase(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' || s[len(s)-1] == '_' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '_' && s[i-1] != '_':
		default:
			return false
		}
	}
	return true
}

// Golden compares got, indented, with the file at path; with update it
// rewrites the file instead. It returns a description of the difference, or
// "" when they agree.
func Golden(path string, got []byte, update bool) (string, error) {
	var buf bytes.Buffer
	if err := json.Indent(&buf, got, "", "  "); err != nil {
		return "", err
	}
	buf.WriteByte('\n')
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return "", err
		}
		return "", os.WriteFile(path, buf.Bytes(), 0o644)
	}
	want, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("%w (run the test with -update to write it)", err)
	}
	if !bytes.Equal(want, buf.Bytes()) {
		return fmt.Sprintf("%s differs from the value's JSON:\n--- want\n%s--- got\n%s", path, want, buf.Bytes()), nil
	}
	return "", nil
}

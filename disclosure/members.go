package disclosure

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// schema lists the member names of a JSON form, as its wire struct's tags
// spell them, and the schemas of nested objects that have no reader of
// their own (a post's transcript segments). The readers use it to reject
// unknown, misspelt ("Caption", "jurisdicton") and repeated members after
// json.Unmarshal, which ignores the first, matches the second ignoring case
// and keeps the last of the third. A schema is built once and never
// changes.
type schema struct {
	what    string // "post", for messages
	names   []string
	nested  []*schema // by index into names; nil where the value has its own reader or is not an object
	ofLists []bool    // by index into names: the nested objects are the elements of a list
}

var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// schemaOf returns the schema of struct type T, the wire form of what.
func schemaOf[T any](what string) *schema { return buildSchema(reflect.TypeFor[T](), what) }

func buildSchema(t reflect.Type, what string) *schema {
	s := &schema{what: what}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "" || name == "-" {
			continue
		}
		ft, list := f.Type, false
		for ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Slice {
			ft, list = ft.Elem(), true
		}
		var nested *schema
		if ft.Kind() == reflect.Struct && !reflect.PointerTo(ft).Implements(jsonUnmarshalerType) &&
			!reflect.PointerTo(ft).Implements(textUnmarshalerType) {
			nested = buildSchema(ft, what+" "+name)
		}
		s.names = append(s.names, name)
		s.nested = append(s.nested, nested)
		s.ofLists = append(s.ofLists, list)
	}
	return s
}

// check reports the first member of the JSON object at data[i:] that s
// does not name, or that comes twice, in nested objects too. data must be
// valid JSON (json.Unmarshal has read it); a value that is not an object
// is left to json.Unmarshal's type errors.
func (s *schema) check(data []byte, i int) error {
	i = skipSpace(data, i)
	if i >= len(data) || data[i] != '{' {
		return nil
	}
	var seen uint64 // bit k: names[k] was seen; forms have fewer than 64 members
	i++
	for {
		i = skipSpace(data, i)
		if data[i] == '}' {
			return nil
		}
		end := skipString(data, i)
		key := data[i+1 : end-1] // compared without a copy: most members are named plainly
		if bytes.IndexByte(key, '\\') >= 0 {
			var unquoted string
			if err := json.Unmarshal(data[i:end], &unquoted); err != nil {
				return err
			}
			key = []byte(unquoted)
		}
		i = skipSpace(data, end) + 1 // past ':'
		val := skipSpace(data, i)
		k := -1
		for n, name := range s.names {
			if name == string(key) {
				k = n
				break
			}
		}
		switch {
		case k < 0:
			return fmt.Errorf("%w: %s has no member %q", ErrInvalidJSON, s.what, key)
		case seen&(1<<k) != 0:
			return fmt.Errorf("%w: %s has member %q twice", ErrInvalidJSON, s.what, key)
		}
		seen |= 1 << k
		if nested := s.nested[k]; nested != nil {
			if err := nested.checkValue(data, val, s.ofLists[k]); err != nil {
				return err
			}
		}
		i = skipSpace(data, skipValue(data, val))
		if data[i] == ',' {
			i++
		}
	}
}

// checkValue checks the object at data[i:], or each object of the list
// there.
func (s *schema) checkValue(data []byte, i int, list bool) error {
	if !list || data[i] != '[' {
		return s.check(data, i)
	}
	i++
	for {
		i = skipSpace(data, i)
		if data[i] == ']' {
			return nil
		}
		if err := s.check(data, i); err != nil {
			return err
		}
		i = skipSpace(data, skipValue(data, i))
		if data[i] == ',' {
			i++
		}
	}
}

func skipSpace(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the index after the JSON string starting at data[i].
func skipString(data []byte, i int) int {
	for i++; i < len(data) && data[i] != '"'; i++ {
		if data[i] == '\\' {
			i++
		}
	}
	return i + 1
}

// skipValue returns the index after the JSON value starting at data[i].
func skipValue(data []byte, i int) int {
	switch data[i] {
	case '"':
		return skipString(data, i)
	case '{', '[':
		depth := 0
		for ; i < len(data); i++ {
			switch data[i] {
			case '"':
				i = skipString(data, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
		}
		return i
	}
	for i < len(data) && !strings.ContainsRune(",}] \t\r\n", rune(data[i])) {
		i++
	}
	return i
}

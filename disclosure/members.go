package disclosure

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strings"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/internal/jsonobject"
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

// check reports the first member of the JSON object data that s does not
// name, or that comes twice, in nested objects too, with the strict-object
// rule of internal/jsonobject. data must be valid JSON (json.Unmarshal has
// read it); a value that is not an object is left to json.Unmarshal's type
// errors.
func (s *schema) check(data []byte) error {
	if t := bytes.TrimLeft(data, " \t\r\n"); len(t) == 0 || t[0] != '{' {
		return nil
	}
	err := jsonobject.Each(data, s.names, func(k int, value []byte, _ int) error {
		if nested := s.nested[k]; nested != nil {
			return nested.checkValue(value, s.ofLists[k])
		}
		return nil
	})
	var me *jsonobject.MemberError
	switch {
	case !errors.As(err, &me):
		return err
	case errors.Is(me, jsonobject.ErrRepeatedMember):
		return jsonError(influencekit.ErrRepeatedMember, "%s has member %q twice", s.what, me.Name)
	}
	return jsonError(influencekit.ErrUnknownMember, "%s has no member %q", s.what, me.Name)
}

// checkValue checks the object value, or each object of the list value.
func (s *schema) checkValue(value []byte, list bool) error {
	if !list || value[0] != '[' {
		return s.check(value)
	}
	var elems []json.RawMessage
	if err := json.Unmarshal(value, &elems); err != nil {
		return err
	}
	for _, e := range elems {
		if err := s.check(e); err != nil {
			return err
		}
	}
	return nil
}

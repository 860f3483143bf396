package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
)

// locate returns the JSON path ("lines[1].platform") of the first value in
// data, in document order, that does not decode strictly into a value of
// type t, so that a problem can name it; empty when that is the document
// itself or nothing fails. It decodes data again piece by piece, so it is
// for the error path only. A value whose type reads itself (json.Unmarshaler,
// encoding.TextUnmarshaler) is not looked into: selfReading reports that the
// path stops at one, so that the member its error names is inside it.
func locate(data []byte, t reflect.Type) (path string, selfReading bool) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	path, _ = locateIn(data, t, "")
	ft := typeAt(t, path)
	if ft == nil {
		return path, false
	}
	pt := reflect.PointerTo(ft)
	return path, pt.Implements(reflect.TypeFor[json.Unmarshaler]()) || pt.Implements(reflect.TypeFor[encoding.TextUnmarshaler]())
}

// typeAt returns the type of the value at path inside a value of type t,
// nil when path leads nowhere.
func typeAt(t reflect.Type, path string) reflect.Type {
	for path != "" && t != nil {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if strings.HasPrefix(path, "[") {
			_, rest, _ := strings.Cut(path, "]")
			if k := t.Kind(); k != reflect.Slice && k != reflect.Array {
				return nil
			}
			t, path = t.Elem(), strings.TrimPrefix(rest, ".")
			continue
		}
		end := strings.IndexAny(path, ".[")
		if end < 0 {
			end = len(path)
		}
		name := path[:end]
		switch t.Kind() {
		case reflect.Struct:
			t = fieldType(t, name)
		case reflect.Map:
			t = t.Elem()
		default:
			return nil
		}
		path = strings.TrimPrefix(path[end:], ".")
	}
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

func locateIn(data []byte, t reflect.Type, path string) (string, bool) {
	if decodesStrictly(data, t) {
		return "", false
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if pt := reflect.PointerTo(t); pt.Implements(reflect.TypeFor[json.Unmarshaler]()) || pt.Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		return path, true
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		keys, values, ok := members(data)
		if !ok {
			return path, true
		}
		for i, k := range keys {
			sub := k
			if path != "" {
				sub = path + "." + k
			}
			var ft reflect.Type
			if t.Kind() == reflect.Map {
				ft = t.Elem()
			} else if ft = fieldType(t, k); ft == nil {
				return sub, true
			}
			if p, bad := locateIn(values[i], ft, sub); bad {
				return p, true
			}
		}
	case reflect.Slice, reflect.Array:
		var elems []json.RawMessage
		if json.Unmarshal(data, &elems) != nil {
			return path, true
		}
		for i, e := range elems {
			if p, bad := locateIn(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); bad {
				return p, true
			}
		}
	}
	return path, true
}

// decodesStrictly reports whether data decodes into a new value of type t
// with unknown fields disallowed.
func decodesStrictly(data []byte, t reflect.Type) bool {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	return dec.Decode(reflect.New(t).Interface()) == nil
}

// members returns the member names and values of the JSON object data, in
// document order; ok is false when data is not an object.
func members(data []byte) (keys []string, values []json.RawMessage, ok bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, nil, false
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, nil, false
		}
		var v json.RawMessage
		if dec.Decode(&v) != nil {
			return nil, nil, false
		}
		keys = append(keys, tok.(string))
		values = append(values, v)
	}
	return keys, values, true
}

// fieldType returns the type of struct t's field that encoding/json reads
// the member name into (its tag name, or its Go name, exactly or ignoring
// case; fields of embedded structs included), nil when there is none.
func fieldType(t reflect.Type, name string) reflect.Type {
	var folded reflect.Type
	for f := range t.Fields() {
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == "-" || (!f.IsExported() && !f.Anonymous) {
			continue
		}
		if f.Anonymous && tag == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				if sub := fieldType(ft, name); sub != nil {
					return sub
				}
				continue
			}
		}
		if tag == "" {
			tag = f.Name
		}
		if tag == name {
			return f.Type
		}
		if folded == nil && strings.EqualFold(tag, name) {
			folded = f.Type
		}
	}
	return folded
}

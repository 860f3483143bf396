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

// narrow returns the JSON path of the innermost value in data that makes
// decoding data into a value of type t fail with the message msg: in each
// object or array on the way down, the member or element that turns a
// prefix of them that decodes into one that fails with msg. It is for
// values whose type reads itself and says what is wrong without saying
// where ("influencekit: unknown platform \"instagramm\""). It stops at
// the object or array where that cannot be told: where even no member
// fails with msg (a required member missing), or where the prefix before
// the culprit fails otherwise (a reader that wants its members together;
// an empty prefix may fail otherwise, as a post without its caption does);
// empty when msg is not what data fails with. Each object or array is
// narrowed by binary search, assuming that a prefix of its members fails
// once a shorter prefix does, so the work is O(log n) decodes per level.
func narrow(data []byte, t reflect.Type, msg string) string {
	t = derefType(t)
	decodes := func(doc []byte) error {
		dec := json.NewDecoder(bytes.NewReader(doc))
		dec.DisallowUnknownFields()
		return dec.Decode(reflect.New(t).Interface())
	}
	fails := func(doc []byte) bool {
		err := decodes(doc)
		return err != nil && err.Error() == msg
	}
	if !fails(data) {
		return ""
	}
	path := ""
	document := func(v []byte) []byte { return v } // the whole document around the value at path
	value := json.RawMessage(bytes.TrimSpace(data))
	for {
		keys, values, isObject := members(value)
		if !isObject {
			if len(value) == 0 || value[0] != '[' || json.Unmarshal(value, &values) != nil {
				return path
			}
		}
		// prefix returns the value at path cut to its first i members or
		// elements, the last of them replaced by last when it is not nil.
		prefix := func(i int, last []byte) []byte {
			var b bytes.Buffer
			open, close := byte('['), byte(']')
			if isObject {
				open, close = '{', '}'
			}
			b.WriteByte(open)
			for m := range i {
				if m > 0 {
					b.WriteByte(',')
				}
				if isObject {
					key, _ := json.Marshal(keys[m])
					b.Write(key)
					b.WriteByte(':')
				}
				if m == i-1 && last != nil {
					b.Write(last)
				} else {
					b.Write(values[m])
				}
			}
			b.WriteByte(close)
			return b.Bytes()
		}
		if fails(document(prefix(0, nil))) {
			return path // no member is to blame: the value as a whole is
		}
		lo, hi := 0, len(values) // prefix lo passes, prefix hi fails
		for hi-lo > 1 {
			mid := (lo + hi) / 2
			if fails(document(prefix(mid, nil))) {
				hi = mid
			} else {
				lo = mid
			}
		}
		if hi > 1 && decodes(document(prefix(hi-1, nil))) != nil {
			return path // the members before the culprit do not decode alone
		}
		outer, cut := document, hi
		document = func(v []byte) []byte { return outer(prefix(cut, v)) }
		if isObject {
			path = within(path, keys[hi-1])
		} else {
			path = fmt.Sprintf("%s[%d]", path, hi-1)
		}
		value = values[hi-1]
	}
}

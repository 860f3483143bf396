package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strings"
)

// Media types the API reads.
const (
	mediaJSON   = "application/json"
	mediaNDJSON = "application/x-ndjson"
)

// mediaType returns r's Content-Type without parameters, in lower case;
// empty when there is none or it cannot be parsed.
func mediaType(r *http.Request) string {
	mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return ""
	}
	return mt
}

// readJSON reads r's body, at most cfg.maxBody bytes of application/json,
// into dst, strictly (see decodeStrict). It returns false after writing the
// problem when the request cannot be read.
func (s *server) readJSON(w http.ResponseWriter, r *http.Request, dst any) bool {
	data, ok := s.readBody(w, r)
	if !ok {
		return false
	}
	if p := decodeStrict(data, dst); p != nil {
		s.problem(w, r, *p)
		return false
	}
	return true
}

// readBody checks that r's body is application/json and reads it, at most
// cfg.maxBody bytes. It returns false after writing the problem when it
// cannot.
func (s *server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	if mt := mediaType(r); mt != mediaJSON {
		s.unsupportedMediaType(w, r, []string{mediaJSON})
		return nil, false
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.maxBody))
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			s.problem(w, r, problemBodyTooLarge(s.cfg.maxBody))
			return nil, false
		}
		s.problem(w, r, problemMalformedJSON("reading the request body failed: "+err.Error()))
		return nil, false
	}
	return data, true
}

// decodeStrict decodes one JSON value from data into dst: unknown members,
// values of the wrong type, values the library's types reject and anything
// after the value are errors. The problem names the JSON path of the
// offending value when there is one.
func decodeStrict(data []byte, dst any) *problem {
	if len(bytes.TrimSpace(data)) == 0 {
		p := problemMalformedJSON("the body is empty; send a JSON object")
		return &p
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(dst)
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			p := problemMalformedJSON(fmt.Sprintf("unexpected data after the JSON value, at byte offset %d", dec.InputOffset()))
			return &p
		}
		return nil
	}
	var p problem
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		p = problemMalformedJSON(fmt.Sprintf("invalid JSON at byte offset %d: %s", se.Offset, strings.TrimPrefix(se.Error(), "json: ")))
	} else if errors.Is(err, io.ErrUnexpectedEOF) {
		p = problemMalformedJSON("the JSON value ends early")
	} else if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
		field, selfReading := locate(data, reflect.TypeOf(dst))
		if selfReading || field == "" {
			field = within(field, te.Field)
		}
		p = problemInvalidValue(field, fmt.Sprintf("%s: want %s, got JSON %s", fieldName(field), jsonKind(te.Type), te.Value))
	} else {
		field, selfReading := locate(data, reflect.TypeOf(dst))
		detail := fmt.Sprintf("%s: %s", fieldName(field), strings.TrimPrefix(err.Error(), "json: "))
		if name := memberNamed(err.Error()); name != "" && selfReading {
			// A library type that reads itself names the member it rejects
			// in its message, which then says it all.
			field, detail = within(field, name), err.Error()
		}
		p = problemInvalidValue(field, detail)
	}
	return &p
}

// memberNamed returns the member an error message from a library type's
// own JSON reader names: "unknown field "x"", "has no member "x"",
// "unknown member "x"", or ""x" is a JSON number". Empty when it names none.
func memberNamed(msg string) string {
	for _, marker := range []string{`unknown field "`, `has no member "`, `unknown member "`} {
		if _, rest, ok := strings.Cut(msg, marker); ok {
			name, _, _ := strings.Cut(rest, `"`)
			return name
		}
	}
	if before, _, ok := strings.Cut(msg, `" is a JSON `); ok {
		if i := strings.LastIndexByte(before, '"'); i >= 0 {
			return before[i+1:]
		}
	}
	return ""
}

// within returns the path of member sub inside the value at path.
func within(path, sub string) string {
	switch {
	case sub == "":
		return path
	case path == "":
		return sub
	}
	return path + "." + sub
}

// fieldName names a JSON path in a message; the document itself is "body".
func fieldName(path string) string {
	if path == "" {
		return "body"
	}
	return path
}

// jsonKind names the JSON type a Go type is read from.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Bool:
		return "a boolean"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "an integer"
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a non-negative integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return t.String()
}

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

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

	"github.com/influencekit/influencekit/disclosure"
)

// Media types the API reads.
const (
	mediaJSON   = "application/json"
	mediaNDJSON = "application/x-ndjson"
)

// utf8BOM is the byte-order mark a UTF-8 body may start with. RFC 8259
// section 8.1 lets a reader ignore it; the server skips it.
var utf8BOM = []byte("\xEF\xBB\xBF")

// mediaType returns r's Content-Type without parameters, in lower case,
// and its charset parameter, in lower case; both empty when there is no
// Content-Type or it cannot be parsed.
func mediaType(r *http.Request) (mt, charset string) {
	mt, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err != nil {
		return "", ""
	}
	return mt, strings.ToLower(params["charset"])
}

// acceptBody checks that r's body is of media type want in UTF-8 (no
// charset parameter, or charset=utf-8). It returns false after writing the
// 415 problem, which lists want in Accept-Post, when it is not.
func (s *server) acceptBody(w http.ResponseWriter, r *http.Request, want string) bool {
	mt, charset := mediaType(r)
	switch {
	case mt != want:
		p := problemUnsupportedMediaType(r.Header.Get("Content-Type"), want)
		if mt == mediaNDJSON && s.streamOf[r.URL.Path] != "" {
			p.Detail += "; NDJSON goes to " + s.streamOf[r.URL.Path]
		}
		s.unsupportedMediaType(w, r, want, p)
		return false
	case charset != "" && charset != "utf-8":
		s.unsupportedMediaType(w, r, want, problemUnsupportedCharset(charset))
		return false
	}
	return true
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

// readBody checks that r's body is application/json in UTF-8 and reads it,
// at most cfg.maxBody bytes, without a leading byte-order mark. It returns
// false after writing the problem when it cannot.
func (s *server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	if !s.acceptBody(w, r, mediaJSON) {
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
	return bytes.TrimPrefix(data, utf8BOM), true
}

// decodeStrict decodes one JSON value from data into dst: unknown members,
// values of the wrong type, values the library's types reject, a negative
// count and anything after the value are errors. The problem names the JSON path of the
// offending value when there is one.
func decodeStrict(data []byte, dst any) *problem {
	if len(bytes.TrimSpace(data)) == 0 {
		p := problemMalformedJSON("the body is empty; send a JSON object")
		return &p
	}
	if p := checkNames(data, reflect.TypeOf(dst), ""); p != nil {
		return p
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(dst)
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			p := problemMalformedJSON(fmt.Sprintf("unexpected data after the JSON value, at byte offset %d", dec.InputOffset()))
			return &p
		}
		return negativeCount(reflect.ValueOf(dst))
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
		names := memberPath(err.Error())
		switch {
		case len(names) > 0 && selfReading:
			// A library type that reads itself names the members down to
			// the one it rejects in its message, which then says it all.
			// When it names a member without its parents, descend cannot
			// follow it, and narrowing finds them.
			field, detail = descend(data, field, names), err.Error()
			if !strings.HasSuffix(field, names[len(names)-1]) {
				if at := narrow(data, reflect.TypeOf(dst), err.Error()); len(at) > len(field) && strings.HasPrefix(at, field) {
					field = at
				}
			}
		case missingMember(err) != "":
			field = within(narrow(data, reflect.TypeOf(dst), err.Error()), missingMember(err))
			detail = fmt.Sprintf("%s: %s", field, err.Error())
		default:
			// One that says what is wrong but not where: narrow it down.
			if at := narrow(data, reflect.TypeOf(dst), err.Error()); strings.HasPrefix(at, field) {
				field = at
				detail = fmt.Sprintf("%s: %s", fieldName(field), strings.TrimPrefix(err.Error(), "json: "))
			}
		}
		p = problemInvalidValue(field, detail)
	}
	return &p
}

// missingMember returns the member that err, from a library type's own
// JSON reader, says is required and missing; empty for any other error.
func missingMember(err error) string {
	if errors.Is(err, disclosure.ErrMissingCaption) {
		return "caption"
	}
	return ""
}

// memberPath returns the members an error message from a library type's
// own JSON reader names, outermost first: each `member "x":` of a nested
// reader, then the one it rejects ("unknown field "x"", "has no member "x"",
// "unknown member "x"", "repeated member "x"", or ""x" is a JSON number").
// Empty when it names none.
func memberPath(msg string) []string {
	var names []string
	for {
		bestAt, bestLen := -1, 0
		for _, marker := range []string{`member "`, `unknown field "`} {
			if i := strings.Index(msg, marker); i >= 0 && (bestAt < 0 || i < bestAt) {
				bestAt, bestLen = i, len(marker)
			}
		}
		if bestAt < 0 {
			break
		}
		name, rest, ok := strings.Cut(msg[bestAt+bestLen:], `"`)
		if !ok {
			break
		}
		names = append(names, name)
		msg = rest
	}
	if len(names) == 0 {
		if before, _, ok := strings.Cut(msg, `" is a JSON `); ok {
			if i := strings.LastIndexByte(before, '"'); i >= 0 {
				names = append(names, before[i+1:])
			}
		}
	}
	return names
}

// descend returns the JSON path of names inside the value at path of data,
// stopping at a value that is a list (the message does not say which
// element it is) or that data does not have.
func descend(data []byte, path string, names []string) string {
	value, ok := valueAt(data, path)
	for _, name := range names {
		if !ok || len(value) == 0 || value[0] != '{' {
			break
		}
		keys, values, isObject := members(value)
		if !isObject {
			break
		}
		ok = false
		for i, k := range keys {
			if k == name {
				value, ok = values[i], true
				path = within(path, name)
				break
			}
		}
	}
	return path
}

// valueAt returns the raw JSON value at path ("terms.usage", members only)
// in data; ok is false when there is none.
func valueAt(data []byte, path string) (json.RawMessage, bool) {
	value := json.RawMessage(bytes.TrimSpace(data))
	if path == "" {
		return value, true
	}
	for name := range strings.SplitSeq(path, ".") {
		keys, values, ok := members(value)
		if !ok || strings.Contains(name, "[") {
			return nil, false
		}
		found := false
		for i, k := range keys {
			if k == name {
				value, found = values[i], true
				break
			}
		}
		if !found {
			return nil, false
		}
	}
	return value, true
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

// checkNames applies the library's rule for JSON objects (exact member
// names, each at most once) to the objects in data that encoding/json would
// read into a value of type t, where it would take "Total" for "total" and
// keep the last of two "weights". Values whose type reads itself
// (json.Unmarshaler, encoding.TextUnmarshaler) apply the rule themselves and
// are not looked into. It returns the problem naming the member's JSON path,
// nil when every name is exact and unique or data is not well-formed (the
// decoder then reports that).
func checkNames(data []byte, t reflect.Type, path string) *problem {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if pt := reflect.PointerTo(t); pt.Implements(reflect.TypeFor[json.Unmarshaler]()) || pt.Implements(reflect.TypeFor[encoding.TextUnmarshaler]()) {
		return nil
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		keys, values, ok := members(data)
		if !ok {
			return nil
		}
		seen := make(map[string]bool, len(keys))
		for i, k := range keys {
			sub := within(path, k)
			if seen[k] {
				p := problemInvalidValue(sub, fmt.Sprintf("%s: the member %q appears twice", fieldName(path), k))
				return &p
			}
			seen[k] = true
			var ft reflect.Type
			if t.Kind() == reflect.Map {
				ft = t.Elem()
			} else {
				if ft = exactFieldType(t, k); ft == nil {
					// An unknown member, or a known one in another case:
					// the decoder names it.
					if folded := fieldType(t, k); folded != nil {
						p := problemInvalidValue(sub, fmt.Sprintf("%s: unknown member %q; member names are case-sensitive", fieldName(path), k))
						return &p
					}
					return nil
				}
			}
			if p := checkNames(values[i], ft, sub); p != nil {
				return p
			}
		}
	case reflect.Slice, reflect.Array:
		var elems []json.RawMessage
		if json.Unmarshal(data, &elems) != nil {
			return nil
		}
		for i, e := range elems {
			if p := checkNames(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); p != nil {
				return p
			}
		}
	}
	return nil
}

// exactFieldType is fieldType without case folding: the type of the field
// of struct t whose JSON name is exactly name, nil when there is none.
func exactFieldType(t reflect.Type, name string) reflect.Type {
	ft := fieldType(t, name)
	if ft == nil {
		return nil
	}
	for f := range t.Fields() {
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if tag == "" {
			tag = f.Name
		}
		if tag == name {
			return ft
		}
		if f.Anonymous && tag == f.Name {
			if sub := exactFieldType(derefType(f.Type), name); sub != nil {
				return sub
			}
		}
	}
	return nil
}

// derefType returns t without its pointers.
func derefType(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

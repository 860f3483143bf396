package main

import (
	"bytes"
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

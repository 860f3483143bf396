package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/influencekit/influencekit/disclosure"
)

// The library's types that read their own JSON (pricing.RateCard,
// pricing.Terms, pricing.Money, disclosure.Post, ...) say what is wrong in
// their messages, but not always where. The request cursor knows the path
// of the value such a type read; the functions here follow the path on
// inside the value to the member the error is about, as far as the message
// and the value tell it. They decode the value again piece by piece, so
// they are for the error path only.

// locateValueError returns the field and the detail of the problem for
// ve, the error of the library type that read the value at path.
func locateValueError(path string, ve *valueError) (field, detail string) {
	msg := ve.Err.Error()
	if te, ok := errors.AsType[*json.UnmarshalTypeError](ve.Err); ok {
		field = join(path, te.Field)
		return field, fmt.Sprintf("%s: want %s, got JSON %s", fieldName(field), jsonKind(te.Type), te.Value)
	}
	names := memberPath(msg)
	switch {
	case len(names) > 0:
		// A reader that names the members down to the one it rejects
		// says it all in its message. When it names a member without
		// its parents, descend cannot follow it, and narrowing finds
		// them.
		inside := descend(ve.Raw, "", names)
		if !strings.HasSuffix(inside, names[len(names)-1]) {
			if at := narrow(ve.Raw, ve.Type, msg); len(at) > len(inside) && strings.HasPrefix(at, inside) {
				inside = at
			}
		}
		return join(path, inside), msg
	case missingMember(ve.Err) != "":
		field = join(path, within(narrow(ve.Raw, ve.Type, msg), missingMember(ve.Err)))
		return field, field + ": " + msg
	}
	// One that says what is wrong but not where: narrow it down.
	field = join(path, narrow(ve.Raw, ve.Type, msg))
	return field, fieldName(field) + ": " + msg
}

// join returns the path of the value at inside, a path relative to the
// value at path ("[0].price", "usage"), in the document.
func join(path, inside string) string {
	if strings.HasPrefix(inside, "[") {
		return path + inside
	}
	return within(path, inside)
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

// jsonKind names the JSON type a Go type is read from, in the words every
// reader of the module uses: "an array", "true or false".
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Bool:
		return "true or false"
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

// derefType returns t without its pointers.
func derefType(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t
}

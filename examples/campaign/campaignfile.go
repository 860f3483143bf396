package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strconv"
	"strings"
)

// loadCampaignFile reads the campaign in the named file. Its errors name
// the file and, where the JSON is at fault, the line and column and the
// member, in JSON terms: "my.json:12:20: creators.followers is a JSON
// string, want a number".
func loadCampaignFile(name string) (Campaign, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return Campaign{}, err
	}
	c, err := loadCampaign(data)
	if err != nil {
		return Campaign{}, describeJSONError(name, data, err)
	}
	return c, nil
}

// describeJSONError rewrites encoding/json's syntax and type errors, which
// give a byte offset and Go type names, as file:line:col and JSON terms.
func describeJSONError(name string, data []byte, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Errorf("%s:%s: %s", name, position(data, syntax.Offset-1), syntax.Error())
	case errors.As(err, &typ):
		member := typ.Field
		if member == "" {
			member = "the campaign"
		}
		return fmt.Errorf("%s:%s: %s is a JSON %s, want %s", name, position(data, typ.Offset-1), member, typ.Value, jsonKind(typ.Type))
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%s:%s: the JSON ends early; the campaign object is not closed", name, position(data, int64(len(data))))
	}
	if _, field, ok := strings.Cut(err.Error(), "json: unknown field "); ok {
		return fmt.Errorf("%s:%s: unknown member %s", name, quotedAt(data, field, true), field)
	}
	// A value a library type rejects ("contract: malformed date
	// "2026-02-30"") is quoted in the message: point at it in the file.
	if _, rest, ok := strings.Cut(err.Error(), `"`); ok {
		if value, _, ok := strings.Cut(rest, `"`); ok {
			if at := quotedAt(data, strconv.Quote(value), false); at != "" {
				return fmt.Errorf("%s:%s: %w", name, at, err)
			}
		}
	}
	return fmt.Errorf("%s: %w", name, err)
}

// quotedAt returns "line:col" of the first occurrence in data of the JSON
// string literal quoted (as a member name when member is true: followed by
// a colon), "" when there is none.
func quotedAt(data []byte, quoted string, member bool) string {
	for off := 0; ; {
		i := bytes.Index(data[off:], []byte(quoted))
		if i < 0 {
			return ""
		}
		at := off + i
		after := bytes.TrimLeft(data[at+len(quoted):], " \t\r\n")
		if !member || len(after) > 0 && after[0] == ':' {
			return position(data, int64(at))
		}
		off = at + len(quoted)
	}
}

// position returns "line:col" (1-based, col in bytes) of byte offset off
// in data. encoding/json's offsets count the bytes read, up to and
// including the offending character or the end of the offending value, so
// callers pass the offset less one: the column of that character.
func position(data []byte, off int64) string {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line := bytes.Count(before, []byte("\n")) + 1
	col := len(before) - bytes.LastIndexByte(before, '\n')
	return strconv.Itoa(line) + ":" + strconv.Itoa(col)
}

var textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()

// jsonKind says in JSON terms what a value of type t is written as.
func jsonKind(t reflect.Type) string {
	if reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return "a string"
	}
	switch t.Kind() {
	case reflect.Pointer:
		return jsonKind(t.Elem())
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "a number"
}

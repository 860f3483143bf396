package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
)

// campaignSource is where a campaign was read from: the name its errors
// give, its bytes (to find a member's line and column) and how to read a
// file the campaign names by a path relative to itself.
type campaignSource struct {
	name string
	data []byte
	// read reads a file named relative to the campaign file and returns
	// its contents and the name errors give it.
	read func(rel string) (data []byte, shown string, err error)
}

// where returns "file:line:col" of the value at path in the campaign
// file, or the file's name alone when it has no such value.
func (c Campaign) where(path jsonPath) string {
	off, ok := offsetOf(c.src.data, path)
	if !ok {
		return c.src.name
	}
	return c.src.name + ":" + position(c.src.data, off)
}

// readRelative reads the file at rel, a slash-separated path relative to
// the campaign file's directory.
func (s campaignSource) readRelative(rel string) ([]byte, string, error) {
	if s.read == nil {
		return nil, rel, fmt.Errorf("%s: no directory to read %q from", s.name, rel)
	}
	return s.read(rel)
}

// fileSource is the source of a campaign file on disk: relative paths are
// read from the campaign file's directory, absolute ones as given.
func fileSource(name string) campaignSource {
	dir := filepath.Dir(name)
	return campaignSource{name: name, read: func(rel string) ([]byte, string, error) {
		p := filepath.FromSlash(rel)
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		data, err := os.ReadFile(p)
		return data, p, err
	}}
}

// sampleSource is the source of the embedded sample: relative paths are
// read from the embedded files.
func sampleSource() campaignSource {
	return campaignSource{name: sampleName, read: func(rel string) ([]byte, string, error) {
		p := path.Clean(rel)
		data, err := fs.ReadFile(sampleFiles, p)
		return data, p, err
	}}
}

// loadSample reads the embedded sample campaign.
func loadSample() (Campaign, error) {
	data, err := fs.ReadFile(sampleFiles, sampleName)
	if err != nil {
		return Campaign{}, err
	}
	return loadCampaignData(data, sampleSource())
}

// loadCampaignFile reads the campaign in the named file. Its errors name
// the file and, where the JSON is at fault, the line and column and the
// member, in JSON terms: "my.json:12:20: creators.followers is a JSON
// string, want a number".
func loadCampaignFile(name string) (Campaign, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return Campaign{}, err
	}
	return loadCampaignData(data, fileSource(name))
}

// loadCampaignData reads a campaign from data and describes its errors
// at the source's name, line and column.
func loadCampaignData(data []byte, src campaignSource) (Campaign, error) {
	c, err := loadCampaign(data, src)
	if err != nil {
		return Campaign{}, describeJSONError(src.name, data, err)
	}
	return c, nil
}

// describeJSONError rewrites encoding/json's syntax and type errors, which
// give a byte offset and Go type names, as file:line:col and JSON terms.
func describeJSONError(name string, data []byte, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var field *fieldError
	switch {
	case errors.As(err, &field):
		at := field.offset
		if len(field.path) > 0 {
			at, _ = offsetOf(data, field.path)
		}
		return fmt.Errorf("%s:%s: %w", name, position(data, at), err)
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

// jsonKind says in JSON terms what a value of type t is written as, in
// the words every reader of the module uses: "an array", "true or false".
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
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "a number"
}

package main

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// jsonPath names a value in a JSON document by its member names (string)
// and array indexes (int), outermost first: creators[0].posts[1].likes is
// jsonPath{"creators", 0, "posts", 1, "likes"}.
type jsonPath []any

// String writes the path as the report's errors name values:
// "creators[0].posts[1].likes".
func (p jsonPath) String() string {
	var b strings.Builder
	for _, seg := range p {
		switch seg := seg.(type) {
		case int:
			b.WriteString("[" + strconv.Itoa(seg) + "]")
		case string:
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(seg)
		}
	}
	return b.String()
}

// with returns a copy of p with segs appended; p itself is left as it was.
func (p jsonPath) with(segs ...any) jsonPath {
	return append(append(jsonPath(nil), p...), segs...)
}

// parseJSONPath reads a path written as [jsonPath.String] writes it
// ("payment.schedule[1].due"), as contract.ParseError names values. It
// returns false for anything else.
func parseJSONPath(s string) (jsonPath, bool) {
	var p jsonPath
	for s != "" {
		switch {
		case s[0] == '[':
			end := strings.IndexByte(s, ']')
			if end < 0 {
				return nil, false
			}
			i, err := strconv.Atoi(s[1:end])
			if err != nil || i < 0 {
				return nil, false
			}
			p = append(p, i)
			s = s[end+1:]
		case s[0] == '.' && len(p) > 0:
			s = s[1:]
			if s == "" || s[0] == '.' || s[0] == '[' {
				return nil, false
			}
		default:
			end := strings.IndexAny(s, ".[")
			if end < 0 {
				end = len(s)
			}
			if end == 0 {
				return nil, false
			}
			p = append(p, s[:end])
			s = s[end:]
		}
	}
	return p, true
}

// offsetOf returns the byte offset in data of the first byte of the value
// at path, and false when data holds no such value (or is not JSON as far
// as the path goes). Where a member is repeated, the first one counts.
func offsetOf(data []byte, path jsonPath) (int64, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	for _, seg := range path {
		tok, err := dec.Token()
		if err != nil {
			return 0, false
		}
		switch seg := seg.(type) {
		case string:
			if tok != json.Delim('{') || !seekMember(dec, seg) {
				return 0, false
			}
		case int:
			if tok != json.Delim('[') || !seekElement(dec, seg) {
				return 0, false
			}
		default:
			return 0, false
		}
	}
	off := dec.InputOffset()
	// The decoder stops after the previous token: skip the space and the
	// colon or comma before the value.
	for off < int64(len(data)) && strings.IndexByte(" \t\r\n:,", data[off]) >= 0 {
		off++
	}
	if off >= int64(len(data)) {
		return 0, false
	}
	return off, true
}

// seekMember reads an object's members up to the one named name, leaving
// the decoder before its value.
func seekMember(dec *json.Decoder, name string) bool {
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		if tok == name {
			return true
		}
		if !skipValue(dec) {
			return false
		}
	}
	return false
}

// seekElement reads an array's elements up to the one at index i, leaving
// the decoder before it.
func seekElement(dec *json.Decoder, i int) bool {
	for j := 0; dec.More(); j++ {
		if j == i {
			return true
		}
		if !skipValue(dec) {
			return false
		}
	}
	return false
}

// skipValue reads one whole value.
func skipValue(dec *json.Decoder) bool {
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return false
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return true
		}
	}
}

// Package jsonobject reads a JSON object as strictly as contract.Parse reads
// a contract: member names match exactly (encoding/json would also take
// "NAME" for "name"), each appears at most once (encoding/json would keep
// the last), and names the reader does not know are errors.
package jsonobject

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
)

// ErrNotObject is wrapped when the text is not one JSON object.
var ErrNotObject = errors.New("not a JSON object")

// ErrUnknownMember is wrapped for a member name the reader does not know,
// including a known name in another case.
var ErrUnknownMember = errors.New("unknown member")

// ErrRepeatedMember is wrapped for a member name that appears twice.
var ErrRepeatedMember = errors.New("repeated member")

// Members splits data, one JSON object, into its members' raw values. Every
// name must be one of known, spelled exactly, and appear once; the errors
// wrap ErrNotObject, ErrUnknownMember or ErrRepeatedMember and quote the
// name. Members that are absent are absent from the map.
func Members(data []byte, known ...string) (map[string]json.RawMessage, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotObject, err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("%w: starts with %v", ErrNotObject, tok)
	}
	out := make(map[string]json.RawMessage, len(known))
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrNotObject, err)
		}
		name, _ := tok.(string)
		if !slices.Contains(known, name) {
			return nil, fmt.Errorf("%w %q", ErrUnknownMember, name)
		}
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("%w %q", ErrRepeatedMember, name)
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("%w: member %q: %w", ErrNotObject, name, err)
		}
		out[name] = raw
	}
	if _, err := dec.Token(); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNotObject, err)
	}
	if _, err := dec.Token(); err == nil {
		return nil, fmt.Errorf("%w: text after the object", ErrNotObject)
	}
	return out, nil
}

// Decode unmarshals the member name of m into v when it is present, and
// reports whether it was. A present member that is null or does not decode
// into v is an error naming the member: influencekit's JSON forms never
// write null, and encoding/json would read it as "leave unchanged".
func Decode(m map[string]json.RawMessage, name string, v any) (bool, error) {
	raw, ok := m[name]
	if !ok {
		return false, nil
	}
	if string(raw) == "null" {
		return true, fmt.Errorf("member %q is null", name)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return true, fmt.Errorf("member %q: %w", name, err)
	}
	return true, nil
}

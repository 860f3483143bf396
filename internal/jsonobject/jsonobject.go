// Package jsonobject reads a JSON object as strictly as contract.Parse reads
// a contract: member names match exactly (encoding/json would also take
// "NAME" for "name"), each appears at most once (encoding/json would keep
// the last), and names the reader does not know are errors.
//
// It is the one rule for strict JSON objects in tier, engagement, pricing
// and disclosure (whose readers word its [MemberError] in their own
// messages). [Each]
// walks an object's members without allocating, for readers on a hot path
// ([pricing.Money]'s UnmarshalJSON); [Members] collects them in a map and
// [Decode] decodes one, for readers of larger values. Both apply the same
// rule, because Members is written with Each. [Cursor] reads a whole
// nested document in one pass with the same rule and a JSON path for every
// error ("payment.schedule[1].due"), for readers of large nested values
// (contract.Parse, and the example server's requests, whose members of
// library types it checks with [Cursor.Raw] and hands to their own
// UnmarshalJSON). Its [Cursor.NextMember] and [Cursor.ValueBytes] walk an
// object without allocating, for readers on a hot path that switch on
// the member names themselves (disclosure's Post reader).
//
// [pricing.Money]: https://pkg.go.dev/github.com/influencekit/influencekit/pricing#Money
package jsonobject

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/influencekit/influencekit"
)

// ErrNotObject is wrapped when the text is not one JSON object. It wraps
// [influencekit.ErrJSONType].
var ErrNotObject = influencekit.WrapSentinel("not a JSON object", influencekit.ErrJSONType)

// ErrUnknownMember is wrapped for a member name the reader does not know,
// including a known name in another case. It wraps
// [influencekit.ErrUnknownMember].
var ErrUnknownMember = influencekit.WrapSentinel("unknown member", influencekit.ErrUnknownMember)

// ErrRepeatedMember is wrapped for a member name that appears twice. It
// wraps [influencekit.ErrRepeatedMember].
var ErrRepeatedMember = influencekit.WrapSentinel("repeated member", influencekit.ErrRepeatedMember)

// MemberError is the error for a member name the reader does not know
// (Err is [ErrUnknownMember]) or one that appears twice
// ([ErrRepeatedMember]), so that a reader can word its own message with
// the name. Name is decoded (escapes resolved).
type MemberError struct {
	Name string
	Err  error
}

// Error reads as Err and the quoted name: "unknown member \"x\"".
func (e *MemberError) Error() string { return fmt.Sprintf("%v %q", e.Err, e.Name) }

// Unwrap returns Err, so that errors.Is finds [ErrUnknownMember] or
// [ErrRepeatedMember].
func (e *MemberError) Unwrap() error { return e.Err }

// Each calls fn, in order, for each member of data, one JSON object
// (whitespace around it allowed, nothing else): i is the index in known of
// the member's name, value its raw JSON value without surrounding
// whitespace (a subslice of data, valid JSON; "null" for null), and offset
// the value's byte offset in data. Every name must be one of known, spelled
// exactly (escapes in the name are decoded first), and appear once. The
// errors wrap [ErrNotObject] (with encoding/json's *json.SyntaxError for
// text that is not JSON), [ErrUnknownMember] or [ErrRepeatedMember] and
// quote the name; an error from fn is returned as it is and ends the walk.
//
// Each allocates nothing when the names hold no escapes and fn allocates
// nothing (more than 64 known names cost one allocation).
func Each(data []byte, known []string, fn func(i int, value []byte, offset int) error) error {
	if !json.Valid(data) {
		var raw json.RawMessage
		err := json.Unmarshal(data, &raw)
		if err == nil { // json.Valid and json.Unmarshal disagree only on empty input
			err = errors.New("no JSON value")
		}
		return fmt.Errorf("%w: %w", ErrNotObject, err)
	}
	p := skipSpace(data, 0)
	if data[p] != '{' {
		return fmt.Errorf("%w: starts with %s", ErrNotObject, kindOf(data[p]))
	}
	var seenSmall [64]bool
	seen := seenSmall[:]
	if len(known) > len(seenSmall) {
		seen = make([]bool, len(known))
	}
	p = skipSpace(data, p+1)
	for data[p] != '}' {
		end := skipValue(data, p) // the name: a string
		name := data[p+1 : end-1]
		i := indexOf(known, name)
		if i < 0 {
			return &MemberError{Name: unescape(data[p:end]), Err: ErrUnknownMember}
		}
		if seen[i] {
			return &MemberError{Name: known[i], Err: ErrRepeatedMember}
		}
		seen[i] = true
		p = skipSpace(data, skipSpace(data, end)+1) // past the colon
		end = skipValue(data, p)
		if err := fn(i, data[p:end], p); err != nil {
			return err
		}
		p = skipSpace(data, end)
		if data[p] == ',' {
			p = skipSpace(data, p+1)
		}
	}
	return nil
}

// Members splits data, one JSON object, into its members' raw values, with
// [Each]'s rule: every name must be one of known, spelled exactly, and
// appear once; the errors wrap [ErrNotObject], [ErrUnknownMember] or
// [ErrRepeatedMember] and quote the name. Members that are absent are
// absent from the map.
func Members(data []byte, known ...string) (map[string]json.RawMessage, error) {
	out := make(map[string]json.RawMessage, len(known))
	err := Each(data, known, func(i int, value []byte, _ int) error {
		out[known[i]] = json.RawMessage(value)
		return nil
	})
	if err != nil {
		return nil, err
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

// Unmarshal decodes data, one JSON object, into v, a pointer to a struct,
// member by member with [Each]'s rule, against the JSON names of v's
// exported fields (their json tags; a field without one counts under its
// Go name, "-" not at all). Each value is decoded by encoding/json into its
// field, so a member's own type applies its own rules; a null member
// leaves its field as it is. The errors are Each's; a value that does not
// fit its field is a *json.UnmarshalTypeError whose Field starts with the
// member's name, and any other error from a member's reader is wrapped as
// `member "name": ...`. A v that is not a pointer to a struct is an error
// too. The names are checked before any value is decoded; on a value's
// error, the members before it have been decoded (decode into a fresh
// value and copy it on success, as pricing's readers do).
func Unmarshal(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() || rv.Elem().Kind() != reflect.Struct {
		return fmt.Errorf("jsonobject.Unmarshal needs a non-nil pointer to a struct, not %T", v)
	}
	st := rv.Elem()
	var known []string
	var fields []int
	for i := range st.NumField() {
		f := st.Type().Field(i)
		if !f.IsExported() || f.Anonymous {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch name {
		case "-":
			continue
		case "":
			name = f.Name
		}
		known = append(known, name)
		fields = append(fields, i)
	}
	if err := Each(data, known, func(int, []byte, int) error { return nil }); err != nil {
		return err
	}
	return Each(data, known, func(i int, value []byte, offset int) error {
		err := json.Unmarshal(value, st.Field(fields[i]).Addr().Interface())
		if err == nil {
			return nil
		}
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			named := *typeErr
			named.Field = known[i]
			if typeErr.Field != "" {
				named.Field += "." + typeErr.Field
			}
			named.Offset += int64(offset)
			return &named
		}
		return fmt.Errorf("member %q: %w", known[i], err)
	})
}

// indexOf returns the index of name (a JSON string's raw content) in
// known, or -1. A name with escapes is decoded first.
func indexOf(known []string, name []byte) int {
	for _, c := range name {
		if c == '\\' {
			return indexOfString(known, unescape(append(append([]byte{'"'}, name...), '"')))
		}
	}
	for i, k := range known {
		if string(name) == k {
			return i
		}
	}
	return -1
}

func indexOfString(known []string, name string) int {
	for i, k := range known {
		if name == k {
			return i
		}
	}
	return -1
}

// unescape decodes a valid JSON string literal, quotes included.
func unescape(lit []byte) string {
	var s string
	if err := json.Unmarshal(lit, &s); err != nil {
		return string(lit)
	}
	return s
}

// Describe names the raw JSON value raw in words for an error message, in
// JSON's terms and never Go's: "a string", "an object", "an array", "a
// boolean", "null", "the number 1.5" ("a number out of range" past 24
// bytes), or "empty text".
func Describe(raw []byte) string {
	raw = raw[skipSpace(raw, 0):]
	switch {
	case len(raw) == 0:
		return "empty text"
	case raw[0] == '{':
		return "an object"
	case raw[0] != '-' && (raw[0] < '0' || raw[0] > '9'):
		return kindOf(raw[0])
	}
	for len(raw) > 0 && (raw[len(raw)-1] == ' ' || raw[len(raw)-1] == '\t' || raw[len(raw)-1] == '\n' || raw[len(raw)-1] == '\r') {
		raw = raw[:len(raw)-1]
	}
	if len(raw) > 24 {
		return "a number out of range"
	}
	return "the number " + string(raw)
}

// kindOf names the JSON value that starts with c.
func kindOf(c byte) string {
	switch c {
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// skipSpace returns the index of the first byte at or after p in data that
// is not JSON whitespace, or len(data).
func skipSpace(data []byte, p int) int {
	for p < len(data) {
		switch data[p] {
		case ' ', '\t', '\n', '\r':
			p++
		default:
			return p
		}
	}
	return p
}

// skipValue returns the index just past the JSON value that starts at p in
// data, which is valid JSON.
func skipValue(data []byte, p int) int {
	switch data[p] {
	case '"':
		return skipString(data, p)
	case '{', '[':
		depth := 0
		for p < len(data) {
			switch data[p] {
			case '"':
				p = skipString(data, p)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return p + 1
				}
			}
			p++
		}
		return p
	}
	for p < len(data) {
		switch data[p] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return p
		}
		p++
	}
	return p
}

// skipString returns the index just past the string literal at p.
func skipString(data []byte, p int) int {
	for p++; p < len(data); p++ {
		switch data[p] {
		case '\\':
			p++
		case '"':
			return p + 1
		}
	}
	return p
}

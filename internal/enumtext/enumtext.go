// Package enumtext implements the text form shared by influencekit's small
// integer enums: lower-case names, ASCII case-insensitive parsing, aliases
// and errors that wrap each package's own sentinel.
//
// Parsing folds ASCII letters only. Unicode simple folding (what
// strings.EqualFold does) would also match "\u017F" (long s) to "s" and
// "\u212A" (Kelvin sign) to "k", so "in\u017Ftagram" would parse as
// Instagram: text from another system that happened to fold that way would
// be accepted here and rejected everywhere else.
package enumtext

import (
	"fmt"
	"strconv"
	"strings"
)

// Alias is an extra accepted spelling that parses to the value at Index.
type Alias struct {
	Name  string
	Index uint8
}

// Table maps enum values (indexes) to names. A Table is immutable once
// built and safe for concurrent use.
type Table struct {
	kind    string // "platform", used in String for out-of-range values
	names   []string
	aliases []Alias
	unknown error // the sentinel parse errors wrap
}

// New returns a Table for values 0..len(names)-1. kind names the enum in
// String's fallback ("platform(42)"); unknown is the sentinel that parse
// errors wrap.
func New(kind string, unknown error, names []string, aliases ...Alias) Table {
	return Table{kind: kind, names: names, aliases: aliases, unknown: unknown}
}

// Len reports how many values the table names.
func (t Table) Len() int { return len(t.names) }

// String returns the name of value i, or kind(i) when i is out of range.
func (t Table) String(i uint8) string {
	if int(i) < len(t.names) {
		return t.names[i]
	}
	return t.kind + "(" + strconv.Itoa(int(i)) + ")"
}

// Marshal returns the name of value i as bytes, or an error wrapping the
// table's sentinel when i is out of range.
func (t Table) Marshal(i uint8) ([]byte, error) {
	if int(i) < len(t.names) {
		return []byte(t.names[i]), nil
	}
	return nil, fmt.Errorf("%w: %s(%d)", t.unknown, t.kind, i)
}

// Parse returns the index whose name or alias equals s, ignoring ASCII
// case ("YouTube" is "youtube"); no other folding applies, so a non-ASCII
// letter never matches an ASCII one. Any other text, the empty string
// included, is an error wrapping the table's sentinel and quoting s.
func (t Table) Parse(s string) (uint8, error) {
	for i, n := range t.names {
		if EqualFoldASCII(n, s) {
			return uint8(i), nil
		}
	}
	for _, a := range t.aliases {
		if EqualFoldASCII(a.Name, s) {
			return a.Index, nil
		}
	}
	// A copy in the error, so that s does not escape: an UnmarshalText
	// that converts its bytes to call Parse allocates nothing.
	return 0, fmt.Errorf("%w %q", t.unknown, strings.Clone(s))
}

// EqualFoldASCII reports whether a and b are equal when the ASCII letters
// A-Z are taken as a-z. Every other byte, UTF-8 included, must match
// exactly.
func EqualFoldASCII(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if lowerASCII(a[i]) != lowerASCII(b[i]) {
			return false
		}
	}
	return true
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + ('a' - 'A')
	}
	return c
}

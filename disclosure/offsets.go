package disclosure

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// Unit is a way of counting positions in a caption. Finding, Label, Edit
// and Evidence spans are in Bytes; ConvertOffset turns them into the
// others.
//
// Its text form is the lower-case name ("utf16"); parsing ignores case.
//
//enumgen:names bytes, utf16, runes
type Unit uint8

// The units.
const (
	// Bytes counts UTF-8 bytes: how Go strings and every span in this
	// package index a caption.
	Bytes Unit = iota
	// UTF16 counts UTF-16 code units: how JavaScript, Java and C# strings
	// index text. A code point above U+FFFF (most emoji, each flag's two
	// regional indicators) is 2 units.
	UTF16
	// Runes counts Unicode code points: how Python 3 strings and Go's
	// []rune index text.
	Runes
)

// ErrUnknownUnit is wrapped by errors for text or values that name no
// Unit.
var ErrUnknownUnit = errors.New("disclosure: unknown unit")

// ErrInvalidOffset is wrapped by ConvertOffset's errors for an offset
// outside the caption or inside one of its characters, and by the JSON
// readers of Finding, Label and Edit for spans that cannot be a caption's.
var ErrInvalidOffset = errors.New("disclosure: invalid offset")

// ConvertOffset returns the position of byte offset (a Finding's, Label's
// or Edit's Start or End) in caption counted in unit: the number of units in
// caption[:offset]. For UTF16 that is the index JavaScript's String
// methods (slice, substring, setSelectionRange) take for the same place in
// the caption.
//
// Invalid UTF-8 counts one unit per bad byte in every unit, as
// encoding/json turns each bad byte into one U+FFFD when it writes the
// caption: a JavaScript program reading the caption from influencekit's
// JSON sees the same positions.
//
// An offset below 0, past len(caption), or inside the encoding of a valid
// character (a continuation byte of a multi-byte character) is an error
// wrapping ErrInvalidOffset; so is a unit outside the declared constants
// (wrapping ErrUnknownUnit as well).
//
// Grapheme clusters (what a reader sees as one character: a flag, a
// family emoji, "e" with a combining accent) are not a Unit: finding
// their boundaries needs the Unicode segmentation tables of UAX #29,
// which neither the standard library nor golang.org/x/text exports.
func ConvertOffset(caption string, offset int, unit Unit) (int, error) {
	if offset < 0 || offset > len(caption) {
		return 0, fmt.Errorf("%w: byte offset %d is outside a caption of %d bytes", ErrInvalidOffset, offset, len(caption))
	}
	if midCharacter(caption, offset) {
		return 0, fmt.Errorf("%w: byte offset %d is inside a character", ErrInvalidOffset, offset)
	}
	switch unit {
	case Bytes:
		return offset, nil
	case UTF16:
		return countChars(caption[:offset], unitUTF16), nil
	case Runes:
		return countChars(caption[:offset], unitRunes), nil
	}
	return 0, fmt.Errorf("%w: %w: unit(%d)", ErrInvalidOffset, ErrUnknownUnit, uint8(unit))
}

// midCharacter reports whether offset falls after the first byte of a
// valid multi-byte character of s.
func midCharacter(s string, offset int) bool {
	if offset == 0 || offset >= len(s) || utf8.RuneStart(s[offset]) {
		return false
	}
	// Step back over at most three continuation bytes to a start byte and
	// see whether the character there spans offset.
	for i := offset - 1; i >= 0 && i >= offset-3; i-- {
		if utf8.RuneStart(s[i]) {
			r, size := utf8.DecodeRuneInString(s[i:])
			return !(r == utf8.RuneError && size == 1) && i+size > offset
		}
	}
	return false
}

// spanUTF16 returns the UTF-16 span a JSON form writes for the byte span
// [start, end) and its recorded UTF-16 span [start16, end16): the
// recorded one, or the byte offsets when both are 0 (not counted). It is
// an error wrapping ErrInvalidOffset when no caption can have both spans,
// which the JSON readers would reject: more UTF-16 units than bytes
// before or within the span, or a negative or reversed span.
func spanUTF16(what string, start, end, start16, end16 int) (int, int, error) {
	if start16 == 0 && end16 == 0 {
		start16, end16 = start, end
	}
	switch {
	case start < 0 || end < start:
		return 0, 0, fmt.Errorf("%w: %s span [%d, %d) in bytes", ErrInvalidOffset, what, start, end)
	case start16 < 0 || end16 < start16 || start16 > start || end16 > end || end16-start16 > end-start:
		return 0, 0, fmt.Errorf("%w: %s span [%d, %d) in UTF-16 units cannot be [%d, %d) in bytes", ErrInvalidOffset, what, start16, end16, start, end)
	}
	return start16, end16, nil
}

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

// spanShift is how many more bytes than UTF-16 code units of the caption
// come before a span's Start and before its End. It is zero for a caption
// that is ASCII up to the span's End, so a Finding, Label or Edit built by
// hand for an ASCII caption needs none; Check sets it (see fillUTF16), and
// the JSON readers set it from start_utf16 and end_utf16.
type spanShift struct {
	start, end int
}

// shiftOf returns the shift of [start, end) given the UTF-16 position of
// start, which the caller has counted.
func shiftOf(caption string, start, end, start16 int) spanShift {
	end16 := start16 + countChars(caption[start:end], unitUTF16)
	return spanShift{start: start - start16, end: end - end16}
}

// fillUTF16 sets the UTF-16 shifts of r's findings, their fixes' edits
// and r's disclosures for caption, in one walk per list over the sorted
// starts. Spans outside the caption (which Check never makes) are left
// alone. It does not allocate.
func (r *Report) fillUTF16(caption string) {
	end := 0
	for i := range r.Findings {
		f := &r.Findings[i]
		end = max(end, f.End)
		for _, x := range f.Fixes {
			for _, e := range x.Edits {
				end = max(end, e.End)
			}
		}
	}
	for _, l := range r.Disclosures {
		end = max(end, l.End)
	}
	ascii := asciiPrefix(caption[:min(end, len(caption))])
	if ascii >= end {
		return // every span lies in ASCII text: every shift is zero
	}
	at, at16 := 0, 0
	for i := range r.Findings {
		f := &r.Findings[i]
		mark := utf16Mark{}
		if f.Start >= at && f.End >= f.Start && f.End <= len(caption) {
			at16 += countChars(caption[at:f.Start], unitUTF16)
			at = f.Start
			f.utf16 = shiftOf(caption, f.Start, f.End, at16)
			mark = utf16Mark{at: at, at16: at16}
		}
		fillEditsUTF16(f.Fixes, caption, ascii, mark)
	}
	fillLabelsUTF16(r.Disclosures, caption)
}

// utf16Mark is a byte offset into a caption, at, and the same place in
// UTF-16 code units, at16.
type utf16Mark struct {
	at, at16 int
}

// fillEditsUTF16 sets the UTF-16 shifts of fixes' edits for caption,
// whose first ascii bytes are ASCII: an edit that ends there has a zero
// shift. The others are counted from the nearest known place before
// them: the end of the fix's previous edit (a fix's edits are sorted), the
// finding's start (mark: where a fix's edit that removes or replaces a
// label begins), or the end of the ASCII prefix.
func fillEditsUTF16(fixes []Fix, caption string, ascii int, mark utf16Mark) {
	if mark.at < ascii {
		mark = utf16Mark{at: ascii, at16: ascii}
	}
	for _, x := range fixes {
		c := mark
		for k := range x.Edits {
			e := &x.Edits[k]
			if e.Start < 0 || e.End < e.Start || e.End > len(caption) {
				continue
			}
			if e.End <= ascii {
				e.utf16 = spanShift{}
				continue
			}
			if e.Start < c.at {
				c = mark
				if e.Start < c.at {
					c = utf16Mark{at: min(e.Start, ascii), at16: min(e.Start, ascii)}
				}
			}
			c.at16 += countChars(caption[c.at:e.Start], unitUTF16)
			e.utf16 = shiftOf(caption, e.Start, e.End, c.at16)
			c = utf16Mark{at: e.End, at16: e.End - e.utf16.end}
		}
	}
}

// fillLabelsUTF16 sets the UTF-16 shifts of labels, sorted by Start, for
// caption, as [Report.fillUTF16] does for a report's disclosures.
func fillLabelsUTF16(labels []Label, caption string) {
	at, at16 := 0, 0
	for i := range labels {
		l := &labels[i]
		if l.Start < at || l.End < l.Start || l.End > len(caption) {
			continue
		}
		at16 += countChars(caption[at:l.Start], unitUTF16)
		at = l.Start
		l.utf16 = shiftOf(caption, l.Start, l.End, at16)
	}
}

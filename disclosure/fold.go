package disclosure

import (
	"unicode/utf8"

	"github.com/influencekit/influencekit"
)

// countUnit is how a platform counts the characters of its visible prefix.
type countUnit uint8

const (
	unitUTF16 countUnit = iota // UTF-16 code units: an emoji outside the BMP is 2, as JavaScript's length
	unitRunes                  // Unicode code points
)

// foldRow is how much of a caption a platform shows before "more".
type foldRow struct {
	platform influencekit.Platform
	chars    int // visible prefix in characters; a label starting at or past it is below the fold
	unit     countUnit
}

// foldTable holds the visible prefixes. The character counts are the
// commonly reported figures of caption-truncation (ftc-101: "first three
// lines" on Instagram);
// the counting units are this package's assumption: web-client platforms
// (Instagram, TikTok, Facebook, LinkedIn) truncate JavaScript strings, in
// UTF-16 units; YouTube and Pinterest are counted in code points. X shows
// 280 characters in full and has no fold; nor do Twitch, Snapchat, Threads
// and blogs here. [Options.Fold] overrides any of them.
var foldTable = [...]foldRow{
	{influencekit.Instagram, 125, unitUTF16}, // Instagram feed caption (caption-truncation)
	{influencekit.TikTok, 150, unitUTF16},    // TikTok For You caption (caption-truncation)
	{influencekit.YouTube, 100, unitRunes},   // YouTube description above "...more" (caption-truncation)
	{influencekit.Facebook, 110, unitUTF16},  // Facebook mobile feed (caption-truncation)
	{influencekit.LinkedIn, 140, unitUTF16},  // LinkedIn feed "...see more" (caption-truncation)
	{influencekit.Pinterest, 50, unitRunes},  // Pinterest pin description (caption-truncation)
}

// countChars counts s in unit, invalid bytes as one each.
func countChars(s string, unit countUnit) int {
	ascii := asciiPrefix(s)
	if ascii == len(s) {
		return ascii // the common case: one byte, one character
	}
	s = s[ascii:]
	if unit != unitUTF16 {
		return ascii + utf8.RuneCountInString(s)
	}
	if utf8.ValidString(s) {
		// Valid text, the common case: each lead byte starts one unit,
		// or two for a four-byte sequence (above U+FFFF).
		n := ascii
		for i := 0; i < len(s); i++ {
			n += int(utf16Units[s[i]])
		}
		return n
	}
	n := ascii
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xF0 && c <= 0xF4 && utf8.FullRuneInString(s[i:]):
			// A 4-byte sequence, if valid, is above U+FFFF: a surrogate pair.
			_, size := utf8.DecodeRuneInString(s[i:])
			if size == 4 {
				n++
			}
			i += size
		default:
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		n++
	}
	return n
}

// utf16Units is, for each byte of valid UTF-8, the UTF-16 code units of
// the rune it starts: 1 for ASCII and two- and three-byte leads, 2 for
// four-byte leads, 0 for continuation bytes. Read-only.
var utf16Units = func() (t [256]uint8) {
	for b := range t {
		switch {
		case b < 0x80, b >= 0xC0 && b < 0xF0:
			t[b] = 1
		case b >= 0xF0:
			t[b] = 2
		}
	}
	return t
}()

// asciiPrefix returns the length of s's leading run of ASCII bytes. It
// tests eight bytes at a time.
func asciiPrefix(s string) int {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8] // eight bytes the compiler reads in one load
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if w&0x8080808080808080 != 0 {
			break
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return i
		}
	}
	return len(s)
}

// foldFact is where the best label starts against the platform's fold.
type foldFact struct {
	// at is the character (counted from 1) at which the best label
	// starts, exact only when past is set; chars is the platform's fold.
	at, chars int
	// past: the label starts at or past the fold.
	past bool
}

// foldOf returns where a label starting at byte start of p's caption
// stands against p's platform's fold under c and table m: the policy's
// fold ([Options].Fold), or the pack's, or the platform's own. A
// platform without a fold, or with 0, has none.
func (c *Checker) foldOf(m *matcher, p *Post, start int) foldFact {
	var x indexedFold
	if int(p.Platform) < len(c.foldIndex) {
		x = c.foldIndex[p.Platform]
	} else {
		x.row, x.ok = c.folds[p.Platform]
		x.set = c.foldSet[p.Platform]
	}
	row, ok := x.row, x.ok
	if len(m.table.folds) > 0 && !x.set {
		for _, f := range m.table.folds {
			if f.platform == p.Platform {
				if !ok {
					row = foldRow{platform: f.platform, unit: unitRunes}
				}
				row.chars, ok = f.chars, true
			}
		}
	}
	if !ok || row.chars <= 0 {
		return foldFact{}
	}
	if start < row.chars {
		// Fewer bytes than the fold's characters: no unit counts more
		// characters than bytes, so the label is before the fold.
		return foldFact{at: start + 1, chars: row.chars}
	}
	n := countChars(p.Caption[:start], row.unit)
	return foldFact{at: n + 1, chars: row.chars, past: n >= row.chars}
}

// foldIndexLen is how many platform values a Checker indexes its folds
// for: every declared platform, with room for more.
const foldIndexLen = 32

// indexedFold is a Checker's fold for one platform: row, if ok, and set
// when [Options].Fold names the platform.
type indexedFold struct {
	row     foldRow
	ok, set bool
}

// indexFolds indexes c's folds and foldSet by platform.
func (c *Checker) indexFolds() {
	for p := range c.foldIndex {
		x := &c.foldIndex[p]
		x.row, x.ok = c.folds[influencekit.Platform(p)]
		x.set = c.foldSet[influencekit.Platform(p)]
	}
}

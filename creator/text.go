package creator

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/influencekit/influencekit"
)

// fold returns s as the package compares words: lower case, accents
// removed (canonical decomposition without its combining marks: "è" is
// "e"), invisible format characters removed (a zero-width space or a soft
// hyphen), and every run of white space one space, none at either end. It
// tolerates how a text is typed and never changes which words it holds.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Cf, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// containsWords reports whether the folded text holds the folded phrase as
// whole words: neither the rune before it nor the rune after it is a
// letter or a digit.
func containsWords(text, phrase string) bool {
	if phrase == "" {
		return false
	}
	for from := 0; from <= len(text)-len(phrase); {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return false
		}
		start, end := from+i, from+i+len(phrase)
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		_, size := utf8.DecodeRuneInString(text[start:])
		from = start + size
	}
	return false
}

// isWordRune reports whether r is part of a word: a letter or a digit.
// utf8.RuneError, what the decoders return at either end of the text,
// is not.
func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// register is a register the package recognises in
// [Registration.Authority]: its name and the other names it accepts,
// compared after fold.
type register struct {
	name   string
	folded []string
	todo   string // what a creator without the registration does: "register", "open one"
}

func newRegister(name string, aliases ...string) register {
	r := register{name: name, folded: []string{fold(name)}, todo: "register"}
	for _, a := range aliases {
		r.folded = append(r.folded, fold(a))
	}
	return r
}

// account returns r for a register of accounts, whose holder opens one
// rather than registers.
func (r register) account() register {
	r.todo = "open one"
	return r
}

// names reports whether the folded authority names r.
func (r register) names(folded string) bool { return slices.Contains(r.folded, folded) }

// platformSet is a set of platforms.
type platformSet uint64

func platforms(ps ...influencekit.Platform) platformSet {
	var s platformSet
	for _, p := range ps {
		s |= 1 << p
	}
	return s
}

func (s platformSet) has(p influencekit.Platform) bool { return p < 64 && s&(1<<p) != 0 }

// allPlatformsBut is every declared platform except those given.
func allPlatformsBut(ps ...influencekit.Platform) platformSet {
	var s platformSet
	for _, p := range influencekit.Platforms() {
		s |= 1 << p
	}
	return s &^ platforms(ps...)
}

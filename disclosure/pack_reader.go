package disclosure

import (
	"fmt"
	"strings"
	"time"
)

// This file reads a pack file's lines into words and values: quoted
// strings, key=value attributes, counts and durations, each error naming
// its file, line and column.

// packReader reads one file's lines.
type packReader struct {
	file string
	line int
	text string // the line
}

// fail returns the error of a problem at byte col of the current line.
func (r *packReader) fail(col int, format string, args ...any) error {
	return &PackError{File: r.file, Line: r.line, Col: col + 1, Msg: fmt.Sprintf(format, args...)}
}

// word is one item of a line: a bare word, a quoted string, or key=value.
type word struct {
	col    int    // byte offset of its start in the line
	key    string // for key=value
	text   string // the word, the unquoted string or the value
	quoted bool   // text was quoted (a bare value or the value of key=value)
}

// words splits the current line into words. A quoted string is written
// in double quotes with \" and \\ as its only escapes.
func (r *packReader) words() ([]word, error) {
	var ws []word
	s := r.text
	i := 0
	for {
		for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
			i++
		}
		if i == len(s) {
			return ws, nil
		}
		w := word{col: i}
		start := i
		for i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '"' && s[i] != '=' {
			i++
		}
		if i < len(s) && s[i] == '=' {
			if i == start {
				return nil, r.fail(i, "expected a name before %q", "=")
			}
			w.key = s[start:i]
			i++
			start = i
		}
		if i < len(s) && s[i] == '"' {
			if i != start {
				return nil, r.fail(i, "expected a space before a quoted string")
			}
			var b strings.Builder
			i++
			for {
				if i == len(s) {
					return nil, r.fail(start, "expected a closing %q", `"`)
				}
				c := s[i]
				if c == '"' {
					i++
					break
				}
				if c == '\\' {
					if i+1 == len(s) || s[i+1] != '"' && s[i+1] != '\\' {
						return nil, r.fail(i, `expected \" or \\ after a backslash`)
					}
					i++
					c = s[i]
				}
				b.WriteByte(c)
				i++
			}
			if i < len(s) && s[i] != ' ' && s[i] != '\t' {
				return nil, r.fail(i, "expected a space after a quoted string")
			}
			w.text, w.quoted = b.String(), true
		} else {
			for i < len(s) && s[i] != ' ' && s[i] != '\t' {
				if s[i] == '"' || s[i] == '=' {
					return nil, r.fail(i, "expected a space before %q", s[i:i+1])
				}
				i++
			}
			w.text = s[start:i]
			if w.text == "" {
				return nil, r.fail(start, "expected a value after %q", w.key+"=")
			}
		}
		ws = append(ws, w)
	}
}

// lines calls fn with each line of text that is neither blank nor a
// comment (its first non-space byte is "#").
func (r *packReader) lines(text string, fn func() error) error {
	for r.line = 1; text != ""; r.line++ {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		r.text = strings.TrimSuffix(line, "\r")
		trimmed := strings.TrimLeft(r.text, " \t")
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		if err := fn(); err != nil {
			return err
		}
	}
	return nil
}

// sourceKey checks a source key's spelling: lower-case letters, digits
// and hyphens.
func (r *packReader) sourceKey(w word) error {
	if w.text == "" || strings.Trim(w.text, "abcdefghijklmnopqrstuvwxyz0123456789-") != "" {
		return r.fail(w.col, "expected a SOURCES.md key (lower-case letters, digits and hyphens), found %q", w.text)
	}
	if _, ok := LookupSource(w.text); !ok {
		return r.fail(w.col, "expected a key of SOURCES.md that LookupSource knows, found %q", w.text)
	}
	return nil
}

// isLanguageCode reports whether s is two lower-case ASCII letters.
func isLanguageCode(s string) bool {
	return len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'
}

// plainValue checks that w is a bare word, not key=value.
func (r *packReader) plainValue(w word) error {
	if w.key != "" {
		return r.fail(w.col, "expected a value, found %q", w.key+"=")
	}
	return nil
}

// quoted stores w's text in dst when it was written quoted and is not
// empty.
func (r *packReader) quoted(w word, dst *string) error {
	if !w.quoted || w.key != "" || strings.TrimSpace(w.text) == "" {
		return r.fail(w.col, "expected a non-empty quoted string")
	}
	*dst = w.text
	return nil
}

// count stores w as a whole number in [lo, hi].
func (r *packReader) count(w word, lo, hi int, dst *int) error {
	n := 0
	for i := 0; i < len(w.text); i++ {
		if w.text[i] < '0' || w.text[i] > '9' || n > hi {
			n = -1
			break
		}
		n = n*10 + int(w.text[i]-'0')
	}
	if w.quoted || w.key != "" || w.text == "" || n < lo || n > hi {
		return r.fail(w.col, "expected a whole number from %d to %d, found %q", lo, hi, w.text)
	}
	*dst = n
	return nil
}

// duration stores w, a positive whole number of seconds ("30s") or
// minutes ("15m").
func (r *packReader) duration(w word, dst *time.Duration) error {
	unit := time.Second
	num := strings.TrimSuffix(w.text, "s")
	if m, ok := strings.CutSuffix(w.text, "m"); ok {
		unit, num = time.Minute, m
	}
	n := 0
	if num != w.text && !w.quoted && w.key == "" {
		if err := r.count(word{col: w.col, text: num}, 1, 24*60*60, &n); err == nil {
			*dst = time.Duration(n) * unit
			return nil
		}
	}
	return r.fail(w.col, "expected a duration in whole seconds or minutes (\"30s\", \"15m\"), found %q", w.text)
}

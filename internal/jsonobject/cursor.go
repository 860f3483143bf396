package jsonobject

import (
	"encoding"
	"fmt"
	"math"
	"slices"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// Errors are the sentinels a Cursor's errors wrap, so that each package
// keeps its own messages ("contract: unknown field") while its sentinels
// wrap the root package's shared ones.
type Errors struct {
	Syntax    error // not well-formed JSON
	Unknown   error // a member the reader does not know
	Duplicate error // a member named twice
	WrongType error // a value of the wrong JSON type
	Number    error // a count that is not a whole number fitting an int64
}

// NewCursor returns a Cursor over data whose errors wrap errs and are
// built by wrap from the path of the value being read, the byte offset
// where reading stopped and the error.
func NewCursor(data []byte, errs Errors, wrap func(path string, offset int64, err error) error) Cursor {
	return Cursor{data: data, errs: errs, wrap: wrap}
}

// Trailing skips white space after the document and describes what
// follows it, if anything ("unexpected '{'"); ok is false at the end of
// the input.
func (d *Cursor) Trailing() (what string, ok bool) {
	d.skipSpace()
	if d.pos >= len(d.data) {
		return "", false
	}
	return d.describeNext(), true
}

// WrongType returns the error for a value of the wrong JSON type: want
// says what belongs there ("a date string"), t is what was found.
func (d *Cursor) WrongType(want string, t Token) error { return d.Fail(d.wrongType(want, t)) }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// Cursor reads one JSON document in one pass over the input, strictly and
// with a JSON path: the path of the value being read ("payment.schedule[1].due")
// is kept as it goes, so every error names it. It implements the JSON
// grammar of RFC 8259 itself: encoding/json's Decoder.Token costs about a
// thousand allocations for a typical contract, and its errors carry no
// path. Its rule for objects is [Each]'s: member names match exactly and
// appear once ([ReadObject]); JSON null reads as "absent".
//
// A reader builds one with [NewCursor], giving the sentinels its errors
// wrap ([Errors]) and the function that turns a path, a byte offset and an
// error into its own error type (contract's *ParseError), then reads the
// document with [ReadObject] and the typed readers ([Cursor.Str],
// [Cursor.Integer], [Cursor.Text], [ReadList], ...), calling its own
// reader for each member. A Cursor is not safe for concurrent use; each
// read makes its own.
type Cursor struct {
	data []byte
	pos  int
	path []byte // the JSON path of the value being read, built in place
	errs Errors
	wrap func(path string, offset int64, err error) error
}

// Enter appends a member name to the path and returns the mark
// [Cursor.Leave] restores.
func (d *Cursor) Enter(key string) int {
	mark := len(d.path)
	if mark > 0 {
		d.path = append(d.path, '.')
	}
	d.path = append(d.path, key...)
	return mark
}

// EnterIndex appends an array index to the path and returns the mark
// [Cursor.Leave] restores.
func (d *Cursor) EnterIndex(i int) int {
	mark := len(d.path)
	d.path = append(d.path, '[')
	d.path = strconv.AppendInt(d.path, int64(i), 10)
	d.path = append(d.path, ']')
	return mark
}

// Leave restores the path to a mark [Cursor.Enter] or [Cursor.EnterIndex]
// returned.
func (d *Cursor) Leave(mark int) { d.path = d.path[:mark] }

// The token kinds: the first byte of the value.
const (
	KindObject = '{'
	KindArray  = '['
	KindString = '"'
	KindNumber = '0'
	KindTrue   = 't'
	KindFalse  = 'f'
	KindNull   = 'n'
)

// Token is one JSON value's start: a bracket, or a whole scalar.
type Token struct {
	Kind byte   // KindObject, KindArray, KindString, KindNumber, KindTrue, KindFalse or KindNull
	Text string // the decoded string, or the number as written
}

// Fail returns err as the reader's error at the current path and offset.
func (d *Cursor) Fail(err error) error {
	return d.wrap(string(d.path), int64(d.pos), err)
}

// Unknown returns the error for the member being read, which the reader
// does not know: it wraps [Errors] Unknown.
func (d *Cursor) Unknown() error {
	return d.Fail(d.errs.Unknown)
}

func (d *Cursor) syntax(want string) error {
	return d.Fail(fmt.Errorf("%w: %s at byte %d, want %s", d.errs.Syntax, d.describeNext(), d.pos, want))
}

// describeNext names what is at the read position, for error messages.
func (d *Cursor) describeNext() string {
	if d.pos >= len(d.data) {
		return "unexpected end of input"
	}
	r, _ := utf8.DecodeRune(d.data[d.pos:])
	return "unexpected " + strconv.QuoteRune(r)
}

func (d *Cursor) skipSpace() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// consume skips white space and then the byte c if it is next.
func (d *Cursor) consume(c byte) bool {
	d.skipSpace()
	if d.pos < len(d.data) && d.data[d.pos] == c {
		d.pos++
		return true
	}
	return false
}

// Value reads the start of the next value: an opening bracket, or a whole
// string, number or literal.
func (d *Cursor) Value() (Token, error) {
	kind, text, err := d.ValueBytes()
	return Token{Kind: kind, Text: string(text)}, err
}

// ValueBytes reads the start of the next value as [Cursor.Value] does, but
// returns a string's decoded text or a number as written as bytes: a
// subslice of the input, unless the string holds escapes or invalid UTF-8.
// A reader that switches on the text or hands it to an UnmarshalText
// allocates nothing for it.
func (d *Cursor) ValueBytes() (kind byte, text []byte, err error) {
	d.skipSpace()
	if d.pos >= len(d.data) {
		return 0, nil, d.syntax("a value")
	}
	switch c := d.data[d.pos]; c {
	case '{', '[':
		d.pos++
		return c, nil, nil
	case '"':
		s, err := d.stringBytes()
		return KindString, s, err
	case 't':
		t, err := d.literal("true", KindTrue)
		return t.Kind, nil, err
	case 'f':
		t, err := d.literal("false", KindFalse)
		return t.Kind, nil, err
	case 'n':
		t, err := d.literal("null", KindNull)
		return t.Kind, nil, err
	}
	start := d.pos
	if err := d.skipNumber(); err != nil {
		return 0, nil, err
	}
	return KindNumber, d.data[start:d.pos], nil
}

// NextMember moves to the next member of the object being read: after its
// '{' (from [Cursor.Value]), with first true, or after the previous
// member's value. It reads the ',' between members, then the member's name
// and its ':'; more is false, and the '}' read, when the object ends. name
// is the decoded name, a subslice of the input unless it holds escapes or
// invalid UTF-8. It neither checks the name nor enters it in the path:
// [ReadObject] does both, and a reader with a fixed set of members
// switches on string(name) without allocating.
func (d *Cursor) NextMember(first bool) (name []byte, more bool, err error) {
	if d.consume('}') {
		return nil, false, nil
	}
	if !first && !d.consume(',') {
		return nil, false, d.syntax("',' or '}'")
	}
	d.skipSpace()
	if d.pos >= len(d.data) || d.data[d.pos] != '"' {
		return nil, false, d.syntax("a member name")
	}
	if name, err = d.stringBytes(); err != nil {
		return nil, false, err
	}
	if !d.consume(':') {
		return nil, false, d.syntax("':'")
	}
	return name, true, nil
}

// NextElement moves to the next element of the array being read: after
// its '[' (from [Cursor.Value]), with first true, or after the previous
// element. It reads the ',' between elements; more is false, and the ']'
// read, when the array ends.
func (d *Cursor) NextElement(first bool) (more bool, err error) {
	if d.consume(']') {
		return false, nil
	}
	if !first && !d.consume(',') {
		return false, d.syntax("',' or ']'")
	}
	return true, nil
}

func (d *Cursor) literal(word string, kind byte) (Token, error) {
	if len(d.data)-d.pos < len(word) || string(d.data[d.pos:d.pos+len(word)]) != word {
		return Token{}, d.syntax("a value")
	}
	d.pos += len(word)
	return Token{Kind: kind}, nil
}

// The grammar of a number: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?.

// skipNumber moves past the number at the read position.
func (d *Cursor) skipNumber() error {
	if d.pos < len(d.data) && d.data[d.pos] == '-' {
		d.pos++
	}
	switch {
	case d.pos < len(d.data) && d.data[d.pos] == '0':
		d.pos++
	case d.pos < len(d.data) && '1' <= d.data[d.pos] && d.data[d.pos] <= '9':
		d.digits()
	default:
		return d.syntax("a value")
	}
	if d.pos < len(d.data) && d.data[d.pos] == '.' {
		d.pos++
		if d.digits() == 0 {
			return d.syntax("a digit after the decimal point")
		}
	}
	if d.pos < len(d.data) && (d.data[d.pos] == 'e' || d.data[d.pos] == 'E') {
		d.pos++
		if d.pos < len(d.data) && (d.data[d.pos] == '+' || d.data[d.pos] == '-') {
			d.pos++
		}
		if d.digits() == 0 {
			return d.syntax("a digit in the exponent")
		}
	}
	return nil
}

func (d *Cursor) digits() int {
	start := d.pos
	for d.pos < len(d.data) && isDigit(d.data[d.pos]) {
		d.pos++
	}
	return d.pos - start
}

// stringBytes reads a JSON string starting at its opening quote and
// returns its decoded text: a subslice of the input when it holds no
// escapes and is valid UTF-8. Like encoding/json, it replaces invalid
// UTF-8 and unpaired surrogates with U+FFFD, so the text always marshals
// back unchanged.
func (d *Cursor) stringBytes() ([]byte, error) {
	d.pos++ // the opening quote
	start := d.pos
	// Fast path: no escapes and valid UTF-8 need no copy.
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			s := d.data[start:d.pos]
			d.pos++
			return s, nil
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRune(d.data[d.pos:])
			if r == utf8.RuneError && size == 1 {
				return d.slowString(start)
			}
			d.pos += size
			continue
		case c == '\\':
			return d.slowString(start)
		case c < 0x20:
			return nil, d.syntax("a closing quote (control characters must be escaped)")
		}
		d.pos++
	}
	return nil, d.syntax("a closing quote")
}

func (d *Cursor) slowString(start int) ([]byte, error) {
	buf := make([]byte, 0, d.pos-start+16)
	buf = append(buf, d.data[start:d.pos]...)
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			d.pos++
			return buf, nil
		case c < 0x20:
			return nil, d.syntax("a closing quote (control characters must be escaped)")
		case c == '\\':
			d.pos++
			if d.pos >= len(d.data) {
				return nil, d.syntax("an escape")
			}
			e := d.data[d.pos]
			d.pos++
			switch e {
			case '"', '\\', '/':
				buf = append(buf, e)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			case 'u':
				r, ok := d.hex4()
				if !ok {
					return nil, d.syntax("four hex digits after \\u")
				}
				if utf16.IsSurrogate(r) {
					r = d.lowSurrogate(r)
				}
				buf = utf8.AppendRune(buf, r)
			default:
				d.pos--
				return nil, d.syntax("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)")
			}
		case c < utf8.RuneSelf:
			buf = append(buf, c)
			d.pos++
		default:
			r, size := utf8.DecodeRune(d.data[d.pos:])
			buf = utf8.AppendRune(buf, r) // RuneError for invalid bytes
			d.pos += size
		}
	}
	return nil, d.syntax("a closing quote")
}

// lowSurrogate pairs the high surrogate hi with a following \uXXXX low
// surrogate, or returns U+FFFD and leaves the input where it was.
func (d *Cursor) lowSurrogate(hi rune) rune {
	save := d.pos
	if d.pos+1 < len(d.data) && d.data[d.pos] == '\\' && d.data[d.pos+1] == 'u' {
		d.pos += 2
		if lo, ok := d.hex4(); ok {
			if r := utf16.DecodeRune(hi, lo); r != utf8.RuneError {
				return r
			}
		}
	}
	d.pos = save
	return utf8.RuneError
}

func (d *Cursor) hex4() (rune, bool) {
	if len(d.data)-d.pos < 4 {
		return 0, false
	}
	var r rune
	for _, c := range d.data[d.pos : d.pos+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	d.pos += 4
	return r, true
}

// Raw reads the next value whole, nested values included, and returns its
// text: a subslice of the input without the white space around it ("null"
// for null). The value is checked against the same grammar as
// [Cursor.Value]'s and its syntax errors are the same, but nothing is
// decoded and nothing allocated (but for values nested more than 64 deep),
// so a reader can hand a value to a type that reads itself (its
// UnmarshalJSON) and still report every syntax error with its path.
func (d *Cursor) Raw() ([]byte, error) {
	d.skipSpace()
	start := d.pos
	var openBuf [64]byte
	open := openBuf[:0] // the brackets around the read position, innermost last
	for {
		// A value.
		d.skipSpace()
		if d.pos >= len(d.data) {
			return nil, d.syntax("a value")
		}
		switch c := d.data[d.pos]; c {
		case '{', '[':
			d.pos++
			open = append(open, c)
			if d.consume(c + 2) { // '{'+2 is '}', '['+2 is ']'
				open = open[:len(open)-1]
				break
			}
			if c == '{' {
				if err := d.memberName(); err != nil {
					return nil, err
				}
			}
			continue
		case '"':
			if err := d.skipString(); err != nil {
				return nil, err
			}
		case 't':
			if _, err := d.literal("true", KindTrue); err != nil {
				return nil, err
			}
		case 'f':
			if _, err := d.literal("false", KindFalse); err != nil {
				return nil, err
			}
		case 'n':
			if _, err := d.literal("null", KindNull); err != nil {
				return nil, err
			}
		default:
			if err := d.skipNumber(); err != nil {
				return nil, err
			}
		}
		// After a value: the next member or element, or closing brackets.
		for {
			if len(open) == 0 {
				return d.data[start:d.pos], nil
			}
			closing := open[len(open)-1] + 2
			if d.consume(closing) {
				open = open[:len(open)-1]
				continue
			}
			if !d.consume(',') {
				return nil, d.syntax(fmt.Sprintf("',' or '%c'", closing))
			}
			if closing == '}' {
				if err := d.memberName(); err != nil {
					return nil, err
				}
			}
			break
		}
	}
}

// memberName moves past a member name and its colon, for [Cursor.Raw].
func (d *Cursor) memberName() error {
	d.skipSpace()
	if d.pos >= len(d.data) || d.data[d.pos] != '"' {
		return d.syntax("a member name")
	}
	if err := d.skipString(); err != nil {
		return err
	}
	if !d.consume(':') {
		return d.syntax("':'")
	}
	return nil
}

// skipString moves past the string at the read position, checking it as
// [Cursor.string] does, without decoding it.
func (d *Cursor) skipString() error {
	d.pos++ // the opening quote
	for d.pos < len(d.data) {
		switch c := d.data[d.pos]; {
		case c == '"':
			d.pos++
			return nil
		case c < 0x20:
			return d.syntax("a closing quote (control characters must be escaped)")
		case c == '\\':
			d.pos++
			if d.pos >= len(d.data) {
				return d.syntax("an escape")
			}
			switch d.data[d.pos] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				d.pos++
			case 'u':
				d.pos++
				if _, ok := d.hex4(); !ok {
					return d.syntax("four hex digits after \\u")
				}
			default:
				return d.syntax("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)")
			}
		default:
			d.pos++
		}
	}
	return d.syntax("a closing quote")
}

// ReadObject reads an object member by member into *v through field,
// with d.path naming each member while field reads it; it returns false
// for null. Members are matched exactly and may appear once.
func ReadObject[T any](d *Cursor, v *T, field func(*T, *Cursor, string) error) (bool, error) {
	t, err := d.Value()
	if err != nil {
		return false, err
	}
	if t.Kind == KindNull {
		return false, nil
	}
	if t.Kind != KindObject {
		return false, d.Fail(d.wrongType("an object", t))
	}
	var seenBuf [24]string
	seen := seenBuf[:0]
	for first := true; ; first = false {
		name, more, err := d.NextMember(first)
		if err != nil {
			return false, err
		}
		if !more {
			return true, nil
		}
		key := string(name)
		mark := d.Enter(key)
		if slices.Contains(seen, key) {
			return false, d.Fail(d.errs.Duplicate)
		}
		seen = append(seen, key)
		if err := field(v, d, key); err != nil {
			return false, err
		}
		d.Leave(mark)
	}
}

// ReadSection reads an object into the value section *v; null leaves it
// unchanged.
func ReadSection[T any](d *Cursor, v *T, field func(*T, *Cursor, string) error) error {
	_, err := ReadObject(d, v, field)
	return err
}

// ReadOptional reads an object into a new *T stored in *dst; null leaves
// *dst nil.
func ReadOptional[T any](d *Cursor, dst **T, field func(*T, *Cursor, string) error) error {
	v := new(T)
	present, err := ReadObject(d, v, field)
	if err != nil || !present {
		return err
	}
	*dst = v
	return nil
}

// ObjectElem adapts an object reader to [ReadList]; a null element is the
// zero value.
func ObjectElem[T any](field func(*T, *Cursor, string) error) func(*T, *Cursor) error {
	return func(v *T, d *Cursor) error {
		_, err := ReadObject(d, v, field)
		return err
	}
}

// ReadList reads an array, each element through elem with d.path naming
// its index. null and [] both leave *dst nil.
func ReadList[T any](d *Cursor, dst *[]T, elem func(*T, *Cursor) error) error {
	t, err := d.Value()
	if err != nil {
		return err
	}
	if t.Kind == KindNull {
		return nil
	}
	if t.Kind != KindArray {
		return d.Fail(d.wrongType("an array", t))
	}
	var list []T
	for i := 0; ; i++ {
		more, err := d.NextElement(i == 0)
		if err != nil {
			return err
		}
		if !more {
			break
		}
		list = append(list, *new(T))
		mark := d.EnterIndex(i)
		if err := elem(&list[i], d); err != nil {
			return err
		}
		d.Leave(mark)
	}
	*dst = list
	return nil
}

// Strings reads an array of strings; null and [] leave *dst nil.
func (d *Cursor) Strings(dst *[]string) error {
	return ReadList(d, dst, func(v *string, d *Cursor) error { return d.Str(v) })
}

// Str reads a string; null leaves *dst unchanged.
func (d *Cursor) Str(dst *string) error {
	t, err := d.Value()
	if err != nil || t.Kind == KindNull {
		return err
	}
	if t.Kind != KindString {
		return d.Fail(d.wrongType("a string", t))
	}
	*dst = t.Text
	return nil
}

// Integer reads a whole number that fits in an int64; null leaves *dst
// unchanged.
func (d *Cursor) Integer(dst *int64) error {
	t, err := d.Value()
	if err != nil || t.Kind == KindNull {
		return err
	}
	if t.Kind != KindNumber {
		return d.Fail(d.wrongType("a whole number", t))
	}
	v, err := strconv.ParseInt(t.Text, 10, 64)
	if err != nil {
		return d.Fail(fmt.Errorf("%w %s: want a whole number from %d to %d", d.errs.Number, truncate(t.Text, 40), int64(math.MinInt64), int64(math.MaxInt64)))
	}
	*dst = v
	return nil
}

// Boolean reads true or false; null leaves *dst unchanged.
func (d *Cursor) Boolean(dst *bool) error {
	t, err := d.Value()
	if err != nil || t.Kind == KindNull {
		return err
	}
	if t.Kind != KindTrue && t.Kind != KindFalse {
		return d.Fail(d.wrongType("true or false", t))
	}
	*dst = t.Kind == KindTrue
	return nil
}

// Text reads a string through an encoding.TextUnmarshaler (dates, enums);
// null leaves the value unchanged.
func (d *Cursor) Text(dst encoding.TextUnmarshaler) error {
	kind, text, err := d.ValueBytes()
	if err != nil || kind == KindNull {
		return err
	}
	if kind != KindString {
		return d.Fail(d.wrongType("a string", Token{Kind: kind, Text: string(text)}))
	}
	if err := dst.UnmarshalText(text); err != nil {
		return d.Fail(err)
	}
	return nil
}

// DecimalText reads a JSON string or number as decimal text without going
// through float64. It returns false for null.
func (d *Cursor) DecimalText() (string, bool, error) {
	t, err := d.Value()
	if err != nil || t.Kind == KindNull {
		return "", false, err
	}
	if t.Kind != KindNumber && t.Kind != KindString {
		return "", false, d.Fail(d.wrongType("a decimal number or string", t))
	}
	return t.Text, true, nil
}

// wrongType describes a value of the wrong JSON type.
func (d *Cursor) wrongType(want string, t Token) error {
	var got string
	switch t.Kind {
	case KindObject:
		got = "an object"
	case KindArray:
		got = "an array"
	case KindString:
		got = "the string " + strconv.Quote(truncate(t.Text, 40))
	case KindNumber:
		got = "the number " + truncate(t.Text, 40)
	case KindTrue:
		got = "true"
	case KindFalse:
		got = "false"
	default:
		got = "null"
	}
	return fmt.Errorf("%w: want %s, got %s", d.errs.WrongType, want, got)
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

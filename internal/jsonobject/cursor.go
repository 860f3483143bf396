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
	d.skipSpace()
	if d.pos >= len(d.data) {
		return Token{}, d.syntax("a value")
	}
	switch c := d.data[d.pos]; c {
	case '{', '[':
		d.pos++
		return Token{Kind: c}, nil
	case '"':
		s, err := d.string()
		return Token{Kind: KindString, Text: s}, err
	case 't':
		return d.literal("true", KindTrue)
	case 'f':
		return d.literal("false", KindFalse)
	case 'n':
		return d.literal("null", KindNull)
	}
	return d.number()
}

func (d *Cursor) literal(word string, kind byte) (Token, error) {
	if len(d.data)-d.pos < len(word) || string(d.data[d.pos:d.pos+len(word)]) != word {
		return Token{}, d.syntax("a value")
	}
	d.pos += len(word)
	return Token{Kind: kind}, nil
}

// number reads -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?.
func (d *Cursor) number() (Token, error) {
	start := d.pos
	if d.pos < len(d.data) && d.data[d.pos] == '-' {
		d.pos++
	}
	switch {
	case d.pos < len(d.data) && d.data[d.pos] == '0':
		d.pos++
	case d.pos < len(d.data) && '1' <= d.data[d.pos] && d.data[d.pos] <= '9':
		d.digits()
	default:
		return Token{}, d.syntax("a value")
	}
	if d.pos < len(d.data) && d.data[d.pos] == '.' {
		d.pos++
		if d.digits() == 0 {
			return Token{}, d.syntax("a digit after the decimal point")
		}
	}
	if d.pos < len(d.data) && (d.data[d.pos] == 'e' || d.data[d.pos] == 'E') {
		d.pos++
		if d.pos < len(d.data) && (d.data[d.pos] == '+' || d.data[d.pos] == '-') {
			d.pos++
		}
		if d.digits() == 0 {
			return Token{}, d.syntax("a digit in the exponent")
		}
	}
	return Token{Kind: KindNumber, Text: string(d.data[start:d.pos])}, nil
}

func (d *Cursor) digits() int {
	start := d.pos
	for d.pos < len(d.data) && isDigit(d.data[d.pos]) {
		d.pos++
	}
	return d.pos - start
}

// string reads a JSON string starting at its opening quote. Like
// encoding/json, it replaces invalid UTF-8 and unpaired surrogates with
// U+FFFD, so the text always marshals back unchanged.
func (d *Cursor) string() (string, error) {
	d.pos++ // the opening quote
	start := d.pos
	// Fast path: no escapes and valid UTF-8 need one allocation.
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			s := d.data[start:d.pos]
			d.pos++
			return string(s), nil
		case c == '\\' || c >= utf8.RuneSelf:
			return d.slowString(start)
		case c < 0x20:
			return "", d.syntax("a closing quote (control characters must be escaped)")
		}
		d.pos++
	}
	return "", d.syntax("a closing quote")
}

func (d *Cursor) slowString(start int) (string, error) {
	buf := make([]byte, 0, d.pos-start+16)
	buf = append(buf, d.data[start:d.pos]...)
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			d.pos++
			return string(buf), nil
		case c < 0x20:
			return "", d.syntax("a closing quote (control characters must be escaped)")
		case c == '\\':
			d.pos++
			if d.pos >= len(d.data) {
				return "", d.syntax("an escape")
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
					return "", d.syntax("four hex digits after \\u")
				}
				if utf16.IsSurrogate(r) {
					r = d.lowSurrogate(r)
				}
				buf = utf8.AppendRune(buf, r)
			default:
				d.pos--
				return "", d.syntax("an escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u)")
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
	return "", d.syntax("a closing quote")
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
	for first := true; !d.consume('}'); first = false {
		if !first && !d.consume(',') {
			return false, d.syntax("',' or '}'")
		}
		d.skipSpace()
		if d.pos >= len(d.data) || d.data[d.pos] != '"' {
			return false, d.syntax("a member name")
		}
		key, err := d.string()
		if err != nil {
			return false, err
		}
		if !d.consume(':') {
			return false, d.syntax("':'")
		}
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
	return true, nil
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
	for i := 0; !d.consume(']'); i++ {
		if i > 0 && !d.consume(',') {
			return d.syntax("',' or ']'")
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
	t, err := d.Value()
	if err != nil || t.Kind == KindNull {
		return err
	}
	if t.Kind != KindString {
		return d.Fail(d.wrongType("a string", t))
	}
	if err := dst.UnmarshalText([]byte(t.Text)); err != nil {
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

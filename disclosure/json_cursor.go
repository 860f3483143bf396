package disclosure

import (
	"bytes"
	"encoding/json"
	"errors"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/internal/jsonobject"
)

// The one-pass readers of the Post and Segment forms, on
// internal/jsonobject's Cursor. Their messages are the ones the
// encoding/json readers of the other forms give (decodeStrict), member
// paths in encoding/json's form ("transcript.text").

// form is one object of a JSON form, as its reader's messages name it.
type form struct {
	top    string // the document's form: "post"
	what   string // this object, for member errors: "post transcript"
	prefix string // this object's members' path in type errors: "transcript."
}

var (
	postForm          = form{top: "post", what: "post"}
	transcriptForm    = form{top: "post", what: "post transcript", prefix: "transcript."}
	brandIdentityForm = form{top: "post", what: "post brand_identity", prefix: "brand_identity."}
	segmentForm       = form{top: "segment", what: "segment"}
	overlaysForm      = form{top: "post", what: "post overlays", prefix: "overlays."}
	overlayForm       = form{top: "overlay", what: "overlay"}
)

// typeError is the error for a value of JSON kind kind (a
// jsonobject.Kind*) at the member path member of f ("" for the document
// itself), where want belongs ("a string").
func (f form) typeError(member string, kind byte, want string) error {
	if member == "" {
		return jsonError(influencekit.ErrJSONType, "a JSON %s where a %s object belongs", kindName(kind), f.top)
	}
	return jsonError(influencekit.ErrJSONType, "%s %q is a JSON %s, want %s", f.top, f.prefix+member, kindName(kind), want)
}

// kindName names a JSON kind as encoding/json's UnmarshalTypeError does.
func kindName(kind byte) string {
	switch kind {
	case jsonobject.KindString:
		return "string"
	case jsonobject.KindNumber:
		return "number"
	case jsonobject.KindTrue, jsonobject.KindFalse:
		return "bool"
	case jsonobject.KindArray:
		return "array"
	}
	return "object"
}

// cursorErrors and cursorError make a Cursor's errors plain: the readers
// word every error but syntax themselves, and syntaxFirst words that one.
var cursorErrors = jsonobject.Errors{Syntax: ErrInvalidJSON, Unknown: ErrInvalidJSON, Duplicate: ErrInvalidJSON,
	WrongType: ErrInvalidJSON, Number: ErrInvalidJSON}

func cursorError(_ string, _ int64, err error) error { return err }

// errTrailing stands for text after the document until syntaxFirst words
// it.
var errTrailing = errors.New("disclosure: text after the JSON value")

// atEnd returns errTrailing unless only white space follows the document.
func atEnd(d *jsonobject.Cursor) error {
	if _, more := d.Trailing(); more {
		return errTrailing
	}
	return nil
}

// syntaxFirst returns the error of a reader of f that failed on data with
// err: encoding/json's syntax error, worded as decodeStrict words it, when
// data is not JSON at all (wherever the fault is), and err otherwise. It
// runs on the error path only.
func syntaxFirst(data []byte, f form, err error) error {
	if json.Valid(data) {
		return err
	}
	var syntax *json.SyntaxError
	if errors.As(json.Unmarshal(data, new(json.RawMessage)), &syntax) {
		return jsonError(influencekit.ErrJSONSyntax, "%s at byte %d of the %s", syntax.Error(), syntax.Offset, f.top)
	}
	return jsonError(influencekit.ErrJSONSyntax, "%v of the %s", err, f.top)
}

// readValue reads an object at the member path member of f ("" for the
// document) with members, once its '{' is read; null is skipped.
func readValue(d *jsonobject.Cursor, f form, member string, members func() error) error {
	kind, _, err := d.ValueBytes()
	switch {
	case err != nil || kind == jsonobject.KindNull:
		return err
	case kind != jsonobject.KindObject:
		return f.typeError(member, kind, "a "+f.top+" object")
	}
	return members()
}

// readMembers reads the members of an object, its '{' read, with member,
// which reads the value of a member it knows and reports false, reading
// nothing, for one it does not. A name not known or given twice is an
// error naming it.
func readMembers(d *jsonobject.Cursor, f form, member func(name []byte) (known bool, err error)) error {
	var seenBuf [16][]byte
	seen := seenBuf[:0]
	for first := true; ; first = false {
		name, more, err := d.NextMember(first)
		if err != nil || !more {
			return err
		}
		for _, s := range seen {
			if bytes.Equal(s, name) {
				return jsonError(influencekit.ErrRepeatedMember, "%s has member %q twice", f.what, name)
			}
		}
		known, err := member(name)
		switch {
		case err != nil:
			return err
		case !known:
			return jsonError(influencekit.ErrUnknownMember, "%s has no member %q", f.what, name)
		}
		seen = append(seen, name)
	}
}

// readString reads a string into *dst; null keeps it. present, when not
// nil, is set when the value is not null.
func readString(d *jsonobject.Cursor, f form, member string, dst *string, present *bool) error {
	kind, text, err := d.ValueBytes()
	switch {
	case err != nil || kind == jsonobject.KindNull:
		return err
	case kind != jsonobject.KindString:
		return f.typeError(member, kind, "a string")
	}
	*dst = string(text)
	if present != nil {
		*present = true
	}
	return nil
}

// readStrings reads a list of strings into *dst: null is nil, [] an empty
// list, a null element "".
func readStrings(d *jsonobject.Cursor, f form, member string, dst *[]string) error {
	kind, _, err := d.ValueBytes()
	switch {
	case err != nil:
		return err
	case kind == jsonobject.KindNull:
		*dst = nil
		return nil
	case kind != jsonobject.KindArray:
		return f.typeError(member, kind, "an array")
	}
	list := []string{}
	for first := true; ; first = false {
		more, err := d.NextElement(first)
		if err != nil {
			return err
		}
		if !more {
			break
		}
		list = append(list, "")
		if err := readString(d, f, member, &list[len(list)-1], nil); err != nil {
			return err
		}
	}
	*dst = list
	return nil
}

// readEnum reads an enum's name with unmarshal, its UnmarshalText, whose
// error is returned as it is; null keeps the enum. (A method value rather
// than an encoding.TextUnmarshaler, so that the value read into does not
// escape.)
func readEnum(d *jsonobject.Cursor, f form, member string, unmarshal func([]byte) error) error {
	kind, text, err := d.ValueBytes()
	switch {
	case err != nil || kind == jsonobject.KindNull:
		return err
	case kind != jsonobject.KindString:
		return f.typeError(member, kind, "a string")
	}
	return unmarshal(text)
}

// readBool reads true or false; null keeps *dst.
func readBool(d *jsonobject.Cursor, f form, member string, dst *bool) error {
	kind, _, err := d.ValueBytes()
	switch {
	case err != nil || kind == jsonobject.KindNull:
		return err
	case kind != jsonobject.KindTrue && kind != jsonobject.KindFalse:
		return f.typeError(member, kind, "true or false")
	}
	*dst = kind == jsonobject.KindTrue
	return nil
}

// readSeconds reads a time in seconds with [seconds]' reader, whose
// errors it keeps; null keeps *dst.
func readSeconds(d *jsonobject.Cursor, dst *time.Duration) error {
	raw, err := d.Raw()
	if err != nil {
		return err
	}
	s := seconds(*dst)
	if err := s.UnmarshalJSON(raw); err != nil {
		return err
	}
	*dst = time.Duration(s)
	return nil
}

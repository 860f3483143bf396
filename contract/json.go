package contract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ErrNoJSONForm is wrapped by the error [Contract.MarshalJSON] returns for
// a contract built in Go that has no JSON form [Parse] reads back as the
// same contract: text that is not valid UTF-8, an enum value outside its
// constants, a percentage [Parse] would reject.
var ErrNoJSONForm = errors.New("contract: no JSON form")

// MarshalJSON implements json.Marshaler with the shape of the package
// documentation. Everything it writes, [Parse] reads back: it checks that
// the output parses and marshals again to the same bytes, and that every
// string is valid UTF-8 (encoding/json would replace bad bytes silently),
// and otherwise returns an error wrapping [ErrNoJSONForm] that names the
// JSON path.
func (c Contract) MarshalJSON() ([]byte, error) {
	if path, ok := invalidText(reflect.ValueOf(c), ""); !ok {
		return nil, fmt.Errorf("%w: %s is not valid UTF-8", ErrNoJSONForm, path)
	}
	type plain Contract // no methods: encoding/json's default encoding
	out, err := json.Marshal(plain(c))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrNoJSONForm, err)
	}
	back, err := Parse(out)
	if err != nil {
		return nil, fmt.Errorf("%w: Parse rejects what Marshal writes: %w", ErrNoJSONForm, err)
	}
	again, err := json.Marshal(plain(back))
	if err != nil || !bytes.Equal(again, out) {
		return nil, fmt.Errorf("%w: the JSON does not read back to the same contract", ErrNoJSONForm)
	}
	return out, nil
}

// invalidText walks v's exported fields and returns the JSON path of the
// first string that is not valid UTF-8.
func invalidText(v reflect.Value, path string) (string, bool) {
	switch v.Kind() {
	case reflect.String:
		return path, utf8.ValidString(v.String())
	case reflect.Pointer:
		if v.IsNil() {
			return "", true
		}
		return invalidText(v.Elem(), path)
	case reflect.Slice:
		for i := range v.Len() {
			if p, ok := invalidText(v.Index(i), path+"["+strconv.Itoa(i)+"]"); !ok {
				return p, false
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			p := name
			if path != "" {
				p = path + "." + name
			}
			if p, ok := invalidText(v.Field(i), p); !ok {
				return p, false
			}
		}
	}
	return "", true
}

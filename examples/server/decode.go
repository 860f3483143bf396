package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"mime"
	"net/http"
	"reflect"
	"strconv"
	"strings"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/internal/jsonobject"
	"github.com/influencekit/influencekit/pricing"
)

// Media types the API reads.
const (
	mediaJSON   = "application/json"
	mediaNDJSON = "application/x-ndjson"
)

// utf8BOM is the byte-order mark a UTF-8 body may start with. RFC 8259
// section 8.1 lets a reader ignore it; the server skips it.
var utf8BOM = []byte("\xEF\xBB\xBF")

// mediaType returns r's Content-Type without parameters, in lower case,
// and its charset parameter, in lower case; both empty when there is no
// Content-Type or it cannot be parsed.
func mediaType(r *http.Request) (mt, charset string) {
	ct := r.Header.Get("Content-Type")
	if ct == mediaJSON || ct == mediaNDJSON { // what clients send, read without a map of parameters
		return ct, ""
	}
	mt, params, err := mime.ParseMediaType(ct)
	if err != nil {
		return "", ""
	}
	return mt, strings.ToLower(params["charset"])
}

// acceptBody checks that r's body is of media type want in UTF-8 (no
// charset parameter, or charset=utf-8). It returns false after writing the
// 415 problem, which lists want in Accept-Post, when it is not.
func (s *server) acceptBody(w http.ResponseWriter, r *http.Request, want string) bool {
	mt, charset := mediaType(r)
	switch {
	case mt != want:
		p := problemUnsupportedMediaType(r.Header.Get("Content-Type"), want)
		if mt == mediaNDJSON && s.streamOf[r.URL.Path] != "" {
			p.Detail += "; NDJSON goes to " + s.streamOf[r.URL.Path]
		}
		s.unsupportedMediaType(w, r, want, p)
		return false
	case charset != "" && charset != "utf-8":
		s.unsupportedMediaType(w, r, want, problemUnsupportedCharset(charset))
		return false
	}
	return true
}

// readJSON reads r's body, at most cfg.maxBody bytes of application/json,
// with read (see decodeRequest). It returns false after writing the
// problem when the request cannot be read.
func (s *server) readJSON(w http.ResponseWriter, r *http.Request, read func(*jsonobject.Cursor) error) bool {
	data, ok := s.readBody(w, r)
	if !ok {
		return false
	}
	if err := decodeRequest(data, read); err != nil {
		s.problem(w, r, requestProblem(err))
		return false
	}
	return true
}

// readBody checks that r's body is application/json in UTF-8 and reads it,
// at most cfg.maxBody bytes, without a leading byte-order mark. It returns
// false after writing the problem when it cannot.
func (s *server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	if !s.acceptBody(w, r, mediaJSON) {
		return nil, false
	}
	var body bytes.Buffer
	if n := r.ContentLength; n > 0 && n <= s.cfg.maxBody {
		body.Grow(int(n) + bytes.MinRead) // one allocation, and room to see the end without growing
	}
	_, err := body.ReadFrom(http.MaxBytesReader(w, r.Body, s.cfg.maxBody))
	data := body.Bytes()
	if err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			s.problem(w, r, problemBodyTooLarge(s.cfg.maxBody))
			return nil, false
		}
		s.problem(w, r, problemMalformedJSON("reading the request body failed: "+err.Error()))
		return nil, false
	}
	return bytes.TrimPrefix(data, utf8BOM), true
}

// The errors of reading a request. Each wraps the root package's sentinel
// for its kind, so that errors.Is(err, influencekit.ErrUnknownMember)
// holds for the server's requests as for every package's JSON.
var (
	errSyntax         = influencekit.WrapSentinel("invalid JSON", influencekit.ErrJSONSyntax)
	errTrailingData   = influencekit.WrapSentinel("unexpected data after the JSON value", influencekit.ErrJSONSyntax)
	errEndsEarly      = influencekit.WrapSentinel("the JSON value ends early", influencekit.ErrJSONSyntax)
	errEmptyBody      = influencekit.WrapSentinel("the body is empty; send a JSON object", influencekit.ErrJSONSyntax)
	errUnknownMember  = influencekit.WrapSentinel("unknown member; names are matched exactly, case included", influencekit.ErrUnknownMember)
	errRepeatedMember = influencekit.WrapSentinel("the member appears twice", influencekit.ErrRepeatedMember)
	errWrongType      = influencekit.WrapSentinel("wrong JSON type", influencekit.ErrJSONType)
)

// errMalformedNumber is wrapped for a number where a whole number that
// fits in an int64 (or a count) belongs: its JSON type is right, its value
// is not.
var errMalformedNumber = errors.New("malformed number")

// requestErrors are the sentinels a request cursor's errors wrap.
var requestErrors = jsonobject.Errors{
	Syntax: errSyntax, Unknown: errUnknownMember, Duplicate: errRepeatedMember,
	WrongType: errWrongType, Number: errMalformedNumber,
}

// requestError is the error of reading a request body. Path is the JSON
// path of the offending value ("lines[0].quantity"), "" for the body
// itself; Offset is the byte offset where reading stopped. Err wraps one
// of the sentinels above, or is the error of a library type that rejected
// the value at Path (a *valueError).
type requestError struct {
	Path   string
	Offset int64
	Err    error
}

// newRequestError is the request cursor's error: a *requestError.
func newRequestError(path string, offset int64, err error) error {
	return &requestError{Path: path, Offset: offset, Err: err}
}

// Error reads "<path>: <what is wrong>", "body" standing for the document.
func (e *requestError) Error() string { return fieldName(e.Path) + ": " + e.Err.Error() }

// Unwrap returns Err.
func (e *requestError) Unwrap() error { return e.Err }

// valueError is the error of a library type that reads its own JSON
// (its UnmarshalJSON) for the value Raw, of type Type; Err is its error.
type valueError struct {
	Raw  []byte
	Type reflect.Type
	Err  error
}

func (e *valueError) Error() string { return e.Err.Error() }
func (e *valueError) Unwrap() error { return e.Err }

// negativeCountError is the error for a count below zero.
type negativeCountError struct{ Value int64 }

func (e *negativeCountError) Error() string {
	return fmt.Sprintf("is %d: it counts something, so it is a whole number, at least 0", e.Value)
}

// decodeRequest reads data, one JSON document, with read, on
// internal/jsonobject's strict cursor: member names are exact and appear
// once, values have their JSON type, counts are whole numbers of at least
// 0, values a library type reads are read by it, and nothing but white
// space follows the document. The error is a *requestError naming the
// JSON path of the offending value.
func decodeRequest(data []byte, read func(*jsonobject.Cursor) error) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return &requestError{Err: errEmptyBody}
	}
	d := jsonobject.NewCursor(data, requestErrors, newRequestError)
	if err := read(&d); err != nil {
		if re, ok := errors.AsType[*requestError](err); ok && errors.Is(err, errSyntax) && re.Offset >= int64(len(data)) {
			re.Err = errEndsEarly // wanting more at the end of the input: the body was cut short
		}
		return err
	}
	if _, ok := d.Trailing(); ok {
		return d.Fail(errTrailingData)
	}
	return nil
}

// readRequest returns the reader of a request object into v, field reading
// each member; a body that is not an object (null included) is an error.
func readRequest[T any](v *T, field func(*T, *jsonobject.Cursor, string) error) func(*jsonobject.Cursor) error {
	return func(d *jsonobject.Cursor) error {
		present, err := jsonobject.ReadObject(d, v, field)
		if err == nil && !present {
			return d.WrongType("a JSON object", jsonobject.Token{Kind: jsonobject.KindNull})
		}
		return err
	}
}

// readSelf reads the next value with v's own JSON reader, a library
// type's UnmarshalJSON, null included.
func readSelf(d *jsonobject.Cursor, v json.Unmarshaler) error {
	raw, err := d.Raw()
	if err != nil {
		return err
	}
	return unmarshalSelf(d, raw, v)
}

// readMoney reads an optional amount with pricing.Money's own reader;
// null leaves *dst nil.
func readMoney(d *jsonobject.Cursor, dst **pricing.Money) error {
	raw, err := d.Raw()
	if err != nil || string(raw) == "null" {
		return err
	}
	var m pricing.Money
	if err := unmarshalSelf(d, raw, &m); err != nil {
		return err
	}
	*dst = &m
	return nil
}

// unmarshalSelf reads raw, the value just read, into v with v's
// UnmarshalJSON; its error is a *valueError at the value's path.
func unmarshalSelf(d *jsonobject.Cursor, raw []byte, v json.Unmarshaler) error {
	if err := v.UnmarshalJSON(raw); err != nil {
		return d.Fail(&valueError{Raw: raw, Type: reflect.TypeOf(v), Err: err})
	}
	return nil
}

// readCount reads a count: a whole number from 0 to 2^63-1; null leaves
// *dst as it is.
func readCount(d *jsonobject.Cursor, dst *count) error {
	c, present, err := nextCount(d)
	if present {
		*dst = c
	}
	return err
}

// readOptionalCount reads a count that may be absent: null leaves *dst nil.
func readOptionalCount(d *jsonobject.Cursor, dst **count) error {
	c, present, err := nextCount(d)
	if present {
		*dst = &c
	}
	return err
}

// nextCount reads a count; present is false for null.
func nextCount(d *jsonobject.Cursor) (c count, present bool, err error) {
	t, err := d.Value()
	if err != nil || t.Kind == jsonobject.KindNull {
		return 0, false, err
	}
	if t.Kind != jsonobject.KindNumber {
		return 0, false, d.WrongType("a whole number, at least 0", t)
	}
	n, err := strconv.ParseInt(t.Text, 10, 64)
	switch {
	case err != nil:
		return 0, false, d.Fail(fmt.Errorf("%w %.40s: want a whole number from 0 to %d", errMalformedNumber, t.Text, int64(math.MaxInt64)))
	case n < 0:
		return 0, false, d.Fail(&negativeCountError{n})
	}
	return count(n), true, nil
}

// readCounts reads a list of counts; null and [] leave *dst nil.
func readCounts(d *jsonobject.Cursor, dst *[]count) error {
	return jsonobject.ReadList(d, dst, func(c *count, d *jsonobject.Cursor) error { return readCount(d, c) })
}

// requestProblem is the 400 for err, decodeRequest's error: malformed-json
// for text that is not one JSON document, invalid-value naming the JSON
// path of the offending value otherwise.
func requestProblem(err error) problem {
	re, ok := errors.AsType[*requestError](err)
	if !ok { // decodeRequest documents *requestError; keep the message anyway
		return problemInvalidValue("", err.Error())
	}
	if ve, ok := errors.AsType[*valueError](err); ok {
		field, detail := locateValueError(re.Path, ve)
		return problemInvalidValue(field, detail)
	}
	switch {
	case errors.Is(err, errEmptyBody):
		return problemMalformedJSON(errEmptyBody.Error())
	case errors.Is(err, errTrailingData):
		return problemMalformedJSON(fmt.Sprintf("%v, at byte offset %d", errTrailingData, re.Offset))
	case errors.Is(err, errEndsEarly):
		return problemMalformedJSON(errEndsEarly.Error())
	case errors.Is(err, influencekit.ErrJSONSyntax):
		return problemMalformedJSON(re.Err.Error())
	}
	if ne, ok := errors.AsType[*negativeCountError](err); ok {
		return problemInvalidValue(re.Path, re.Path+" "+ne.Error())
	}
	return problemInvalidValue(re.Path, re.Error())
}

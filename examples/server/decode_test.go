package main

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/internal/jsonobject"
	"github.com/influencekit/influencekit/pricing"
)

// TestRequestErrorsWrapTheRootSentinels holds the server's request reader
// to the library's one set of JSON errors: whatever reads the body, a
// caller tests errors.Is(err, influencekit.ErrUnknownMember) as for any
// package's JSON, and finds the JSON path in the *requestError.
func TestRequestErrorsWrapTheRootSentinels(t *testing.T) {
	rates := func(d *jsonobject.Cursor) error { var q ratesRequest; return readRequest(&q, (*ratesRequest).field)(d) }
	quote := func(d *jsonobject.Cursor) error { var q quoteRequest; return readRequest(&q, (*quoteRequest).field)(d) }
	allocate := func(d *jsonobject.Cursor) error {
		var q allocateRequest
		return readRequest(&q, (*allocateRequest).field)(d)
	}
	tests := []struct {
		why  string
		read func(*jsonobject.Cursor) error
		body string
		want error
		path string
	}{
		{"text that is not JSON", rates, `{"likes":1,}`, influencekit.ErrJSONSyntax, ""},
		{"a body cut short", rates, `{"likes":1`, influencekit.ErrJSONSyntax, ""},
		{"a second value after the first", rates, `{} {}`, influencekit.ErrJSONSyntax, ""},
		{"an empty body", rates, " \n", influencekit.ErrJSONSyntax, ""},
		{"a member the request has not", rates, `{"like":1}`, influencekit.ErrUnknownMember, "like"},
		{"a known name in another case", rates, `{"Likes":1}`, influencekit.ErrUnknownMember, "Likes"},
		{"a member given twice", rates, `{"likes":1,"likes":2}`, influencekit.ErrRepeatedMember, "likes"},
		{"a string where a count belongs", rates, `{"likes":"1"}`, influencekit.ErrJSONType, "likes"},
		{"an array where the request object belongs", rates, `[]`, influencekit.ErrJSONType, ""},
		{"null where the request object belongs", rates, `null`, influencekit.ErrJSONType, ""},
		{"an unknown member inside a line the server reads", quote, `{"lines":[{"qty":1}]}`, influencekit.ErrUnknownMember, "lines[0].qty"},
		{"a number where a platform's name belongs", quote, `{"lines":[{"platform":7}]}`, influencekit.ErrJSONType, "lines[0].platform"},
		{"a syntax error inside a value the library reads is the cursor's, at the value", quote, `{"terms":{"discount":}}`, influencekit.ErrJSONSyntax, "terms"},
		{"an unknown member inside pricing.Money, read by its own reader", allocate, `{"total":{"amount":"1","currency":"USD","x":1}}`, influencekit.ErrUnknownMember, "total"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			err := decodeRequest([]byte(tt.body), tt.read)
			require.ErrorIs(t, err, tt.want)
			re, ok := errors.AsType[*requestError](err)
			require.True(t, ok, "a %T, not a *requestError: %v", err, err)
			assert.Equal(t, tt.path, re.Path)
			assert.LessOrEqual(t, re.Offset, int64(len(tt.body)))
		})
	}
}

// TestRequestValueErrorsCarryTheValue: a value a library type rejects is
// kept, with its type, so that its problem can name the member inside it.
func TestRequestValueErrorsCarryTheValue(t *testing.T) {
	var p disclosure.Post
	err := decodeRequest([]byte(` {"caption":"#ad","platform":"myspace"} `), readPost(&p))
	ve, ok := errors.AsType[*valueError](err)
	require.True(t, ok, "%v", err)
	assert.JSONEq(t, `{"caption":"#ad","platform":"myspace"}`, string(ve.Raw))
	assert.Equal(t, reflect.TypeFor[*disclosure.Post](), ve.Type)
	assert.ErrorIs(t, err, influencekit.ErrUnknownPlatform, "the library's error is wrapped as it is")
}

// TestRequestReadersKnowTheirMembers proves that each hand-written reader
// and the struct tags the OpenAPI document is generated from spell the
// same members: every tag's name is read (null, as absent), and a name
// beside them is unknown.
func TestRequestReadersKnowTheirMembers(t *testing.T) {
	tests := []struct {
		of   reflect.Type
		read func(*jsonobject.Cursor) error
	}{
		{reflect.TypeFor[ratesRequest](), func(d *jsonobject.Cursor) error { var q ratesRequest; return readRequest(&q, (*ratesRequest).field)(d) }},
		{reflect.TypeFor[storyRequest](), func(d *jsonobject.Cursor) error { var q storyRequest; return readRequest(&q, (*storyRequest).field)(d) }},
		{reflect.TypeFor[quoteRequest](), func(d *jsonobject.Cursor) error { var q quoteRequest; return readRequest(&q, (*quoteRequest).field)(d) }},
		{reflect.TypeFor[allocateRequest](), func(d *jsonobject.Cursor) error {
			var q allocateRequest
			return readRequest(&q, (*allocateRequest).field)(d)
		}},
		{reflect.TypeFor[metricsRequest](), func(d *jsonobject.Cursor) error {
			var q metricsRequest
			return readRequest(&q, (*metricsRequest).field)(d)
		}},
		{reflect.TypeFor[dutiesRequest](), func(d *jsonobject.Cursor) error {
			var q dutiesRequest
			return readRequest(&q, (*dutiesRequest).field)(d)
		}},
		{reflect.TypeFor[pricing.Line](), func(d *jsonobject.Cursor) error { var l pricing.Line; return readRequest(&l, lineField)(d) }},
	}
	for _, tt := range tests {
		t.Run(tt.of.Name(), func(t *testing.T) {
			var names []string
			for _, f := range jsonFields(tt.of) {
				names = append(names, f.name)
			}
			require.NotEmpty(t, names)
			for _, name := range names {
				assert.NoError(t, decodeRequest([]byte(`{"`+name+`":null}`), tt.read), "member %q", name)
			}
			assert.ErrorIs(t, decodeRequest([]byte(`{"`+strings.Join(names, "_")+`_x":null}`), tt.read), influencekit.ErrUnknownMember)
		})
	}
}

// TestRequestProblems pins the answers to requests the cursor rejects
// that the route tests do not show.
func TestRequestProblems(t *testing.T) {
	s, _ := testServer(t, nil)
	tests := []struct {
		why, path, body string
		status          int
		field, detail   string
	}{
		{why: "a body cut short ends early, whatever route reads it", path: "/v1/engagement/rates", body: `{"likes":1,"reach":`,
			status: 400, detail: "the JSON value ends early"},
		{why: "data after the value names its offset", path: "/v1/engagement/rates", body: `{"reach":1} {"reach":2}`,
			status: 400, detail: "unexpected data after the JSON value, at byte offset 12"},
		{why: "a syntax error says where and what was wanted", path: "/v1/pricing/allocate", body: `{"weights":[1,,2]}`,
			status: 400, detail: "invalid JSON: unexpected ',' at byte 14, want a value"},
		{why: "a count beyond int64 is no count", path: "/v1/engagement/rates", body: `{"reach":99999999999999999999}`,
			status: 400, field: "reach", detail: "reach: malformed number 99999999999999999999: want a whole number from 0 to 9223372036854775807"},
		{why: "the first negative count in the body is the one named", path: "/v1/engagement/rates", body: `{"reach":-2,"likes":-1}`,
			status: 400, field: "reach", detail: "reach is -2: it counts something, so it is a whole number, at least 0"},
		{why: "a negative count is reported where it stands, before a later value of the wrong type", path: "/v1/engagement/rates", body: `{"likes":-1,"reach":"x"}`,
			status: 400, field: "likes", detail: "likes is -1: it counts something, so it is a whole number, at least 0"},
		{why: "a repeated member is named by its path", path: "/v1/pricing/quote", body: `{"lines":[{"quantity":1,"quantity":2}]}`,
			status: 400, field: "lines[0].quantity", detail: "lines[0].quantity: the member appears twice"},
		{why: "a case-folded member is unknown, and the detail says why", path: "/v1/pricing/allocate", body: `{"Total":null}`,
			status: 400, field: "Total", detail: "Total: unknown member; names are matched exactly, case included"},
		{why: "a list of names that is a string", path: "/v1/creator/duties", body: `{"profile":{"country":"NL"},"markets":"NL"}`,
			status: 400, field: "markets", detail: `markets: wrong JSON type: want an array, got the string "NL"`},
		{why: "a market that is not a string names its index", path: "/v1/creator/duties", body: `{"profile":{"country":"NL"},"markets":["NL",3]}`,
			status: 400, field: "markets[1]", detail: "markets[1]: wrong JSON type: want a string, got the number 3"},
		{why: "null is no request", path: "/v1/engagement/story", body: `null`,
			status: 400, detail: "body: wrong JSON type: want a JSON object, got null"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			p := requireProblem(t, sendJSON(t, s, tt.path, tt.body), tt.status, tt.field)
			assert.Equal(t, tt.detail, p.Detail)
		})
	}
}

// TestDecodePostAgreesWithTheCursor: a post read in one pass by its own
// reader (decodePost) is the post the request cursor reads, and a post it
// rejects gets the cursor's error, with the same problem and JSON path.
func TestDecodePostAgreesWithTheCursor(t *testing.T) {
	rows := []struct{ why, body string }{
		{"every member", `{"caption":"#ad hi","platform":"instagram","format":"reel","brand":"Glow Co","jurisdiction":"UK",` +
			`"transcript":[{"start":1.5,"text":"sponsored"}],"duration":30,"edited":true,"connection":"paid","brand_identity":{"handles":["@glow"]}}`},
		{"white space and a byte-order mark's absence around the object", " \n{\"caption\":\"c\"}\r\n"},
		{"an empty body", ""},
		{"two documents", `{"caption":"a"} {"caption":"b"}`},
		{"a body cut short", `{"caption":"#ad`},
		{"a caption of the wrong type", `{"caption":42}`},
		{"an unknown member", `{"caption":"#ad","plaform":"x"}`},
		{"no caption", `{"platform":"tiktok"}`},
		{"an unknown platform", `{"caption":"#ad","platform":"myspace"}`},
		{"a bad segment deep in the transcript", `{"caption":"#ad","transcript":[{"start":1,"text":"a"},{"start":"3"}]}`},
		{"an unknown member of the brand identity", `{"caption":"#ad","brand_identity":{"nam":"x"}}`},
		{"null", `null`},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			var want disclosure.Post
			wantErr := decodeRequest([]byte(row.body), readPost(&want))
			got, err := decodePost([]byte(row.body))
			if wantErr != nil {
				require.Error(t, err)
				assert.Equal(t, wantErr.Error(), err.Error())
				assert.Equal(t, requestProblem(wantErr), requestProblem(err))
				return
			}
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}

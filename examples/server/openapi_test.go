package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"math/big"
	"net/url"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// openAPI is the embedded document, decoded with json.Number so that
// integers and other numbers stay apart.
type openAPI map[string]any

func loadOpenAPI(t *testing.T) openAPI {
	t.Helper()
	var doc openAPI
	require.NoError(t, decodeNumbers([]byte(openAPIDocument), &doc), "openapi.json is not JSON")
	return doc
}

func decodeNumbers(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("data after the JSON value")
	}
	return nil
}

// obj returns v[key] as an object, nil when it is not one.
func obj(v any, key string) map[string]any {
	m, _ := v.(map[string]any)
	sub, _ := m[key].(map[string]any)
	return sub
}

// resolve follows a "$ref" to this document's components.
func (d openAPI) resolve(v map[string]any) map[string]any {
	for v != nil {
		ref, ok := v["$ref"].(string)
		if !ok {
			return v
		}
		var cur any = map[string]any(d)
		for part := range strings.SplitSeq(strings.TrimPrefix(ref, "#/"), "/") {
			cur = obj(cur, part)
		}
		v, _ = cur.(map[string]any)
	}
	return nil
}

// check validates v against schema with the subset of JSON Schema this
// document uses: $ref, type, enum, required, properties,
// additionalProperties: false, items and oneOf. It returns one message per
// violation, each with the JSON path where it happened.
func (d openAPI) check(schema map[string]any, v any, path string) []string {
	schema = d.resolve(schema)
	if schema == nil {
		return []string{path + ": unresolvable schema"}
	}
	var errs []string
	if alts, ok := schema["oneOf"].([]any); ok {
		matched := 0
		for _, alt := range alts {
			if len(d.check(alt.(map[string]any), v, path)) == 0 {
				matched++
			}
		}
		if matched != 1 {
			errs = append(errs, fmt.Sprintf("%s: matches %d of the oneOf schemas, want 1", path, matched))
		}
	}
	if typ, ok := schema["type"]; ok {
		var types []string
		switch typ := typ.(type) {
		case string:
			types = []string{typ}
		case []any:
			for _, t := range typ {
				types = append(types, t.(string))
			}
		}
		if !slices.ContainsFunc(types, func(t string) bool { return jsonTypeIs(v, t) }) {
			return append(errs, fmt.Sprintf("%s: %s is not of type %v", path, short(v), types))
		}
	}
	if enum, ok := schema["enum"].([]any); ok && !slices.Contains(enum, v) {
		errs = append(errs, fmt.Sprintf("%s: %s is not one of %v", path, short(v), enum))
	}
	switch v := v.(type) {
	case map[string]any:
		for _, r := range asSlice(schema["required"]) {
			if _, ok := v[r.(string)]; !ok {
				errs = append(errs, fmt.Sprintf("%s: required member %q is missing", path, r))
			}
		}
		props := obj(schema, "properties")
		for _, k := range slices.Sorted(maps.Keys(v)) {
			if ps, ok := props[k].(map[string]any); ok {
				errs = append(errs, d.check(ps, v[k], path+"."+k)...)
			} else if schema["additionalProperties"] == false {
				errs = append(errs, fmt.Sprintf("%s: member %q is not in the schema", path, k))
			}
		}
	case []any:
		if items := obj(schema, "items"); items != nil {
			for i, e := range v {
				errs = append(errs, d.check(items, e, fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	}
	return errs
}

func asSlice(v any) []any { s, _ := v.([]any); return s }

// jsonTypeIs reports whether the decoded JSON value v is of JSON Schema type t.
func jsonTypeIs(v any, t string) bool {
	switch v := v.(type) {
	case nil:
		return t == "null"
	case bool:
		return t == "boolean"
	case string:
		return t == "string"
	case json.Number:
		if t == "number" {
			return true
		}
		_, ok := new(big.Int).SetString(v.String(), 10)
		return t == "integer" && ok
	case map[string]any:
		return t == "object"
	case []any:
		return t == "array"
	}
	return false
}

func short(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 60 {
		return string(b[:60]) + "..."
	}
	return string(b)
}

// operations lists the document's operations as "METHOD /path", sorted.
func (d openAPI) operations() map[string]map[string]any {
	ops := map[string]map[string]any{}
	for path, item := range obj(map[string]any(d), "paths") {
		for method, op := range item.(map[string]any) {
			ops[strings.ToUpper(method)+" "+path] = op.(map[string]any)
		}
	}
	return ops
}

// TestOpenAPIRoutes: every route the document describes is served, and every
// route served is described.
func TestOpenAPIRoutes(t *testing.T) {
	doc := loadOpenAPI(t)
	s, _ := testServer(t, nil)
	var served []string
	for _, rt := range s.routes {
		served = append(served, rt.method+" "+rt.path)
	}
	sort.Strings(served)
	assert.Equal(t, slices.Sorted(maps.Keys(doc.operations())), served)
}

// TestOpenAPIDocument: the document is OpenAPI 3.1, every reference
// resolves, every operation documents its errors, and every example in it
// fits its own schema.
func TestOpenAPIDocument(t *testing.T) {
	doc := loadOpenAPI(t)
	assert.Equal(t, "3.1.0", doc["openapi"])
	var walk func(v any, at string)
	walk = func(v any, at string) {
		switch v := v.(type) {
		case map[string]any:
			if ref, ok := v["$ref"].(string); ok {
				assert.NotNil(t, doc.resolve(v), "%s: $ref %s does not resolve", at, ref)
			}
			for k, e := range v {
				walk(e, at+"/"+k)
			}
		case []any:
			for i, e := range v {
				walk(e, fmt.Sprintf("%s/%d", at, i))
			}
		}
	}
	walk(map[string]any(doc), "#")

	for name, op := range doc.operations() {
		responses := obj(op, "responses")
		require.NotNil(t, obj(responses, "200"), "%s documents no 200", name)
		assert.NotNil(t, obj(responses, "500"), "%s documents no 500", name)
		switch {
		case strings.HasSuffix(name, "/stream"): // errors in the lines, but for these
			for _, code := range []string{"415", "503"} {
				assert.NotNil(t, obj(responses, code), "%s documents no %s", name, code)
			}
		case strings.HasPrefix(name, "POST "):
			for _, code := range []string{"400", "413", "415", "422", "503"} {
				assert.NotNil(t, obj(responses, code), "%s documents no %s", name, code)
			}
		}
		// Request examples that document an error need not fit the schema:
		// that is why they fail.
		succeeds := map[string]bool{}
		for _, media := range obj(doc.resolve(obj(responses, "200")), "content") {
			for ex := range obj(media, "examples") {
				succeeds[ex] = true
			}
		}
		checkExamples := func(content map[string]any, where string) {
			for mt, media := range content {
				schema := lineSchema(media.(map[string]any))
				for ex, e := range obj(media, "examples") {
					if where == "request" && (!succeeds[ex] || mt != "application/json") {
						continue // an NDJSON batch may hold a bad line on purpose
					}
					value := e.(map[string]any)["value"]
					for i, v := range exampleValues(t, mt, value) {
						for _, msg := range doc.check(schema, v, "") {
							t.Errorf("%s %s %s example %q (line %d): %s", name, where, mt, ex, i+1, msg)
						}
					}
				}
			}
		}
		checkExamples(obj(obj(op, "requestBody"), "content"), "request")
		for code, resp := range responses {
			checkExamples(obj(doc.resolve(resp.(map[string]any)), "content"), "response "+code)
		}
	}
}

// lineSchema returns the schema each example value of media fits: its
// schema, or for NDJSON (a string schema) its contentSchema, the schema of
// each line.
func lineSchema(media map[string]any) map[string]any {
	schema := obj(media, "schema")
	if line := obj(schema, "contentSchema"); line != nil {
		return line
	}
	return schema
}

// exampleValues returns the JSON values of an example of media type mt: one
// for JSON, one per line for NDJSON (given as a string), none for others.
func exampleValues(t *testing.T, mt string, value any) []any {
	t.Helper()
	switch mt {
	case "application/json", "application/problem+json":
		b, err := json.Marshal(value)
		require.NoError(t, err)
		var v any
		require.NoError(t, decodeNumbers(b, &v))
		return []any{v}
	case mediaNDJSON:
		text, ok := value.(string)
		require.True(t, ok, "an NDJSON example is a string")
		var out []any
		for line := range strings.SplitSeq(strings.TrimSpace(text), "\n") {
			var v any
			require.NoError(t, decodeNumbers([]byte(line), &v), "NDJSON line %q", line)
			out = append(out, v)
		}
		return out
	}
	return nil
}

// exampleRequest is one request the document gives an example of, and the
// response it documents for it.
type exampleRequest struct {
	name        string
	method      string
	path        string // the route's path
	target      string // path and query
	contentType string
	body        string
	status      string         // the documented status
	response    map[string]any // the documented response object
}

// exampleRequests lists op's example requests: one per request body example,
// one per example name shared by its query parameters, and for an operation
// with neither and no body, one plain request documented by its 200. An example's
// response is the one holding an example of the same name.
func (d openAPI) exampleRequests(t *testing.T, method, path string, op map[string]any) []exampleRequest {
	t.Helper()
	responses := obj(op, "responses")
	responseOf := func(name string) (string, map[string]any) {
		for code, r := range responses {
			r := d.resolve(r.(map[string]any))
			for _, media := range obj(r, "content") {
				if obj(obj(media, "examples"), name) != nil {
					return code, r
				}
			}
		}
		t.Fatalf("%s %s: example %q has no response with an example of that name", method, path, name)
		return "", nil
	}
	var out []exampleRequest
	for mt, media := range obj(obj(op, "requestBody"), "content") {
		for name, e := range obj(media, "examples") {
			value := e.(map[string]any)["value"]
			body, ok := value.(string)
			if !ok {
				b, err := json.Marshal(value)
				require.NoError(t, err)
				body = string(b)
			}
			code, resp := responseOf(name)
			out = append(out, exampleRequest{name, method, path, path, mt, body, code, resp})
		}
	}
	queries := map[string]url.Values{}
	for _, p := range asSlice(op["parameters"]) {
		p := p.(map[string]any)
		for name, e := range obj(p, "examples") {
			if queries[name] == nil {
				queries[name] = url.Values{}
			}
			queries[name].Set(p["name"].(string), fmt.Sprint(e.(map[string]any)["value"]))
		}
	}
	for name, q := range queries {
		code, resp := responseOf(name)
		out = append(out, exampleRequest{name, method, path, path + "?" + q.Encode(), "", "", code, resp})
	}
	if len(out) == 0 && op["requestBody"] == nil {
		out = append(out, exampleRequest{"plain", method, path, path, "", "", "200", d.resolve(obj(responses, "200"))})
	}
	return out
}

// TestOpenAPIExamples sends every example request of the document to the
// handler and checks that the answer has the documented status, a
// documented media type, a body that fits the documented schema, and every
// top-level member of the documented example.
func TestOpenAPIExamples(t *testing.T) {
	doc := loadOpenAPI(t)
	s, _ := testServer(t, nil)
	for name, op := range doc.operations() {
		method, path, _ := strings.Cut(name, " ")
		for _, ex := range doc.exampleRequests(t, method, path, op) {
			t.Run(name+"/"+ex.name, func(t *testing.T) {
				rec := send(t, s, ex.method, ex.target, ex.contentType, ex.body)
				require.Equal(t, ex.status, fmt.Sprint(rec.Code), "body: %s", rec.Body)
				mt, _, _ := strings.Cut(rec.Header().Get("Content-Type"), ";")
				media := obj(obj(ex.response, "content"), mt)
				require.NotNil(t, media, "media type %q is not documented for %s", mt, ex.status)
				values := exampleValues(t, mt, jsonOrText(t, mt, rec.Body.String()))
				if mt == "text/markdown" {
					assert.NotEmpty(t, rec.Body.String())
				}
				for i, v := range values {
					for _, msg := range doc.check(lineSchema(media), v, "") {
						t.Errorf("line %d: %s", i+1, msg)
					}
				}
				documented := obj(obj(media, "examples"), ex.name)
				if documented == nil || mt == "text/markdown" {
					return
				}
				want := exampleValues(t, mt, documented["value"])
				require.Len(t, values, len(want), "documented lines")
				for i := range want {
					if w, ok := want[i].(map[string]any); ok {
						got, _ := values[i].(map[string]any)
						for _, k := range slices.Sorted(maps.Keys(w)) {
							assert.Contains(t, got, k, "line %d lacks documented member %q", i+1, k)
						}
					}
				}
			})
		}
	}
}

// jsonOrText returns a response body as an example value: decoded JSON for
// JSON media types, the text itself otherwise.
func jsonOrText(t *testing.T, mt, body string) any {
	t.Helper()
	if mt == "application/json" || mt == "application/problem+json" {
		var v any
		require.NoError(t, decodeNumbers([]byte(body), &v), "body: %s", body)
		return v
	}
	return body
}

// TestOpenAPIErrorExamples: the document's examples of shared error
// responses (a 500 and a 503, which no example request can provoke, and
// the 415s) are what the server writes.
func TestOpenAPIErrorExamples(t *testing.T) {
	doc := loadOpenAPI(t)
	example := func(response, name string) any {
		r := obj(obj(obj(map[string]any(doc), "components"), "responses"), response)
		return obj(obj(obj(obj(r, "content"), "application/problem+json"), "examples"), name)["value"]
	}
	for _, row := range []struct {
		why, response, name string
		want                problem
	}{
		{why: "a panic's problem", response: "Internal", name: "internal-error", want: problemInternal()},
		{why: "the concurrency limit's problem, at the default limit", response: "Busy", name: "overloaded", want: problemOverloaded(defaultConfig().maxConcurrent)},
		{why: "a form sent to a JSON route", response: "UnsupportedMediaType", name: "form-data", want: problemUnsupportedMediaType("application/x-www-form-urlencoded", mediaJSON)},
		{why: "a charset other than UTF-8", response: "UnsupportedMediaType", name: "other-charset", want: problemUnsupportedCharset("iso-8859-1")},
	} {
		t.Run(row.why, func(t *testing.T) {
			documented, err := json.Marshal(example(row.response, row.name))
			require.NoError(t, err)
			assert.JSONEq(t, libraryJSON(t, row.want), string(documented))
		})
	}
}

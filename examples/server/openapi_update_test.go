package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// goldenExamples are request examples that are a package's golden file of a
// fully populated value, so that every member reaches the generated-client
// tests; TestOpenAPIUpdate copies them in, TestOpenAPIGoldenExamples fails
// while they differ.
var goldenExamples = []struct{ path, name, golden string }{
	{"/v1/contract/validate", "every-section", "contract/testdata/json/contract.json"},
}

var update = flag.Bool("update", false, "rewrite the response examples of openapi.json with the server's answers to its example requests")

// TestOpenAPIUpdate, with -update, regenerates components/schemas from the
// Go types (see generateSchemas), documents a POST route the document
// lacks from its routeBodies line (see generatePaths), sends every example request of
// openapi.json to the handler and writes the answer into the response
// example of the same name, keeping the rest of the document and its member
// order as they are. Run it after changing a request or result type or
// what a route answers, then read the diff:
//
//	go test ./examples/server -run TestOpenAPIUpdate -update
func TestOpenAPIUpdate(t *testing.T) {
	if !*update {
		t.Skip("without -update")
	}
	tree, err := decodeOrdered([]byte(openAPIDocument))
	require.NoError(t, err)
	s, _ := testServer(t, nil)
	errs := generatePaths(tree.(ordered), s.routes)
	require.Empty(t, errs)
	for _, g := range goldenExamples {
		data, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(g.golden)))
		require.NoError(t, err)
		value, err := decodeOrdered(data)
		require.NoError(t, err)
		example, ok := tree.(ordered).at("paths", g.path, "post", "requestBody", "content", mediaJSON, "examples", g.name).(ordered)
		require.True(t, ok, "%s has no request example %q", g.path, g.name)
		example.set("value", value)
	}
	doc := loadOpenAPIFrom(t, tree.(ordered))
	for name, op := range doc.operations() {
		method, path, _ := strings.Cut(name, " ")
		for _, ex := range doc.exampleRequests(t, method, path, op) {
			rec := send(t, s, ex.method, ex.target, ex.contentType, ex.body)
			require.Equal(t, ex.status, fmt.Sprint(rec.Code), "%s %s: the documented status", name, ex.name)
			mt, _, _ := strings.Cut(rec.Header().Get("Content-Type"), ";")
			var value any = rec.Body.String()
			if mt == "application/json" || mt == "application/problem+json" {
				value, err = decodeOrdered(rec.Body.Bytes())
				require.NoError(t, err)
			}
			example, ok := tree.(ordered).at("paths", path, strings.ToLower(method), "responses", ex.status, "content", mt, "examples", ex.name).(ordered)
			if !ok {
				continue // an example documented only by the schema (the plain GETs)
			}
			example.set("value", value)
		}
	}
	old, _ := tree.(ordered).at("components", "schemas").(ordered)
	schemas, errs := generateSchemas(old)
	require.Empty(t, errs)
	tree.(ordered).at("components").(ordered).set("schemas", schemas)
	var out bytes.Buffer
	require.NoError(t, writeOrdered(&out, tree))
	var indented bytes.Buffer
	require.NoError(t, json.Indent(&indented, out.Bytes(), "", "  "))
	indented.WriteByte('\n')
	require.NoError(t, os.WriteFile("openapi.json", indented.Bytes(), 0o644))
}

// TestOpenAPIExamplesAreAnswers keeps the document's response examples
// true: each is what the handler answers to the example request of the
// same name, member for member (NDJSON byte for byte). When a route's
// answer changes, TestOpenAPIUpdate with -update rewrites them.
func TestOpenAPIExamplesAreAnswers(t *testing.T) {
	doc := loadOpenAPI(t)
	s, _ := testServer(t, nil)
	checked := 0
	for name, op := range doc.operations() {
		method, path, _ := strings.Cut(name, " ")
		for _, ex := range doc.exampleRequests(t, method, path, op) {
			rec := send(t, s, ex.method, ex.target, ex.contentType, ex.body)
			mt, _, _ := strings.Cut(rec.Header().Get("Content-Type"), ";")
			example := obj(obj(obj(ex.response, "content"), mt), "examples")[ex.name]
			want, ok := example.(map[string]any)
			if !ok {
				continue // an example documented only by the schema (the plain GETs)
			}
			checked++
			if mt != "application/json" && mt != "application/problem+json" {
				require.Equal(t, want["value"], rec.Body.String(), "%s %s: the %s example is not the answer; run TestOpenAPIUpdate -update", name, ex.name, mt)
				continue
			}
			var got any
			require.NoError(t, decodeNumbers(rec.Body.Bytes(), &got))
			require.Equal(t, want["value"], got, "%s %s: the example is not the answer; run TestOpenAPIUpdate -update", name, ex.name)
		}
	}
	require.Positive(t, checked, "the document has response examples")
}

// ordered is a JSON object that keeps its members' order.
type ordered []*orderedMember

type orderedMember struct {
	key   string
	value any
}

// at follows keys down nested objects; nil when one is missing.
func (o ordered) at(keys ...string) any {
	var cur any = o
	for _, k := range keys {
		obj, ok := cur.(ordered)
		if !ok {
			return nil
		}
		cur = nil
		for _, m := range obj {
			if m.key == k {
				cur = m.value
			}
		}
	}
	return cur
}

// set replaces the value of member key, or appends the member.
func (o ordered) set(key string, value any) {
	for _, m := range o {
		if m.key == key {
			m.value = value
			return
		}
	}
	panic("set: no member " + key) // examples always have a value
}

// decodeOrdered decodes one JSON value, objects as ordered, numbers as
// json.Number.
func decodeOrdered(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := decodeOrderedValue(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("data after the JSON value")
	}
	return v, nil
}

func decodeOrderedValue(dec *json.Decoder) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('{'):
		obj := ordered{}
		for dec.More() {
			key, err := dec.Token()
			if err != nil {
				return nil, err
			}
			v, err := decodeOrderedValue(dec)
			if err != nil {
				return nil, err
			}
			obj = append(obj, &orderedMember{key.(string), v})
		}
		_, err := dec.Token()
		return obj, err
	case json.Delim('['):
		list := []any{}
		for dec.More() {
			v, err := decodeOrderedValue(dec)
			if err != nil {
				return nil, err
			}
			list = append(list, v)
		}
		_, err := dec.Token()
		return list, err
	}
	return tok, nil
}

// writeOrdered writes v compactly, objects in their order, without escaping
// HTML characters.
func writeOrdered(w *bytes.Buffer, v any) error {
	switch v := v.(type) {
	case ordered:
		w.WriteByte('{')
		for i, m := range v {
			if i > 0 {
				w.WriteByte(',')
			}
			if err := writeOrdered(w, m.key); err != nil {
				return err
			}
			w.WriteByte(':')
			if err := writeOrdered(w, m.value); err != nil {
				return err
			}
		}
		w.WriteByte('}')
	case []any:
		w.WriteByte('[')
		for i, e := range v {
			if i > 0 {
				w.WriteByte(',')
			}
			if err := writeOrdered(w, e); err != nil {
				return err
			}
		}
		w.WriteByte(']')
	default:
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			return err
		}
		w.Truncate(w.Len() - 1) // Encode's newline
	}
	return nil
}

// loadOpenAPIFrom is loadOpenAPI of a document being rewritten.
func loadOpenAPIFrom(t *testing.T, tree ordered) openAPI {
	t.Helper()
	var out bytes.Buffer
	require.NoError(t, writeOrdered(&out, tree))
	var doc openAPI
	require.NoError(t, decodeNumbers(out.Bytes(), &doc))
	return doc
}

// TestOpenAPIGoldenExamples: each request example made of a golden file is
// that file as it is now; TestOpenAPIUpdate -update copies it in again.
func TestOpenAPIGoldenExamples(t *testing.T) {
	doc := loadOpenAPI(t)
	for _, g := range goldenExamples {
		data, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(g.golden)))
		require.NoError(t, err)
		example := obj(obj(obj(obj(obj(obj(obj(obj(map[string]any(doc), "paths"), g.path), "post"), "requestBody"), "content"), mediaJSON), "examples"), g.name)
		require.NotNil(t, example, "%s has no request example %q", g.path, g.name)
		documented, err := json.Marshal(example["value"])
		require.NoError(t, err)
		assert.JSONEq(t, string(data), string(documented), "%s example %q is not %s: run TestOpenAPIUpdate -update", g.path, g.name, g.golden)
	}
}

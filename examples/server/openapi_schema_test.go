package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/creator"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/pricing"
	"github.com/influencekit/influencekit/tier"
)

// The schemas of openapi.json (components/schemas) are generated from the
// Go types the routes read and write: TestOpenAPIUpdate with -update
// rewrites them, and TestOpenAPISchemasAreGenerated fails while they are
// stale. A member added to a contract section, a new enum constant or a
// new request or result type is one -update away from the document.
//
// A struct type becomes an object schema of its exported fields under
// their JSON names, with "additionalProperties": false (every reader is
// strict); a result type's members without omitempty or omitzero are
// "required". An enum (a uint8 with MarshalText) becomes a string enum of
// its names, found by marshalling 0, 1, 2, ... until MarshalText fails.
// A type that writes its own JSON form (json.Marshaler) has a schema
// written by hand in the document, listed in handSchemas with the golden
// file of a populated value that TestOpenAPIHandSchemas holds it to.

// routeBody is what a route reads and answers, for the document: in is
// the JSON body's type (nil for none), out the JSON answer's (nil for
// none: the document itself, a Markdown draft). For a stream route they
// are the types of one line. summary and description are the operation's,
// used when TestOpenAPIUpdate documents a route the document lacks.
type routeBody struct {
	in, out              reflect.Type
	summary, description string
}

// routeBodies lists every route the server serves, as "METHOD /path".
// Adding a route is one line here: TestOpenAPIUpdate -update then writes
// its schemas and, for a POST route the document lacks, its operation
// (TestOpenAPIRouteBodies fails until the line is here).
var routeBodies = map[string]routeBody{
	"GET /healthz":                       {out: reflect.TypeFor[health]()},
	"GET /openapi.json":                  {},
	"POST /v1/disclosure/check":          {in: reflect.TypeFor[disclosure.Post](), out: reflect.TypeFor[disclosure.Report]()},
	"POST /v1/disclosure/check/stream":   {in: reflect.TypeFor[disclosure.Post](), out: reflect.TypeFor[disclosure.Report]()},
	"POST /v1/disclosure/autofix":        {in: reflect.TypeFor[disclosure.Post](), out: reflect.TypeFor[autofixResult]()},
	"POST /v1/disclosure/autofix/stream": {in: reflect.TypeFor[disclosure.Post](), out: reflect.TypeFor[autofixResult]()},
	"POST /v1/engagement/rates":          {in: reflect.TypeFor[ratesRequest](), out: reflect.TypeFor[ratesResult]()},
	"POST /v1/engagement/story":          {in: reflect.TypeFor[storyRequest](), out: reflect.TypeFor[engagement.Story]()},
	"GET /v1/tiers":                      {out: reflect.TypeFor[tierResult]()},
	"POST /v1/pricing/quote":             {in: reflect.TypeFor[quoteRequest](), out: reflect.TypeFor[pricing.Quote]()},
	"POST /v1/pricing/allocate":          {in: reflect.TypeFor[allocateRequest](), out: reflect.TypeFor[allocateResult]()},
	"POST /v1/pricing/metrics":           {in: reflect.TypeFor[metricsRequest](), out: reflect.TypeFor[metricsResult]()},
	"POST /v1/contract/validate":         {in: reflect.TypeFor[contract.Contract](), out: reflect.TypeFor[validateResult]()},
	"POST /v1/contract/render":           {in: reflect.TypeFor[contract.Contract]()},
	"POST /v1/creator/duties": {in: reflect.TypeFor[dutiesRequestDoc](), out: reflect.TypeFor[dutiesResult](),
		summary:     "What an account's size obliges in each market",
		description: "A creator's profile in package creator's JSON form, the markets to judge it in and the day to judge it on; out, each duty the profile triggers (creator.DutiesOn): its stable code, market, status (met, unmet, or unknown when data needed to decide is missing, the message naming it) and the SOURCES.md key of the law. A profile that does not read is a 400, one the package rejects (a negative count, a country that is not ISO 3166-1 alpha-2, a registration without authority) a 422; both name the JSON path under profile."},
}

// requestTypes are the bodies the routes read, resultTypes the ones they
// write (every problem included), each once, in a stable order.
var requestTypes, resultTypes = func() ([]reflect.Type, []reflect.Type) {
	in, out := []reflect.Type{}, []reflect.Type{reflect.TypeFor[problem]()}
	for _, key := range slices.Sorted(maps.Keys(routeBodies)) {
		b := routeBodies[key]
		if b.in != nil && !slices.Contains(in, b.in) {
			in = append(in, b.in)
		}
		if b.out != nil && !slices.Contains(out, b.out) {
			out = append(out, b.out)
		}
	}
	return in, out
}()

// lineSchemas are the NDJSON stream routes' output lines: a result or the
// problem with the input line.
var lineSchemas = map[string]reflect.Type{
	"ReportLine":  reflect.TypeFor[disclosure.Report](),
	"AutofixLine": reflect.TypeFor[autofixResult](),
}

// handSchema is a type that writes its own JSON form: its schema is
// written by hand in the document, and golden is a file (from the module
// root) holding a populated value of it, or value is one.
type handSchema struct {
	golden string
	value  any
	// also are more golden files of the type, for members its main
	// golden file cannot hold at once.
	also []string
	// uses are the types whose schemas the hand-written one refers to.
	uses []reflect.Type
}

var (
	platform     = reflect.TypeFor[influencekit.Platform]()
	format       = reflect.TypeFor[influencekit.Format]()
	severity     = reflect.TypeFor[influencekit.Severity]()
	jurisdiction = reflect.TypeFor[disclosure.Jurisdiction]()
)

var handSchemas = map[reflect.Type]handSchema{
	reflect.TypeFor[creator.Profile]():      {golden: "creator/testdata/json/profile.json", uses: []reflect.Type{reflect.TypeFor[creator.Audience](), reflect.TypeFor[creator.Registration](), reflect.TypeFor[pricing.Money]()}},
	reflect.TypeFor[creator.Registration](): {value: creator.Registration{Authority: "AGCOM", Number: "IT-2026-0042", Expires: time.Date(2027, 6, 30, 0, 0, 0, 0, time.UTC)}},
	reflect.TypeFor[pricing.Money]():        {value: pricing.MustNew("1250.50", "USD")},
	reflect.TypeFor[disclosure.Post]():      {golden: "disclosure/testdata/json/post.json", uses: []reflect.Type{platform, format, jurisdiction, reflect.TypeFor[disclosure.Connection](), reflect.TypeFor[disclosure.Segment](), reflect.TypeFor[disclosure.BrandIdentity](), reflect.TypeFor[disclosure.Alteration](), reflect.TypeFor[disclosure.Category](), reflect.TypeFor[disclosure.Overlay]()}},
	reflect.TypeFor[disclosure.Overlay]():   {golden: "disclosure/testdata/json/overlay.json"},
	reflect.TypeFor[disclosure.Span]():      {value: disclosure.Span{Start: 10, End: 16, StartUTF16: 9, EndUTF16: 15}},
	reflect.TypeFor[disclosure.Segment]():   {golden: "disclosure/testdata/json/segment.json"},
	reflect.TypeFor[disclosure.Report](): {golden: "disclosure/testdata/json/report_category.json",
		also: []string{"disclosure/testdata/json/report_category_overlay.json", "disclosure/testdata/json/report_category_transcript.json"},
		uses: []reflect.Type{reflect.TypeFor[disclosure.Finding](), reflect.TypeFor[disclosure.Label](), reflect.TypeFor[disclosure.Category](), reflect.TypeFor[disclosure.Span](), reflect.TypeFor[disclosure.TextSpan]()}},
	reflect.TypeFor[disclosure.TextSpan](): {golden: "disclosure/testdata/json/text_span.json"},
	reflect.TypeFor[disclosure.Finding](): {golden: "disclosure/testdata/json/finding_transcript.json", also: []string{"disclosure/testdata/json/finding_overlay.json"},
		uses: []reflect.Type{reflect.TypeFor[disclosure.Rule](), severity, reflect.TypeFor[disclosure.Fix](), reflect.TypeFor[disclosure.TranscriptSpan](), reflect.TypeFor[disclosure.TextSpan]()}},
	reflect.TypeFor[disclosure.Fix]():            {golden: "disclosure/testdata/json/fix.json", uses: []reflect.Type{reflect.TypeFor[disclosure.Edit]()}},
	reflect.TypeFor[disclosure.Edit]():           {golden: "disclosure/testdata/json/edit.json"},
	reflect.TypeFor[disclosure.Label]():          {golden: "disclosure/testdata/json/label.json", uses: []reflect.Type{reflect.TypeFor[disclosure.Clarity](), reflect.TypeFor[disclosure.Connection]()}},
	reflect.TypeFor[disclosure.TranscriptSpan](): {golden: "disclosure/testdata/json/transcript_span.json"},
	reflect.TypeFor[engagement.Story]():          {golden: "engagement/testdata/json/story.json"},
	reflect.TypeFor[tier.Scale]():                {golden: "tier/testdata/json/scale_five_tier.json"},
	reflect.TypeFor[pricing.RateCard]():          {golden: "pricing/testdata/json/rate_card.json", uses: []reflect.Type{platform, format, reflect.TypeFor[pricing.Money]()}},
	reflect.TypeFor[pricing.Terms]():             {golden: "pricing/testdata/json/terms.json", uses: []reflect.Type{reflect.TypeFor[pricing.Bundle](), reflect.TypeFor[pricing.UsageTerms](), reflect.TypeFor[pricing.ExclusivityTerms](), reflect.TypeFor[pricing.AffiliateTerms](), reflect.TypeFor[pricing.Money]()}},
	reflect.TypeFor[pricing.Bundle]():            {golden: "pricing/testdata/json/bundle.json"},
	reflect.TypeFor[pricing.UsageTerms]():        {golden: "pricing/testdata/json/usage_terms.json", uses: []reflect.Type{reflect.TypeFor[pricing.Money]()}},
	reflect.TypeFor[pricing.ExclusivityTerms]():  {golden: "pricing/testdata/json/exclusivity_terms.json", uses: []reflect.Type{reflect.TypeFor[pricing.Money]()}},
	reflect.TypeFor[pricing.AffiliateTerms]():    {golden: "pricing/testdata/json/affiliate_terms.json"},
	reflect.TypeFor[pricing.Quote]():             {golden: "pricing/testdata/json/quote.json", uses: []reflect.Type{reflect.TypeFor[pricing.Item](), reflect.TypeFor[pricing.Money](), reflect.TypeFor[pricing.AffiliateTerms]()}},
}

// plainJSON are types whose MarshalJSON writes encoding/json's form of
// their fields (after checks of its own), so their schema is generated.
var plainJSON = map[reflect.Type]bool{
	reflect.TypeFor[contract.Contract](): true,
}

// textSchemas are the schemas of non-enum types that marshal as text.
var textSchemas = map[reflect.Type]string{
	reflect.TypeFor[contract.Date]():   `{"type":"string","format":"date","description":"A calendar day, YYYY-MM-DD."}`,
	reflect.TypeFor[decimal.Decimal](): `{"type":"string","pattern":"^-?[0-9]+(\\.[0-9]+)?$","description":"An exact decimal number, as a string."}`,
	reflect.TypeFor[json.Number]():     `{"type":"number","format":"double"}`,
}

// stringEnums are string types whose values are a fixed set, listed by the
// library.
var stringEnums = map[reflect.Type]func() []string{
	reflect.TypeFor[disclosure.Rule](): func() []string {
		var names []string
		for _, r := range disclosure.Rules() {
			names = append(names, string(r.Rule))
		}
		return names
	},
	reflect.TypeFor[tableName](): func() []string {
		var names []string
		for _, t := range engagement.BenchmarkTables() {
			names = append(names, t.Name())
		}
		return names
	},
}

// namedEnums are enums that no Go type stands for, such as a query
// parameter's values, by component name.
var namedEnums = map[string]func() []string{
	"ScaleName": func() []string {
		var names []string
		for _, s := range tier.Scales() {
			names = append(names, s.Name())
		}
		return names
	},
}

// schemaNames renames types whose Go names would clash or mislead.
var schemaNames = map[reflect.Type]string{
	reflect.TypeFor[contract.Problem]():     "ContractProblem",
	reflect.TypeFor[pricing.Item]():         "QuoteItem",
	reflect.TypeFor[creator.Profile]():      "CreatorProfile",
	reflect.TypeFor[creator.Audience]():     "CreatorAudience",
	reflect.TypeFor[creator.Registration](): "CreatorRegistration",
	reflect.TypeFor[creator.Duty]():         "CreatorDuty",
	reflect.TypeFor[dutiesRequestDoc]():     "CreatorDutiesRequest",
	reflect.TypeFor[dutiesResult]():         "CreatorDutiesResult",
}

// dutiesRequestDoc is dutiesRequest as the document describes it: the
// server reads "profile" as raw JSON and hands it to creator.Profile's own
// reader, so that its errors name their path under "profile".
// TestDutiesRequestDocMatches holds the two to the same members.
type dutiesRequestDoc struct {
	Profile creator.Profile           `json:"profile"`
	Markets []disclosure.Jurisdiction `json:"markets"`
	On      string                    `json:"on"`
}

// schemaGen builds components/schemas. old is the document's current
// schemas, where hand-written schemas and descriptions come from.
type schemaGen struct {
	old     ordered
	read    map[reflect.Type]bool // types reachable from a request body
	schemas map[string]ordered
	typeOf  map[string]reflect.Type
	errs    []string
}

// generateSchemas returns the components/schemas the Go types give, with
// the hand-written schemas and the descriptions of old.
func generateSchemas(old ordered) (ordered, []string) {
	g := &schemaGen{old: old, read: map[reflect.Type]bool{}, schemas: map[string]ordered{}, typeOf: map[string]reflect.Type{}}
	for _, t := range requestTypes {
		g.markRead(t)
	}
	for _, t := range slices.Concat(requestTypes, resultTypes) {
		g.ref(t)
	}
	for _, name := range slices.Sorted(maps.Keys(namedEnums)) {
		var names []any
		for _, n := range namedEnums[name]() {
			names = append(names, n)
		}
		s := ordered{{"type", "string"}}
		if d := g.description("", name); d != nil {
			s = append(s, &orderedMember{"description", d})
		}
		g.schemas[name] = append(s, &orderedMember{"enum", names})
	}
	for _, name := range slices.Sorted(maps.Keys(lineSchemas)) {
		g.schemas[name] = ordered{
			{"description", g.description("One line of the stream: the result for its input line, or the problem with it.", name)},
			{"oneOf", []any{g.ref(lineSchemas[name]), g.ref(reflect.TypeFor[problem]())}},
		}
	}
	out := ordered{}
	for _, name := range slices.Sorted(maps.Keys(g.schemas)) {
		out = append(out, &orderedMember{name, g.schemas[name]})
	}
	return out, g.errs
}

// markRead records t and every type inside it as read from requests.
func (g *schemaGen) markRead(t reflect.Type) {
	if g.read[t] {
		return
	}
	g.read[t] = true
	if h, ok := handSchemas[t]; ok {
		for _, u := range h.uses {
			g.markRead(u)
		}
		return
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array, reflect.Map:
		g.markRead(t.Elem())
	case reflect.Struct:
		for _, f := range jsonFields(t) {
			g.markRead(f.typ)
		}
	}
}

// name returns the component name of named type t.
func (g *schemaGen) name(t reflect.Type) string {
	if n, ok := schemaNames[t]; ok {
		return n
	}
	n := t.Name()
	return strings.ToUpper(n[:1]) + n[1:]
}

// description returns the description the old document gives at path
// (component name, then "properties" and member names), or def.
func (g *schemaGen) description(def string, path ...string) any {
	keys := slices.Concat(path, []string{"description"})
	if d, ok := g.old.at(keys...).(string); ok {
		return d
	}
	if def == "" {
		return nil
	}
	return def
}

// ref returns the schema of t: a $ref to its component for named structs,
// enums and hand-written types (registering the component), inline
// otherwise.
func (g *schemaGen) ref(t reflect.Type) ordered {
	switch {
	case t == reflect.TypeFor[count]():
		return ordered{{"type", "integer"}, {"format", "int64"}, {"minimum", json.Number("0")}}
	case t.Kind() == reflect.Pointer:
		return g.ref(t.Elem())
	case textSchemas[t] != "":
		v, err := decodeOrdered([]byte(textSchemas[t]))
		if err != nil {
			panic(err)
		}
		return v.(ordered)
	}
	if _, hand := handSchemas[t]; hand || isEnum(t) || stringEnums[t] != nil || (t.Kind() == reflect.Struct && t.Name() != "") {
		name := g.name(t)
		if prev, ok := g.typeOf[name]; ok {
			if prev != t {
				g.errs = append(g.errs, fmt.Sprintf("%v and %v are both schema %s: name one in schemaNames", prev, t, name))
			}
		} else {
			g.typeOf[name] = t
			g.schemas[name] = ordered{} // a placeholder while it is built: types may refer to themselves
			g.schemas[name] = g.component(name, t)
		}
		return ordered{{"$ref", "#/components/schemas/" + name}}
	}
	return g.inline(t, "")
}

// component builds the schema of the component name for t.
func (g *schemaGen) component(name string, t reflect.Type) ordered {
	if h, ok := handSchemas[t]; ok {
		for _, u := range h.uses {
			g.ref(u)
		}
		s, ok := g.old.at(name).(ordered)
		if !ok {
			g.errs = append(g.errs, fmt.Sprintf("%v writes its own JSON: write schema %s in openapi.json by hand", t, name))
			return ordered{{"type", "object"}}
		}
		return s
	}
	if names := enumNames(t); names != nil {
		s := ordered{{"type", "string"}}
		if d := g.description("", name); d != nil {
			s = append(s, &orderedMember{"description", d})
		}
		return append(s, &orderedMember{"enum", names})
	}
	return g.inline(t, name)
}

// inline returns the schema of unnamed or struct type t; name is its
// component's name, where descriptions are kept, or "".
func (g *schemaGen) inline(t reflect.Type, name string) ordered {
	switch t.Kind() {
	case reflect.Bool:
		return ordered{{"type", "boolean"}}
	case reflect.String:
		return ordered{{"type", "string"}}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return ordered{{"type", "integer"}, {"format", "int64"}}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return ordered{{"type", "integer"}, {"format", "int64"}, {"minimum", json.Number("0")}}
	case reflect.Float32, reflect.Float64:
		return ordered{{"type", "number"}, {"format", "double"}}
	case reflect.Slice, reflect.Array:
		return ordered{{"type", "array"}, {"items", g.ref(t.Elem())}}
	case reflect.Map:
		return ordered{{"type", "object"}, {"additionalProperties", g.ref(t.Elem())}}
	case reflect.Struct:
	default:
		g.errs = append(g.errs, fmt.Sprintf("%v: no schema for kind %v", t, t.Kind()))
		return ordered{}
	}
	if !plainJSON[t] && (t.Implements(marshalerType) || reflect.PointerTo(t).Implements(marshalerType)) {
		g.errs = append(g.errs, fmt.Sprintf("%v writes its own JSON: list it in handSchemas and write its schema by hand", t))
	}
	s := ordered{{"type", "object"}}
	if name != "" {
		if d := g.description("", name); d != nil {
			s = append(s, &orderedMember{"description", d})
		}
	}
	props := ordered{}
	var required []any
	for _, f := range jsonFields(t) {
		p := g.ref(f.typ)
		if name != "" {
			if d := g.description("", name, "properties", f.name); d != nil {
				p = withMember(p, "description", d)
			}
		}
		props = append(props, &orderedMember{f.name, p})
		if !f.optional && !g.read[t] {
			required = append(required, f.name)
		}
	}
	s = append(s, &orderedMember{"properties", props})
	if len(required) > 0 {
		s = append(s, &orderedMember{"required", required})
	}
	return append(s, &orderedMember{"additionalProperties", false})
}

// withMember returns a copy of o with member key set to v, in place when o
// has it, last otherwise.
func withMember(o ordered, key string, v any) ordered {
	out := make(ordered, 0, len(o)+1)
	found := false
	for _, m := range o {
		if m.key == key {
			m, found = &orderedMember{key, v}, true
		}
		out = append(out, m)
	}
	if !found {
		out = append(out, &orderedMember{key, v})
	}
	return out
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// enumNames returns the names of enum t in value order, what MarshalText
// gives for 0, 1, 2, ... until it fails, or the library's list for a
// string enum; nil when t is no enum.
func enumNames(t reflect.Type) []any {
	var names []any
	switch {
	case stringEnums[t] != nil:
		for _, n := range stringEnums[t]() {
			names = append(names, n)
		}
	case isEnum(t):
		for i := range 256 {
			v := reflect.New(t).Elem()
			v.SetUint(uint64(i))
			text, err := v.Interface().(encoding.TextMarshaler).MarshalText()
			if err != nil {
				break
			}
			names = append(names, string(text))
		}
	}
	return names
}

// isEnum reports whether t is one of influencekit's enums: a uint8 that
// marshals as text.
func isEnum(t reflect.Type) bool {
	return t.Kind() == reflect.Uint8 && t.Implements(textMarshalerType)
}

// jsonField is a member encoding/json writes for a struct field.
type jsonField struct {
	name     string
	typ      reflect.Type
	optional bool // omitempty, omitzero
}

// jsonFields returns the members encoding/json writes for struct t, in
// field order, with embedded structs' fields in place.
func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	for f := range t.Fields() {
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && derefType(f.Type).Kind() == reflect.Struct {
			out = append(out, jsonFields(derefType(f.Type))...)
			continue
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		optional := strings.Contains(","+opts+",", ",omitempty,") || strings.Contains(","+opts+",", ",omitzero,")
		out = append(out, jsonField{name, f.Type, optional})
	}
	return out
}

// currentSchemas returns the document's components/schemas as ordered.
func currentSchemas(t *testing.T) (ordered, ordered) {
	t.Helper()
	tree, err := decodeOrdered([]byte(openAPIDocument))
	require.NoError(t, err)
	old, _ := tree.(ordered).at("components", "schemas").(ordered)
	return tree.(ordered), old
}

// generatePaths adds to doc's paths an operation for each POST route of
// routes that it lacks, from its routeBody: its summary and description,
// its JSON body, its answer and the errors every POST route shares, and
// declares its tag (the path's first segment under /v1/) when doc does not.
// Examples are then for a person to add. It returns what it could not do.
func generatePaths(doc ordered, routes []route) []string {
	paths := doc.at("paths").(ordered)
	defer func() { doc.set("paths", paths) }()
	var errs []string
	for _, rt := range routes {
		key := rt.method + " " + rt.path
		b, ok := routeBodies[key]
		switch {
		case !ok:
			errs = append(errs, key+" is served but not in routeBodies: add what it reads and answers")
			continue
		case paths.at(rt.path, strings.ToLower(rt.method)) != nil:
			continue
		case rt.method != http.MethodPost || b.in == nil || b.out == nil || b.summary == "" || b.description == "":
			errs = append(errs, key+" is not documented: write its operation in openapi.json (only a POST route with a JSON body, a JSON answer, a summary and a description in routeBodies is generated)")
			continue
		}
		g := &schemaGen{}
		segments := strings.Split(strings.TrimPrefix(rt.path, "/v1/"), "/")
		id := segments[0]
		for _, s := range segments[1:] {
			id += strings.ToUpper(s[:1]) + s[1:]
		}
		ref := func(t reflect.Type) ordered {
			return ordered{{"$ref", "#/components/schemas/" + g.name(t)}}
		}
		response := func(name string) ordered { return ordered{{"$ref", "#/components/responses/" + name}} }
		op := ordered{
			{"operationId", id},
			{"tags", []any{segments[0]}},
			{"summary", b.summary},
			{"description", b.description},
			{"requestBody", ordered{{"required", true}, {"content", ordered{{mediaJSON, ordered{{"schema", ref(b.in)}}}}}}},
			{"responses", ordered{
				{"200", ordered{{"description", "The result."}, {"content", ordered{{mediaJSON, ordered{{"schema", ref(b.out)}}}}}}},
				{"400", response("BadRequest")},
				{"413", response("TooLarge")},
				{"415", response("UnsupportedMediaType")},
				{"422", response("Unprocessable")},
				{"500", response("Internal")},
				{"503", response("Busy")},
			}},
		}
		if item, ok := paths.at(rt.path).(ordered); ok {
			item = append(item, &orderedMember{strings.ToLower(rt.method), op})
			paths.set(rt.path, item)
		} else {
			paths = append(paths, &orderedMember{rt.path, ordered{{strings.ToLower(rt.method), op}}})
		}
		tags, _ := doc.at("tags").([]any)
		if !slices.ContainsFunc(tags, func(tag any) bool { return tag.(ordered).at("name") == segments[0] }) {
			doc.set("tags", append(tags, ordered{{"name", segments[0]}, {"description", "Routes under /v1/" + segments[0] + "/."}}))
		}
	}
	return errs
}

// TestOpenAPIRouteBodies: every route served is in routeBodies, and every
// route there is served.
func TestOpenAPIRouteBodies(t *testing.T) {
	s, _ := testServer(t, nil)
	var served []string
	for _, rt := range s.routes {
		served = append(served, rt.method+" "+rt.path)
	}
	assert.ElementsMatch(t, served, slices.Collect(maps.Keys(routeBodies)))
}

// TestOpenAPISchemasAreGenerated fails while components/schemas is not
// what the Go types give: after changing a request or result type, run
//
//	go test ./examples/server -run TestOpenAPIUpdate -update
func TestOpenAPISchemasAreGenerated(t *testing.T) {
	_, old := currentSchemas(t)
	gen, errs := generateSchemas(old)
	require.Empty(t, errs)
	names := func(o ordered) []string {
		var out []string
		for _, m := range o {
			out = append(out, m.key)
		}
		return out
	}
	require.Equal(t, names(gen), names(old), "components/schemas names other types than the Go types give: run TestOpenAPIUpdate -update")
	for _, m := range gen {
		var want, got strings.Builder
		require.NoError(t, writeIndented(&want, m.value))
		require.NoError(t, writeIndented(&got, old.at(m.key)))
		assert.Equal(t, want.String(), got.String(), "schema %s is stale: run TestOpenAPIUpdate -update", m.key)
	}
}

// writeIndented writes v as indented JSON.
func writeIndented(w *strings.Builder, v any) error {
	var compact bytes.Buffer
	if err := writeOrdered(&compact, v); err != nil {
		return err
	}
	var out bytes.Buffer
	if err := json.Indent(&out, compact.Bytes(), "", "  "); err != nil {
		return err
	}
	w.Write(out.Bytes())
	return nil
}

// TestOpenAPIHandSchemas holds each hand-written schema to the type's own
// JSON: its golden file (or value) fits the schema, which admits no member
// it does not list, and has every member the schema lists, so a member
// added to the type's JSON form fails here until the schema has it.
func TestOpenAPIHandSchemas(t *testing.T) {
	doc := loadOpenAPI(t)
	g := &schemaGen{}
	for typ, h := range handSchemas {
		name := g.name(typ)
		t.Run(name, func(t *testing.T) {
			var data []byte
			if h.golden != "" {
				var err error
				data, err = os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(h.golden)))
				require.NoError(t, err)
			} else {
				var err error
				data, err = json.Marshal(h.value)
				require.NoError(t, err)
			}
			var v any
			require.NoError(t, decodeNumbers(data, &v))
			schema := doc.resolve(map[string]any{"$ref": "#/components/schemas/" + name})
			require.NotNil(t, schema, "openapi.json has no schema %s", name)
			for _, msg := range doc.check(schema, v, "") {
				t.Errorf("%s does not fit schema %s: %s", h.golden, name, msg)
			}
			objects, values := schema, []any{v}
			if items := obj(schema, "items"); items != nil { // a list type: its elements are the objects
				objects, values = doc.resolve(items), asSlice(v)
			}
			for _, golden := range h.also {
				data, err := os.ReadFile(filepath.Join("..", "..", filepath.FromSlash(golden)))
				require.NoError(t, err)
				var w any
				require.NoError(t, decodeNumbers(data, &w))
				for _, msg := range doc.check(schema, w, "") {
					t.Errorf("%s does not fit schema %s: %s", golden, name, msg)
				}
				values = append(values, w)
			}
			assert.Equal(t, false, objects["additionalProperties"], "schema %s admits members it does not list", name)
			for member := range obj(objects, "properties") {
				seen := false
				for _, e := range values {
					_, ok := e.(map[string]any)[member]
					seen = seen || ok
				}
				assert.True(t, seen, "schema %s lists %q, which the type's JSON (%s) does not have", name, member, h.golden)
			}
		})
	}
}

// TestOpenAPISchemasAreTyped: no schema in the document is a bare object
// or untyped, the kind of schema with which generated clients drop
// members or type them as "anything"; every enum lists its names; and each
// request and result type has its schema, with a property for every member
// its Go type writes.
func TestOpenAPISchemasAreTyped(t *testing.T) {
	doc := loadOpenAPI(t)
	var walk func(s map[string]any, at string)
	walk = func(s map[string]any, at string) {
		if s == nil || s["$ref"] != nil {
			return
		}
		_, typed := s["type"]
		_, union := s["oneOf"]
		assert.True(t, typed || union, "%s: a schema with no type", at)
		if s["type"] == "object" && s["properties"] == nil && s["additionalProperties"] == nil {
			t.Errorf("%s: a bare object, whose members a client cannot know", at)
		}
		if s["type"] == "string" && s["enum"] != nil {
			assert.NotEmpty(t, s["enum"], "%s: an enum without names", at)
		}
		for name, p := range obj(s, "properties") {
			walk(p.(map[string]any), at+".properties."+name)
		}
		walk(obj(s, "items"), at+".items")
		if ap, ok := s["additionalProperties"].(map[string]any); ok {
			walk(ap, at+".additionalProperties")
		}
		for i, alt := range asSlice(s["oneOf"]) {
			walk(alt.(map[string]any), fmt.Sprintf("%s.oneOf[%d]", at, i))
		}
	}
	schemas := obj(obj(map[string]any(doc), "components"), "schemas")
	for name, s := range schemas {
		walk(s.(map[string]any), name)
	}
	g := &schemaGen{}
	for _, typ := range slices.Concat(requestTypes, resultTypes) {
		s := obj(schemas, g.name(typ))
		require.NotNil(t, s, "no schema for %v", typ)
		if _, hand := handSchemas[typ]; hand {
			continue // TestOpenAPIHandSchemas holds these to their JSON
		}
		for _, f := range jsonFields(typ) {
			assert.Contains(t, obj(s, "properties"), f.name, "%s lacks %v's member %q", g.name(typ), typ, f.name)
		}
	}
}

// TestDutiesRequestDocMatches: the document's request for
// /v1/creator/duties has the members, in order, that the server reads.
func TestDutiesRequestDocMatches(t *testing.T) {
	names := func(t reflect.Type) []string {
		var out []string
		for f := range t.Fields() {
			out = append(out, f.Tag.Get("json"))
		}
		return out
	}
	assert.Equal(t, names(reflect.TypeFor[dutiesRequest]()), names(reflect.TypeFor[dutiesRequestDoc]()))
}

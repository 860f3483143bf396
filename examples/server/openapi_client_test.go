package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// oapiCodegen is the pinned oapi-codegen that TestGeneratedGoClient runs
// through the Go module proxy (cached in the module and build caches after
// the first run).
const oapiCodegen = "github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen@v2.9.0"

// oapiRuntime is the pinned module the generated client imports.
const oapiRuntime = "github.com/oapi-codegen/runtime v1.9.1"

// clientCall is one line the generated-client driver prints: what the
// typed client sent and received for one example request.
type clientCall struct {
	Op      string `json:"op"`
	Example string `json:"example"`
	Sent    string `json:"sent"`   // the typed request, marshalled again
	Got     string `json:"got"`    // the typed response, marshalled again
	Body    string `json:"body"`   // the response body as the server sent it
	Status  int    `json:"status"` // the response status
	Err     string `json:"err"`
}

// TestGeneratedGoClient generates a Go client from openapi.json with
// oapi-codegen into a module of its own, builds it, and sends every example
// request that the document answers with 200 through it to the server on
// 127.0.0.1:0. Nothing may be lost on the way: each example decodes into
// the typed request with no unknown member and marshals back to the same
// JSON, each typed response marshals back to the JSON the server sent, and
// each NDJSON stream's answer is the documented one. It needs the Go module
// proxy (or a module cache that has the generator) and skips without it;
// -short skips it too (it builds a module: a minute on a cold cache).
func TestGeneratedGoClient(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the generated-client test builds a module of its own")
	}
	dir := t.TempDir()
	goCmd := func(timeout time.Duration, args ...string) ([]byte, error) {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, "go", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
		return cmd.CombinedOutput()
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module example.com/influencekitclient\n\ngo 1.24\n\nrequire "+oapiRuntime+"\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "openapi.json"), []byte(openAPIDocument), 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "client"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "client", "config.yaml"), []byte("package: client\ngenerate:\n  client: true\n  models: true\noutput: client/client.gen.go\n"), 0o644))
	if out, err := goCmd(5*time.Minute, "mod", "download", strings.Replace(oapiCodegen, "/cmd/oapi-codegen@", "@", 1)); err != nil {
		t.Skipf("the Go module proxy cannot be had, so oapi-codegen cannot be fetched: %v\n%s", err, out)
	}
	out, err := goCmd(5*time.Minute, "run", oapiCodegen, "-config", "client/config.yaml", "openapi.json")
	require.NoError(t, err, "oapi-codegen: %s", out)

	doc := loadOpenAPI(t)
	driver, calls := goClientDriver(t, doc)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "main.go"), driver, 0o644))
	out, err = goCmd(5*time.Minute, "mod", "tidy")
	require.NoError(t, err, "go mod tidy: %s", out)
	out, err = goCmd(5*time.Minute, "build", "-o", "driver", ".")
	require.NoError(t, err, "the generated client does not build: %s", out)

	s, _ := testServer(t, nil)
	base := listen(t, s)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, filepath.Join(dir, "driver"), base)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err = cmd.Output()
	require.NoError(t, err, "driver: %s", stderr.String())

	seen := 0
	for line := range bytes.Lines(out) {
		var c clientCall
		require.NoError(t, json.Unmarshal(line, &c))
		want, ok := calls[c.Op+" "+c.Example]
		require.True(t, ok, "the driver reports a call it was not given: %s %s", c.Op, c.Example)
		seen++
		t.Run(c.Op+"/"+c.Example, func(t *testing.T) {
			require.Empty(t, c.Err)
			assert.Equal(t, 200, c.Status, "body: %s", c.Body)
			if want.request != "" {
				assert.JSONEq(t, want.request, c.Sent, "the typed request lost or changed a member of the example")
			}
			if want.stream != "" {
				assert.Equal(t, want.stream, c.Body, "the stream's answer is the documented one")
				return
			}
			if want.text {
				var got string
				require.NoError(t, json.Unmarshal([]byte(c.Got), &got))
				assert.Equal(t, c.Body, got)
				assert.NotEmpty(t, got)
				return
			}
			assert.JSONEq(t, c.Body, c.Got, "the typed response lost or changed a member of the server's answer")
		})
	}
	assert.Equal(t, len(calls), seen, "every example request went through the client")
}

// expectedCall is what TestGeneratedGoClient checks a driver line against.
type expectedCall struct {
	request string // the example request body, JSON; empty for a GET
	stream  string // the documented NDJSON answer of a stream route
	text    bool   // the answer is text, not JSON
}

// goClientDriver writes a program that sends the document's example
// requests answered with 200 through the generated client (package
// ./client) to the server at os.Args[1], printing one clientCall per
// request. It returns the program and the calls it makes, by "op example".
func goClientDriver(t *testing.T, doc openAPI) ([]byte, map[string]expectedCall) {
	t.Helper()
	calls := map[string]expectedCall{}
	var body strings.Builder
	ops := doc.operations()
	for _, name := range slices.Sorted(maps.Keys(ops)) {
		op := ops[name]
		method, path, _ := strings.Cut(name, " ")
		id, _ := op["operationId"].(string)
		goName := strings.ToUpper(id[:1]) + id[1:]
		for _, ex := range doc.exampleRequests(t, method, path, op) {
			if ex.status != "200" || path == "/openapi.json" {
				continue
			}
			key := id + " " + ex.name
			switch {
			case ex.contentType == mediaNDJSON:
				documented := obj(obj(obj(obj(ex.response, "content"), mediaNDJSON), "examples"), ex.name)["value"]
				calls[key] = expectedCall{stream: fmt.Sprint(documented)}
				fmt.Fprintf(&body, "\tstream(%q, %q, %q, func(ctx context.Context, r io.Reader) ([]byte, int, error) {\n\t\tres, err := c.%sWithBodyWithResponse(ctx, %q, r)\n\t\tif err != nil {\n\t\t\treturn nil, 0, err\n\t\t}\n\t\treturn res.Body, res.StatusCode(), nil\n\t})\n",
					id, ex.name, ex.body, goName, mediaNDJSON)
			case ex.contentType == mediaJSON:
				// A text answer (a rendered contract) is untyped: the
				// client hands over its bytes.
				got := "res.JSON200"
				text := obj(obj(ex.response, "content"), "application/json") == nil
				if text {
					got = "string(res.Body)"
				}
				calls[key] = expectedCall{request: ex.body, text: text}
				fmt.Fprintf(&body, "\tcall(%q, %q, %q, func(ctx context.Context, in client.%sJSONRequestBody) (any, []byte, int, error) {\n\t\tres, err := c.%sWithResponse(ctx, in)\n\t\tif err != nil {\n\t\t\treturn nil, nil, 0, err\n\t\t}\n\t\treturn %s, res.Body, res.StatusCode(), nil\n\t})\n",
					id, ex.name, ex.body, goName, goName, got)
			case strings.Contains(ex.target, "?"):
				params := map[string]any{}
				q := strings.SplitN(ex.target, "?", 2)[1]
				for kv := range strings.SplitSeq(q, "&") {
					k, v, _ := strings.Cut(kv, "=")
					if n, err := strconv.ParseInt(v, 10, 64); err == nil {
						params[k] = n
					} else {
						params[k] = v
					}
				}
				raw, err := json.Marshal(params)
				require.NoError(t, err)
				calls[key] = expectedCall{request: string(raw)}
				fmt.Fprintf(&body, "\tcall(%q, %q, %q, func(ctx context.Context, in client.%sParams) (any, []byte, int, error) {\n\t\tres, err := c.%sWithResponse(ctx, &in)\n\t\tif err != nil {\n\t\t\treturn nil, nil, 0, err\n\t\t}\n\t\treturn res.JSON200, res.Body, res.StatusCode(), nil\n\t})\n",
					id, ex.name, string(raw), goName, goName)
			default:
				calls[key] = expectedCall{}
				fmt.Fprintf(&body, "\tcall(%q, %q, \"{}\", func(ctx context.Context, _ struct{}) (any, []byte, int, error) {\n\t\tres, err := c.%sWithResponse(ctx)\n\t\tif err != nil {\n\t\t\treturn nil, nil, 0, err\n\t\t}\n\t\treturn res.JSON200, res.Body, res.StatusCode(), nil\n\t})\n",
					id, ex.name, goName)
			}
		}
	}
	program := `// Command driver sends example requests through the generated client.
package main

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"strings"

	"example.com/influencekitclient/client"
)

var c *client.ClientWithResponses

type result struct {
	Op      string ` + "`json:\"op\"`" + `
	Example string ` + "`json:\"example\"`" + `
	Sent    string ` + "`json:\"sent\"`" + `
	Got     string ` + "`json:\"got\"`" + `
	Body    string ` + "`json:\"body\"`" + `
	Status  int    ` + "`json:\"status\"`" + `
	Err     string ` + "`json:\"err\"`" + `
}

func emit(r result) {
	b, _ := json.Marshal(r)
	os.Stdout.Write(append(b, '\n'))
}

// call decodes the example into the typed request, strictly, sends it and
// reports what went out and came back.
func call[In any](op, example, raw string, do func(context.Context, In) (any, []byte, int, error)) {
	r := result{Op: op, Example: example}
	var in In
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		r.Err = "the typed request cannot hold the example: " + err.Error()
		emit(r)
		return
	}
	sent, _ := json.Marshal(in)
	r.Sent = string(sent)
	got, body, status, err := do(context.Background(), in)
	if err != nil {
		r.Err = err.Error()
	}
	g, _ := json.Marshal(got)
	r.Got, r.Body, r.Status = string(g), string(body), status
	emit(r)
}

// stream sends an NDJSON body and reports the answer as it came.
func stream(op, example, raw string, do func(context.Context, io.Reader) ([]byte, int, error)) {
	r := result{Op: op, Example: example, Sent: raw}
	body, status, err := do(context.Background(), strings.NewReader(raw))
	if err != nil {
		r.Err = err.Error()
	}
	r.Body, r.Status = string(body), status
	emit(r)
}

func main() {
	var err error
	c, err = client.NewClientWithResponses(os.Args[1])
	if err != nil {
		panic(err)
	}
` + body.String() + "}\n"
	return []byte(program), calls
}

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
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tsPackages are the pinned npm packages TestGeneratedTypeScriptClient
// installs, once, into a folder of the user's cache named for them.
var tsPackages = map[string]string{
	"openapi-typescript": "7.13.0",
	"openapi-fetch":      "0.17.0",
	"typescript":         "5.9.3",
	"@types/node":        "20.19.27",
}

// tsCall is one line the TypeScript driver prints.
type tsCall struct {
	Op      string `json:"op"`
	Example string `json:"example"`
	Status  int    `json:"status"`
	Same    bool   `json:"same"` // the answer equals the documented example
	Err     string `json:"err"`
}

// TestGeneratedTypeScriptClient generates TypeScript types from
// openapi.json with openapi-typescript, type-checks them with a driver
// under tsc --strict, and runs the driver, which sends every example
// request the document answers with 200 through openapi-fetch to the
// server on 127.0.0.1:0. Each example request and its documented answer
// are object literals typed as the generated request and response types,
// so tsc rejects a member the types lack (excess property checks) and a
// value of the wrong type; at run time each answer must equal the
// documented one. It needs node and npm (and the npm registry, or a cache
// that has the packages) and skips without them; -short skips it too.
func TestGeneratedTypeScriptClient(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the generated-client test installs npm packages and runs tsc")
	}
	for _, tool := range []string{"node", "npm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s cannot be had (%v): the TypeScript client is not tested; .ci/run installs Debian's nodejs and npm", tool, err)
		}
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		cache = os.TempDir()
	}
	var pins []string
	for _, name := range slices.Sorted(maps.Keys(tsPackages)) {
		pins = append(pins, name+"@"+tsPackages[name])
	}
	root := filepath.Join(cache, "influencekit", "openapi-ts", strings.NewReplacer("/", "_", "@", "-").Replace(strings.Join(pins, "+")))
	require.NoError(t, os.MkdirAll(root, 0o755))
	run := func(dir string, timeout time.Duration, name string, args ...string) ([]byte, error) {
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, name, args...)
		cmd.Dir = dir
		return cmd.CombinedOutput()
	}
	if _, err := os.Stat(filepath.Join(root, "node_modules", ".package-lock.json")); err != nil {
		deps, err := json.Marshal(map[string]any{"private": true, "type": "module", "devDependencies": tsPackages})
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(root, "package.json"), deps, 0o644))
		if out, err := run(root, 5*time.Minute, "npm", "install", "--no-audit", "--no-fund", "--ignore-scripts"); err != nil {
			t.Skipf("the npm packages cannot be had: %v\n%s", err, out)
		}
	}
	dir, err := os.MkdirTemp(root, "run-")
	require.NoError(t, err)
	t.Cleanup(func() { os.RemoveAll(dir) })

	require.NoError(t, os.WriteFile(filepath.Join(dir, "openapi.json"), []byte(openAPIDocument), 0o644))
	out, err := run(dir, 2*time.Minute, "node", filepath.Join(root, "node_modules", "openapi-typescript", "bin", "cli.js"), "openapi.json", "-o", "schema.ts")
	require.NoError(t, err, "openapi-typescript: %s", out)
	driver, calls := tsClientDriver(t, loadOpenAPI(t))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "driver.ts"), driver, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "package.json"), []byte(`{"private": true, "type": "module"}`), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "tsconfig.json"), []byte(`{"compilerOptions": {"strict": true, "target": "es2022",
 "module": "nodenext", "moduleResolution": "nodenext", "types": ["node"], "noEmitOnError": true, "skipLibCheck": true},
 "files": ["schema.ts", "driver.ts"]}`), 0o644))
	out, err = run(dir, 3*time.Minute, "node", filepath.Join(root, "node_modules", "typescript", "bin", "tsc"), "-p", ".")
	require.NoError(t, err, "tsc rejects the generated types or an example under them:\n%s", out)

	s, _ := testServer(t, nil)
	base := listen(t, s)
	out, err = run(dir, 2*time.Minute, "node", "driver.js", base)
	require.NoError(t, err, "driver: %s", out)
	seen := 0
	for line := range bytes.Lines(out) {
		var c tsCall
		require.NoError(t, json.Unmarshal(line, &c), "driver line %q", line)
		require.True(t, calls[c.Op+" "+c.Example], "the driver reports a call it was not given: %s %s", c.Op, c.Example)
		seen++
		t.Run(c.Op+"/"+c.Example, func(t *testing.T) {
			require.Empty(t, c.Err)
			assert.Equal(t, 200, c.Status)
			assert.True(t, c.Same, "the answer through the typed client is not the documented one")
		})
	}
	assert.Equal(t, len(calls), seen, "every example request went through the client")
}

// tsClientDriver writes driver.ts: for each example request answered with
// 200, a typed call through openapi-fetch. It returns the program and the
// calls it makes, by "op example".
func tsClientDriver(t *testing.T, doc openAPI) ([]byte, map[string]bool) {
	t.Helper()
	calls := map[string]bool{}
	var body strings.Builder
	ops := doc.operations()
	for _, name := range slices.Sorted(maps.Keys(ops)) {
		op := ops[name]
		method, path, _ := strings.Cut(name, " ")
		id, _ := op["operationId"].(string)
		m := strings.ToLower(method)
		for _, ex := range doc.exampleRequests(t, method, path, op) {
			if ex.status != "200" || path == "/openapi.json" {
				continue
			}
			calls[id+" "+ex.name] = true
			content := obj(ex.response, "content")
			var documented any
			for _, media := range content {
				if v, ok := obj(obj(media, "examples"), ex.name)["value"]; ok {
					documented = v
				}
			}
			lit := func(v any) string {
				b, err := json.Marshal(v)
				require.NoError(t, err)
				return string(b)
			}
			fmt.Fprintf(&body, "await call(%q, %q, async () => {\n", id, ex.name)
			switch {
			case ex.contentType == mediaNDJSON:
				fmt.Fprintf(&body, "\tconst body: Body<%q, %q, %q> = %s;\n", path, m, mediaNDJSON, lit(ex.body))
				fmt.Fprintf(&body, "\tconst { data, response } = await client.POST(%q, { body, parseAs: \"text\", headers: { \"Content-Type\": %q }, bodySerializer: (b: string) => b });\n", path, mediaNDJSON)
				fmt.Fprintf(&body, "\treturn { status: response.status, same: data === %s };\n", lit(documented))
			case ex.contentType == mediaJSON && obj(content, mediaJSON) == nil: // a text answer
				fmt.Fprintf(&body, "\tconst body: Body<%q, %q, %q> = %s;\n", path, m, mediaJSON, ex.body)
				fmt.Fprintf(&body, "\tconst { data, response } = await client.POST(%q, { body, parseAs: \"text\" });\n", path)
				fmt.Fprintf(&body, "\treturn { status: response.status, same: typeof data === \"string\" && data.length > 0 };\n")
			case ex.contentType == mediaJSON:
				fmt.Fprintf(&body, "\tconst body: Body<%q, %q, %q> = %s;\n", path, m, mediaJSON, ex.body)
				fmt.Fprintf(&body, "\tconst expected: Answer<%q, %q> = %s;\n", path, m, lit(documented))
				fmt.Fprintf(&body, "\tconst { data, response } = await client.POST(%q, { body });\n", path)
				fmt.Fprintf(&body, "\treturn { status: response.status, same: canon(data) === canon(expected) };\n")
			case strings.Contains(ex.target, "?"):
				query := map[string]any{}
				for p := range asSliceOf(op["parameters"]) {
					if e, ok := obj(obj(p, "examples"), ex.name)["value"]; ok {
						query[p["name"].(string)] = e
					}
				}
				fmt.Fprintf(&body, "\tconst query: Query<%q, %q> = %s;\n", path, m, lit(query))
				fmt.Fprintf(&body, "\tconst { data, response } = await client.GET(%q, { params: { query } });\n", path)
				if documented != nil {
					fmt.Fprintf(&body, "\tconst expected: Answer<%q, %q> = %s;\n", path, m, lit(documented))
					fmt.Fprintf(&body, "\treturn { status: response.status, same: canon(data) === canon(expected) };\n")
				} else {
					fmt.Fprintf(&body, "\treturn { status: response.status, same: data !== undefined };\n")
				}
			default:
				fmt.Fprintf(&body, "\tconst { data, response } = await client.GET(%q);\n", path)
				fmt.Fprintf(&body, "\treturn { status: response.status, same: data !== undefined };\n")
			}
			body.WriteString("});\n")
		}
	}
	program := `// Sends example requests through openapi-fetch, typed by openapi-typescript.
import createClient from "openapi-fetch";
import type { paths } from "./schema.js";

type Op<P extends keyof paths, M extends keyof paths[P]> = paths[P][M];
// Body is the request body type of P and M for media type T.
type Body<P extends keyof paths, M extends keyof paths[P], T extends string> =
	Op<P, M> extends { requestBody: { content: infer C } } ? (T extends keyof C ? C[T] : never) : never;
// Answer is the JSON type of the 200 answer of P and M.
type Answer<P extends keyof paths, M extends keyof paths[P]> =
	Op<P, M> extends { responses: { 200: { content: { "application/json": infer R } } } } ? R : never;
// Query is the query parameters' type of P and M.
type Query<P extends keyof paths, M extends keyof paths[P]> =
	Op<P, M> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

const client = createClient<paths>({ baseUrl: process.argv[2] });

// canon writes v as JSON with object keys sorted, to compare values.
function canon(v: unknown): string {
	return JSON.stringify(v, (_k, x) =>
		x && typeof x === "object" && !Array.isArray(x)
			? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: x);
}

async function call(op: string, example: string, f: () => Promise<{ status: number; same: boolean }>) {
	try {
		const r = await f();
		console.log(JSON.stringify({ op, example, status: r.status, same: r.same, err: "" }));
	} catch (e) {
		console.log(JSON.stringify({ op, example, status: 0, same: false, err: String(e) }));
	}
}

` + body.String()
	return []byte(program), calls
}

// asSliceOf yields the objects in the JSON array v.
func asSliceOf(v any) func(yield func(map[string]any) bool) {
	return func(yield func(map[string]any) bool) {
		for _, e := range asSlice(v) {
			if m, ok := e.(map[string]any); ok && !yield(m) {
				return
			}
		}
	}
}

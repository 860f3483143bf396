package main

import (
	_ "embed"
	"net/http"
	"strconv"
)

// openAPIDocument is the OpenAPI 3.1 description of every route, kept true
// by the TestOpenAPI* tests. Its response examples are the server's own
// answers to its request examples; after changing what a route answers,
// rewrite them with
//
//	go test ./examples/server -run TestOpenAPIUpdate -update
//
//go:embed openapi.json
var openAPIDocument string

// openAPI answers GET /openapi.json with the embedded document.
func (s *server) openAPI(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", strconv.Itoa(len(openAPIDocument)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write([]byte(openAPIDocument))
	}
}

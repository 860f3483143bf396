package main

import (
	"net/http"

	"github.com/influencekit/influencekit/disclosure"
)

// autofixResult is what /v1/disclosure/autofix returns for a post: the
// caption with the first fix of every fixable finding applied.
type autofixResult struct {
	Caption string `json:"caption"`
}

// checkPost is the answer of /v1/disclosure/check and its stream.
func checkPost(p disclosure.Post) disclosure.Report { return disclosure.Check(p) }

// autofixPost is the answer of /v1/disclosure/autofix and its stream.
func autofixPost(p disclosure.Post) autofixResult { return autofixResult{disclosure.Autofix(p)} }

// disclosureCheck answers POST /v1/disclosure/check: a disclosure.Post in,
// its disclosure.Report out.
func (s *server) disclosureCheck(w http.ResponseWriter, r *http.Request) {
	var p disclosure.Post
	if s.readJSON(w, r, &p) {
		s.writeJSON(w, r, checkPost(p))
	}
}

// disclosureAutofix answers POST /v1/disclosure/autofix: a disclosure.Post
// in, {"caption": fixed} out.
func (s *server) disclosureAutofix(w http.ResponseWriter, r *http.Request) {
	var p disclosure.Post
	if s.readJSON(w, r, &p) {
		s.writeJSON(w, r, autofixPost(p))
	}
}

// disclosureCheckStream answers POST /v1/disclosure/check/stream: one
// disclosure.Post per application/x-ndjson line in, its disclosure.Report
// (or the problem with it) per line out.
func (s *server) disclosureCheckStream(w http.ResponseWriter, r *http.Request) {
	s.streamNDJSON(w, r, postAnswer(checkPost))
}

// disclosureAutofixStream answers POST /v1/disclosure/autofix/stream: one
// disclosure.Post per line in, {"caption": fixed} (or the problem with it)
// per line out.
func (s *server) disclosureAutofixStream(w http.ResponseWriter, r *http.Request) {
	s.streamNDJSON(w, r, postAnswer(autofixPost))
}

// postAnswer turns answer into the answer to one NDJSON line holding a
// post: the post is read as a JSON body is (see decodeStrict).
func postAnswer[T any](answer func(disclosure.Post) T) func(line []byte) (any, *problem) {
	return func(line []byte) (any, *problem) {
		var p disclosure.Post
		if pr := decodeStrict(line, &p); pr != nil {
			return nil, pr
		}
		return answer(p), nil
	}
}

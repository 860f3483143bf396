package main

import (
	"net/http"

	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/internal/jsonobject"
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
	if p, ok := s.readPostBody(w, r); ok {
		s.writeJSON(w, r, checkPost(p))
	}
}

// disclosureAutofix answers POST /v1/disclosure/autofix: a disclosure.Post
// in, {"caption": fixed} out.
func (s *server) disclosureAutofix(w http.ResponseWriter, r *http.Request) {
	if p, ok := s.readPostBody(w, r); ok {
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
// post: the post is read as a JSON body is (see decodeRequest).
func postAnswer[T any](answer func(disclosure.Post) T) func(line []byte) (any, *problem) {
	return func(line []byte) (any, *problem) {
		p, err := decodePost(line)
		if err != nil {
			pr := requestProblem(err)
			return nil, &pr
		}
		return answer(p), nil
	}
}

// readPostBody reads r's body, one disclosure.Post (see decodePost). It
// returns false after writing the problem when the post cannot be read.
func (s *server) readPostBody(w http.ResponseWriter, r *http.Request) (disclosure.Post, bool) {
	data, ok := s.readBody(w, r)
	if !ok {
		return disclosure.Post{}, false
	}
	p, err := decodePost(data)
	if err != nil {
		s.problem(w, r, requestProblem(err))
		return disclosure.Post{}, false
	}
	return p, true
}

// decodePost reads data, one disclosure.Post, with the post's own reader,
// which reads it in one pass and nothing more. Only a post it rejects is
// read again, by the request cursor (decodeRequest), whose error names the
// JSON path of the fault as for every other request: the path is paid for
// on the error path alone. The error is decodeRequest's.
func decodePost(data []byte) (disclosure.Post, error) {
	var p disclosure.Post
	if p.UnmarshalJSON(data) == nil {
		return p, nil
	}
	return p, decodeRequest(data, readPost(&p))
}

// readPost returns the request cursor's reader of a body that is one
// disclosure.Post, read by the post's own reader (which names the member
// it rejects, and wants "caption") once the cursor has checked its syntax.
func readPost(p *disclosure.Post) func(*jsonobject.Cursor) error {
	return func(d *jsonobject.Cursor) error { return readSelf(d, p) }
}

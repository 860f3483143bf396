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

// disclosureCheck answers POST /v1/disclosure/check: a disclosure.Post in,
// its disclosure.Report out; with application/x-ndjson, one per line.
func (s *server) disclosureCheck(w http.ResponseWriter, r *http.Request) {
	s.posts(w, r, func(p disclosure.Post) any { return disclosure.Check(p) })
}

// disclosureAutofix answers POST /v1/disclosure/autofix: a disclosure.Post
// in, {"caption": fixed} out; with application/x-ndjson, one per line.
func (s *server) disclosureAutofix(w http.ResponseWriter, r *http.Request) {
	s.posts(w, r, func(p disclosure.Post) any { return autofixResult{disclosure.Autofix(p)} })
}

// posts reads one post, or a stream of them for application/x-ndjson, and
// answers with answer's result for each.
func (s *server) posts(w http.ResponseWriter, r *http.Request, answer func(disclosure.Post) any) {
	switch mediaType(r) {
	case mediaNDJSON:
		s.streamNDJSON(w, r, func(line []byte) (any, *problem) {
			var p disclosure.Post
			if pr := decodeStrict(line, &p); pr != nil {
				return nil, pr
			}
			return answer(p), nil
		})
	case mediaJSON:
		var p disclosure.Post
		if s.readJSON(w, r, &p) {
			s.writeJSON(w, r, answer(p))
		}
	default:
		s.unsupportedMediaType(w, r, []string{mediaJSON, mediaNDJSON})
	}
}

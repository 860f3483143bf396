package main

import (
	"bytes"
	"errors"
	"net/http"
	"strconv"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
)

// validateResult is what /v1/contract/validate returns: the contract's
// problems, sorted by field then rule, and whether none is an error.
type validateResult struct {
	Valid    bool               `json:"valid"`    // no problem of severity error
	Problems []contract.Problem `json:"problems"` // [] when there are none
}

// readContract reads a contract.Contract from r's body with contract.Parse.
// A contract Parse rejects is a 400 naming the JSON path of the offending
// value. It returns false after writing the problem.
func (s *server) readContract(w http.ResponseWriter, r *http.Request) (contract.Contract, bool) {
	data, ok := s.readBody(w, r)
	if !ok {
		return contract.Contract{}, false
	}
	c, err := contract.Parse(data)
	if err == nil {
		return c, true
	}
	pe, _ := errors.AsType[*contract.ParseError](err)
	switch {
	case pe == nil: // Parse documents *ParseError; keep the message anyway
		s.problem(w, r, problemInvalidValue("", err.Error()))
	case errors.Is(err, contract.ErrSyntax), errors.Is(err, contract.ErrTrailingData):
		p := problemMalformedJSON(err.Error())
		p.Field = pe.Path
		s.problem(w, r, p)
	default:
		s.problem(w, r, problemInvalidValue(pe.Path, err.Error()))
	}
	return contract.Contract{}, false
}

// contractValidate answers POST /v1/contract/validate.
func (s *server) contractValidate(w http.ResponseWriter, r *http.Request) {
	c, ok := s.readContract(w, r)
	if !ok {
		return
	}
	out := validateResult{Valid: true, Problems: c.Validate()}
	if out.Problems == nil {
		out.Problems = []contract.Problem{}
	}
	for _, p := range out.Problems {
		if p.Severity == influencekit.SeverityError {
			out.Valid = false
		}
	}
	s.writeJSON(w, r, out)
}

// contractRender answers POST /v1/contract/render with the contract's
// Markdown draft (contract.Render), as text/markdown.
func (s *server) contractRender(w http.ResponseWriter, r *http.Request) {
	c, ok := s.readContract(w, r)
	if !ok {
		return
	}
	var md bytes.Buffer
	if err := contract.Render(&md, c); err != nil { // only a writer's error, and a Buffer has none
		panic(err)
	}
	h := w.Header()
	h.Set("Content-Type", "text/markdown; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", strconv.Itoa(md.Len()))
	w.WriteHeader(http.StatusOK)
	w.Write(md.Bytes())
}

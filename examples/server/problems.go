package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/influencekit/influencekit/disclosure"
)

// problemTypeBase prefixes every problem type: tag URIs (RFC 4151), which
// RFC 9457 section 3.1.1 suggests for types that need not be dereferenced.
const problemTypeBase = "tag:influencekit.dev,2026:problem/"

// problem is an RFC 9457 problem details document. Field is an extension
// member every problem has: the JSON path of the offending value in the
// request body ("payment.schedule[1].due", "lines[0].quantity") or the
// name of the offending query parameter; "" when the problem is about the
// request as a whole (malformed JSON, a media type, a route) or about none
// of it (503, 500).
type problem struct {
	Type   string `json:"type"`
	Title  string `json:"title"`
	Status int    `json:"status"`
	Detail string `json:"detail"`
	Field  string `json:"field"`
	// Line is the 1-based input line an NDJSON problem is about; absent
	// outside NDJSON streams.
	Line int64 `json:"line,omitempty"`
}

// newProblem returns a problem of the given status, type slug and title.
func newProblem(status int, slug, title, detail string) problem {
	return problem{Type: problemTypeBase + slug, Title: title, Status: status, Detail: detail}
}

// withField returns p naming field as the offending value.
func (p problem) withField(field string) problem {
	p.Field = field
	return p
}

func problemMalformedJSON(detail string) problem {
	return newProblem(http.StatusBadRequest, "malformed-json", "Malformed JSON", detail)
}

func problemInvalidValue(field, detail string) problem {
	return newProblem(http.StatusBadRequest, "invalid-value", "Invalid value", detail).withField(field)
}

func problemNotFound(detail string) problem {
	return newProblem(http.StatusNotFound, "not-found", "Not found", detail)
}

func problemMethodNotAllowed(method, path, allow string) problem {
	return newProblem(http.StatusMethodNotAllowed, "method-not-allowed", "Method not allowed",
		fmt.Sprintf("%s is not served at %s; allowed: %s", method, path, allow))
}

func problemBodyTooLarge(limit int64) problem {
	return newProblem(http.StatusRequestEntityTooLarge, "body-too-large", "Request body too large",
		fmt.Sprintf("the request body is over the limit of %d bytes", limit))
}

func problemLineTooLong(limit int64) problem {
	return newProblem(http.StatusRequestEntityTooLarge, "line-too-long", "NDJSON line too long",
		fmt.Sprintf("the line is over the limit of %d bytes", limit))
}

func problemUnsupportedMediaType(got, want string) problem {
	if got == "" {
		got = "none"
	}
	return newProblem(http.StatusUnsupportedMediaType, "unsupported-media-type", "Unsupported media type",
		fmt.Sprintf("Content-Type %s is not accepted here; send %s", got, want))
}

func problemUnsupportedCharset(charset string) problem {
	return newProblem(http.StatusUnsupportedMediaType, "unsupported-charset", "Unsupported charset",
		fmt.Sprintf("charset %s is not accepted: send UTF-8, with charset=utf-8 or no charset parameter", strconv.Quote(charset)))
}

func problemRejected(field, detail string) problem {
	return newProblem(http.StatusUnprocessableEntity, "rejected-input", "Input rejected", detail).withField(field)
}

func problemOverloaded(limit int) problem {
	return newProblem(http.StatusServiceUnavailable, "overloaded", "Server busy",
		fmt.Sprintf("%d requests are being served, the most this server serves at once; retry later", limit))
}

func problemTooManyStreams(limit int) problem {
	return newProblem(http.StatusServiceUnavailable, "overloaded", "Server busy",
		fmt.Sprintf("%d NDJSON streams are open, the most this server keeps open at once; retry later", limit))
}

func problemStreamTooLarge(limit int64) problem {
	return newProblem(http.StatusRequestEntityTooLarge, "stream-too-large", "NDJSON stream too large",
		fmt.Sprintf("the stream is over the limit of %d bytes; the lines before this one are answered, send the rest in another request", limit))
}

func problemStreamTimeout(limit time.Duration) problem {
	return newProblem(http.StatusRequestTimeout, "stream-timeout", "NDJSON stream too long",
		fmt.Sprintf("the stream is over the limit of %s; the lines before this one are answered, send the rest in another request", limit))
}

func problemInternal() problem {
	return newProblem(http.StatusInternalServerError, "internal-error", "Internal server error",
		"the server failed to answer this request; it has been logged")
}

// unsupportedMediaType answers r with p, a 415, and names the accepted
// media type in Accept-Post (the IANA-registered header of the W3C Linked
// Data Platform), so a client can tell what to send.
func (s *server) unsupportedMediaType(w http.ResponseWriter, r *http.Request, accepted string, p problem) {
	w.Header().Set("Accept-Post", accepted)
	s.problem(w, r, p)
}

// problem writes p as application/problem+json with p.Status. A 503 says
// when to come back with Retry-After.
func (s *server) problem(w http.ResponseWriter, r *http.Request, p problem) {
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Del("Content-Length")
	if p.Status == http.StatusServiceUnavailable {
		h.Set("Retry-After", strconv.FormatInt(int64((s.cfg.retryAfter+999_999_999)/1_000_000_000), 10))
	}
	w.WriteHeader(p.Status)
	if r.Method == http.MethodHead {
		return
	}
	body, err := json.Marshal(p)
	if err != nil { // a problem holds strings and ints only
		panic(err)
	}
	w.Write(append(body, '\n'))
}

// writeJSON writes v as application/json with status 200.
func (s *server) writeJSON(w http.ResponseWriter, r *http.Request, v any) {
	body := appendJSON(nil, v)
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// appendJSON appends v's JSON form and a newline to dst, "<", ">" and "&"
// left as they are (captions stay readable). A disclosure.Report is
// written once, by its own MarshalJSON (compact, and checked by
// disclosure's tests to be what encoding/json writes): an Encoder would
// validate and compact it all again. Anything else goes through an
// Encoder. A library result that cannot be encoded is a bug: appendJSON
// panics, and the recovery middleware turns that into a logged 500.
func appendJSON(dst []byte, v any) []byte {
	if report, ok := v.(disclosure.Report); ok {
		body, err := report.MarshalJSON()
		if err != nil {
			panic(fmt.Errorf("encoding %T: %w", v, err))
		}
		return append(append(dst, body...), '\n')
	}
	buf := bytes.NewBuffer(dst)
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(fmt.Errorf("encoding %T: %w", v, err))
	}
	return buf.Bytes()
}

package main

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net/http"
	"time"
)

// streamNDJSON answers an application/x-ndjson request line by line: each
// non-blank input line is given to answer, and its result, or the problem
// that stops it, is written as one line of application/x-ndjson and
// flushed before the next line is read. Output line n answers the n-th
// non-blank input line; a problem line carries the input line number in
// its "line" member. A byte-order mark at the start of the body is skipped.
//
// Memory is bounded whatever the body's length: one buffer of
// cfg.maxLine+2 bytes (a line, its CR and LF) and one result at a time. A
// line longer than cfg.maxLine is skipped to its end without being kept and
// answered with a 413 problem line. The read and write deadlines are
// renewed for every line, so a stalled client is cut off after
// cfg.readTimeout or cfg.writeTimeout. The stream as a whole ends, with a
// last problem line for the line it stops at, when its body passes
// cfg.maxStreamBytes (413) or when it has lasted cfg.streamTimeout (408).
// A request slot is held only while a line is answered (see
// limitConcurrency), never while the next line is awaited.
//
// The status of a stream is 200, sent before the first line is read:
// errors are in the lines. A body with no line at all is answered with an
// empty stream.
func (s *server) streamNDJSON(w http.ResponseWriter, r *http.Request, answer func(line []byte) (any, *problem)) {
	if !s.acceptBody(w, r, mediaNDJSON) {
		return
	}
	end := time.Now().Add(s.cfg.streamTimeout)
	rc := http.NewResponseController(w)
	// Read the next line while earlier answers are on their way: HTTP/1.x
	// otherwise drains the body before the first response byte.
	_ = rc.EnableFullDuplex()
	h := w.Header()
	h.Set("Content-Type", mediaNDJSON)
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	br := bufio.NewReaderSize(&cappedReader{r: r.Body, left: s.cfg.maxStreamBytes}, int(s.cfg.maxLine)+2)
	var out []byte
	stop := func(p problem, n int64) {
		p.Line = n
		s.writeLine(w, rc, &out, p, time.Now().Add(s.cfg.writeTimeout))
	}
	for n := int64(1); ; n++ {
		if r.Context().Err() != nil {
			return
		}
		_ = rc.SetReadDeadline(earlier(time.Now().Add(s.cfg.readTimeout), end))
		line, tooLong, err := readLine(br, s.cfg.maxLine)
		if n == 1 {
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		switch {
		case errors.Is(err, errStreamTooLarge):
			stop(problemStreamTooLarge(s.cfg.maxStreamBytes), n)
			return
		case err != nil && !errors.Is(err, io.EOF) && !time.Now().Before(end):
			stop(problemStreamTimeout(s.cfg.streamTimeout), n)
			return
		case err != nil && !errors.Is(err, io.EOF):
			stop(problemMalformedJSON("reading the request body failed: "+err.Error()), n)
			return
		case tooLong:
			p := problemLineTooLong(s.cfg.maxLine)
			p.Line = n
			if !s.writeLine(w, rc, &out, p, earlier(time.Now().Add(s.cfg.writeTimeout), end)) {
				return
			}
		case len(bytes.TrimSpace(line)) > 0:
			result, p, ok := s.answerLine(r, line, answer)
			if !ok {
				return
			}
			if p != nil {
				p.Line = n
				result = *p
			}
			if !s.writeLine(w, rc, &out, result, earlier(time.Now().Add(s.cfg.writeTimeout), end)) {
				return // a client that cannot be written to cannot be told why either
			}
		}
		if err != nil { // io.EOF: the last line is answered
			return
		}
	}
}

// earlier returns the earlier of a and b.
func earlier(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

// errStreamTooLarge is the error of a cappedReader past its limit.
var errStreamTooLarge = errors.New("the NDJSON stream is over its size limit")

// cappedReader reads at most left bytes of r, then fails with
// errStreamTooLarge if r has more; at r's end it returns r's io.EOF. Unlike
// io.LimitReader it tells a body cut at the limit from one that ends
// there, so that a cut line is never answered as if it were whole.
type cappedReader struct {
	r    io.Reader
	left int64
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		var probe [1]byte
		n, err := c.r.Read(probe[:])
		if n > 0 {
			return 0, errStreamTooLarge
		}
		return 0, err
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}

// readLine reads one line from br without its line ending. tooLong reports
// a line over limit bytes, which is consumed up to its end but not
// returned. err is io.EOF after the last line, whether or not it ended with
// a newline.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	line, err = br.ReadSlice('\n')
	for errors.Is(err, bufio.ErrBufferFull) {
		tooLong = true
		_, err = br.ReadSlice('\n')
	}
	if tooLong {
		return nil, true, err
	}
	line = bytes.TrimSuffix(line, []byte("\n"))
	line = bytes.TrimSuffix(line, []byte("\r"))
	if int64(len(line)) > limit {
		return nil, true, err
	}
	return line, false, err
}

// writeLine writes v as one JSON line (see appendJSON) and flushes it, by
// deadline, with *out as its scratch. It returns false when the client can
// no longer be written to.
func (s *server) writeLine(w http.ResponseWriter, rc *http.ResponseController, out *[]byte, v any, deadline time.Time) bool {
	*out = appendJSON((*out)[:0], v)
	_ = rc.SetWriteDeadline(deadline)
	if _, err := w.Write(*out); err != nil {
		return false
	}
	return rc.Flush() == nil
}

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"
)

// streamNDJSON answers an application/x-ndjson request line by line: each
// non-blank input line is given to answer, and its result, or the problem
// that stops it, is written as one line of application/x-ndjson and
// flushed before the next line is read. Output line n answers the n-th
// non-blank input line; a problem line carries the input line number in
// its "line" member.
//
// Memory is bounded whatever the body's length: one buffer of
// cfg.maxLine+2 bytes (a line, its CR and LF) and one result at a time. A
// line longer than cfg.maxLine is skipped to its end without being kept and
// answered with a 413 problem line. There is no limit on the number of
// lines; instead the read and write deadlines are renewed for every line,
// so a stalled client is cut off after cfg.readTimeout or cfg.writeTimeout
// while a steady one may stream for as long as it likes.
//
// The status of a stream is 200, sent before the first line is read:
// errors are in the lines. A body with no line at all is answered with an
// empty stream.
func (s *server) streamNDJSON(w http.ResponseWriter, r *http.Request, answer func(line []byte) (any, *problem)) {
	rc := http.NewResponseController(w)
	// Read the next line while earlier answers are on their way: HTTP/1.x
	// otherwise drains the body before the first response byte.
	_ = rc.EnableFullDuplex()
	h := w.Header()
	h.Set("Content-Type", mediaNDJSON)
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	if r.Method == http.MethodHead {
		return
	}
	br := bufio.NewReaderSize(r.Body, int(s.cfg.maxLine)+2)
	var out bytes.Buffer
	for n := int64(1); ; n++ {
		if r.Context().Err() != nil {
			return
		}
		_ = rc.SetReadDeadline(time.Now().Add(s.cfg.readTimeout))
		line, tooLong, err := readLine(br, s.cfg.maxLine)
		if err != nil && !errors.Is(err, io.EOF) {
			p := problemMalformedJSON("reading the request body failed: " + err.Error())
			p.Line = n
			s.writeLine(w, rc, &out, p)
			return
		}
		switch {
		case tooLong:
			p := problemLineTooLong(s.cfg.maxLine)
			p.Line = n
			s.writeLine(w, rc, &out, p)
		case len(bytes.TrimSpace(line)) > 0:
			result, p := answer(line)
			if p != nil {
				p.Line = n
				result = *p
			}
			if !s.writeLine(w, rc, &out, result) {
				return
			}
		}
		if err != nil { // io.EOF: the last line is answered
			return
		}
	}
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

// writeLine writes v as one JSON line and flushes it. It returns false when
// the client can no longer be written to.
func (s *server) writeLine(w http.ResponseWriter, rc *http.ResponseController, out *bytes.Buffer, v any) bool {
	out.Reset()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(fmt.Errorf("encoding %T: %w", v, err)) // a library result that cannot be encoded is a bug
	}
	_ = rc.SetWriteDeadline(time.Now().Add(s.cfg.writeTimeout))
	if _, err := w.Write(out.Bytes()); err != nil {
		return false
	}
	return rc.Flush() == nil
}

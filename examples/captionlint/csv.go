package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// csvColumns are the columns captionlint reads from a CSV header, by
// their lower-case names; other columns are ignored.
var csvColumns = [...]string{"caption", "platform", "brand", "jurisdiction", "connection", "format"}

const (
	colCaption = iota
	colPlatform
	colBrand
	colJurisdiction
	colConnection
	colFormat
)

// looksLikeCSVHeader reports whether the first line of br is a CSV header
// naming a caption column and at least one other column captionlint
// reads. It peeks only as far as the first line end, so an interactive
// standard input is not kept waiting.
func looksLikeCSVHeader(br *bufio.Reader) bool {
	var line []byte
	for {
		buf, err := br.Peek(br.Buffered() + 1)
		if i := bytes.IndexByte(buf, '\n'); i >= 0 {
			line = buf[:i]
			break
		}
		if err != nil {
			if len(buf) == br.Size() {
				return false // a first line longer than the buffer is no header
			}
			line = buf
			break
		}
	}
	if bytes.HasPrefix(bytes.TrimSpace(line), []byte("{")) {
		return false
	}
	names, err := csv.NewReader(bytes.NewReader(line)).Read()
	if err != nil {
		return false
	}
	idx, err := headerIndex(names)
	if err != nil || idx[colCaption] < 0 {
		return false
	}
	for c := colPlatform; c < len(idx); c++ {
		if idx[c] >= 0 {
			return true
		}
	}
	return false
}

// headerIndex maps each of csvColumns to its field in a header row, -1
// when absent. A column named twice is an error.
func headerIndex(names []string) ([len(csvColumns)]int, error) {
	var idx [len(csvColumns)]int
	for i := range idx {
		idx[i] = -1
	}
	for i, n := range names {
		n = strings.TrimSpace(strings.TrimPrefix(n, "\uFEFF"))
		for c, want := range csvColumns {
			if strings.EqualFold(n, want) {
				if idx[c] >= 0 {
					return idx, fmt.Errorf("the header names the %q column twice", want)
				}
				idx[c] = i
			}
		}
	}
	return idx, nil
}

// rowLimit stops a CSV reader that has read more than maxLine bytes
// since the last record: an unclosed quote would otherwise gather the rest
// of a large export into one field.
type rowLimit struct {
	r    io.Reader
	read int
}

var errRowTooLong = fmt.Errorf("a CSV row longer than %d bytes (an unclosed quote?): the rest of the file is skipped", maxLine)

func (rl *rowLimit) Read(p []byte) (int, error) {
	if rl.read > maxLine {
		return 0, errRowTooLong
	}
	n, err := rl.r.Read(p)
	rl.read += n
	return n, err
}

// lintCSV lints the rows of a CSV file whose first row is its header.
func (l *linter) lintCSV(file string, br *bufio.Reader) {
	limit := &rowLimit{r: br}
	cr := csv.NewReader(limit)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err != nil {
		if err != io.EOF {
			l.badLine(file, 1, csvError(err))
		}
		return
	}
	header = append([]string(nil), header...)
	idx, err := headerIndex(header)
	if err == nil && idx[colCaption] < 0 {
		err = errors.New("the header names no \"caption\" column")
	}
	if err != nil {
		l.badLine(file, 1, err)
		return
	}
	var w *csv.Writer
	if l.cfg.fix {
		w = csv.NewWriter(l.out)
		defer w.Flush()
		if err := w.Write(header); err != nil {
			l.badLine(file, 1, err)
			return
		}
	}
	for {
		limit.read = 0
		rec, err := cr.Read()
		if err == io.EOF {
			return
		}
		if err != nil {
			var pe *csv.ParseError
			line := 0
			if errors.As(err, &pe) {
				line = pe.StartLine
			}
			l.badLine(file, line, csvError(err))
			if errors.Is(err, errRowTooLong) {
				return
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		p, err := l.rowPost(rec, idx, len(header))
		if err != nil {
			l.badLine(file, line, err)
			if w != nil {
				w.Write(rec) // -fix keeps the row it cannot read, unchanged
			}
			continue
		}
		if w != nil {
			fixed := disclosure.Autofix(p)
			rec[idx[colCaption]] = fixed
			if err := w.Write(rec); err != nil {
				l.badLine(file, line, err)
				return
			}
			p.Caption = fixed
		}
		l.report(file, line, p)
	}
}

// csvError rewrites encoding/csv's errors without their "record on line"
// prefix, which badLine's own line number replaces.
func csvError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// rowPost builds the post of one CSV row: empty cells take the flags'
// values.
func (l *linter) rowPost(rec []string, idx [len(csvColumns)]int, fields int) (disclosure.Post, error) {
	p := l.cfg.defaults
	cell := func(c int) string {
		if idx[c] < 0 || idx[c] >= len(rec) {
			return ""
		}
		return strings.TrimSpace(rec[idx[c]])
	}
	if idx[colCaption] >= len(rec) {
		return p, fmt.Errorf("the row has %d fields and no caption: the header has %d", len(rec), fields)
	}
	p.Caption = rec[idx[colCaption]]
	var err error
	if s := cell(colPlatform); s != "" {
		if p.Platform, err = influencekit.ParsePlatform(s); err != nil {
			return p, err
		}
	}
	if s := cell(colFormat); s != "" {
		if p.Format, err = influencekit.ParseFormat(s); err != nil {
			return p, err
		}
	}
	if s := cell(colBrand); s != "" {
		p.Brand = s
	}
	if s := cell(colJurisdiction); s != "" {
		if p.Jurisdiction, err = disclosure.ParseJurisdiction(s); err != nil {
			return p, err
		}
	}
	if s := cell(colConnection); s != "" {
		if p.Connection, err = disclosure.ParseConnection(s); err != nil {
			return p, err
		}
	}
	return p, nil
}

package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// csvColumns are the columns captionlint reads from a CSV header, by
// their lower-case names; other columns are ignored.
var csvColumns = [...]string{"caption", "platform", "brand", "jurisdiction", "connection", "format", "category", "alteration", "approval", "followers"}

const (
	colCaption = iota
	colPlatform
	colBrand
	colJurisdiction
	colConnection
	colFormat
	colCategory
	colAlteration
	colApproval
	colFollowers
)

// csvDelimiters are the delimiters captionlint tells apart, in the order
// it prefers them: exports from spreadsheets in many European locales
// use ';', and some tools write tab-separated values.
var csvDelimiters = [...]byte{',', ';', '\t'}

// csvHeader is what the first line of a CSV file says: its delimiter,
// its column names and where captionlint's columns are.
type csvHeader struct {
	comma byte
	names []string
	idx   [len(csvColumns)]int
}

// sniffHeader reads line, the first line of a CSV file, as a header: with
// each of csvDelimiters it splits the line and counts the columns that
// name one of csvColumns, and it keeps the delimiter whose split names a
// caption column and the most of the others, the first in csvDelimiters
// on a tie. The error says when no delimiter finds a caption column, or
// when the header names a column twice.
func sniffHeader(line []byte) (csvHeader, error) {
	var best csvHeader
	bestKnown := -1
	var comma []string // the header as ',' splits it, for the error
	for _, d := range csvDelimiters {
		_, names, _, err := newCSVReader(bufio.NewReader(bytes.NewReader(line)), d).Read()
		if errors.Is(err, io.EOF) {
			err = nil // a blank line names no column
		}
		if err != nil {
			return csvHeader{comma: d}, fmt.Errorf("the header has an %w: the file is skipped", errUnterminatedQuote)
		}
		names = slices.Clone(names)
		if d == ',' {
			comma = names
		}
		known, caption := 0, false
		for _, n := range names {
			switch c := columnOf(n); {
			case c == colCaption:
				known, caption = known+1, true
			case c >= 0:
				known++
			}
		}
		if caption && known > bestKnown {
			best, bestKnown = csvHeader{comma: d, names: names}, known
		}
	}
	if bestKnown < 0 {
		return csvHeader{comma: ','}, fmt.Errorf("no caption column; header read with delimiter ',' has %d %s (%s); read with ';' or tab it names no caption column either",
			len(comma), plural(len(comma), "column", "columns"), quoteNames(comma))
	}
	var err error
	best.idx, err = headerIndex(best.names)
	return best, err
}

// quoteNames lists names quoted, at most five of them.
func quoteNames(names []string) string {
	var b strings.Builder
	for i, n := range names {
		if i == 5 {
			fmt.Fprintf(&b, ", ... %d more", len(names)-i)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q", n)
	}
	return b.String()
}

// columnOf is the index in csvColumns of a header name (ASCII case and
// surrounding spaces ignored), or -1.
func columnOf(name string) int {
	name = strings.TrimSpace(name)
	for c, want := range csvColumns {
		if strings.EqualFold(name, want) {
			return c
		}
	}
	return -1
}

// peekLine returns the first line of br with its line end, without
// reading past it, so that an interactive standard input is not kept
// waiting; ok is false when the line is longer than br's buffer.
func peekLine(br *bufio.Reader) (line []byte, ok bool) {
	for {
		buf, err := br.Peek(br.Buffered() + 1)
		if i := bytes.IndexByte(buf, '\n'); i >= 0 {
			return buf[:i+1], true
		}
		if err != nil {
			return buf, len(buf) < br.Size()
		}
	}
}

// looksLikeCSVHeader reports whether the first line of br is a CSV header
// naming a caption column and at least one other column captionlint
// reads, with any of csvDelimiters.
func looksLikeCSVHeader(br *bufio.Reader) bool {
	line, ok := peekLine(br)
	if !ok || bytes.HasPrefix(bytes.TrimSpace(line), []byte("{")) {
		return false
	}
	h, err := sniffHeader(line)
	if err != nil {
		return false
	}
	for c := colPlatform; c < len(h.idx); c++ {
		if h.idx[c] >= 0 {
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
		c := columnOf(n)
		if c < 0 {
			continue
		}
		if idx[c] >= 0 {
			return idx, fmt.Errorf("the header names the %q column twice", csvColumns[c])
		}
		idx[c] = i
	}
	return idx, nil
}

// lintCSV lints the rows of a CSV file whose first line is its header.
// bom says whether the file started with a byte-order mark, which -fix
// writes back.
func (l *linter) lintCSV(file string, br *bufio.Reader, bom bool) {
	// The header is the first line that is not blank.
	var first []byte
	ok, line := true, 1
	for {
		first, ok = peekLine(br)
		if len(first) == 0 || !ok || len(first) != lineEndLen(first) {
			break
		}
		br.Discard(len(first))
		line++
	}
	if len(first) == 0 {
		return // an empty file: no header, no rows
	}
	if !ok {
		l.badLine(file, line, fmt.Errorf("the header is longer than %d bytes", br.Size()))
		return
	}
	h, err := sniffHeader(first)
	if err != nil {
		l.badLine(file, line, err)
		return
	}
	cr := newCSVReader(br, h.comma)
	cr.read = line - 1                         // the blank lines skipped
	if _, _, _, err := cr.Read(); err != nil { // the header, read above
		l.badLine(file, line, csvError(err))
		return
	}
	var w *csv.Writer
	if l.cfg.fix {
		if bom {
			l.out.WriteString("\uFEFF")
		}
		w = csv.NewWriter(l.out)
		w.Comma = rune(h.comma)
		w.UseCRLF = lineEndLen(first) == 2 // as the header's line ends, so every line's
		defer w.Flush()
		if err := w.Write(h.names); err != nil {
			l.badLine(file, line, err)
			return
		}
	}
	// passThrough writes a row -fix cannot read as it was written.
	passThrough := func(raw []byte) {
		if w != nil && len(raw) > 0 {
			w.Flush()
			l.out.Write(raw)
			if lineEndLen(raw) == 0 {
				l.out.WriteByte('\n')
			}
		}
	}
	for {
		line, rec, raw, err := cr.Read()
		if err == io.EOF {
			return
		}
		var re *rowError
		if errors.As(err, &re) {
			l.badLine(file, re.Line, re.Err)
			passThrough(re.Raw)
			continue
		}
		if err != nil {
			l.badLine(file, line, err)
			return
		}
		if len(rec) != len(h.names) {
			l.badLine(file, line, fmt.Errorf("the row has %d %s where the header has %d (%s): the row is skipped",
				len(rec), plural(len(rec), "field", "fields"), len(h.names), raggedHint(len(rec), len(h.names), h.comma)))
			passThrough(raw)
			continue
		}
		p, err := l.rowPost(rec, h.idx)
		if err != nil {
			l.badLine(file, line, err)
			passThrough(raw)
			continue
		}
		if w != nil {
			fixed := disclosure.Autofix(p)
			rec[h.idx[colCaption]] = fixed
			if err := w.Write(rec); err != nil {
				l.badLine(file, line, err)
				return
			}
			p.Caption = fixed
		}
		l.report(file, line, p)
	}
}

// raggedHint says what usually makes a row's field count differ from the
// header's.
func raggedHint(fields, want int, comma byte) string {
	if fields > want {
		return fmt.Sprintf("a %s in a field that is not quoted?", delimiterName(comma))
	}
	return fmt.Sprintf("a missing %s, or a row cut short?", delimiterName(comma))
}

// delimiterName names a delimiter as messages write it: "','", "';'" or
// "tab".
func delimiterName(comma byte) string {
	if comma == '\t' {
		return "tab"
	}
	return fmt.Sprintf("'%c'", comma)
}

// csvError is the reason of a record error, without its line, which
// badLine's own line number replaces.
func csvError(err error) error {
	var re *rowError
	if errors.As(err, &re) {
		return re.Err
	}
	return err
}

// rowPost builds the post of one CSV row, which has a field for every
// column of the header: empty cells take the flags' values.
func (l *linter) rowPost(rec []string, idx [len(csvColumns)]int) (disclosure.Post, error) {
	p := l.cfg.defaults
	cell := func(c int) string {
		if idx[c] < 0 {
			return ""
		}
		return strings.TrimSpace(rec[idx[c]])
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
	if s := cell(colCategory); s != "" {
		if p.Category, err = disclosure.ParseCategory(s); err != nil {
			return p, err
		}
	}
	if s := cell(colAlteration); s != "" {
		if p.Alteration, err = disclosure.ParseAlteration(s); err != nil {
			return p, err
		}
	}
	if s := cell(colApproval); s != "" {
		p.Approval = s
	}
	if s := cell(colFollowers); s != "" {
		if p.Followers, err = parseFollowers(s); err != nil {
			return p, err
		}
	}
	return p, nil
}

// parseFollowers reads a follower count as a CSV cell or the -followers
// flag writes it: digits only, 0 or more (0: unknown).
func parseFollowers(s string) (int64, error) {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 || strings.TrimLeft(s, "0123456789") != "" {
		return 0, fmt.Errorf("followers %q is not a whole number of 0 or more, written in digits only", s)
	}
	return n, nil
}

package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// csvReader reads the records of a CSV export one at a time, as RFC 4180
// writes them: fields split by one delimiter byte, a field that opens with
// a quote runs to its closing quote (a quote within it doubled) and may
// span lines, whose line ends it keeps byte for byte ("\r\n" stays
// "\r\n"). A quote inside a field that does not open with one is an
// ordinary character, as exports write inch marks. Blank lines are no
// records.
//
// Unlike encoding/csv with LazyQuotes, it never lets a broken quote
// swallow the rows after it: a quoted field that is never closed, or whose
// closing quote is followed by anything but the delimiter or the line end,
// makes the record a [rowError] at the line it starts on, and the lines
// after that line are read again as records of their own. A record holds
// at most [maxLine] bytes, so memory stays bounded whatever the input.
type csvReader struct {
	br    *bufio.Reader
	comma byte
	read  int        // physical lines taken from br so far
	held  []heldLine // lines given back by a broken record, read before br
	start int        // the number of the current record's first line
	raw   []byte     // the current record's text, line ends included
	ends  []int      // offsets in raw where each of its physical lines ends
	text  []byte     // the record's fields' text, one after another
	cuts  []int      // offsets in text where each field ends
	rec   []string
}

// heldLine is a physical line given back by a broken record to be read
// again: its number and its text with its line end.
type heldLine struct {
	n       int
	text    []byte
	tooLong bool // a line over maxLine, to be reported in its turn
}

// rowError is a record that cannot be read: its first line, its text as
// written (for -fix to pass through) and why.
type rowError struct {
	Line int
	Raw  []byte
	Err  error
}

func (e *rowError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *rowError) Unwrap() error { return e.Err }

// errUnterminatedQuote is wrapped by every record error about a quote.
var errUnterminatedQuote = errors.New("unterminated quote")

// newCSVReader reads records of br split by comma.
func newCSVReader(br *bufio.Reader, comma byte) *csvReader {
	return &csvReader{br: br, comma: comma}
}

// Read returns the next record, the number of the line it starts on and
// its text as written (line ends included). The slices are valid until
// the next call. At the end of the input the error is io.EOF; a record
// that cannot be read is a *rowError, after which Read may be called
// again; any other error is the input's and ends the reading.
func (r *csvReader) Read() (line int, rec []string, raw []byte, err error) {
	for {
		n, text, err := r.nextLine()
		if err != nil {
			return n, nil, nil, err
		}
		if len(text) == lineEndLen(text) {
			continue // a blank line is no record
		}
		r.start = n
		r.raw = append(r.raw[:0], text...)
		r.ends = append(r.ends[:0], len(r.raw))
		rec, err := r.parse()
		if err != nil {
			return n, nil, nil, err
		}
		return n, rec, r.raw, nil
	}
}

// nextLine returns the next physical line with its line end, and its
// number; a held line first. A line longer than maxLine is a *rowError.
func (r *csvReader) nextLine() (int, []byte, error) {
	if len(r.held) > 0 {
		h := r.held[0]
		r.held = r.held[1:]
		if h.tooLong {
			return h.n, nil, &rowError{Line: h.n, Err: errLineTooLong}
		}
		return h.n, h.text, nil
	}
	r.read++
	text, err := readRawLine(r.br)
	if errors.Is(err, errLineTooLong) {
		return r.read, nil, &rowError{Line: r.read, Err: err}
	}
	if err == io.EOF && len(text) > 0 {
		err = nil // the last line has no line end; EOF comes with the next read
	}
	return r.read, text, err
}

// parse splits r.raw into fields, reading more lines while a quoted field
// is open.
func (r *csvReader) parse() ([]string, error) {
	r.text, r.cuts = r.text[:0], r.cuts[:0]
	pos := 0 // offset in r.raw of the field being read
	for {
		if pos < len(r.raw) && r.raw[pos] == '"' {
			end, err := r.quotedField(pos)
			if err != nil {
				return nil, err
			}
			r.cuts = append(r.cuts, len(r.text))
			if end < len(r.raw) && r.raw[end] == r.comma {
				pos = end + 1
				continue
			}
			break // quotedField checked that a line end follows
		}
		// An unquoted field ends at the delimiter or at the end of its line.
		end := len(r.raw) - lineEndLen(r.raw)
		i := bytes.IndexByte(r.raw[pos:end], r.comma)
		if i < 0 {
			r.text = append(r.text, r.raw[pos:end]...)
			r.cuts = append(r.cuts, len(r.text))
			break
		}
		r.text = append(r.text, r.raw[pos:pos+i]...)
		r.cuts = append(r.cuts, len(r.text))
		pos += i + 1
	}
	// One string for the record, as encoding/csv makes, sliced into fields.
	text := string(r.text)
	r.rec = r.rec[:0]
	from := 0
	for _, cut := range r.cuts {
		r.rec = append(r.rec, text[from:cut])
		from = cut
	}
	return r.rec, nil
}

// where names the byte at offset off of r.raw, on the record's physical
// line k (0 for its first), as a reader finds it: "column 7" on the line
// the record starts on, which its error is reported at, else "line 4,
// column 7".
func (r *csvReader) where(off, k int) string {
	if k == 0 {
		return fmt.Sprintf("column %d", off+1)
	}
	return fmt.Sprintf("line %d, column %d", r.start+k, off-r.ends[k-1]+1)
}

// quotedField appends the text of the quoted field opening at r.raw[open]
// to r.text and returns the offset just past its closing quote, which the
// delimiter or a line end follows.
func (r *csvReader) quotedField(open int) (int, error) {
	field := len(r.cuts) + 1
	openLine := len(r.ends) - 1 // the field's first line, counted in the record
	spanned := false            // whether the field runs past that line
	for i := open + 1; ; {
		q := bytes.IndexByte(r.raw[i:], '"')
		if q < 0 {
			r.text = append(r.text, r.raw[i:]...)
			i = len(r.raw)
			switch err := r.more(); {
			case err == io.EOF:
				return 0, r.broken(fmt.Errorf("%w: field %d opens with a quote at %s that is never closed; the row is skipped and the lines after it are read as rows",
					errUnterminatedQuote, field, r.where(open, openLine)))
			case errors.Is(err, errLineTooLong):
				return 0, r.broken(fmt.Errorf("%w: field %d opens with a quote at %s and runs past %d bytes; the row is skipped and line %d is read as the next row",
					errUnterminatedQuote, field, r.where(open, openLine), maxLine, r.start+1))
			case err != nil:
				return 0, err
			}
			spanned = true
			continue
		}
		q += i
		r.text = append(r.text, r.raw[i:q]...)
		next := q + 1
		switch {
		case next < len(r.raw) && r.raw[next] == '"': // a doubled quote
			r.text = append(r.text, '"')
			i = next + 1
			continue
		case next < len(r.raw) && r.raw[next] == r.comma, next == len(r.raw)-lineEndLen(r.raw):
			return next, nil
		}
		// The quote that should close the field is followed by text: the
		// field's own closing quote is missing, or a quote in its text is
		// not doubled.
		after := r.raw[next : len(r.raw)-lineEndLen(r.raw)]
		if len(after) > 12 {
			cut := 12
			for cut > 0 && !utf8.RuneStart(after[cut]) {
				cut--
			}
			after = after[:cut]
		}
		if !spanned {
			return 0, r.broken(fmt.Errorf("%w: the quote at %s closes field %d and is followed by %q: a quote within a quoted field is written twice (\"\")",
				errUnterminatedQuote, r.where(q, openLine), field, after))
		}
		return 0, r.broken(fmt.Errorf("%w: field %d opens with a quote at %s that is not closed on its line; the next quote, at %s, is followed by %q; the row is skipped and line %d is read as the next row",
			errUnterminatedQuote, field, r.where(open, openLine), r.where(q, len(r.ends)-1), after, r.start+1))
	}
}

// more appends the next physical line to the record, or fails with io.EOF
// at the end of the input or errLineTooLong when the record would pass
// maxLine bytes; a line not taken is held to be read again.
func (r *csvReader) more() error {
	n, text, err := r.nextLine()
	var re *rowError
	switch {
	case errors.As(err, &re):
		r.held = append([]heldLine{{n: n, tooLong: true}}, r.held...)
		return errLineTooLong
	case err != nil:
		return err
	case len(r.raw)+len(text) > maxLine:
		r.held = append([]heldLine{{n: n, text: bytes.Clone(text)}}, r.held...)
		return errLineTooLong
	}
	r.raw = append(r.raw, text...)
	r.ends = append(r.ends, len(r.raw))
	return nil
}

// broken gives back every line of the record after its first, to be read
// again, and returns the record's error with its first line as written.
func (r *csvReader) broken(err error) error {
	if len(r.ends) > 1 {
		rest := bytes.Clone(r.raw[r.ends[0]:])
		give := make([]heldLine, 0, len(r.ends)-1+len(r.held))
		from := 0
		for k, end := range r.ends[1:] {
			end -= r.ends[0]
			give = append(give, heldLine{n: r.start + k + 1, text: rest[from:end:end]})
			from = end
		}
		r.held = append(give, r.held...)
	}
	return &rowError{Line: r.start, Raw: r.raw[:r.ends[0]], Err: err}
}

// lineEndLen is the length of text's line end: "\r\n", "\n", or a lone
// "\r" closing the last line of the input (encoding/csv drops it too; a
// line read from the input ends in "\r" only there).
func lineEndLen(text []byte) int {
	n := len(text)
	switch {
	case n >= 2 && text[n-2] == '\r' && text[n-1] == '\n':
		return 2
	case n >= 1 && (text[n-1] == '\n' || text[n-1] == '\r'):
		return 1
	}
	return 0
}

// readRawLine returns the next line with its line end. A line longer
// than maxLine is read to its end and dropped, with errLineTooLong. The
// slice is valid until the next read.
func readRawLine(br *bufio.Reader) ([]byte, error) {
	text, err := br.ReadSlice('\n')
	if !errors.Is(err, bufio.ErrBufferFull) {
		return text, err
	}
	long := append([]byte(nil), text...)
	for errors.Is(err, bufio.ErrBufferFull) {
		text, err = br.ReadSlice('\n')
		if len(long) <= maxLine {
			long = append(long, text...)
		}
	}
	switch {
	case err != nil && err != io.EOF:
		return nil, err
	case len(long) > maxLine:
		return nil, errLineTooLong
	}
	return long, err
}

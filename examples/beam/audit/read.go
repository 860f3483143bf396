package audit

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
)

// MaxLineBytes bounds one input line (or one CSV record). A longer line is
// sent to the dead letters and reading goes on with the next one.
const MaxLineBytes = 1 << 20

// ReadPosts reads posts from the files that glob matches, on any filesystem
// the binary registers (local files by default; gs://, s3:// and others
// when their packages are imported). Each file is JSON lines (".jsonl",
// ".ndjson", ".json") or CSV with a header row (".csv"); other names are
// read as JSON lines when their first non-blank byte is "{", as CSV
// otherwise. A ".gz" suffix is decompressed.
//
// It returns the posts, a PCollection<Record>, and the lines that could not
// be read, a PCollection<DeadLetter>. A bad line never stops the pipeline; a
// file that cannot be opened does. A glob that matches nothing gives empty
// collections.
//
// A file is read by one worker from start to end (line numbers need the
// lines before): spread a large audit over many files.
func ReadPosts(s beam.Scope, glob string) (posts, dead beam.PCollection) {
	s = s.Scope("audit.ReadPosts")
	matches := fileio.MatchFiles(s, glob, fileio.MatchEmptyAllow())
	files := fileio.ReadMatches(s, matches, fileio.ReadDirectorySkip())
	return beam.ParDo2(s, &readFileFn{}, files)
}

// readFileFn reads one file's posts.
type readFileFn struct {
	Malformed beam.Counter
}

func (fn *readFileFn) Setup() {
	fn.Malformed = beam.NewCounter("influencekit.audit", "malformed_lines")
}

func (fn *readFileFn) ProcessElement(ctx context.Context, f fileio.ReadableFile, emit func(Record), emitDead func(DeadLetter)) error {
	rc, err := f.Open(ctx)
	if err != nil {
		return fmt.Errorf("audit: open %s: %w", f.Metadata.Path, err)
	}
	defer rc.Close()
	dead := func(d DeadLetter) {
		fn.Malformed.Inc(ctx, 1)
		emitDead(d)
	}
	if err := readPosts(f.Metadata.Path, rc, emit, dead); err != nil {
		return fmt.Errorf("audit: read %s: %w", f.Metadata.Path, err)
	}
	return nil
}

// readPosts reads the posts of one file, named name, from r.
func readPosts(name string, r io.Reader, emit func(Record), dead func(DeadLetter)) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if isCSV(name, br) {
		return readCSV(name, br, emit, dead)
	}
	return readJSONLines(name, br, emit, dead)
}

func isCSV(name string, br *bufio.Reader) bool {
	base := strings.TrimSuffix(strings.ToLower(path.Base(name)), ".gz")
	switch path.Ext(base) {
	case ".csv":
		return true
	case ".jsonl", ".ndjson", ".json":
		return false
	}
	for i := 1; ; i++ {
		b, err := br.Peek(i)
		if err != nil || len(b) < i {
			return false
		}
		switch c := b[i-1]; c {
		case ' ', '\t', '\r', '\n':
			continue
		case '{':
			return false
		default:
			return true
		}
	}
}

func readJSONLines(name string, br *bufio.Reader, emit func(Record), dead func(DeadLetter)) error {
	var line int64
	for {
		text, tooLong, err := nextLine(br)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		line++
		if tooLong {
			dead(deadLetter(name, line, string(text), fmt.Errorf("line longer than %d bytes", MaxLineBytes)))
			continue
		}
		if len(bytes.TrimSpace(text)) == 0 {
			continue
		}
		rec, perr := parseJSONLine(name, line, text)
		if perr != nil {
			dead(deadLetter(name, line, string(text), perr))
			continue
		}
		emit(rec)
	}
}

// nextLine returns the next line without its "\n" (or "\r\n"), at most
// MaxLineBytes of it; tooLong reports a line that was cut, whose rest has
// been skipped. The returned bytes are valid until the next call.
func nextLine(br *bufio.Reader) (text []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) <= MaxLineBytes {
			buf = append(buf, chunk...)
		} else {
			tooLong = true
			if room := MaxLineBytes - len(buf); room > 0 {
				buf = append(buf, chunk[:room]...)
			}
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(buf) == 0 && !tooLong:
			return nil, false, io.EOF
		case err != nil && err != io.EOF:
			return nil, false, err
		}
		buf = bytes.TrimSuffix(buf, []byte("\n"))
		buf = bytes.TrimSuffix(buf, []byte("\r"))
		return buf, tooLong, nil
	}
}

// errNoCaptionColumn is the dead letter of a CSV header without a caption.
var errNoCaptionColumn = errors.New("the header names no caption column")

func readCSV(name string, br *bufio.Reader, emit func(Record), dead func(DeadLetter)) error {
	cr := csv.NewReader(&limitedLines{r: br})
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil
	}
	if err != nil {
		dead(deadLetter(name, 1, "", fmt.Errorf("header: %w", err)))
		return nil
	}
	columns := make([]string, len(header))
	hasCaption := false
	for i, h := range header {
		columns[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		hasCaption = hasCaption || columns[i] == "caption"
	}
	if !hasCaption {
		dead(deadLetter(name, 1, strings.Join(header, ","), errNoCaptionColumn))
		return nil
	}
	for {
		fields, err := cr.Read()
		if err == io.EOF {
			return nil
		}
		var perr *csv.ParseError
		if errors.As(err, &perr) {
			dead(deadLetter(name, int64(perr.StartLine), "", perr.Err))
			continue
		}
		if errors.Is(err, errLineTooLong) {
			line, _ := cr.FieldPos(0)
			dead(deadLetter(name, int64(line), "", err))
			return nil
		}
		if err != nil {
			return err
		}
		line, _ := cr.FieldPos(0)
		rec := newRecord(name, int64(line))
		if len(fields) != len(columns) {
			dead(deadLetter(name, rec.Line, strings.Join(fields, ","),
				fmt.Errorf("%d fields, the header has %d", len(fields), len(columns))))
			continue
		}
		var ferr error
		for i, v := range fields {
			if ferr = rec.set(columns[i], v); ferr != nil {
				break
			}
		}
		if ferr != nil {
			dead(deadLetter(name, rec.Line, strings.Join(fields, ","), ferr))
			continue
		}
		emit(rec)
	}
}

// errLineTooLong stops a CSV file with a line past MaxLineBytes: a CSV
// record may span lines, so the reader cannot tell where the next one starts.
var errLineTooLong = fmt.Errorf("a line longer than %d bytes", MaxLineBytes)

// limitedLines passes r through, failing on a line past MaxLineBytes so
// that csv.Reader's memory stays bounded.
type limitedLines struct {
	r    *bufio.Reader
	line int
}

func (l *limitedLines) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for _, c := range p[:n] {
		if c == '\n' {
			l.line = 0
			continue
		}
		l.line++
		if l.line > MaxLineBytes {
			return 0, errLineTooLong
		}
	}
	return n, err
}

package main

import (
	"bufio"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// csvOutcome is one result of csvReader.Read: a record at its line, or a
// broken record at its line with (a part of) its message.
type csvOutcome struct {
	line   int
	fields []string
	err    string
}

// readAllCSV reads input to its end, as lintCSV does: past every broken
// record.
func readAllCSV(t testing.TB, input string, comma byte) []csvOutcome {
	cr := newCSVReader(bufio.NewReaderSize(strings.NewReader(input), 64<<10), comma)
	var out []csvOutcome
	for {
		line, rec, _, err := cr.Read()
		if err == io.EOF {
			return out
		}
		var re *rowError
		if errors.As(err, &re) {
			out = append(out, csvOutcome{line: re.Line, err: re.Err.Error()})
			continue
		}
		require.NoError(t, err)
		out = append(out, csvOutcome{line: line, fields: append([]string(nil), rec...)})
	}
}

func TestCSVReader(t *testing.T) {
	rows := []struct {
		why   string
		in    string
		comma byte
		want  []csvOutcome // err holds a part of the message
	}{
		{why: "plain rows, one a line, with the line each starts on",
			in: "a,b\nc,d\n", want: []csvOutcome{{line: 1, fields: []string{"a", "b"}}, {line: 2, fields: []string{"c", "d"}}}},
		{why: "a quoted field spans lines and keeps its CRLF byte for byte; the next record starts on line 3",
			in: "\"x\r\ny\",z\r\nw,v\r\n", want: []csvOutcome{{line: 1, fields: []string{"x\r\ny", "z"}}, {line: 3, fields: []string{"w", "v"}}}},
		{why: "a doubled quote in a quoted field is one quote, and the delimiter inside is text",
			in: "\"say \"\"hi\"\", ok\",b\n", want: []csvOutcome{{line: 1, fields: []string{"say \"hi\", ok", "b"}}}},
		{why: "a quote inside a field that does not open with one is text, as exports write inch marks",
			in: "5\" screen,b\n", want: []csvOutcome{{line: 1, fields: []string{"5\" screen", "b"}}}},
		{why: "a quote never closed: the row is reported at its line and the lines after it are rows, not part of it",
			in: "\"open,paid\nc,d\ne,f\n",
			want: []csvOutcome{{line: 1, err: "unterminated quote: field 1 opens with a quote at column 1 that is never closed"},
				{line: 2, fields: []string{"c", "d"}}, {line: 3, fields: []string{"e", "f"}}}},
		{why: "a quote never closed that runs into the next row's quoted field is not merged with it (encoding/csv's LazyQuotes merged them)",
			in: "\"Loving it #ad,none\n\"#ad fine\",paid\n",
			want: []csvOutcome{{line: 1, err: "the next quote, at line 2, column 1, is followed by \"#ad fine\\\",pa\"; the row is skipped and line 2 is read as the next row"},
				{line: 2, fields: []string{"#ad fine", "paid"}}}},
		{why: "text after a closing quote on the same line: a quote that should have been doubled",
			in: "\"a \"b\" c\",d\ne,f\n",
			want: []csvOutcome{{line: 1, err: "the quote at column 4 closes field 1 and is followed by \"b\\\" c\\\",d\""},
				{line: 2, fields: []string{"e", "f"}}}},
		{why: "blank lines, CRLF ones too, are no records but count as lines",
			in: "a\n\n\r\nb\n", want: []csvOutcome{{line: 1, fields: []string{"a"}}, {line: 4, fields: []string{"b"}}}},
		{why: "the last line needs no line end, and a lone CR closing it is dropped as encoding/csv drops it",
			in: "a,b\nc,\"d\"\r", want: []csvOutcome{{line: 1, fields: []string{"a", "b"}}, {line: 2, fields: []string{"c", "d"}}}},
		{why: "an empty last field is a field",
			in: "a,\n", want: []csvOutcome{{line: 1, fields: []string{"a", ""}}}},
		{why: "with ';' a comma is text",
			in: "a,b;\"c;d\"\n", comma: ';', want: []csvOutcome{{line: 1, fields: []string{"a,b", "c;d"}}}},
		{why: "with tab a comma and a semicolon are text",
			in: "a,b\tc;d\n", comma: '\t', want: []csvOutcome{{line: 1, fields: []string{"a,b", "c;d"}}}},
		{why: "a line over 1 MiB is reported and the next line read",
			in:   strings.Repeat("x", maxLine+1) + "\nb\n",
			want: []csvOutcome{{line: 1, err: "line longer than 1048576 bytes: skipped"}, {line: 2, fields: []string{"b"}}}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			comma := row.comma
			if comma == 0 {
				comma = ','
			}
			got := readAllCSV(t, row.in, comma)
			require.Len(t, got, len(row.want), "%+v", got)
			for i, w := range row.want {
				assert.Equal(t, w.line, got[i].line, "outcome %d: line", i)
				assert.Equal(t, w.fields, got[i].fields, "outcome %d: fields", i)
				if w.err == "" {
					assert.Empty(t, got[i].err, "outcome %d", i)
				} else {
					assert.Contains(t, got[i].err, w.err, "outcome %d", i)
				}
			}
		})
	}
}

// TestCSVReaderLongQuote: a quote never closed in a large export stops
// at 1 MiB, and every line after the broken row is still read as a row
// of its own.
func TestCSVReaderLongQuote(t *testing.T) {
	line := strings.Repeat("y", 100_000) + "\n"
	got := readAllCSV(t, "\"open\n"+strings.Repeat(line, 12), ',')
	require.Len(t, got, 13)
	assert.Contains(t, got[0].err, "field 1 opens with a quote at column 1 and runs past 1048576 bytes; the row is skipped and line 2 is read as the next row")
	for i, o := range got[1:] {
		assert.Equal(t, csvOutcome{line: i + 2, fields: []string{line[:len(line)-1]}}, o)
	}
}

// BenchmarkCSVReader reads an export of the corpus captions, quoted, with
// five columns, through csvReader and, for scale, through encoding/csv
// with ReuseRecord (which merges a quote left open into the rows after it).
func BenchmarkCSVReader(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("id,caption,platform,brand,connection\n")
	for i, p := range corpusPosts(b) {
		fmt.Fprintf(&sb, "%d,\"%s\",instagram,Glow Co,paid\n", i, strings.ReplaceAll(p.Caption, `"`, `""`))
	}
	data := sb.String()
	b.Run("csvReader", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			cr := newCSVReader(bufio.NewReaderSize(strings.NewReader(data), 64<<10), ',')
			for {
				if _, _, _, err := cr.Read(); err == io.EOF {
					break
				}
			}
		}
	})
	b.Run("encoding-csv", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			cr := csv.NewReader(bufio.NewReaderSize(strings.NewReader(data), 64<<10))
			cr.ReuseRecord = true
			for {
				if _, err := cr.Read(); err == io.EOF {
					break
				}
			}
		}
	})
}

package main

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// writeText writes r as plain text: a heading line "== Heading" per
// section, tables aligned in columns, and a failed section's error after
// what it wrote.
func writeText(w io.Writer, r Report) error {
	ew := &errWriter{w: w}
	fmt.Fprintln(ew, r.Title)
	for _, s := range r.Sections {
		fmt.Fprintln(ew)
		fmt.Fprintln(ew, "== "+s.Heading)
		for _, b := range s.Blocks {
			writeTextBlock(ew, b)
		}
		if s.Error != "" {
			for _, line := range strings.Split(s.Error, "\n") {
				fmt.Fprintln(ew, "error: "+line)
			}
		}
	}
	return ew.err
}

func writeTextBlock(w io.Writer, b Block) {
	indent := strings.Repeat("  ", b.Indent)
	switch b.Kind {
	case LineBlock, SubheadBlock:
		if b.Text == "" {
			fmt.Fprintln(w)
			return
		}
		fmt.Fprintln(w, indent+b.Text)
	case ExcerptBlock:
		for _, line := range strings.Split(b.Text, "\n") {
			if line == "" {
				fmt.Fprintln(w)
				continue
			}
			fmt.Fprintln(w, indent+line)
		}
	case TableBlock:
		if b.Widths != nil {
			for _, row := range b.Rows {
				var line strings.Builder
				for i, cell := range row {
					if i < len(b.Widths) && i < len(row)-1 {
						fmt.Fprintf(&line, "%-*s ", b.Widths[i], cell)
						continue
					}
					line.WriteString(cell)
				}
				fmt.Fprintln(w, indent+line.String())
			}
			return
		}
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		for _, row := range append([][]string{b.Header}, b.Rows...) {
			fmt.Fprintln(tw, indent+strings.Join(row, "\t"))
		}
		tw.Flush() //nolint:errcheck // errWriter keeps the first error
	}
}

// errWriter remembers the first write error and writes nothing after it.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}

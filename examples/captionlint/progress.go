package main

import (
	"fmt"
	"io"
	"time"
)

// progress keeps a line on a terminal's standard error up to date with
// how far a large run has come. A nil *progress does nothing.
type progress struct {
	w     io.Writer
	total int64 // bytes of input, -1 when unknown (standard input)
	after int64 // input this large, known or read so far, is worth a progress line
	read  int64
	posts int
	last  time.Time
	shown bool
}

// newProgress returns a progress line for input of total bytes (-1 when
// unknown), or nil when the input is known to be smaller than after.
func newProgress(w io.Writer, total, after int64) *progress {
	if total >= 0 && total < after {
		return nil
	}
	return &progress{w: w, total: total, after: after}
}

// add counts bytes read.
func (p *progress) add(n int) {
	if p != nil {
		p.read += int64(n)
	}
}

// post counts a post and, at most four times a second, rewrites the line.
func (p *progress) post() {
	if p == nil {
		return
	}
	p.posts++
	if p.posts%512 != 0 || p.read < p.after && p.total < 0 {
		return
	}
	now := time.Now()
	if now.Sub(p.last) < 250*time.Millisecond {
		return
	}
	p.last = now
	if p.total > 0 {
		fmt.Fprintf(p.w, "\rcaptionlint: %d posts, %d of %d MB (%d%%)", p.posts, p.read>>20, p.total>>20, p.read*100/p.total)
	} else {
		fmt.Fprintf(p.w, "\rcaptionlint: %d posts, %d MB", p.posts, p.read>>20)
	}
	p.shown = true
}

// clear erases the line, before other text is written to the terminal.
func (p *progress) clear() {
	if p != nil && p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

// done erases the line at the end of the run.
func (p *progress) done() { p.clear() }

// countingReader counts the bytes read through it into a progress.
type countingReader struct {
	r io.Reader
	p *progress
}

func (c *countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.p.add(n)
	return n, err
}

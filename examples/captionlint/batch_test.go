package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/internal/cputime"
)

var benchMB = flag.Int("captionlint.mb", 100, "BenchmarkBatch: size of the generated JSONL file in MB")

// corpusPosts reads the disclosure package's caption corpus as posts of
// several platforms and jurisdictions.
func corpusPosts(tb testing.TB) []disclosure.Post {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "disclosure", "testdata", "captions.txt"))
	require.NoError(tb, err)
	var posts []disclosure.Post
	for i, c := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		posts = append(posts, disclosure.Post{Caption: c, Brand: []string{"", "Glow Co"}[i%2],
			Jurisdiction: disclosure.Jurisdictions()[i%3]})
	}
	return posts
}

// jsonlBlock is the posts as JSON lines, one block of a generated input.
func jsonlBlock(tb testing.TB, posts []disclosure.Post) []byte {
	tb.Helper()
	var b strings.Builder
	for _, p := range posts {
		line, err := json.Marshal(p)
		require.NoError(tb, err)
		b.Write(line)
		b.WriteByte('\n')
	}
	return []byte(b.String())
}

// repeatReader reads block n times without holding more than one copy.
type repeatReader struct {
	block []byte
	n     int
	off   int
	// sample, when set, runs every sampleEvery bytes read.
	sample      func()
	sampleEvery int
	sinceSample int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := copy(p, r.block[r.off:])
	r.off += k
	if r.off == len(r.block) {
		r.off = 0
		r.n--
	}
	if r.sample != nil {
		r.sinceSample += k
		if r.sinceSample >= r.sampleEvery {
			r.sinceSample = 0
			r.sample()
		}
	}
	return k, nil
}

// TestMemoryStaysBounded runs captionlint -json over 1 MB and 8 MB of
// JSON lines and samples the live heap as it goes: it must not grow with
// the input, as it would if posts, reports or output were kept.
func TestMemoryStaysBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 9 MB of generated input")
	}
	block := jsonlBlock(t, corpusPosts(t))
	peak := func(bytes int) uint64 {
		var most uint64
		r := &repeatReader{block: block, n: bytes / len(block), sampleEvery: 256 << 10}
		r.sample = func() {
			runtime.GC()
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			most = max(most, ms.HeapAlloc)
		}
		status := run([]string{"-json"}, env{stdin: r, stdout: io.Discard, stderr: io.Discard})
		require.Equal(t, exitFindings, status)
		return most
	}
	small, large := peak(1<<20), peak(8<<20)
	t.Logf("peak live heap: %d KB reading 1 MB, %d KB reading 8 MB", small>>10, large>>10)
	assert.Less(t, large, small+1<<20, "8 times the input must not need more memory")
}

// TestProgressLine shows a progress line on a terminal for a large input,
// erases it before the summary, and never shows it off a terminal.
func TestProgressLine(t *testing.T) {
	block := jsonlBlock(t, corpusPosts(t))
	var errOut strings.Builder
	r := &repeatReader{block: block, n: 40} // 2,400 posts
	status := run(nil, env{stdin: r, stdout: io.Discard, stderr: &errOut, terminal: true, progressAfter: 1 << 10})
	assert.Equal(t, exitFindings, status)
	assert.Contains(t, errOut.String(), "\rcaptionlint: 512 posts, 0 MB")
	assert.Contains(t, errOut.String(), "\r\033[K"+"captionlint: 2400 posts, ", "the line is erased before the summary")

	errOut.Reset()
	run(nil, env{stdin: &repeatReader{block: block, n: 40}, stdout: io.Discard, stderr: &errOut, progressAfter: 1 << 10})
	assert.NotContains(t, errOut.String(), "\r", "no progress line off a terminal")

	assert.Nil(t, newProgress(io.Discard, 100, 1<<10), "a small file of known size needs no progress line")
}

// TestLongLineIsSkipped: a line over maxLine is reported and skipped,
// and the lines after it are read.
func TestLongLineIsSkipped(t *testing.T) {
	in := "#ad fine\n" + strings.Repeat("x", maxLine+10) + "\nLoving it #ad\n"
	out, errOut, status := runWith(nil, in)
	assert.Equal(t, exitUsage, status)
	assert.Contains(t, errOut, "<stdin>:2: line longer than 1048576 bytes: skipped")
	assert.Equal(t, "<stdin>:3:11: error not-upfront: the label \"#ad\" comes after other text: move it to the start of the caption\n", out)
}

// BenchmarkBatch measures captionlint over a generated JSONL file of
// -captionlint.mb MB (100 by default) against disclosure.Check alone in
// a loop over the same posts, in captions per second.
func BenchmarkBatch(b *testing.B) {
	posts := corpusPosts(b)
	block := jsonlBlock(b, posts)
	copies := max(1, *benchMB<<20/len(block))
	name := filepath.Join(b.TempDir(), "posts.jsonl")
	f, err := os.Create(name)
	require.NoError(b, err)
	w := bufio.NewWriter(f)
	for range copies {
		_, err := w.Write(block)
		require.NoError(b, err)
	}
	require.NoError(b, w.Flush())
	require.NoError(b, f.Close())
	captions := copies * len(posts)
	size := int64(copies * len(block))

	for _, mode := range []struct {
		name string
		args []string
	}{{"captionlint", nil}, {"captionlint-json", []string{"-json"}}} {
		b.Run(mode.name, func(b *testing.B) {
			b.SetBytes(size)
			for b.Loop() {
				status := run(append(mode.args, name), env{stdout: io.Discard, stderr: io.Discard})
				if status == exitUsage {
					b.Fatal("captionlint could not read its input")
				}
			}
			b.ReportMetric(float64(captions)*float64(b.N)/b.Elapsed().Seconds(), "captions/s")
		})
	}
	b.Run("check-loop", func(b *testing.B) {
		b.SetBytes(size)
		for b.Loop() {
			for i := range captions {
				disclosure.Check(posts[i%len(posts)])
			}
		}
		b.ReportMetric(float64(captions)*float64(b.N)/b.Elapsed().Seconds(), "captions/s")
	})
}

// BenchmarkAgainstCheck compares captionlint's CPU time a post with
// disclosure.Check's over the same posts: the corpus, 6,000 posts, as JSON
// lines (every member of the Post form) with findings as text, the same
// lines with -json, and a CSV export (caption, brand, jurisdiction) with
// findings as text. Each op is one run of captionlint over the file and
// one Check loop, their order alternating (see cputime.Compare); the
// ratio is reported as captionlint/check. captionlint runs with the
// collector's target main gives it (batchGCPercent), Check with the
// default, as a program calling it would.
func BenchmarkAgainstCheck(b *testing.B) {
	const copies = 100
	posts := corpusPosts(b)
	var csvBlock bytes.Buffer
	cw := csv.NewWriter(&csvBlock)
	for _, p := range posts {
		require.NoError(b, cw.Write([]string{p.Caption, p.Brand, p.Jurisdiction.String()}))
	}
	cw.Flush()
	write := func(name, header string, block []byte) string {
		path := filepath.Join(b.TempDir(), name)
		require.NoError(b, os.WriteFile(path, append([]byte(header), bytes.Repeat(block, copies)...), 0o600))
		return path
	}
	jsonl := write("posts.jsonl", "", jsonlBlock(b, posts))
	csvFile := write("posts.csv", "caption,brand,jurisdiction\n", csvBlock.Bytes())
	disclosure.Check(posts[0]) // the term tables are built once a process, before any round
	check := func() {
		for range copies {
			for _, p := range posts {
				disclosure.Check(p)
			}
		}
	}
	for _, mode := range []struct {
		name string
		args []string
	}{
		{"jsonl-text", []string{jsonl}},
		{"jsonl-json", []string{"-json", jsonl}},
		{"csv-text", []string{csvFile}},
	} {
		b.Run(mode.name, func(b *testing.B) {
			lint := func() {
				defer debug.SetGCPercent(debug.SetGCPercent(batchGCPercent)) // as main runs it
				var errOut bytes.Buffer
				if status := run(mode.args, env{stdout: io.Discard, stderr: &errOut}); status == exitUsage {
					b.Fatal("captionlint could not read its input:", errOut.String())
				}
			}
			cputime.Compare(b, copies*len(posts), "captionlint", lint, "check", check)
		})
	}
}

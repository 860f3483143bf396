package audit

import (
	"path/filepath"
	"testing"

	"github.com/influencekit/influencekit/disclosure"
)

const benchPosts = 10_000

// BenchmarkPipelineDirect runs the whole audit (read, check, aggregate,
// rank, write) on the direct runner; posts/s is the figure to read.
func BenchmarkPipelineDirect(b *testing.B) {
	in := b.TempDir()
	writeSampleFiles(b, in, Sample(benchPosts, 7))
	glob := filepath.Join(in, "posts-*")
	b.ResetTimer()
	for range b.N {
		runAudit(b, glob)
	}
	b.ReportMetric(float64(benchPosts*b.N)/b.Elapsed().Seconds(), "posts/s")
}

// BenchmarkPlainLoop is the same work as a plain loop: read the records
// from the same files, check, tally by the three dimensions.
func BenchmarkPlainLoop(b *testing.B) {
	in := b.TempDir()
	writeSampleFiles(b, in, Sample(benchPosts, 7))
	files, _ := filepath.Glob(filepath.Join(in, "posts-*"))
	b.ResetTimer()
	for range b.N {
		tallies := map[string]Tally{}
		for _, name := range files {
			var recs []Record
			readFile(b, name, func(r Record) { recs = append(recs, r) })
			for _, r := range recs {
				res := Check(r)
				t := TallyOf(res)
				for _, k := range []string{"c" + res.Creator, "b" + res.Brand, "j" + res.Jurisdiction} {
					tallies[k] = tallies[k].merge(t)
				}
			}
		}
	}
	b.ReportMetric(float64(benchPosts*b.N)/b.Elapsed().Seconds(), "posts/s")
}

// BenchmarkCheckOnly is disclosure.Check alone over the same captions.
func BenchmarkCheckOnly(b *testing.B) {
	posts := Sample(benchPosts, 7)
	b.ResetTimer()
	for range b.N {
		for _, p := range posts {
			disclosure.Check(disclosure.Post{Caption: p.Caption, Brand: p.Brand})
		}
	}
	b.ReportMetric(float64(benchPosts*b.N)/b.Elapsed().Seconds(), "posts/s")
}

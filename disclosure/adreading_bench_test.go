package disclosure

import (
	"testing"

	"github.com/influencekit/influencekit"
)

// BenchmarkReadAdVsCheck runs Check and ReadAd over the same realistic
// captions (testdata/captions.txt) in one binary, so their ratio is
// measured on one machine state: the reading must cost at most twice
// Check (it runs Check for the labels, then one more pass over the
// tokens).
func BenchmarkReadAdVsCheck(b *testing.B) {
	corpus := loadCorpus(b)
	posts := make([]Post, len(corpus))
	n := 0
	for i, c := range corpus {
		posts[i] = Post{Caption: c, Platform: influencekit.Instagram}
		n += len(c)
	}
	warmUp()
	ReadAd(posts[0])
	b.Run("Check", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range posts {
				Check(p)
			}
		}
	})
	b.Run("ReadAd", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range posts {
				ReadAd(p)
			}
		}
	})
}

package disclosure

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

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

// TestReadAdStaysLinear: reading ten times the text takes well under the
// time of a quadratic reader (100 times), on a caption that is one long
// sentence of brand mentions and signals, where a search per signal over
// the sentence's mentions would be quadratic. The bound of 30 leaves room
// for a noisy machine.
func TestReadAdStaysLinear(t *testing.T) {
	unit := "Loving this serum from @glowco, code MAX20 ✨ photo by @janedoe #skincare #glow "
	one := Post{Caption: strings.Repeat(unit, 200)}
	ten := Post{Caption: strings.Repeat(unit, 2000)}
	require.True(t, ReadAd(one).Ad)
	per := func(p Post) time.Duration {
		best := time.Duration(math.MaxInt64)
		for range 5 {
			start := time.Now()
			ReadAd(p)
			best = min(best, time.Since(start))
		}
		return best
	}
	t1, t10 := per(one), per(ten)
	assert.Less(t, t10, 30*t1, "10x the text took %v against %v", t10, t1)
}

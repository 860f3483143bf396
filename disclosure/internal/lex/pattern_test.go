package lex

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExpandPattern(t *testing.T) {
	lit := func(s string) Elem { return Elem{Kind: ElemLiteral, Text: s} }
	rows := []struct {
		why     string
		pattern string
		want    [][]Elem
	}{
		{why: "plain pieces are one sequence", pattern: "paid partnership", want: [][]Elem{{lit("paid"), lit("partnership")}}},
		{why: "alternatives keep their written order", pattern: "paid|sponsored post", want: [][]Elem{{lit("paid"), lit("post")}, {lit("sponsored"), lit("post")}}},
		{why: "an optional piece expands with it first, then without", pattern: "paid collab? post", want: [][]Elem{{lit("paid"), lit("collab"), lit("post")}, {lit("paid"), lit("post")}}},
		{why: "two choices in a row: the sequences share no storage, so appending to one never changes another",
			pattern: "a|b c|d e f",
			want: [][]Elem{
				{lit("a"), lit("c"), lit("e"), lit("f")},
				{lit("a"), lit("d"), lit("e"), lit("f")},
				{lit("b"), lit("c"), lit("e"), lit("f")},
				{lit("b"), lit("d"), lit("e"), lit("f")},
			}},
		{why: "an optional piece after alternatives", pattern: "x|y z? w", want: [][]Elem{{lit("x"), lit("z"), lit("w")}, {lit("x"), lit("w")}, {lit("y"), lit("z"), lit("w")}, {lit("y"), lit("w")}}},
		{why: "'+' joins words in one piece; slots are elements", pattern: "thank+you {brand}", want: [][]Elem{{lit("thank"), lit("you"), {Kind: ElemBrand}}}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			got, err := ExpandPattern(row.pattern)
			require.NoError(t, err)
			assert.Equal(t, row.want, got)
		})
	}
}

// TestCompileLinearInPatternLength: a pattern of 20,000 words compiles in
// about ten times the time of one of 2,000, not a hundred times (every
// piece used to copy the sequence expanded so far, and a team's
// 20,000-word term took half a minute). The bound, 50, leaves room for a
// noisy machine and for the larger pattern's tables outgrowing the
// caches (33x seen under load), and still fails for quadratic growth,
// which is 100x.
func TestCompileLinearInPatternLength(t *testing.T) {
	compile := func(words int) func() {
		p := []Pattern{{Text: strings.TrimSpace(strings.Repeat("glow ", words))}}
		return func() {
			_, err := Compile(p)
			require.NoError(t, err)
		}
	}
	fastest := func(f func()) time.Duration {
		best := time.Duration(math.MaxInt64)
		for range 5 {
			start := time.Now()
			f()
			best = min(best, time.Since(start))
		}
		return best
	}
	small, large := fastest(compile(2000)), fastest(compile(20000))
	t.Logf("2,000 words: %v; 20,000 words: %v (%.1fx)", small, large, float64(large)/float64(small))
	assert.Less(t, float64(large)/float64(small), 50.0, "10x the words took %v against %v", large, small)
}

// BenchmarkCompileLongPattern measures one long plain pattern, whose cost
// grows linearly with its words.
func BenchmarkCompileLongPattern(b *testing.B) {
	for _, words := range []int{2000, 20000} {
		p := []Pattern{{Text: strings.TrimSpace(strings.Repeat("glow ", words))}}
		b.Run("words="+strconv.Itoa(words), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Compile(p); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

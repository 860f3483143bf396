package disclosure

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
)

// shortShapes are short captions of the four shapes most posts take, each
// with the rule it draws (none for a compliant one).
var shortShapes = []struct {
	name string
	post Post
	rule Rule
}{
	{"compliant", Post{Caption: "#ad Loving my morning coffee from @brewhouse", Platform: influencekit.Instagram, Brand: "Brewhouse"}, ""},
	{"vague", Post{Caption: "Loving my morning coffee from @brewhouse #spon", Platform: influencekit.Instagram, Brand: "Brewhouse"}, RuleVagueDisclosure},
	{"buried", Post{Caption: "Loving my morning coffee #coffee #morning #ad", Platform: influencekit.Instagram, Brand: "Brewhouse"}, RuleBuriedDisclosure},
	{"missing", Post{Caption: "Loving my morning coffee from @brewhouse", Platform: influencekit.Instagram, Brand: "Brewhouse"}, RuleMissingDisclosure},
}

// TestShortShapes keeps the short-shape benchmarks honest: each caption
// draws the finding its shape names.
func TestShortShapes(t *testing.T) {
	for _, s := range shortShapes {
		t.Run(s.name, func(t *testing.T) {
			r := Check(s.post)
			if s.rule == "" {
				assert.Empty(t, r.Findings)
				return
			}
			require.NotEmpty(t, r.Findings)
			assert.Equal(t, s.rule, r.Findings[0].Rule)
		})
	}
}

// BenchmarkShortShapes runs Check and the lowercase + Aho-Corasick
// reference of BenchmarkCheckVsAhoCorasick in turn on one short caption
// of each shape, reporting Check's speed as a fraction of the
// reference's (x-reference) and Check's allocations.
func BenchmarkShortShapes(b *testing.B) {
	a := newACAutomaton(usTermStrings(b))
	warmUp()
	for _, s := range shortShapes {
		b.Run(s.name, func(b *testing.B) {
			const batch = 64 // calls per timed pass: a short caption takes well under a microsecond of the clock's
			var check, ref time.Duration
			n := 0 // the reference's count: the missing shape has no candidate
			for b.Loop() {
				t0 := time.Now()
				for range batch {
					Check(s.post)
				}
				t1 := time.Now()
				for range batch {
					n += a.count(strings.ToLower(s.post.Caption))
				}
				check, ref = check+t1.Sub(t0), ref+time.Since(t1)
			}
			b.ReportMetric(float64(ref)/float64(check), "x-reference")
			b.ReportMetric(testing.AllocsPerRun(10, func() { Check(s.post) }), "allocs/check")
			b.ReportMetric(float64(n)/float64(b.N*batch), "candidates/caption")
		})
	}
}

// manyFindingsCaption is 10,000 vague labels: 10,000 findings.
var manyFindingsCaption = strings.Repeat("#spon ", 10_000)

// TestManyFindingsMemory bounds what a report of 10,000 findings
// allocates: at most 7 MB, about 700 bytes a finding with its message,
// its two fixes and its label.
func TestManyFindingsMemory(t *testing.T) {
	p := Post{Caption: manyFindingsCaption}
	require.Len(t, Check(p).Findings, 10_000)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	r := Check(p)
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(r)
	assert.LessOrEqual(t, after.TotalAlloc-before.TotalAlloc, uint64(7<<20), "bytes allocated for 10,000 findings")
}

// BenchmarkManyFindings checks the caption of 10,000 findings, reporting
// the megabytes a check allocates.
func BenchmarkManyFindings(b *testing.B) {
	p := Post{Caption: manyFindingsCaption}
	warmUp()
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	n := 0
	for b.Loop() {
		Check(p)
		n++
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(n)/(1<<20), "MB/check")
}

// BenchmarkLinear checks 1 MB and 10 MB of the corpus's captions, one
// after another: the time per byte (ns/B) of the two stays the same.
func BenchmarkLinear(b *testing.B) {
	mb := bigCaption(loadCorpus(b), 1<<20)[:1<<20]
	warmUp()
	for _, size := range []struct {
		name   string
		copies int
	}{{"1MB", 1}, {"10MB", 10}} {
		p := Post{Caption: strings.Repeat(mb, size.copies), Platform: influencekit.Instagram}
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(p.Caption)))
			b.ReportAllocs()
			for b.Loop() {
				Check(p)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(p.Caption)), "ns/B")
		})
	}
}

package cputime

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOfCountsTheWorkDone: a fixed amount of busy work shows as CPU time,
// whatever the load of the machine, and sleeping longer than the work
// takes shows as less.
func TestOfCountsTheWorkDone(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" || runtime.GOOS == "plan9" {
		d, ok := Of(func() {})
		assert.False(t, ok)
		assert.Zero(t, d)
		return
	}
	busy, ok := Of(func() {
		x := uint64(1)
		for i := range 50_000_000 {
			x = x*6364136223846793005 + uint64(i)
		}
		runtime.KeepAlive(x)
	})
	require.True(t, ok)
	assert.Greater(t, busy, time.Duration(0))

	idle, ok := Of(func() { time.Sleep(busy + 50*time.Millisecond) })
	require.True(t, ok)
	assert.Less(t, idle, busy, "sleeping uses next to no CPU")
}

// TestCompareReportsTheRatio: twice the work costs about twice the CPU
// time, and Compare's ratio, double/single, says so.
func TestCompareReportsTheRatio(t *testing.T) {
	if _, ok := Of(func() {}); !ok {
		t.Skip("this system does not report CPU time")
	}
	work := func(n int) func() {
		return func() {
			x := uint64(1)
			for i := range n {
				x = x*6364136223846793005 + uint64(i)
			}
			runtime.KeepAlive(x)
		}
	}
	res := testing.Benchmark(func(b *testing.B) { Compare(b, 1, "double", work(8_000_000), "single", work(4_000_000)) })
	assert.InDelta(t, 2, res.Extra["double/single"], 0.5)
	assert.InDelta(t, 2, res.Extra["double-cpu-ns/unit"]/res.Extra["single-cpu-ns/unit"], 0.5)
}

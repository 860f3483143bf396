// Package cputime measures the CPU time the process uses, for benchmarks
// that compare two costs on a shared machine: wall time counts the time
// other processes took from this one, CPU time does not.
//
// # Measuring
//
// [Of] runs a function and returns the user and system CPU time the whole
// process used meanwhile, in every thread, the garbage collector's
// included. [Compare] is the benchmark built on it: it alternates the two
// things it compares round by round and reports their costs and ratio.
package cputime

import (
	"testing"
	"time"
)

// Of runs fn and returns the CPU time, user and system, that the process
// used while it ran; ok is false where the system does not report it (the
// time is then 0).
func Of(fn func()) (d time.Duration, ok bool) {
	before, ok := process()
	fn()
	after, _ := process()
	return after - before, ok
}

// Compare runs a and base once each per op of b, alternating which of them
// goes first, and reports as b's metrics the CPU time a unit of each takes
// (a run of either does units units of work), named aName+"-cpu-ns/unit"
// and baseName+"-cpu-ns/unit", and their ratio, aName+"/"+baseName. A
// first run of each, not measured, builds what they build once a process.
// It skips the benchmark where the system does not report CPU time.
func Compare(b *testing.B, units int, aName string, a func(), baseName string, base func()) {
	a()
	base()
	var aCPU, baseCPU time.Duration
	for round := 0; b.Loop(); round++ {
		runs := [2]struct {
			fn  func()
			sum *time.Duration
		}{{a, &aCPU}, {base, &baseCPU}}
		if round%2 == 1 {
			runs[0], runs[1] = runs[1], runs[0]
		}
		for _, run := range runs {
			d, ok := Of(run.fn)
			if !ok {
				b.Skip("this system does not report CPU time")
			}
			*run.sum += d
		}
	}
	n := float64(units) * float64(b.N)
	b.ReportMetric(float64(aCPU.Nanoseconds())/n, aName+"-cpu-ns/unit")
	b.ReportMetric(float64(baseCPU.Nanoseconds())/n, baseName+"-cpu-ns/unit")
	b.ReportMetric(float64(aCPU)/float64(baseCPU), aName+"/"+baseName)
}

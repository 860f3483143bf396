// Package cputime measures the CPU time the process uses, for benchmarks
// that compare two costs on a shared machine: wall time counts the time
// other processes took from this one, CPU time does not.
//
// # Measuring
//
// [Of] runs a function and returns the user and system CPU time the whole
// process used meanwhile, in every thread, the garbage collector's
// included. A benchmark alternates the two things it compares round by
// round and divides their sums.
package cputime

import "time"

// Of runs fn and returns the CPU time, user and system, that the process
// used while it ran; ok is false where the system does not report it (the
// time is then 0).
func Of(fn func()) (d time.Duration, ok bool) {
	before, ok := process()
	fn()
	after, _ := process()
	return after - before, ok
}

//go:build race

package disclosure

// raceDetector is true when the tests run with -race, whose
// instrumentation allocates where a normal build does not: the tests that
// count allocations hold their bounds in a normal build (.ci/run runs
// them without -race too).
const raceDetector = true

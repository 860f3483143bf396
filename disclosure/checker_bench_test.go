package disclosure

import "testing"

// BenchmarkNewChecker measures building a Checker with the default policy:
// the built-in packs are compiled once per process (before the loop) and
// shared, so it only copies their compiled tables.
func BenchmarkNewChecker(b *testing.B) {
	if _, err := builtins(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewChecker(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewCheckerWithTerm measures a Checker whose Options add one
// term: only that jurisdiction's table is compiled again.
func BenchmarkNewCheckerWithTerm(b *testing.B) {
	if _, err := builtins(); err != nil {
		b.Fatal(err)
	}
	o := Options{Terms: []Term{{Jurisdiction: DE, Text: "#werbepartner", Clarity: Clear, Connection: Paid}}}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewChecker(o); err != nil {
			b.Fatal(err)
		}
	}
}

package disclosure

import "testing"

// BenchmarkNewChecker measures building a Checker with the default policy:
// the built-in packs are compiled once and shared, so it only copies
// their compiled tables.
func BenchmarkNewChecker(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewChecker(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

package disclosure

import (
	"encoding/json"
	"testing"
)

// BenchmarkReportMarshalJSON: Report.MarshalJSON over the corpus's
// reports, and json.Marshal of them (what a server does); Check is the
// same corpus through Check, for the cost of the JSON against Check's.
func BenchmarkReportMarshalJSON(b *testing.B) {
	var reps []Report
	for _, c := range loadCorpus(b) {
		reps = append(reps, Check(Post{Caption: c, Brand: "Glow Co", Connection: Paid}))
	}
	b.Run("MarshalJSON", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, r := range reps {
				if _, err := r.MarshalJSON(); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("json.Marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, r := range reps {
				if _, err := json.Marshal(r); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("Check", func(b *testing.B) {
		b.ReportAllocs()
		corpus := loadCorpus(b)
		for b.Loop() {
			for _, c := range corpus {
				Check(Post{Caption: c, Brand: "Glow Co", Connection: Paid})
			}
		}
	})
}

package disclosure

import (
	"encoding/json"
	"testing"

	"github.com/influencekit/influencekit/internal/cputime"
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

// BenchmarkPostUnmarshalJSON: Post.UnmarshalJSON over the corpus's posts in
// their JSON form (every member written, as MarshalJSON writes them), the
// encoding/json reader it replaced (referencePost), and Check over the
// same posts, for the cost of reading a post against checking it.
func BenchmarkPostUnmarshalJSON(b *testing.B) {
	var posts []Post
	var docs [][]byte
	for _, c := range loadCorpus(b) {
		p := Post{Caption: c, Brand: "Glow Co", Connection: Paid}
		doc, err := p.MarshalJSON()
		if err != nil {
			b.Fatal(err)
		}
		posts, docs = append(posts, p), append(docs, doc)
	}
	b.Run("UnmarshalJSON", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, doc := range docs {
				var p Post
				if err := p.UnmarshalJSON(doc); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("encoding-json-reference", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, doc := range docs {
				if _, err := referencePost(Post{}, doc); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("Check", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, p := range posts {
				Check(p)
			}
		}
	})
	b.Run("cpu-against-Check", func(b *testing.B) {
		read := func() {
			for _, doc := range docs {
				var p Post
				if err := p.UnmarshalJSON(doc); err != nil {
					b.Fatal(err)
				}
			}
		}
		check := func() {
			for _, p := range posts {
				Check(p)
			}
		}
		cputime.Compare(b, len(posts), "read", read, "check", check)
	})
}

package audit

import (
	"strings"
	"testing"
)

// FuzzReadPosts: any file, read as JSON lines or as CSV, gives records
// and dead letters, never a panic nor an error (the reader is in memory),
// and every record holds only values the reader accepts.
func FuzzReadPosts(f *testing.F) {
	f.Add("p.jsonl", `{"caption":"#ad hi","platform":"tiktok","followers":12}`)
	f.Add("p.jsonl", `{"caption":"Publicité","jurisdiction":"FR","category":"nicotine","age_gated":true,"duration":30.5,"overlays":[{"start":0,"end":10,"text":"Publicité"}]}`)
	f.Add("p.jsonl", `{"caption":"x","alteration":"deep-fake","virtual_creator":false,"platform_label":null}`)
	f.Add("p.csv", "caption,overlays,duration\n\"#ad\",\"[{\"\"start\"\":1,\"\"end\"\":2,\"\"text\"\":\"\"Ad\"\"}]\",1e2\n")
	f.Add("p.csv", "caption,age_gated\nx,maybe\n")
	f.Add("p.jsonl", `{"caption":"#ad Staking","jurisdiction":"UK","approval":"FRN 123456","followers":100000,"category":"crypto"}`)
	f.Add("p.csv", "caption,approval,followers\nPublicidad bitcoin,,99999\n")
	f.Fuzz(func(t *testing.T, name, text string) {
		err := readPosts(name, strings.NewReader(text), func(r Record) {
			for _, n := range []int64{r.Followers, r.Reach, r.Likes, r.Comments, r.Saves, r.Shares} {
				if n < -1 {
					t.Fatalf("count %d below -1", n)
				}
			}
			if r.Duration < 0 {
				t.Fatalf("negative duration %v", r.Duration)
			}
			for _, o := range r.Overlays {
				if o.Start < 0 || o.End < o.Start {
					t.Fatalf("overlay %+v out of order", o)
				}
			}
		}, func(d DeadLetter) {
			if d.Error == "" {
				t.Fatal("a dead letter without an error")
			}
		})
		if err != nil {
			t.Fatalf("an in-memory read failed: %v", err)
		}
	})
}

package audit

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
)

// SamplePost is one generated post, in the members of a JSON line.
type SamplePost struct {
	ID           string `json:"id"`
	Creator      string `json:"creator"`
	Brand        string `json:"brand"`
	Caption      string `json:"caption"`
	Platform     string `json:"platform"`
	Jurisdiction string `json:"jurisdiction"`
	Connection   string `json:"connection"`
	Followers    int64  `json:"followers"`
	Reach        int64  `json:"reach"`
	Likes        int64  `json:"likes"`
	Comments     int64  `json:"comments"`
	Saves        int64  `json:"saves"`
}

// sampleCaptions are caption shapes seen in audits: a label upfront, one
// buried at the end, a vague one, none, an affiliate statement, a German
// label, a stylized one. %s is the brand's handle.
var sampleCaptions = []struct {
	caption, jurisdiction string
}{
	{"#ad Loving my new serum from @%s ✨ #skincare #glow", "US"},
	{"Morning routine with @%s #skincare #glow #ad #selfcare", "US"},
	{"Thanks @%s for this! #spon #beauty", "US"},
	{"My favourite lipstick this season, from @%s 💄", "US"},
	{"I earn a small commission if you buy through my links: @%s", "US"},
	{"Werbung: Mein neues Serum von @%s", "DE"},
	{"#ad Mein neues Serum von @%s #hautpflege", "DE"},
	{"𝐀𝐝 New drop from @%s, link in bio", "UK"},
	{"Ad | Summer edit with @%s", "UK"},
	{"Publicité : ma routine avec @%s", "FR"},
	{"Just a sunset, no brands here 🌅", "US"},
}

var samplePlatforms = []string{"instagram", "tiktok", "youtube", "instagram", "facebook"}

// Sample returns n generated posts, the same for the same seed: about n/20
// creators, 12 brands, the caption shapes above, follower counts from 500
// to about 2 million, and counts that make engagement rates of a few per
// cent.
func Sample(n int, seed uint64) []SamplePost {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	creators := max(n/20, 1)
	posts := make([]SamplePost, n)
	for i := range posts {
		brand := "brand" + strconv.Itoa(rng.IntN(12))
		c := sampleCaptions[rng.IntN(len(sampleCaptions))]
		followers := int64(500 + rng.ExpFloat64()*40_000)
		reach := max(followers/3+rng.Int64N(followers/2+1), 1)
		connection := "paid"
		if rng.IntN(10) == 0 {
			connection = "unknown"
		}
		posts[i] = SamplePost{
			ID:           "p" + strconv.Itoa(i),
			Creator:      "@creator" + strconv.Itoa(rng.IntN(creators)),
			Brand:        brand,
			Caption:      fmt.Sprintf(c.caption, brand),
			Platform:     samplePlatforms[rng.IntN(len(samplePlatforms))],
			Jurisdiction: c.jurisdiction,
			Connection:   connection,
			Followers:    followers,
			Reach:        reach,
			Likes:        rng.Int64N(reach/10 + 1),
			Comments:     rng.Int64N(reach/100 + 1),
			Saves:        rng.Int64N(reach/50 + 1),
		}
	}
	return posts
}

// WriteJSONLines writes posts as JSON lines.
func WriteJSONLines(w io.Writer, posts []SamplePost) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, p := range posts {
		if err := enc.Encode(p); err != nil {
			return err
		}
	}
	return nil
}

// WriteCSV writes posts as CSV with a header row.
func WriteCSV(w io.Writer, posts []SamplePost) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"id", "creator", "brand", "caption", "platform", "jurisdiction", "connection",
		"followers", "reach", "likes", "comments", "saves"})
	for _, p := range posts {
		cw.Write([]string{p.ID, p.Creator, p.Brand, p.Caption, p.Platform, p.Jurisdiction, p.Connection,
			strconv.FormatInt(p.Followers, 10), strconv.FormatInt(p.Reach, 10), strconv.FormatInt(p.Likes, 10),
			strconv.FormatInt(p.Comments, 10), strconv.FormatInt(p.Saves, 10)})
	}
	cw.Flush()
	return cw.Error()
}

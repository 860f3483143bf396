package disclosure_test

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// A service receives a post as JSON, checks it and answers with the
// report as JSON; the other side reads it back as an equal Report.
func ExampleReport_MarshalJSON() {
	var p disclosure.Post
	in := `{"caption": "Glow 😍 #glow #skin #ad", "platform": "instagram", "brand": "Glow Co", "connection": "paid"}`
	if err := json.Unmarshal([]byte(in), &p); err != nil {
		fmt.Println(err)
		return
	}
	r := disclosure.Check(p)
	out, err := json.Marshal(r.Disclosures)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(out))

	data, _ := json.Marshal(r)
	var back disclosure.Report
	if err := json.Unmarshal(data, &back); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(back.String())
	fmt.Println(back.Findings[0])
	// Output:
	// [{"start":22,"end":25,"start_utf16":20,"end_utf16":23,"text":"#ad","clarity":"clear","connection":"paid","source":"ftc-101"}]
	// not compliant: 2 findings (2 errors), 1 label
	// 22-25 error buried-disclosure: the label "#ad" is one of 3 hashtags in a row, where followers skip it: move it to the start of the caption
}

// Posts travel as JSON too, times in seconds.
func ExamplePost_MarshalJSON() {
	p := disclosure.Post{
		Caption:    "#ad live with Glow Co",
		Platform:   influencekit.TikTok,
		Format:     influencekit.Live,
		Transcript: []disclosure.Segment{{Start: 12500 * time.Millisecond, Text: "this stream is sponsored by Glow Co"}},
		Duration:   time.Hour,
		Connection: disclosure.Paid,
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(p); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "caption": "#ad live with Glow Co",
	//   "platform": "tiktok",
	//   "format": "live",
	//   "brand": "",
	//   "jurisdiction": "US",
	//   "transcript": [
	//     {
	//       "start": 12.5,
	//       "text": "this stream is sponsored by Glow Co"
	//     }
	//   ],
	//   "duration": 3600,
	//   "edited": false,
	//   "connection": "paid",
	//   "alteration": "none",
	//   "virtual_creator": false,
	//   "category": "unknown",
	//   "age_gated": false,
	//   "approval": "",
	//   "followers": 0,
	//   "platform_label": false,
	//   "overlays": []
	// }
}

// A JavaScript editor highlights a finding with the UTF-16 positions in
// the report's JSON; Go code converts any byte offset itself.
func ExampleConvertOffset() {
	caption := "🇫🇷 Café day #ad"
	r := disclosure.Check(disclosure.Post{Caption: caption})
	l := r.Disclosures[0]
	for _, u := range []disclosure.Unit{disclosure.Bytes, disclosure.UTF16, disclosure.Runes} {
		start, _ := disclosure.ConvertOffset(caption, l.Start, u)
		end, _ := disclosure.ConvertOffset(caption, l.End, u)
		fmt.Printf("%s: [%d, %d)\n", u, start, end)
	}
	// Output:
	// bytes: [19, 22)
	// utf16: [14, 17)
	// runes: [12, 15)
}

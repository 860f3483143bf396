package audit

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/influencekit/influencekit/disclosure"
)

// SamplePost is one generated post, in the members of a JSON line (see
// [Record] for what each means). Category is "" when the post leaves it
// to the check to read from its text; Duration is seconds, 0 for a still
// post; Overlays is nil for a post without on-screen text.
type SamplePost struct {
	ID             string               `json:"id"`
	Creator        string               `json:"creator"`
	Brand          string               `json:"brand"`
	Caption        string               `json:"caption"`
	Platform       string               `json:"platform"`
	Format         string               `json:"format"`
	Jurisdiction   string               `json:"jurisdiction"`
	Connection     string               `json:"connection"`
	Alteration     string               `json:"alteration"`
	VirtualCreator bool                 `json:"virtual_creator"`
	Category       string               `json:"category"`
	AgeGated       bool                 `json:"age_gated"`
	Approval       string               `json:"approval"`
	PlatformLabel  bool                 `json:"platform_label"`
	Duration       float64              `json:"duration"`
	Overlays       []disclosure.Overlay `json:"overlays"`
	Followers      int64                `json:"followers"`
	Reach          int64                `json:"reach"`
	Likes          int64                `json:"likes"`
	Comments       int64                `json:"comments"`
	Saves          int64                `json:"saves"`
}

// sampleCaption is a caption shape seen in audits. %s is the brand's
// handle. screen, when set, is the on-screen text that names the product
// the caption does not: the post is a video that shows it.
type sampleCaption struct {
	caption, jurisdiction, screen string
}

// sampleSector is what a brand sells: the category a post declares when
// it declares one, and the caption shapes of its posts. financial: its
// promotions need an approval where the law asks one.
type sampleSector struct {
	category              string
	restricted, financial bool
	captions              []sampleCaption
}

// sampleSectors are the brands' trades: brands 0 to 7 sell beauty
// products, with caption shapes of every kind (a label upfront, one
// buried at the end, a vague one, none, an affiliate statement, a German
// label, a stylized one); brand 8 sells alcohol, 9 crypto-assets, 10
// nicotine products and 11 gambling, each with shapes that name the
// product in the caption or only on screen.
var sampleSectors = [...]sampleSector{
	{category: "other", captions: []sampleCaption{
		{"#ad Loving my new serum from @%s ✨ #skincare #glow", "US", ""},
		{"Morning routine with @%s #skincare #glow #ad #selfcare", "US", ""},
		{"Thanks @%s for this! #spon #beauty", "US", ""},
		{"My favourite lipstick this season, from @%s 💄", "US", ""},
		{"I earn a small commission if you buy through my links: @%s", "US", ""},
		{"Werbung: Mein neues Serum von @%s", "DE", ""},
		{"#ad Mein neues Serum von @%s #hautpflege", "DE", ""},
		{"𝐀𝐝 New drop from @%s, link in bio", "UK", ""},
		{"Ad | Summer edit with @%s", "UK", ""},
		{"Publicité : ma routine avec @%s", "FR", ""},
		{"Just a sunset, no brands here 🌅", "US", ""},
	}},
	{category: "alcohol", restricted: true, captions: []sampleCaption{
		{"Pubblicità Il mio spritz del venerdì con @%s", "IT", ""},
		{"Pubblicità Il mio venerdì sera con @%s", "IT", "Il mio spritz 🍹"},
		{"Ad | Summer gin with @%s", "UK", ""},
	}},
	{category: "crypto", restricted: true, financial: true, captions: []sampleCaption{
		{"#ad Staking made simple with @%s", "UK", ""},
		{"#ad My weekend money routine with @%s", "UK", "Staking, explained"},
		{"Publicidad Compra tus primeras criptomonedas en @%s", "ES", ""},
	}},
	{category: "nicotine", restricted: true, captions: []sampleCaption{
		{"Publicité : ma nouvelle puff @%s", "FR", ""},
		{"Publicité : ma pause du matin avec @%s", "FR", "mes sachets de nicotine"},
	}},
	{category: "gambling", restricted: true, captions: []sampleCaption{
		{"Pubblicità Stasera si gioca al casinò online con @%s", "IT", ""},
		{"Publicité : soirée foot avec @%s", "FR", "Mes paris sportifs du soir"},
	}},
}

// sectorOf returns the sector of brand number b (0 to 11).
func sectorOf(b int) sampleSector {
	if b < 8 {
		return sampleSectors[0]
	}
	return sampleSectors[b-7]
}

var samplePlatforms = []string{"instagram", "tiktok", "youtube", "instagram", "facebook"}

// sampleFormats are the formats of each platform's posts.
var sampleFormats = map[string][]string{
	"instagram": {"post", "post", "reel", "story"},
	"tiktok":    {"video"},
	"youtube":   {"video", "short"},
	"facebook":  {"post", "video"},
}

// sampleLabels is the on-screen label of each jurisdiction of the shapes.
var sampleLabels = map[string]string{"US": "Ad", "UK": "Ad", "DE": "Werbung", "FR": "Publicité", "IT": "Pubblicità", "ES": "Publicidad"}

// Sample returns n generated posts, the same for the same seed: about n/20
// creators (one in 40 of them computer-generated), 12 brands (8 beauty
// brands and one each of alcohol, crypto, nicotine and gambling), the
// caption shapes of sampleSectors, follower counts from 500 to about 2
// million, and counts that make engagement rates of a few per cent.
//
// A realistic mix of what a post promotes and shows: a third declare
// their category, the others leave it to the check (which reads it from
// the caption, or from the screen for a shape that shows the product only
// there); half the posts of a restricted trade are age-gated, and half of
// the crypto posts record an approval reference; about 60%
// of paid posts switch on the platform's paid-partnership label; one in 7
// is retouched, one in 25 made by AI and one in 100 a deep fake. Videos,
// reels, shorts and stories last 6 to 90 seconds, and half of them show
// the jurisdiction's label on screen, for the first 3 seconds or
// throughout.
func Sample(n int, seed uint64) []SamplePost {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	creators := max(n/20, 1)
	posts := make([]SamplePost, n)
	for i := range posts {
		b := rng.IntN(12)
		brand := "brand" + strconv.Itoa(b)
		sector := sectorOf(b)
		c := sector.captions[rng.IntN(len(sector.captions))]
		followers := int64(500 + rng.ExpFloat64()*40_000)
		reach := max(followers/3+rng.Int64N(followers/2+1), 1)
		connection := "paid"
		if rng.IntN(10) == 0 {
			connection = "unknown"
		}
		creator := rng.IntN(creators)
		platform := samplePlatforms[rng.IntN(len(samplePlatforms))]
		formats := sampleFormats[platform]
		format := formats[rng.IntN(len(formats))]
		if c.screen != "" && (format == "post" || format == "story") {
			format = "video" // the product is shown in a video
			if platform == "instagram" {
				format = "reel"
			}
		}
		p := SamplePost{
			ID:             "p" + strconv.Itoa(i),
			Creator:        "@creator" + strconv.Itoa(creator),
			Brand:          brand,
			Caption:        fmt.Sprintf(c.caption, brand),
			Platform:       platform,
			Format:         format,
			Jurisdiction:   c.jurisdiction,
			Connection:     connection,
			Alteration:     sampleAlteration(rng.IntN(100)),
			VirtualCreator: creator%40 == 39,
			Followers:      followers,
			Reach:          reach,
			Likes:          rng.Int64N(reach/10 + 1),
			Comments:       rng.Int64N(reach/100 + 1),
			Saves:          rng.Int64N(reach/50 + 1),
		}
		if !strings.Contains(c.caption, "%s") {
			p.Caption = c.caption // no brand named: an organic shape
		}
		if rng.IntN(3) == 0 {
			p.Category = sector.category
		}
		p.AgeGated = sector.restricted && rng.IntN(2) == 0
		if sector.financial && rng.IntN(2) == 0 {
			p.Approval = "FRN " + strconv.Itoa(100_000+rng.IntN(900_000))
		}
		p.PlatformLabel = connection == "paid" && rng.IntN(10) < 6
		if format != "post" {
			length := time.Duration(6+rng.IntN(85)) * time.Second
			p.Duration = length.Seconds()
			if rng.IntN(2) == 0 {
				end := 3 * time.Second
				if rng.IntN(2) == 0 {
					end = length
				}
				p.Overlays = append(p.Overlays, disclosure.Overlay{End: end, Text: sampleLabels[c.jurisdiction]})
			}
			if c.screen != "" {
				p.Overlays = append(p.Overlays, disclosure.Overlay{Start: 3 * time.Second, End: length, Text: c.screen})
			}
		}
		posts[i] = p
	}
	return posts
}

// sampleAlteration returns the alteration of a post for a draw from 0 to
// 99: one in 7 retouched, one in 25 generated, one in 100 a deep fake.
func sampleAlteration(draw int) string {
	switch {
	case draw < 14:
		return "retouched"
	case draw < 18:
		return "generated"
	case draw < 19:
		return "deep-fake"
	}
	return "none"
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
	cw.Write([]string{"id", "creator", "brand", "caption", "platform", "format", "jurisdiction", "connection",
		"alteration", "virtual_creator", "category", "age_gated", "approval", "platform_label", "duration", "overlays",
		"followers", "reach", "likes", "comments", "saves"})
	for _, p := range posts {
		overlays := ""
		if len(p.Overlays) > 0 {
			b, err := json.Marshal(p.Overlays)
			if err != nil {
				return err
			}
			overlays = string(b)
		}
		cw.Write([]string{p.ID, p.Creator, p.Brand, p.Caption, p.Platform, p.Format, p.Jurisdiction, p.Connection,
			p.Alteration, strconv.FormatBool(p.VirtualCreator), p.Category, strconv.FormatBool(p.AgeGated), p.Approval,
			strconv.FormatBool(p.PlatformLabel), strconv.FormatFloat(p.Duration, 'f', -1, 64), overlays,
			strconv.FormatInt(p.Followers, 10), strconv.FormatInt(p.Reach, 10), strconv.FormatInt(p.Likes, 10),
			strconv.FormatInt(p.Comments, 10), strconv.FormatInt(p.Saves, 10)})
	}
	cw.Flush()
	return cw.Error()
}

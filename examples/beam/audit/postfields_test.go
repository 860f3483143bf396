package audit

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

// TestReadPostFields: what a post promotes and shows (alteration,
// virtual_creator, category, age_gated, platform_label, duration,
// overlays) reads the same from a JSON line and a CSV row, and reaches
// the disclosure.Post that Check judges.
func TestReadPostFields(t *testing.T) {
	want := Record{Line: 1, Caption: "Publicité : ma routine", Jurisdiction: disclosure.FR,
		Alteration: disclosure.Generated, VirtualCreator: true, Category: disclosure.Alcohol,
		AgeGated: true, PlatformLabel: true, Duration: 30*time.Second + 500*time.Millisecond,
		Overlays:  []disclosure.Overlay{{Start: 0, End: 10 * time.Second, Text: "Publicité"}},
		Followers: -1, Reach: -1, Likes: -1, Comments: -1, Saves: -1, Shares: -1}
	for _, tt := range []struct {
		why, name, text string
		line            int64
	}{
		{"a JSON line takes booleans, a number of seconds and an array of overlays", "p.jsonl",
			`{"caption":"Publicité : ma routine","jurisdiction":"FR","alteration":"generated","virtual_creator":true,` +
				`"category":"alcohol","age_gated":true,"platform_label":true,"duration":30.5,` +
				`"overlays":[{"start":0,"end":10,"text":"Publicité"}]}`, 1},
		{"a CSV row takes the same values as text, overlays as the JSON array", "p.csv",
			"caption,jurisdiction,alteration,virtual_creator,category,age_gated,platform_label,duration,overlays\n" +
				`Publicité : ma routine,FR,generated,true,alcohol,1,TRUE,30.5,"[{""start"":0,""end"":10,""text"":""Publicité""}]"` + "\n", 2},
	} {
		t.Run(tt.why, func(t *testing.T) {
			recs, dead := read(t, tt.name, tt.text)
			require.Empty(t, dead)
			require.Len(t, recs, 1)
			w := want
			w.File, w.Line = tt.name, tt.line
			assert.Equal(t, w, recs[0])
			p := recs[0].Post()
			assert.Equal(t, []any{disclosure.Generated, true, disclosure.Alcohol, true, true, w.Duration, w.Overlays},
				[]any{p.Alteration, p.VirtualCreator, p.Category, p.AgeGated, p.PlatformLabel, p.Duration, p.Overlays},
				"every new member reaches the Post")
		})
	}
}

// TestReadFinancialPromotionFields: approval and followers reach the
// disclosure.Post; an unknown follower count (-1 in a Record) is the
// library's 0, which never makes a campaign one to notify.
func TestReadFinancialPromotionFields(t *testing.T) {
	for _, tt := range []struct {
		why, name, text string
		approval        string
		followers       int64
	}{
		{"a JSON line", "f.jsonl", `{"caption":"#ad Staking","jurisdiction":"UK","approval":"FRN 123456","followers":100000}`, "FRN 123456", 100000},
		{"a CSV row", "f.csv", "caption,approval,followers\n#ad Staking,FRN 654321,99999\n", "FRN 654321", 99999},
		{"no followers member: unknown, 0 for the check", "f.jsonl", `{"caption":"#ad Staking"}`, "", 0},
	} {
		t.Run(tt.why, func(t *testing.T) {
			recs, dead := read(t, tt.name, tt.text)
			require.Empty(t, dead)
			require.Len(t, recs, 1)
			p := recs[0].Post()
			assert.Equal(t, tt.approval, p.Approval)
			assert.Equal(t, tt.followers, p.Followers)
		})
	}
	t.Run("a Spanish crypto campaign from 100,000 followers gets the CNMV notice", func(t *testing.T) {
		recs, dead := read(t, "es.jsonl", `{"caption":"Publicidad Compra bitcoin","jurisdiction":"ES","connection":"paid","followers":100000}`)
		require.Empty(t, dead)
		require.Len(t, recs, 1)
		var notice bool
		for _, f := range disclosure.Check(recs[0].Post()).Findings {
			notice = notice || f.Rule == disclosure.RuleRestrictedPromotion && f.Severity == influencekit.SeverityInfo
		}
		assert.True(t, notice)
	})
}

// TestReadPostFieldsErrors: a bad value of a new member is a dead letter
// naming the member.
func TestReadPostFieldsErrors(t *testing.T) {
	for _, tt := range []struct{ why, line, member string }{
		{"an alteration the library does not name", `{"caption":"x","alteration":"photoshopped"}`, "alteration"},
		{"a category the library does not name", `{"caption":"x","category":"weapons"}`, "category"},
		{"a flag that is a string in JSON", `{"caption":"x","age_gated":"yes"}`, "age_gated"},
		{"a negative duration", `{"caption":"x","duration":-1}`, "duration"},
		{"a duration that is not a number", `{"caption":"x","duration":"long"}`, "duration"},
		{"an overlay ending before it starts", `{"caption":"x","overlays":[{"start":5,"end":1,"text":"Ad"}]}`, "overlays"},
		{"overlays that are not an array", `{"caption":"x","overlays":"Ad"}`, "overlays"},
		{"an approval that is not a string", `{"caption":"x","approval":123456}`, "approval"},
		{"a negative follower count", `{"caption":"x","followers":-1}`, "followers"},
	} {
		t.Run(tt.why, func(t *testing.T) {
			recs, dead := read(t, "x.jsonl", tt.line)
			assert.Empty(t, recs)
			require.Len(t, dead, 1)
			assert.True(t, strings.HasPrefix(dead[0].Error, tt.member+":"), dead[0].Error)
		})
	}
	_, dead := read(t, "x.csv", "caption,platform_label\nx,maybe\n")
	require.Len(t, dead, 1, "a CSV flag that is no boolean")
	assert.Contains(t, dead[0].Error, "platform_label")
}

// TestPipelineCountsCategoryAndOverlayRules: posts whose category or
// overlays break a rule are counted under that rule per jurisdiction, as a
// plain loop over the same posts counts them, with the categories judged;
// their per-post rows name the category judged, and the report where the
// screen showed it.
func TestPipelineCountsCategoryAndOverlayRules(t *testing.T) {
	type row struct {
		line string
		post disclosure.Post
	}
	rows := []row{
		{`{"id":"fr-nicotine","caption":"Publicité : ma nouvelle puff @vapeco","brand":"vapeco","jurisdiction":"FR","connection":"paid","platform":"instagram","category":"nicotine"}`,
			disclosure.Post{Caption: "Publicité : ma nouvelle puff @vapeco", Brand: "vapeco", Jurisdiction: disclosure.FR,
				Connection: disclosure.Paid, Platform: influencekit.Instagram, Category: disclosure.Nicotine}},
		{`{"id":"fr-overlay","caption":"Publicité : ma routine avec @glowco","brand":"glowco","jurisdiction":"FR","connection":"paid","platform":"tiktok","duration":30,"platform_label":true,"overlays":[{"start":0,"end":10,"text":"Publicité"}]}`,
			disclosure.Post{Caption: "Publicité : ma routine avec @glowco", Brand: "glowco", Jurisdiction: disclosure.FR,
				Connection: disclosure.Paid, Platform: influencekit.TikTok, Duration: 30 * time.Second, PlatformLabel: true,
				Overlays: []disclosure.Overlay{{End: 10 * time.Second, Text: "Publicité"}}}},
		{`{"id":"uk-alcohol","caption":"Ad | Summer gin with @ginco","brand":"ginco","jurisdiction":"UK","connection":"paid","platform":"instagram","category":"alcohol","age_gated":true,"platform_label":true}`,
			disclosure.Post{Caption: "Ad | Summer gin with @ginco", Brand: "ginco", Jurisdiction: disclosure.UK,
				Connection: disclosure.Paid, Platform: influencekit.Instagram, Category: disclosure.Alcohol, AgeGated: true, PlatformLabel: true}},
		{`{"id":"it-screen","caption":"Pubblicità Il mio venerdì sera con @spritzco","brand":"spritzco","jurisdiction":"IT","connection":"paid","platform":"instagram","format":"reel","duration":20,"overlays":[{"start":3,"end":20,"text":"Il mio spritz"}]}`,
			disclosure.Post{Caption: "Pubblicità Il mio venerdì sera con @spritzco", Brand: "spritzco", Jurisdiction: disclosure.IT,
				Connection: disclosure.Paid, Platform: influencekit.Instagram, Format: influencekit.Reel, Duration: 20 * time.Second,
				Overlays: []disclosure.Overlay{{Start: 3 * time.Second, End: 20 * time.Second, Text: "Il mio spritz"}}}},
		{`{"id":"uk-ai","caption":"Ad | My new look with @glowco","brand":"glowco","jurisdiction":"UK","connection":"paid","platform":"instagram","alteration":"generated","platform_label":true}`,
			disclosure.Post{Caption: "Ad | My new look with @glowco", Brand: "glowco", Jurisdiction: disclosure.UK,
				Connection: disclosure.Paid, Platform: influencekit.Instagram, Alteration: disclosure.Generated, PlatformLabel: true}},
	}
	in := t.TempDir()
	var lines []string
	want := map[string]map[string]int64{}
	for _, r := range rows {
		lines = append(lines, r.line)
		j := r.post.Jurisdiction.String()
		if want[j] == nil {
			want[j] = map[string]int64{}
		}
		for _, f := range disclosure.Check(r.post).Findings {
			want[j][string(f.Rule)]++
		}
	}
	require.NoError(t, os.WriteFile(filepath.Join(in, "posts.jsonl"), []byte(strings.Join(lines, "\n")), 0o644))

	out, malformed := runAudit(t, filepath.Join(in, "*"))
	assert.Zero(t, malformed)
	got := readAggregates(t, filepath.Join(out, ByJurisdictionFile))
	require.Len(t, got, 3)
	for j, rules := range want {
		assert.Equal(t, rules, got[j].FindingsPerRule, "%s: the pipeline counts what a plain loop counts", j)
	}
	assert.EqualValues(t, 1, got["FR"].FindingsPerRule["prohibited-promotion"], "nicotine may not be promoted in a paid post in France")
	assert.EqualValues(t, 1, got["FR"].FindingsPerRule["label-not-throughout"], "the on-screen label leaves 10 s to 30 s bare")
	assert.EqualValues(t, 1, got["UK"].FindingsPerRule["undisclosed-ai-content"], "generated content without an AI label")
	assert.EqualValues(t, 1, got["UK"].Compliant, "the age-gated alcohol post with its label passes")
	assert.EqualValues(t, 1, got["IT"].FindingsPerRule["restricted-promotion"], "alcohol shown on screen, not age-gated")
	assert.Equal(t, map[string]int64{"alcohol": 1, "unknown": 1}, got["UK"].PostsPerCategory)
	assert.Equal(t, map[string]int64{"alcohol": 1}, got["IT"].PostsPerCategory, "the category the screen showed")

	category := map[string]string{}
	for _, line := range readLines(t, filepath.Join(out, ResultsFile)) {
		var r struct {
			ID       string `json:"id"`
			Category string `json:"category"`
			Report   struct {
				Category        string               `json:"category"`
				CategoryOverlay *disclosure.TextSpan `json:"category_overlay"`
			} `json:"report"`
		}
		require.NoError(t, json.Unmarshal([]byte(line), &r), line)
		assert.Equal(t, r.Report.Category, r.Category, "the row's category is the report's")
		category[r.ID] = r.Category
		if r.ID == "it-screen" && assert.NotNil(t, r.Report.CategoryOverlay, "the report says which overlay showed the category") {
			assert.Equal(t, disclosure.TextSpan{Index: 0, Start: 7, End: 13}, *r.Report.CategoryOverlay)
		}
	}
	assert.Equal(t, map[string]string{"fr-nicotine": "nicotine", "fr-overlay": "unknown", "uk-alcohol": "alcohol", "uk-ai": "unknown", "it-screen": "alcohol"}, category)
}

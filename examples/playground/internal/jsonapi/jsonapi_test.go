package jsonapi

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

func TestCheckAndAutofix(t *testing.T) {
	rows := []struct {
		why      string
		postJSON string
		want     disclosure.Post // the post the JSON means
	}{
		{why: "a caption alone is a post: US rules, no platform",
			postJSON: `{"caption": "Loving this serum #ad"}`,
			want:     disclosure.Post{Caption: "Loving this serum #ad"}},
		{why: "every field the page sends, enums in any case",
			postJSON: `{"caption": "thanks @glowco 💛", "platform": "Instagram", "jurisdiction": "uk", "brand": "Glow Co", "connection": "gift"}`,
			want: disclosure.Post{Caption: "thanks @glowco 💛", Platform: influencekit.Instagram, Jurisdiction: disclosure.UK,
				Brand: "Glow Co", Connection: disclosure.Gift}},
		{why: "the zero values by name, as the page's selects send them",
			postJSON: `{"caption": "#𝐚𝐝 new drop", "platform": "unknown", "jurisdiction": "US", "brand": "", "connection": "unknown"}`,
			want:     disclosure.Post{Caption: "#𝐚𝐝 new drop"}},
		{why: "fields beyond the page's: a frontend may send the whole post",
			postJSON: `{"caption": "#ad before and after", "edited": true, "format": "reel"}`,
			want:     disclosure.Post{Caption: "#ad before and after", Edited: true, Format: influencekit.Reel}},
		{why: "the fields beyond the label, as the page's second fieldset sends them",
			postJSON: `{"caption": "Publicité: ma nouvelle vape", "jurisdiction": "FR", "connection": "paid", "alteration": "Generated",
				"virtual_creator": true, "category": "nicotine", "age_gated": true, "platform_label": true,
				"overlays": [{"start": 0, "end": 2.5, "text": "Image virtuelle"}, {"start": 2.5, "end": 30, "text": "Publicité"}]}`,
			want: disclosure.Post{Caption: "Publicité: ma nouvelle vape", Jurisdiction: disclosure.FR, Connection: disclosure.Paid,
				Alteration: disclosure.Generated, VirtualCreator: true, Category: disclosure.Nicotine, AgeGated: true, PlatformLabel: true,
				Overlays: []disclosure.Overlay{{Start: 0, End: 2500 * time.Millisecond, Text: "Image virtuelle"},
					{Start: 2500 * time.Millisecond, End: 30 * time.Second, Text: "Publicité"}}}},
		{why: "kebab-case names and the zero values by name, as the page's selects send them",
			postJSON: `{"caption": "#ad new drop", "alteration": "deep-fake", "category": "less-healthy-food", "overlays": []}`,
			want:     disclosure.Post{Caption: "#ad new drop", Alteration: disclosure.DeepFake, Category: disclosure.LessHealthyFood}},
		{why: "an approval reference and a follower count, as the page's financial-promotion fields send them",
			postJSON: `{"caption": "Publicidad Compra bitcoin", "jurisdiction": "ES", "connection": "paid", "approval": "", "followers": 100000}`,
			want: disclosure.Post{Caption: "Publicidad Compra bitcoin", Jurisdiction: disclosure.ES, Connection: disclosure.Paid,
				Followers: 100000}},
		{why: "a UK crypto post with its approval reference",
			postJSON: `{"caption": "#ad Staking made simple", "jurisdiction": "UK", "connection": "paid", "approval": "FRN 123456", "followers": 0}`,
			want: disclosure.Post{Caption: "#ad Staking made simple", Jurisdiction: disclosure.UK, Connection: disclosure.Paid,
				Approval: "FRN 123456"}},
		{why: "unknown category and no alteration by name: the page's defaults",
			postJSON: `{"caption": "#ad new drop", "alteration": "none", "category": "unknown"}`,
			want:     disclosure.Post{Caption: "#ad new drop"}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			got, err := Check(row.postJSON)
			require.NoError(t, err)
			want, err := json.Marshal(disclosure.Check(row.want))
			require.NoError(t, err)
			assert.Equal(t, string(want), got, "exactly the library's Report JSON")

			fixed, err := Autofix(row.postJSON)
			require.NoError(t, err)
			assert.Equal(t, disclosure.Autofix(row.want), fixed)
		})
	}
}

func TestCheckRejectsWhatIsNotAPost(t *testing.T) {
	rows := []struct {
		why, postJSON string
	}{
		{why: "not JSON", postJSON: `caption: #ad`},
		{why: "empty, as the module passes for a missing or non-string argument", postJSON: ``},
		{why: "not an object", postJSON: `"#ad"`},
		{why: "no caption: an empty post is a mistake, not a compliant post", postJSON: `{"platform": "instagram"}`},
		{why: "a misspelt member would check the post under the wrong rules", postJSON: `{"caption": "#ad", "jurisdicton": "UK"}`},
		{why: "an unknown platform", postJSON: `{"caption": "#ad", "platform": "myspace"}`},
		{why: "an unknown connection", postJSON: `{"caption": "#ad", "connection": "friend"}`},
		{why: "text after the object", postJSON: `{"caption": "#ad"} {}`},
		{why: "an unknown category", postJSON: `{"caption": "#ad", "category": "tobacco"}`},
		{why: "a category in snake_case, not its kebab-case name", postJSON: `{"caption": "#ad", "category": "less_healthy_food"}`},
		{why: "an unknown alteration", postJSON: `{"caption": "#ad", "alteration": "ai"}`},
		{why: "an overlay ending before it starts", postJSON: `{"caption": "#ad", "overlays": [{"start": 5, "end": 2, "text": "#ad"}]}`},
		{why: "an overlay starting before the video", postJSON: `{"caption": "#ad", "overlays": [{"start": -1, "end": 2, "text": "#ad"}]}`},
		{why: "a misspelt overlay member", postJSON: `{"caption": "#ad", "overlays": [{"start": 0, "end": 2, "txt": "#ad"}]}`},
		{why: "a flag as a string", postJSON: `{"caption": "#ad", "age_gated": "yes"}`},
		{why: "a negative follower count", postJSON: `{"caption": "#ad", "followers": -1}`},
		{why: "a follower count as a string", postJSON: `{"caption": "#ad", "followers": "100000"}`},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			_, err := Check(row.postJSON)
			assert.ErrorIs(t, err, ErrPost)
			_, err = Autofix(row.postJSON)
			assert.ErrorIs(t, err, ErrPost)
		})
	}
}

func TestNames(t *testing.T) {
	data, err := Names()
	require.NoError(t, err)
	var v Vocabulary
	require.NoError(t, json.Unmarshal([]byte(data), &v))
	assert.Equal(t, influencekit.UnknownPlatform, v.Platforms[0], "unknown first: the page's default")
	assert.Equal(t, influencekit.Platforms(), v.Platforms[1:])
	assert.Equal(t, disclosure.Jurisdictions(), v.Jurisdictions)
	assert.Equal(t, []disclosure.Connection{disclosure.UnknownConnection, disclosure.Paid, disclosure.Gift,
		disclosure.Affiliate, disclosure.NoConnection}, v.Connections)
	assert.Contains(t, data, `"connections":["unknown","paid","gift","affiliate","none"]`, "names, not numbers")

	assert.Equal(t, []disclosure.Alteration{disclosure.NoAlteration, disclosure.Retouched, disclosure.Generated,
		disclosure.DeepFake}, v.Alterations)
	assert.Contains(t, data, `"alterations":["none","retouched","generated","deep-fake"]`)
	assert.Contains(t, data, `"categories":["unknown","other","less-healthy-food","alcohol","nicotine","gambling",`+
		`"investment","crypto","cosmetic-procedure","prescription-medicine"]`, "every category, unknown first, kebab-case")

	// Every name the page offers is one a post may carry.
	for _, c := range v.Connections {
		_, err := Check(`{"caption": "#ad", "connection": "` + c.String() + `"}`)
		assert.NoError(t, err, "connection %s", c)
	}
	for _, a := range v.Alterations {
		_, err := Check(`{"caption": "#ad", "alteration": "` + a.String() + `"}`)
		assert.NoError(t, err, "alteration %s", a)
	}
	for _, c := range v.Categories {
		_, err := Check(`{"caption": "#ad", "category": "` + c.String() + `"}`)
		assert.NoError(t, err, "category %s", c)
	}
	// The value after the last one offered has no name: the page misses no
	// constant added later.
	_, err = (v.Categories[len(v.Categories)-1] + 1).MarshalText()
	assert.Error(t, err, "a category the page does not offer")
	_, err = (v.Alterations[len(v.Alterations)-1] + 1).MarshalText()
	assert.Error(t, err, "an alteration the page does not offer")
}

func FuzzCheck(f *testing.F) {
	f.Add(`{"caption": "Loving this serum #ad"}`)
	f.Add(`{"caption": "thanks @glowco 💛", "platform": "instagram", "jurisdiction": "UK", "brand": "Glow Co", "connection": "gift"}`)
	f.Add(`{"caption": "#𝐚𝐝 \ud83d new", "transcript": [{"start": 1.5, "text": "sponsored"}], "duration": 60}`)
	f.Add(`{"caption": "Publicité vape", "jurisdiction": "FR", "alteration": "generated", "virtual_creator": true, "category": "nicotine", "age_gated": true, "platform_label": false, "overlays": [{"start": 0, "end": 3.5, "text": "Image virtuelle"}]}`)
	f.Add(`{"caption": 3}`)
	f.Add(``)
	f.Fuzz(func(t *testing.T, postJSON string) {
		got, err := Check(postJSON)
		if err != nil {
			require.ErrorIs(t, err, ErrPost)
			return
		}
		var r disclosure.Report
		require.NoError(t, json.Unmarshal([]byte(got), &r), "the report reads back: %s", got)
		_, err = Autofix(postJSON)
		require.NoError(t, err, "Autofix takes what Check takes")
	})
}

func BenchmarkCheck(b *testing.B) {
	// The page's typical call, natively, whole and in its three steps:
	// compare with the time of one check from JavaScript that the browser
	// test logs.
	const postJSON = `{"caption": "Loving this serum 🌸 from @glowco, my skin has never been better! #skincare #glow #ad", "platform": "instagram", "brand": "Glow Co"}`
	post, err := decodePost(postJSON)
	require.NoError(b, err)
	report := disclosure.Check(post)
	b.Run("all", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Check(postJSON); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("decode-post", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := decodePost(postJSON); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("disclosure.Check", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			disclosure.Check(post)
		}
	})
	b.Run("marshal-report", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(report); err != nil {
				b.Fatal(err)
			}
		}
	})
}

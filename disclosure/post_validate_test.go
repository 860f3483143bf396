package disclosure

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPostValidate(t *testing.T) {
	rows := []struct {
		why      string
		post     Post
		field    string // "" for a valid post
		sentinel error
	}{
		{"a post with every new field in bounds is valid",
			Post{Caption: "Image virtuelle", Alteration: DeepFake, Category: PrescriptionMedicine,
				Overlays: []Overlay{{Start: 0, End: time.Second, Text: "Publicité"}, {Start: time.Second, End: time.Second}}}, "", nil},
		{"an overlay shown for no time is allowed: End == Start",
			Post{Overlays: []Overlay{{Start: 2 * time.Second, End: 2 * time.Second}}}, "", nil},
		{"an overlay ending before it starts names its end",
			Post{Overlays: []Overlay{{End: time.Second}, {Start: 3 * time.Second, End: time.Second}}}, "overlays[1].end", ErrInvalidDuration},
		{"an overlay starting before the video names its start",
			Post{Overlays: []Overlay{{Start: -time.Second, End: time.Second}}}, "overlays[0].start", ErrInvalidDuration},
		{"a negative duration names duration",
			Post{Duration: -time.Nanosecond}, "duration", ErrInvalidDuration},
		{"a negative transcript start names the segment",
			Post{Transcript: []Segment{{}, {Start: -time.Second}}}, "transcript[1].start", ErrInvalidDuration},
		{"a category outside the constants names category",
			Post{Category: Category(200)}, "category", ErrUnknownCategory},
		{"an alteration outside the constants names alteration",
			Post{Alteration: Alteration(9)}, "alteration", ErrUnknownAlteration},
		{"a negative follower count names followers",
			Post{Followers: -1}, "followers", ErrInvalidPost},
		{"no followers (0, unknown) and an approval reference are in bounds",
			Post{Followers: 0, Approval: "FRN 123456"}, "", nil},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			err := row.post.Validate()
			if row.field == "" {
				assert.NoError(t, err)
				return
			}
			var pe *PostError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, row.field, pe.Field)
			assert.ErrorIs(t, err, ErrInvalidPost)
			assert.ErrorIs(t, err, row.sentinel)
			assert.Contains(t, err.Error(), "disclosure: "+row.field+": ")
		})
	}
}

// TestPostJSONErrorsNameTheMember: the JSON reader rejects what Validate
// rejects, naming the member's JSON path.
func TestPostJSONErrorsNameTheMember(t *testing.T) {
	rows := []struct {
		why      string
		in       string
		field    string
		sentinel error
	}{
		{"an overlay ending before it starts",
			`{"caption":"c","overlays":[{"start":0,"end":1,"text":"a"},{"start":5,"end":2,"text":"b"}]}`, "overlays[1].end", ErrInvalidDuration},
		{"an overlay with a negative start",
			`{"caption":"c","overlays":[{"start":-1,"end":2,"text":"a"}]}`, "overlays[0].start", ErrInvalidDuration},
		{"an unknown category name",
			`{"caption":"c","category":"vaping"}`, "category", ErrUnknownCategory},
		{"an unknown alteration name",
			`{"caption":"c","alteration":"ai"}`, "alteration", ErrUnknownAlteration},
		{"a negative follower count",
			`{"caption":"c","followers":-5}`, "followers", ErrInvalidPost},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			var p Post
			err := json.Unmarshal([]byte(row.in), &p)
			var pe *PostError
			require.ErrorAs(t, err, &pe, "%v", err)
			assert.Equal(t, row.field, pe.Field)
			assert.ErrorIs(t, err, row.sentinel)
			assert.ErrorIs(t, err, ErrInvalidPost)
			assert.Contains(t, err.Error(), row.field)
		})
	}
}

func TestPostJSONNewMembers(t *testing.T) {
	t.Run("kebab-case names read case-insensitively and round-trip", func(t *testing.T) {
		var p Post
		require.NoError(t, json.Unmarshal([]byte(`{"caption":"c","alteration":"Deep-Fake","category":"LESS-HEALTHY-FOOD",`+
			`"virtual_creator":true,"age_gated":true,"platform_label":true,"overlays":[{"start":0.5,"end":30,"text":"Publicité"}]}`), &p))
		want := Post{Caption: "c", Alteration: DeepFake, Category: LessHealthyFood, VirtualCreator: true, AgeGated: true,
			PlatformLabel: true, Overlays: []Overlay{{Start: 500 * time.Millisecond, End: 30 * time.Second, Text: "Publicité"}}}
		assert.Equal(t, want, p)
		out, err := json.Marshal(p)
		require.NoError(t, err)
		assert.Contains(t, string(out), `"category":"less-healthy-food"`)
		assert.Contains(t, string(out), `"alteration":"deep-fake"`)
		var back Post
		require.NoError(t, json.Unmarshal(out, &back))
		assert.Equal(t, p, back)
	})
	t.Run("approval and followers round-trip", func(t *testing.T) {
		var p Post
		require.NoError(t, json.Unmarshal([]byte(`{"caption":"c","category":"crypto","approval":"FRN 123456","followers":250000}`), &p))
		assert.Equal(t, Post{Caption: "c", Category: Crypto, Approval: "FRN 123456", Followers: 250000}, p)
		out, err := json.Marshal(p)
		require.NoError(t, err)
		assert.Contains(t, string(out), `"approval":"FRN 123456","followers":250000`)
		var back Post
		require.NoError(t, json.Unmarshal(out, &back))
		assert.Equal(t, p, back)
	})
	t.Run("null keeps approval and followers", func(t *testing.T) {
		p := Post{Approval: "FRN 1", Followers: 7}
		require.NoError(t, json.Unmarshal([]byte(`{"caption":"c","approval":null,"followers":null}`), &p))
		assert.Equal(t, "FRN 1", p.Approval)
		assert.Equal(t, int64(7), p.Followers)
	})
	for _, row := range []struct{ why, in, want string }{
		{"a fraction is no follower count", `1.5`, `"followers" is 1.5, want a whole number`},
		{"an exponent is not read as a count", `1e6`, `"followers" is 1e6, want a whole number`},
		{"a count beyond int64 is an error, not a wrap", `9223372036854775808`, `want a whole number from 0 to 9223372036854775807`},
		{"a string is a type error", `"100000"`, `post "followers" is a JSON string, want a whole number`},
	} {
		t.Run(row.why, func(t *testing.T) {
			var p Post
			err := json.Unmarshal([]byte(`{"caption":"c","followers":`+row.in+`}`), &p)
			require.Error(t, err)
			assert.ErrorIs(t, err, influencekit.ErrJSONType)
			assert.Contains(t, err.Error(), row.want)
		})
	}
	t.Run("approval must be a string", func(t *testing.T) {
		var p Post
		err := json.Unmarshal([]byte(`{"caption":"c","approval":123456}`), &p)
		assert.ErrorIs(t, err, influencekit.ErrJSONType)
		assert.Contains(t, err.Error(), `"approval"`)
	})
	t.Run("an overlay's unknown member is an error", func(t *testing.T) {
		var p Post
		err := json.Unmarshal([]byte(`{"caption":"c","overlays":[{"start":0,"end":1,"txt":"a"}]}`), &p)
		assert.ErrorIs(t, err, ErrInvalidJSON)
	})
	t.Run("a lone overlay names its own member", func(t *testing.T) {
		var o Overlay
		err := json.Unmarshal([]byte(`{"start":4,"end":2,"text":"a"}`), &o)
		var pe *PostError
		require.ErrorAs(t, err, &pe)
		assert.Equal(t, "end", pe.Field)
		require.NoError(t, json.Unmarshal([]byte(`{"start":1.5,"end":2,"text":"a"}`), &o))
		assert.Equal(t, Overlay{Start: 1500 * time.Millisecond, End: 2 * time.Second, Text: "a"}, o)
	})
	t.Run("absent members keep the post's values", func(t *testing.T) {
		p := Post{Category: Alcohol, AgeGated: true, Overlays: []Overlay{{End: time.Second, Text: "x"}}}
		require.NoError(t, json.Unmarshal([]byte(`{"caption":"c"}`), &p))
		assert.Equal(t, Alcohol, p.Category)
		assert.True(t, p.AgeGated)
		assert.Len(t, p.Overlays, 1)
	})
	t.Run("a post whose category is outside the constants does not marshal", func(t *testing.T) {
		_, err := json.Marshal(Post{Category: Category(99)})
		assert.True(t, errors.Is(err, ErrUnknownCategory), "%v", err)
	})
}

func TestEffectiveAlteration(t *testing.T) {
	rows := []struct {
		why  string
		post Post
		want Alteration
	}{
		{"nothing declared is no alteration", Post{}, NoAlteration},
		{"Edited alone means Retouched", Post{Edited: true}, Retouched},
		{"a declared alteration wins over Edited", Post{Edited: true, Alteration: Generated}, Generated},
		{"a declared alteration stands without Edited", Post{Alteration: DeepFake}, DeepFake},
	}
	for _, row := range rows {
		assert.Equal(t, row.want, row.post.EffectiveAlteration(), row.why)
	}
}

func TestReportCategory(t *testing.T) {
	t.Run("a declared category is the judged one, with no span", func(t *testing.T) {
		r := Check(Post{Caption: "#ad new gin", Category: Alcohol})
		assert.Equal(t, Alcohol, r.Category)
		assert.Nil(t, r.CategorySpan)
	})
	t.Run("a category outside the constants is judged unknown", func(t *testing.T) {
		assert.Equal(t, UnknownCategory, Check(Post{Caption: "#ad", Category: Category(77)}).Category)
	})
	t.Run("the category and its span round-trip", func(t *testing.T) {
		r := Report{Category: Crypto, CategorySpan: &Span{Start: 4, End: 11, StartUTF16: 3, EndUTF16: 10}}
		out, err := json.Marshal(r)
		require.NoError(t, err)
		assert.JSONEq(t, `{"findings":[],"disclosures":[],"category":"crypto","category_span":{"start":4,"end":11,"start_utf16":3,"end_utf16":10},"compliant":true}`, string(out))
		var back Report
		require.NoError(t, json.Unmarshal(out, &back))
		assert.Equal(t, r, back)
	})
	t.Run("a span no caption can have is an error", func(t *testing.T) {
		var back Report
		err := json.Unmarshal([]byte(`{"findings":[],"disclosures":[],"category":"crypto","category_span":{"start":4,"end":3}}`), &back)
		assert.ErrorIs(t, err, ErrInvalidOffset)
	})
}

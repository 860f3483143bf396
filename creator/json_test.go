package creator

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/internal/jsonform"
	"github.com/influencekit/influencekit/internal/jsonobject"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/json")

// fullProfile has every member set, so that its JSON shows each.
func fullProfile() Profile {
	return Profile{
		Country: "US", Region: "US-CA",
		Audiences: []Audience{
			{Platform: influencekit.YouTube, Followers: 1_250_000, AvgMonthlyViews: 4_000_000},
			{Platform: influencekit.X, Followers: 80_000},
		},
		VideosPerYear: 52,
		AnnualIncome:  usd("310000.50"),
		Bio:           "Kid science 🔬 <managed by family> & friends",
		Registrations: []Registration{{Authority: "Coogan", Number: "CTA-2025-17", Expires: ymd(2028, 5, 31)}, {Authority: "trust", Number: "T-1"}},
		BirthDate:     ymd(2010, 6, 1),
		Virtual:       false,
	}
}

// TestJSONForms checks each result and input type against its golden file
// and the shared JSON-form rules.
func TestJSONForms(t *testing.T) {
	duties, err := DutiesOn(testDay, fullProfile(), disclosure.US)
	require.NoError(t, err)
	require.NotEmpty(t, duties)
	tests := []struct {
		why    string
		golden string
		v      any
	}{
		{"a profile with every member", "profile.json", fullProfile()},
		{"an empty profile writes [] for its lists and leaves out what is absent", "profile_empty.json", Profile{}},
		{"a duty", "duty.json", duties[0]},
		{"DutiesOn's result, as the server returns it", "duties.json", duties},
		{"no duties is [], not null", "duties_none.json", Duties(Profile{Country: "IT"}, disclosure.UK)},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			if tt.golden != "profile_empty.json" && tt.golden != "duties_none.json" {
				assert.Empty(t, jsonform.Problems(tt.v))
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf) // as the server writes: json.Marshal would escape "<" again
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			require.NoError(t, enc.Encode(tt.v))
			diff, err := jsonform.Golden(filepath.Join("testdata", "json", tt.golden), bytes.TrimSuffix(buf.Bytes(), []byte("\n")), *update)
			require.NoError(t, err)
			assert.Empty(t, diff)
		})
	}
}

func TestMarshalJSONKeepsMarkup(t *testing.T) {
	b, err := fullProfile().MarshalJSON()
	require.NoError(t, err)
	assert.Contains(t, string(b), `"bio":"Kid science 🔬 <managed by family> & friends"`)
}

func TestJSONRoundTrip(t *testing.T) {
	t.Run("profile", func(t *testing.T) {
		for _, p := range []Profile{fullProfile(), {}, {Country: "IT", Virtual: true, Bio: "influencer virtuale in elenco AGCOM"}} {
			b, err := json.Marshal(p)
			require.NoError(t, err)
			var back Profile
			require.NoError(t, json.Unmarshal(b, &back), string(b))
			if p.AnnualIncome != nil {
				require.NotNil(t, back.AnnualIncome)
				assert.True(t, p.AnnualIncome.Equal(*back.AnnualIncome))
				back.AnnualIncome = p.AnnualIncome
			}
			assert.Equal(t, p, back)
		}
	})
	t.Run("duties", func(t *testing.T) {
		duties, err := DutiesOn(testDay, fullProfile())
		require.NoError(t, err)
		b, err := json.Marshal(duties)
		require.NoError(t, err)
		var back []Duty
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, duties, back)
	})
}

// TestJSONReaderErrors checks that the strict reader names the JSON path
// of what it rejects, and wraps the right sentinel.
func TestJSONReaderErrors(t *testing.T) {
	tests := []struct {
		why   string
		json  string
		field string
		is    error
	}{
		{"a misspelt member of an audience", `{"audiences":[{"platform":"x"},{"platform":"tiktok","folowers":2}]}`, "audiences[1].folowers", jsonobject.ErrUnknownMember},
		{"a member in another case", `{"Country":"IT"}`, "Country", jsonobject.ErrUnknownMember},
		{"a member given twice", `{"bio":"a","bio":"b"}`, "bio", jsonobject.ErrRepeatedMember},
		{"a negative count, with its path", `{"audiences":[{"platform":"x","followers":1},{"platform":"tiktok","followers":-5}]}`, "audiences[1].followers", ErrInvalidProfile},
		{"a count that is not whole", `{"videos_per_year":24.5}`, "videos_per_year", ErrInvalidJSON},
		{"a count written as a string", `{"audiences":[{"platform":"x","followers":"500000"}]}`, "audiences[0].followers", ErrInvalidJSON},
		{"a count past int64", `{"audiences":[{"platform":"x","followers":9223372036854775808}]}`, "audiences[0].followers", ErrInvalidJSON},
		{"an unknown platform", `{"audiences":[{"platform":"myspace"}]}`, "audiences[0].platform", influencekit.ErrUnknownPlatform},
		{"a country that is not ISO 3166-1", `{"country":"UK"}`, "country", ErrInvalidProfile},
		{"a registration without authority", `{"registrations":[{"number":"1"}]}`, "registrations[0].authority", ErrInvalidProfile},
		{"a date in another form", `{"birth_date":"01/02/2010"}`, "birth_date", ErrInvalidJSON},
		{"a day that does not exist", `{"registrations":[{"authority":"AGCOM","number":"1","expires":"2026-02-30"}]}`, "registrations[0].expires", ErrInvalidJSON},
		{"money with an unknown member", `{"annual_income":{"amount":"1","currency":"EUR","rate":1}}`, "annual_income", ErrInvalidJSON},
		{"a negative income", `{"annual_income":{"amount":"-1","currency":"EUR"}}`, "annual_income", ErrInvalidProfile},
		{"null where a string belongs", `{"bio":null}`, "bio", ErrInvalidJSON},
		{"a list that is an object", `{"audiences":{}}`, "audiences", ErrInvalidJSON},
		{"not an object", `[]`, "", jsonobject.ErrNotObject},
		{"not JSON", `{"country":`, "", ErrInvalidJSON},
		{"virtual as a string", `{"virtual":"yes"}`, "virtual", ErrInvalidJSON},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			p := Profile{Bio: "unchanged"}
			err := p.UnmarshalJSON([]byte(tt.json)) // json.Unmarshal would check the syntax first
			var fe *FieldError
			require.True(t, errors.As(err, &fe), "%v", err)
			assert.Equal(t, tt.field, fe.Field)
			assert.ErrorIs(t, err, tt.is)
			assert.Equal(t, Profile{Bio: "unchanged"}, p, "on error the profile is unchanged")
		})
	}
	t.Run("a list that is an object is named in the module's words", func(t *testing.T) {
		var p Profile
		err := p.UnmarshalJSON([]byte(`{"audiences":{}}`))
		assert.ErrorContains(t, err, "audiences: ")
		assert.ErrorContains(t, err, "want an array", "the same wording as every other reader's jsonKind")
	})
	t.Run("null reads as absent for the optional members", func(t *testing.T) {
		var p Profile
		require.NoError(t, json.Unmarshal([]byte(`{"annual_income":null,"birth_date":null,"registrations":[{"authority":"KvK","number":"1","expires":null}]}`), &p))
		assert.Nil(t, p.AnnualIncome)
		assert.True(t, p.BirthDate.IsZero())
	})
	t.Run("a duty with an unknown status", func(t *testing.T) {
		var d Duty
		err := json.Unmarshal([]byte(`{"code":"x","jurisdiction":"IT","status":"done","message":"","source":""}`), &d)
		var fe *FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "status", fe.Field)
		assert.ErrorIs(t, err, ErrUnknownDutyStatus)
	})
	t.Run("an audience read alone names its own members", func(t *testing.T) {
		var a Audience
		err := json.Unmarshal([]byte(`{"platform":"x","followers":-1}`), &a)
		var fe *FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "followers", fe.Field)
		var r Registration
		err = json.Unmarshal([]byte(`{"authority":""}`), &r)
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "authority", fe.Field)
	})
}

func TestDutyStatusText(t *testing.T) {
	for _, s := range []DutyStatus{Unknown, Met, Unmet} {
		text, err := s.MarshalText()
		require.NoError(t, err)
		var back DutyStatus
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, s, back)
	}
	got, err := ParseDutyStatus("UNMET")
	require.NoError(t, err)
	assert.Equal(t, Unmet, got, "parsing ignores ASCII case")
	assert.Equal(t, "unknown", DutyStatus(0).String(), "the zero value is Unknown")
	_, err = DutyStatus(9).MarshalText()
	assert.ErrorIs(t, err, ErrUnknownDutyStatus)
}

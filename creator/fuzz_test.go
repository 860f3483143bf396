package creator

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/influencekit/influencekit/disclosure"
)

// FuzzProfileUnmarshalJSON checks that any text either reads as a valid
// profile, which round-trips and is judged without panic, or is rejected
// with a *FieldError that wraps one of the package's sentinels or the
// strict-object sentinels.
func FuzzProfileUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`{}`,
		`{"country":"IT","audiences":[{"platform":"instagram","followers":500000,"avg_monthly_views":0}],"bio":"influencer in elenco AGCOM"}`,
		`{"country":"ES","audiences":[{"platform":"youtube","followers":999999},{"platform":"tiktok","followers":1000001}],"videos_per_year":24,"annual_income":{"amount":"300000","currency":"EUR"}}`,
		`{"country":"US","region":"US-MN","birth_date":"2013-02-28","annual_income":{"amount":1,"currency":"USD"}}`,
		`{"registrations":[{"authority":"CvdM","number":"1","expires":"2026-12-07"}]}`,
		`{"audiences":[{"platform":"x","followers":-1}]}`,
		`{"country":"uk"}`,
		`{"bio":"\u00e9\u200b","virtual":true}`,
		`[1,2]`,
		`{"a":`,
	} {
		f.Add([]byte(s))
	}
	day := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		var p Profile
		if err := json.Unmarshal(data, &p); err != nil {
			var fe *FieldError
			var se *json.SyntaxError
			if !errors.As(err, &fe) && !errors.As(err, &se) {
				t.Fatalf("error %v (%T) is not a *FieldError", err, err)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("read a profile that does not validate: %v", err)
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		var back Profile
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("round trip of %s: %v", b, err)
		}
		b2, err := json.Marshal(back)
		if err != nil || string(b2) != string(b) {
			t.Fatalf("round trip changed the form:\n%s\n%s", b, b2)
		}
		duties, err := DutiesOn(day, p, disclosure.Jurisdictions()...)
		if err != nil {
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != "birth_date" {
				t.Fatalf("a valid profile fails to be judged: %v", err)
			}
		}
		for _, d := range duties {
			if d.Code == "" || d.Source == "" || d.Message == "" {
				t.Fatalf("an incomplete duty: %+v", d)
			}
		}
	})
}

// FuzzDutyUnmarshalJSON checks that the duty reader never panics and that
// what it reads round-trips.
func FuzzDutyUnmarshalJSON(f *testing.F) {
	for _, s := range []string{
		`{"code":"agcom-register","jurisdiction":"IT","status":"met","message":"m","source":"it-agcom-2025"}`,
		`{"code":"x","jurisdiction":"gb","status":"UNMET"}`,
		`{"status":"done"}`,
		`{"code":1}`,
		`null`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var d Duty
		if err := json.Unmarshal(data, &d); err != nil {
			return
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatalf("marshal %+v: %v", d, err)
		}
		var back Duty
		if err := json.Unmarshal(b, &back); err != nil || back != d {
			t.Fatalf("round trip of %s: %+v, %v", b, back, err)
		}
	})
}

// FuzzBioLine checks that the bio comparison never panics and that the
// law's words are found in any bio that holds them between spaces.
func FuzzBioLine(f *testing.F) {
	for _, s := range []string{"", "influencer in elenco AGCOM", "\xff\xfe", "influencer\u00a0in elenco", "İnfluencer"} {
		f.Add(s)
	}
	want := fold(AGCOMBioLine)
	f.Fuzz(func(t *testing.T, s string) {
		if !containsWords(fold(s+" "+AGCOMBioLine+" "+s), want) {
			t.Fatalf("the line between %q is not found", s)
		}
		_ = showsNumber(fold(s), s)
	})
}

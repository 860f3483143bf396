package creator

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/influencekit/influencekit/internal/jsonobject"
	"github.com/influencekit/influencekit/pricing"
)

// The JSON forms. Writers write every member (lists as [], never null),
// except the optional values a profile may lack: annual_income, birth_date
// and a registration's expires, which are left out when absent. Readers are
// strict, with the library's one rule for JSON objects
// (internal/jsonobject): a member the form does not have, one in another
// case and one given twice are errors, and every error is a *FieldError
// naming the JSON path of the offending value ("audiences[1].followers").
// On error the value read into is left unchanged.

const dateLayout = "2006-01-02"

type profileJSON struct {
	Country       string             `json:"country"`
	Region        string             `json:"region"`
	Audiences     []Audience         `json:"audiences"`
	VideosPerYear int                `json:"videos_per_year"`
	AnnualIncome  *pricing.Money     `json:"annual_income,omitempty"`
	Bio           string             `json:"bio"`
	Registrations []registrationJSON `json:"registrations"`
	BirthDate     string             `json:"birth_date,omitempty"`
	Virtual       bool               `json:"virtual"`
}

type registrationJSON struct {
	Authority string `json:"authority"`
	Number    string `json:"number"`
	Expires   string `json:"expires,omitempty"`
}

// dateText returns t's civil date as "YYYY-MM-DD", or "" for the zero
// time.
func dateText(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return civil(t).String()
}

// MarshalJSON implements [json.Marshaler]:
//
//	{"country": "IT", "region": "", "audiences": [{"platform": "instagram",
//	 "followers": 520000, "avg_monthly_views": 0}], "videos_per_year": 40,
//	 "annual_income": {"amount": "80000.00", "currency": "EUR"},
//	 "bio": "...", "registrations": [{"authority": "AGCOM", "number": "IT-123",
//	 "expires": "2027-06-30"}], "birth_date": "1998-04-02", "virtual": false}
//
// Platforms are their lower-case names, dates "YYYY-MM-DD" (the civil
// date in the time's own location), money as [pricing.Money] writes it.
// annual_income, birth_date and expires are left out when absent; lists
// are [] when empty; "<", ">" and "&" are not escaped. An undeclared
// platform is an error.
func (p Profile) MarshalJSON() ([]byte, error) {
	w := profileJSON{Country: p.Country, Region: p.Region, Audiences: p.Audiences, VideosPerYear: p.VideosPerYear,
		AnnualIncome: p.AnnualIncome, Bio: p.Bio, Registrations: make([]registrationJSON, len(p.Registrations)),
		BirthDate: dateText(p.BirthDate), Virtual: p.Virtual}
	if w.Audiences == nil {
		w.Audiences = []Audience{}
	}
	for i, r := range p.Registrations {
		w.Registrations[i] = r.wire()
	}
	return marshal(w)
}

// marshal is json.Marshal without HTML escaping, so that a bio's "<" and
// "&" stay readable: an Encoder that holds a Profile applies its own
// setting to what MarshalJSON returns, but cannot undo an escape made
// here.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func (r Registration) wire() registrationJSON {
	return registrationJSON{Authority: r.Authority, Number: r.Number, Expires: dateText(r.Expires)}
}

// MarshalJSON implements [json.Marshaler]: {"authority": "CvdM", "number":
// "V-1234", "expires": "2027-06-30"}, expires left out when zero.
func (r Registration) MarshalJSON() ([]byte, error) { return marshal(r.wire()) }

var (
	profileMembers      = []string{"country", "region", "audiences", "videos_per_year", "annual_income", "bio", "registrations", "birth_date", "virtual"}
	audienceMembers     = []string{"platform", "followers", "avg_monthly_views"}
	registrationMembers = []string{"authority", "number", "expires"}
	dutyMembers         = []string{"code", "jurisdiction", "status", "message", "source"}
)

// UnmarshalJSON implements [json.Unmarshaler] for MarshalJSON's form,
// strictly: unknown, case-folded or repeated members and values of the
// wrong JSON type are errors wrapping [ErrInvalidJSON]; the profile read
// must pass [Profile.Validate], whose errors (wrapping
// [ErrInvalidProfile]) name the same paths. Every member is optional: a
// member left out, and an annual_income, birth_date or expires that is
// null, is absent; an empty list reads as nil. Counts are JSON integers; dates are "YYYY-MM-DD" and
// read as midnight UTC; platforms are read as [influencekit.Platform]
// reads them. The error is a *[FieldError] naming the JSON path
// ("audiences[1].followers"). On success p is replaced by the profile
// read (members left out are absent, not kept from p); on error p is
// unchanged.
//
// [influencekit.Platform]: https://pkg.go.dev/github.com/influencekit/influencekit#Platform
func (p *Profile) UnmarshalJSON(data []byte) error {
	var out Profile
	err := readObject(data, "", profileMembers, func(name, path string, v []byte) error {
		switch name {
		case "country":
			return readString(v, path, &out.Country)
		case "region":
			return readString(v, path, &out.Region)
		case "audiences":
			return readList(v, path, func(elem []byte, at string) error {
				var a Audience
				err := a.read(elem, at)
				out.Audiences = append(out.Audiences, a)
				return err
			})
		case "videos_per_year":
			var n int64
			if err := readInt(v, path, &n); err != nil {
				return err
			}
			if int64(int(n)) != n {
				return &FieldError{path, fmt.Errorf("%w: %d is out of range", ErrInvalidJSON, n)}
			}
			out.VideosPerYear = int(n)
			return nil
		case "annual_income":
			if isNull(v) {
				return nil
			}
			var m pricing.Money
			if err := m.UnmarshalJSON(v); err != nil {
				return &FieldError{path, fmt.Errorf("%w: %w", ErrInvalidJSON, err)}
			}
			out.AnnualIncome = &m
			return nil
		case "bio":
			return readString(v, path, &out.Bio)
		case "registrations":
			return readList(v, path, func(elem []byte, at string) error {
				var r Registration
				err := r.read(elem, at)
				out.Registrations = append(out.Registrations, r)
				return err
			})
		case "birth_date":
			return readDate(v, path, &out.BirthDate)
		}
		return readBool(v, path, &out.Virtual) // virtual
	})
	if err != nil {
		return err
	}
	if err := out.Validate(); err != nil {
		return err
	}
	*p = out
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from Audience's tags, with [Profile.UnmarshalJSON]'s rules (the
// paths start at the audience: "followers"). Negative counts and an unknown
// platform are errors wrapping [ErrInvalidProfile]. On error a is
// unchanged.
func (a *Audience) UnmarshalJSON(data []byte) error {
	var out Audience
	if err := out.read(data, ""); err != nil {
		return err
	}
	if err := validateAlone(Profile{Audiences: []Audience{out}}, "audiences[0]."); err != nil {
		return err
	}
	*a = out
	return nil
}

// validateAlone validates p, a profile that holds one audience or one
// registration to check it alone, and makes the *FieldError's path
// relative to that value by cutting prefix ("audiences[0].") from it.
func validateAlone(p Profile, prefix string) error {
	err := p.Validate()
	var fe *FieldError
	if errors.As(err, &fe) {
		fe.Field, _ = strings.CutPrefix(fe.Field, prefix)
	}
	return err
}

func (a *Audience) read(data []byte, at string) error {
	return readObject(data, at, audienceMembers, func(name, path string, v []byte) error {
		switch name {
		case "platform":
			var s string
			if err := readString(v, path, &s); err != nil {
				return err
			}
			if err := a.Platform.UnmarshalText([]byte(s)); err != nil {
				return &FieldError{path, fmt.Errorf("%w: %w", ErrInvalidJSON, err)}
			}
			return nil
		case "followers":
			return readInt(v, path, &a.Followers)
		}
		return readInt(v, path, &a.AvgMonthlyViews)
	})
}

// UnmarshalJSON implements [json.Unmarshaler] for MarshalJSON's form, with
// [Profile.UnmarshalJSON]'s rules (the paths start at the registration:
// "authority"). A blank authority is an error wrapping
// [ErrInvalidProfile]. On error r is unchanged.
func (r *Registration) UnmarshalJSON(data []byte) error {
	var out Registration
	if err := out.read(data, ""); err != nil {
		return err
	}
	if err := validateAlone(Profile{Registrations: []Registration{out}}, "registrations[0]."); err != nil {
		return err
	}
	*r = out
	return nil
}

func (r *Registration) read(data []byte, at string) error {
	return readObject(data, at, registrationMembers, func(name, path string, v []byte) error {
		switch name {
		case "authority":
			return readString(v, path, &r.Authority)
		case "number":
			return readString(v, path, &r.Number)
		}
		return readDate(v, path, &r.Expires)
	})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from Duty's tags, here for the register of it-agcom-2025 (AGCOM,
// Delibera 197/25/CONS, 2025): {"code": "agcom-register", "jurisdiction":
// "IT", "status": "unmet", "message": "...", "source": "it-agcom-2025"}. It
// reads strictly, with [Profile.UnmarshalJSON]'s rules; jurisdiction and
// status are read as their UnmarshalText methods read them. On error d is
// unchanged.
func (d *Duty) UnmarshalJSON(data []byte) error {
	var out Duty
	err := readObject(data, "", dutyMembers, func(name, path string, v []byte) error {
		switch name {
		case "code":
			return readString(v, path, &out.Code)
		case "jurisdiction":
			return readText(v, path, &out.Jurisdiction)
		case "status":
			return readText(v, path, &out.Status)
		case "message":
			return readString(v, path, &out.Message)
		}
		return readString(v, path, &out.Source)
	})
	if err != nil {
		return err
	}
	*d = out
	return nil
}

// readObject walks the JSON object data, at JSON path at, calling fn with
// each member's name, path and raw value; jsonobject's errors become
// *FieldError at the member's path (or at's, for text that is not an
// object).
func readObject(data []byte, at string, members []string, fn func(name, path string, v []byte) error) error {
	err := jsonobject.Each(data, members, func(i int, v []byte, _ int) error {
		return fn(members[i], join(at, members[i]), v)
	})
	var me *jsonobject.MemberError
	var fe *FieldError
	switch {
	case err == nil || errors.As(err, &fe):
		return err
	case errors.As(err, &me):
		return &FieldError{join(at, me.Name), fmt.Errorf("%w: %w", ErrInvalidJSON, me.Err)}
	}
	return &FieldError{at, fmt.Errorf("%w: %w", ErrInvalidJSON, err)}
}

func join(at, name string) string {
	if at == "" {
		return name
	}
	return at + "." + name
}

// wrongType is the error for a value of the wrong JSON type.
func wrongType(path string, v []byte, want string) error {
	return &FieldError{path, fmt.Errorf("%w: %s, want %s", ErrInvalidJSON, jsonobject.Describe(v), want)}
}

func isNull(v []byte) bool { return string(v) == "null" }

func readString(v []byte, path string, dst *string) error {
	if v[0] != '"' {
		return wrongType(path, v, "a string")
	}
	return json.Unmarshal(v, dst) // valid JSON: jsonobject checked it
}

func readBool(v []byte, path string, dst *bool) error {
	switch string(v) {
	case "true":
		*dst = true
	case "false":
		*dst = false
	default:
		return wrongType(path, v, "true or false")
	}
	return nil
}

// readInt reads a JSON integer that fits an int64 ("12", not "12.0" or
// "1e3").
func readInt(v []byte, path string, dst *int64) error {
	if v[0] != '-' && (v[0] < '0' || v[0] > '9') {
		return wrongType(path, v, "a whole number")
	}
	n, err := strconv.ParseInt(string(v), 10, 64)
	if err != nil {
		return &FieldError{path, fmt.Errorf("%w: %s is not a whole number in range", ErrInvalidJSON, jsonobject.Describe(v))}
	}
	*dst = n
	return nil
}

// readDate reads "YYYY-MM-DD" as midnight UTC; null leaves dst zero.
func readDate(v []byte, path string, dst *time.Time) error {
	if isNull(v) {
		return nil
	}
	var s string
	if err := readString(v, path, &s); err != nil {
		return err
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil || t.Format(dateLayout) != s {
		return &FieldError{path, fmt.Errorf("%w: %q is not a date written YYYY-MM-DD", ErrInvalidJSON, s)}
	}
	*dst = t
	return nil
}

// readText reads a JSON string into a text-unmarshalling enum.
func readText(v []byte, path string, dst interface{ UnmarshalText([]byte) error }) error {
	var s string
	if err := readString(v, path, &s); err != nil {
		return err
	}
	if err := dst.UnmarshalText([]byte(s)); err != nil {
		return &FieldError{path, fmt.Errorf("%w: %w", ErrInvalidJSON, err)}
	}
	return nil
}

// readList calls fn with each element of the JSON array v and its path.
func readList(v []byte, path string, fn func(elem []byte, at string) error) error {
	if v[0] != '[' {
		return wrongType(path, v, "an array")
	}
	var elems []json.RawMessage
	if err := json.Unmarshal(v, &elems); err != nil {
		return &FieldError{path, fmt.Errorf("%w: %w", ErrInvalidJSON, err)}
	}
	for i, e := range elems {
		if err := fn(e, fmt.Sprintf("%s[%d]", path, i)); err != nil {
			return err
		}
	}
	return nil
}

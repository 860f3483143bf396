package creator

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/currency"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/pricing"
)

// Profile is what an agency knows about a creator's account: where the
// creator lives or is established, the audience on each platform, how much
// they publish and earn, what the bio says, the registrations they hold,
// their birth date and whether they are a computer-generated character.
//
// A count of zero and an absent value are the same to a Profile: a zero
// VideosPerYear, Followers or AvgMonthlyViews, a nil AnnualIncome, an empty
// Bio, Country or Region and a zero BirthDate all read as "not given", and a
// duty that needs them is [Unknown] with a message naming them. Negative
// counts and malformed codes are errors ([Profile.Validate]).
type Profile struct {
	// Country is where the creator lives or is established: an ISO 3166-1
	// alpha-2 code in upper case ("IT", "GB"; not "UK", which ISO only
	// reserves). The Spanish, Dutch, Italian and French duties bind
	// creators established in that country.
	Country string `json:"country"`
	// Region is the ISO 3166-2 subdivision where the creator lives
	// ("US-IL"), empty when unknown. It must begin with Country and a
	// hyphen; for the United States it must name a state, the District of
	// Columbia or a territory. The US state laws read it.
	Region string `json:"region"`
	// Audiences holds one Audience per platform: two audiences on the same
	// platform are an error, since sums across platforms would count it
	// twice.
	Audiences []Audience `json:"audiences"`
	// VideosPerYear is how many videos the creator published in the last
	// twelve months (the calendar year before, for Spain), across
	// platforms; zero or more.
	VideosPerYear int `json:"videos_per_year"`
	// AnnualIncome is the creator's gross income from content in the last
	// year, money and goods in kind together, when known; nil when not.
	// It may not be negative.
	AnnualIncome *pricing.Money `json:"annual_income,omitempty"`
	// Bio is the account's biography text as shown on the profile.
	Bio string `json:"bio"`
	// Registrations are the registrations the creator holds (with a media
	// regulator, a business register, a trust account for a minor's
	// earnings); see [Registration].
	Registrations []Registration `json:"registrations"`
	// BirthDate is the creator's date of birth (its year, month and day
	// in its own location; the time of day is ignored), zero when unknown.
	BirthDate time.Time `json:"birth_date,omitzero"`
	// Virtual is true for a computer-generated character ("virtual
	// influencer"); Italy asks such an account for different bio words.
	Virtual bool `json:"virtual"`
}

// Audience is the creator's audience on one platform.
type Audience struct {
	// Platform is a declared platform other than
	// [influencekit.UnknownPlatform].
	Platform influencekit.Platform `json:"platform"`
	// Followers is the follower or subscriber count, zero or more.
	Followers int64 `json:"followers"`
	// AvgMonthlyViews is the average views a month over the last six
	// months (the period AGCOM counts), zero or more.
	AvgMonthlyViews int64 `json:"avg_monthly_views"`
}

// Registration is an entry the creator holds in a register: Authority
// names the register ("AGCOM", "CvdM", "KvK"; the package documentation
// lists the names each duty accepts), Number is the entry's number or
// reference, and Expires is the last day the entry is valid (inclusive),
// zero when it does not expire.
//
// A registration is held on a day when it has a Number and that day is not
// after Expires; a registration without a number is not held. A blank
// Authority is an error ([Profile.Validate]).
type Registration struct {
	Authority string    `json:"authority"`
	Number    string    `json:"number"`
	Expires   time.Time `json:"expires,omitzero"`
}

// ErrInvalidProfile is wrapped by the errors of [Profile.Validate],
// [DutiesOn] and the JSON readers for a profile whose values are out of
// bounds: a negative count, a country or region that is not an ISO code,
// two audiences on one platform, a registration without authority, a
// negative income, a birth date after the day asked.
var ErrInvalidProfile = errors.New("creator: invalid profile")

// ErrInvalidJSON is wrapped by the JSON readers' errors for text that is
// not the documented form: not JSON, a member the form does not have (names
// are exact: case counts), a member given twice, or a value of the wrong
// JSON type.
var ErrInvalidJSON = errors.New("creator: invalid JSON")

// FieldError is the error for one bad value, in the style of
// strconv.NumError: Field is its JSON path ("audiences[1].followers",
// "registrations[0].authority"; empty for the whole document) and Err says
// what is wrong and wraps [ErrInvalidProfile] or [ErrInvalidJSON] (and, for
// a value read by another package's reader, that reader's error).
type FieldError struct {
	Field string
	Err   error
}

// Error returns "creator: <field>: <what is wrong>".
func (e *FieldError) Error() string {
	msg := strings.TrimPrefix(e.Err.Error(), "creator: ")
	if e.Field == "" {
		return "creator: " + msg
	}
	return "creator: " + e.Field + ": " + msg
}

// Unwrap returns Err, so that errors.Is finds [ErrInvalidProfile] or
// [ErrInvalidJSON].
func (e *FieldError) Unwrap() error { return e.Err }

// invalid returns a *FieldError at field wrapping ErrInvalidProfile.
func invalid(field, format string, args ...any) error {
	return &FieldError{Field: field, Err: fmt.Errorf("%w: %s", ErrInvalidProfile, fmt.Sprintf(format, args...))}
}

// Validate reports the first value of p that is out of bounds, as a
// *[FieldError] naming its JSON path and wrapping [ErrInvalidProfile]:
//
//   - country not an ISO 3166-1 alpha-2 code in upper case;
//   - region not an ISO 3166-2 code of the country (for "US", a state,
//     "US-DC" or a territory);
//   - an audience on [influencekit.UnknownPlatform] or an undeclared
//     platform, two audiences on one platform, a negative followers or
//     avg_monthly_views;
//   - a negative videos_per_year;
//   - an annual_income that is negative or has no currency;
//   - a registration whose authority is blank.
//
// Missing values are not errors: the duties that need them are [Unknown].
// A nil error means [Duties] judges p on its data.
func (p Profile) Validate() error {
	if p.Country != "" && !isCountry(p.Country) {
		return invalid("country", "%q is not an ISO 3166-1 alpha-2 country code in upper case%s", p.Country, countryHint(p.Country))
	}
	if p.Region != "" {
		if err := checkRegion(p.Country, p.Region); err != "" {
			return invalid("region", "%q %s", p.Region, err)
		}
	}
	seen := make(map[influencekit.Platform]int, len(p.Audiences))
	for i, a := range p.Audiences {
		path := fmt.Sprintf("audiences[%d]", i)
		if a.Platform == influencekit.UnknownPlatform || !declaredPlatform(a.Platform) {
			return invalid(path+".platform", "%s is not a known platform", a.Platform)
		}
		if j, dup := seen[a.Platform]; dup {
			return invalid(path+".platform", "%s is also audiences[%d]: give one audience per platform", a.Platform, j)
		}
		seen[a.Platform] = i
		if a.Followers < 0 {
			return invalid(path+".followers", "%d is negative", a.Followers)
		}
		if a.AvgMonthlyViews < 0 {
			return invalid(path+".avg_monthly_views", "%d is negative", a.AvgMonthlyViews)
		}
	}
	if p.VideosPerYear < 0 {
		return invalid("videos_per_year", "%d is negative", p.VideosPerYear)
	}
	if m := p.AnnualIncome; m != nil {
		if m.Currency() == (currency.Unit{}) {
			return invalid("annual_income", "has no currency")
		}
		if m.IsNegative() {
			return invalid("annual_income", "%s is negative", m)
		}
	}
	for i, r := range p.Registrations {
		if strings.TrimSpace(r.Authority) == "" {
			return invalid(fmt.Sprintf("registrations[%d].authority", i), "is blank: name the register (e.g. %q)", AuthorityAGCOM)
		}
	}
	return nil
}

// declaredPlatform reports whether p is one of influencekit's declared
// platforms: its text form parses back to it.
func declaredPlatform(p influencekit.Platform) bool {
	return p != influencekit.UnknownPlatform && slices.Contains(influencekit.Platforms(), p)
}

// heldOn reports whether r is held on day: it has a number and day is not
// after its expiry. A zero day cannot judge an expiry: known is false then
// for a registration that expires.
func (r Registration) heldOn(day time.Time) (held, known bool) {
	if strings.TrimSpace(r.Number) == "" {
		return false, true
	}
	if r.Expires.IsZero() {
		return true, true
	}
	if day.IsZero() {
		return false, false
	}
	return !civil(day).after(civil(r.Expires)), true
}

// date is a civil date, compared by year, month and day.
type date struct {
	year  int
	month time.Month
	day   int
}

func civil(t time.Time) date {
	y, m, d := t.Date()
	return date{y, m, d}
}

func (d date) after(o date) bool {
	if d.year != o.year {
		return d.year > o.year
	}
	if d.month != o.month {
		return d.month > o.month
	}
	return d.day > o.day
}

func (d date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.year, d.month, d.day) }

// AgeOn returns the creator's age in whole years on day, from the civil
// dates of [Profile.BirthDate] and day (each in its own location; times of
// day are ignored): the years completed, so the age grows on the birthday
// itself. A creator born on 29 February turns a year older on 1 March in
// common years (until 28 February ends, the year is not complete). ok is
// false when BirthDate or day is zero, or when day is before BirthDate.
func (p Profile) AgeOn(day time.Time) (years int, ok bool) {
	if p.BirthDate.IsZero() || day.IsZero() {
		return 0, false
	}
	b, d := civil(p.BirthDate), civil(day)
	if b.after(d) {
		return 0, false
	}
	years = d.year - b.year
	if d.month < b.month || d.month == b.month && d.day < b.day {
		years--
	}
	return years, true
}

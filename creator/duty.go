package creator

//go:generate go run github.com/influencekit/influencekit/internal/cmd/enumgen

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/influencekit/influencekit/disclosure"
)

// DutyStatus says whether a profile meets a duty. The zero value is
// Unknown.
//
//enumgen:names unknown, met, unmet
type DutyStatus uint8

// The statuses.
const (
	Unknown DutyStatus = iota // the profile lacks data needed to decide; the message names it
	Met                       // the profile shows the duty fulfilled (a registration held, the bio's words)
	Unmet                     // the duty applies and the profile does not show it fulfilled
)

// ErrUnknownDutyStatus is wrapped by errors for text that names no
// [DutyStatus].
var ErrUnknownDutyStatus = errors.New("creator: unknown duty status")

// Duty is one obligation a profile's size or circumstances trigger in a
// market, and whether the profile shows it fulfilled.
type Duty struct {
	// Code names the duty: stable, kebab-case, one of the package
	// documentation's table ("agcom-register").
	Code string `json:"code"`
	// Jurisdiction is the market whose law imposes the duty.
	Jurisdiction disclosure.Jurisdiction `json:"jurisdiction"`
	// Status is Met, Unmet, or Unknown when data needed to decide is
	// missing.
	Status DutyStatus `json:"status"`
	// Message says what the law asks and what the profile shows; for
	// Unknown, what is missing; for Unmet, what to do.
	Message string `json:"message"`
	// Source is the SOURCES.md key of the law or guidance the duty rests
	// on.
	Source string `json:"source"`
}

// Duties returns every duty p triggers in markets, judged without a day:
// it is [DutiesOn] with the zero time, so a duty that depends on the day
// (an age, a registration that expires) is [Unknown] and its message says
// that no day was given. Call DutiesOn to judge on a day. Duties never
// reads the clock.
//
// No markets means every market of [disclosure.Jurisdictions]. Duties
// never fails and never panics: for a profile that [Profile.Validate]
// rejects it returns every duty the markets can impose, each [Unknown]
// with a message quoting the error (DutiesOn returns the error instead).
// The result is never nil.
func Duties(p Profile, markets ...disclosure.Jurisdiction) []Duty {
	duties, err := DutiesOn(time.Time{}, p, markets...)
	if err != nil {
		return unknownDuties(err, markets)
	}
	return duties
}

// DutiesOn returns every duty p triggers in markets on day: the civil date
// of day in its own location (the time of day is ignored) decides ages and
// whether a registration is held. The zero day means "no day given", as
// [Duties] uses it.
//
// The duties come in the order of markets (a market given twice counts
// once; no markets means every market of [disclosure.Jurisdictions]), each
// market's duties in the order of the package documentation's table. A
// duty is listed when the profile triggers it (Met or Unmet) or when data
// needed to tell whether it does, or whether it is met, is missing
// (Unknown). A market the package has no duties for contributes none; a
// market is never an error.
//
// The error is [Profile.Validate]'s, or a *[FieldError] at "birth_date"
// wrapping [ErrInvalidProfile] when the creator is born after day; the
// result is then nil.
func DutiesOn(day time.Time, p Profile, markets ...disclosure.Jurisdiction) ([]Duty, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	if !day.IsZero() && !p.BirthDate.IsZero() && civil(p.BirthDate).after(civil(day)) {
		return nil, invalid("birth_date", "%s is after the day asked, %s", civil(p.BirthDate), civil(day))
	}
	f := newFacts(p, day)
	duties := []Duty{}
	for _, j := range marketsOrAll(markets) {
		for i := range allRules {
			r := &allRules[i]
			if !r.market(j) {
				continue
			}
			out, ok := r.judge(f)
			if !ok {
				continue
			}
			duties = append(duties, Duty{Code: r.code, Jurisdiction: j, Status: out.status, Message: out.message, Source: r.source})
		}
	}
	return duties, nil
}

// unknownDuties is every duty the markets can impose, each Unknown because
// the profile is invalid.
func unknownDuties(err error, markets []disclosure.Jurisdiction) []Duty {
	duties := []Duty{}
	for _, j := range marketsOrAll(markets) {
		for _, r := range allRules {
			if r.market(j) {
				duties = append(duties, Duty{Code: r.code, Jurisdiction: j, Status: Unknown,
					Message: "cannot judge an invalid profile: " + err.Error(), Source: r.source})
			}
		}
	}
	return duties
}

// marketsOrAll returns markets without repeats, or every built-in
// jurisdiction when markets is empty.
func marketsOrAll(markets []disclosure.Jurisdiction) []disclosure.Jurisdiction {
	if len(markets) == 0 {
		return disclosure.Jurisdictions()
	}
	out := make([]disclosure.Jurisdiction, 0, len(markets))
	for _, j := range markets {
		if !slices.Contains(out, j) {
			out = append(out, j)
		}
	}
	return out
}

// rule is one duty: its code and source, the markets whose law imposes it,
// and judge, which decides whether a profile triggers it (ok) and with
// what status. The rules are data in one file per market (duties_it.go,
// ...); allRules lists them in the order of the package documentation's
// table.
type rule struct {
	code   string
	source string
	market func(disclosure.Jurisdiction) bool
	judge  func(*facts) (outcome, bool)
}

// allRules are the package's duties, in the order of the package
// documentation's table.
var allRules = slices.Concat(itRules[:], nlRules[:], esRules[:], frRules[:], euRules[:], usRules[:])

// only returns a market test that accepts j alone.
func only(j disclosure.Jurisdiction) func(disclosure.Jurisdiction) bool {
	return func(k disclosure.Jurisdiction) bool { return k == j }
}

// outcome is a triggered duty's status and message.
type outcome struct {
	status  DutyStatus
	message string
}

// facts is what the rules read: the profile, the day (zero: not given),
// and the profile's text folded once for every rule and market: each
// registration's authority and the bio.
type facts struct {
	p           Profile
	day         time.Time
	authorities []string
	bio         string
}

func newFacts(p Profile, day time.Time) *facts {
	f := &facts{p: p, day: day, authorities: make([]string, len(p.Registrations)), bio: fold(p.Bio)}
	for i, r := range p.Registrations {
		f.authorities[i] = fold(r.Authority)
	}
	return f
}

// truth is a condition's value: no, yes, or unsure for want of data.
type truth uint8

const (
	no truth = iota
	yes
	unsure
)

// cond is a condition of a duty: its truth and, when unsure, what data is
// missing.
type cond struct {
	is      truth
	missing string
}

func known(b bool) cond {
	if b {
		return cond{is: yes}
	}
	return cond{is: no}
}

func missing(what string) cond { return cond{is: unsure, missing: what} }

// all is the conjunction of cs: no when one is no, yes when all are yes,
// otherwise unsure with every missing datum.
func all(cs ...cond) cond {
	var miss []string
	for _, c := range cs {
		switch c.is {
		case no:
			return c
		case unsure:
			miss = append(miss, c.missing)
		}
	}
	if miss != nil {
		return missing(strings.Join(miss, "; "))
	}
	return cond{is: yes}
}

// anyOf is the disjunction of cs: yes when one is yes, no when all are no,
// otherwise unsure with every missing datum.
func anyOf(cs ...cond) cond {
	var miss []string
	for _, c := range cs {
		switch c.is {
		case yes:
			return c
		case unsure:
			miss = append(miss, c.missing)
		}
	}
	if miss != nil {
		return missing(strings.Join(miss, "; "))
	}
	return cond{is: no}
}

// trigger turns the condition that makes a duty apply into a rule's
// result: no duty when c is no, an Unknown duty naming what is missing
// when c is unsure, and decide's outcome when c is yes.
func trigger(c cond, law string, decide func() outcome) (outcome, bool) {
	switch c.is {
	case no:
		return outcome{}, false
	case unsure:
		return outcome{Unknown, "cannot tell whether " + law + " applies: " + c.missing + " not given"}, true
	}
	return decide(), true
}

// establishedIn is whether the creator is established in country.
func (f *facts) establishedIn(country string) cond {
	if f.p.Country == "" {
		return missing("country")
	}
	return known(f.p.Country == country)
}

// livesIn is whether the creator lives in the ISO 3166-2 subdivision
// region ("US-IL").
func (f *facts) livesIn(region string) cond {
	country, _, _ := strings.Cut(region, "-")
	switch {
	case f.p.Country != "" && f.p.Country != country:
		return cond{is: no}
	case f.p.Region != "":
		return known(f.p.Region == region)
	case f.p.Country == "":
		return missing("country and region")
	}
	return missing("region")
}

// audienceOn reports whether one audience on the platforms in on reaches
// min of the count read by n, named by what ("followers").
func (f *facts) audienceOn(on platformSet, what string, n func(Audience) int64, min int64) cond {
	if len(f.p.Audiences) == 0 {
		return missing("audiences")
	}
	var miss []string
	for i, a := range f.p.Audiences {
		if !on.has(a.Platform) {
			continue
		}
		switch c := n(a); {
		case c >= min:
			return cond{is: yes}
		case c == 0:
			miss = append(miss, fmt.Sprintf("audiences[%d].%s (%s)", i, what, a.Platform))
		}
	}
	if miss != nil {
		return missing(strings.Join(miss, ", "))
	}
	return cond{is: no}
}

// audienceTotal reports whether the audiences on the platforms in on reach
// min of the count read by n together. Known counts that reach min decide
// even when others are missing.
func (f *facts) audienceTotal(on platformSet, what string, n func(Audience) int64, min int64) cond {
	if len(f.p.Audiences) == 0 {
		return missing("audiences")
	}
	var sum int64
	var miss []string
	for i, a := range f.p.Audiences {
		if !on.has(a.Platform) {
			continue
		}
		c := n(a)
		if c == 0 {
			miss = append(miss, fmt.Sprintf("audiences[%d].%s (%s)", i, what, a.Platform))
		}
		sum = addCapped(sum, c)
	}
	switch {
	case sum >= min:
		return cond{is: yes}
	case miss != nil:
		return missing(strings.Join(miss, ", "))
	}
	return cond{is: no}
}

// addCapped returns a+b for counts that are not negative, or
// math.MaxInt64 where the sum would overflow.
func addCapped(a, b int64) int64 {
	if b > math.MaxInt64-a {
		return math.MaxInt64
	}
	return a + b
}

func followers(a Audience) int64 { return a.Followers }
func views(a Audience) int64     { return a.AvgMonthlyViews }

// videosAtLeast reports whether VideosPerYear reaches min.
func (f *facts) videosAtLeast(min int) cond {
	if f.p.VideosPerYear == 0 {
		return missing("videos_per_year")
	}
	return known(f.p.VideosPerYear >= min)
}

// earns reports whether the creator has a positive income from content.
func (f *facts) earns() cond {
	if f.p.AnnualIncome == nil {
		return missing("annual_income")
	}
	return known(f.p.AnnualIncome.IsPositive())
}

// under reports whether the creator is younger than years on the day.
func (f *facts) under(years int) cond {
	switch {
	case f.p.BirthDate.IsZero():
		return missing("birth_date")
	case f.day.IsZero():
		return missing("the day to compute the age on (Duties judges without one; call DutiesOn)")
	}
	age, _ := f.p.AgeOn(f.day)
	return known(age < years)
}

// registered judges a registration duty: Met when the profile holds a
// registration with one of the register's names (reg) on the day, Unmet
// when it holds none or only expired ones, Unknown when one expires and no
// day is given. what says what the registration is for.
func (f *facts) registered(reg register, what string) outcome {
	var expired []string
	var undated bool
	for i, r := range f.p.Registrations {
		if !reg.names(f.authorities[i]) {
			continue
		}
		held, known := r.heldOn(f.day)
		switch {
		case held:
			until := "does not expire"
			if !r.Expires.IsZero() {
				until = "valid until " + civil(r.Expires).String()
			}
			return outcome{Met, fmt.Sprintf("%s: registrations[%d] with %s, number %q, %s", what, i, r.Authority, r.Number, until)}
		case !known:
			undated = true
		case strings.TrimSpace(r.Number) == "":
			expired = append(expired, fmt.Sprintf("registrations[%d] has no number", i))
		default:
			expired = append(expired, fmt.Sprintf("registrations[%d] (number %q) expired on %s", i, r.Number, civil(r.Expires)))
		}
	}
	switch {
	case undated:
		return outcome{Unknown, fmt.Sprintf("%s: a %s registration expires, and no day was given to judge it on (call DutiesOn)", what, reg.name)}
	case expired != nil:
		return outcome{Unmet, fmt.Sprintf("%s: the %s registration is not held: %s; renew it", what, reg.name, strings.Join(expired, ", "))}
	}
	return outcome{Unmet, fmt.Sprintf("%s: no %s registration in the profile; %s (registrations[].authority %q)", what, reg.name, reg.todo, reg.name)}
}

package creator

import (
	"slices"
	"strings"

	"golang.org/x/text/language"
)

// withdrawnCodes are codes that golang.org/x/text still knows as countries
// but that ISO 3166-1 no longer assigns (transitional reservations: the
// Netherlands Antilles, Serbia and Montenegro, the Neutral Zone, the USSR,
// Yugoslavia) or never assigned (XK, user-assigned for Kosovo).
var withdrawnCodes = [...]string{"AN", "CS", "NT", "SU", "XK", "YU"}

// isCountry reports whether s is an ISO 3166-1 alpha-2 code assigned to a
// country or territory, written in upper case. It asks x/text's region
// table, then drops what that table knows beyond ISO's assignments: macro
// regions ("EU", "419"), private-use and unknown codes ("XX", "ZZ", "QO"),
// deprecated codes that x/text maps to others ("UK" to "GB", "FX" to "FR"),
// exceptional reservations that have no UN M.49 number (AC, CP, DG, TA,
// ...) and withdrawnCodes. What remains are the 249 assigned codes.
func isCountry(s string) bool {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	r, err := language.ParseRegion(s)
	if err != nil || r.String() != s || !r.IsCountry() || r.Canonicalize() != r || r.M49() == 0 || r.ISO3() == "ZZZ" {
		return false
	}
	return !slices.Contains(withdrawnCodes[:], s)
}

// countryHint suggests the code meant by s, when there is one: the upper
// case of a lower-case code, GB for UK, the alpha-2 code of an alpha-3.
func countryHint(s string) string {
	if r, err := language.ParseRegion(s); err == nil {
		if c := r.Canonicalize().String(); c != s && isCountry(c) {
			return `: did you mean "` + c + `"?`
		}
	}
	return ""
}

// usSubdivisions are the ISO 3166-2:US codes: the 50 states, the District
// of Columbia and the six outlying areas, without the "US-" prefix.
var usSubdivisions = [...]string{
	"AK", "AL", "AR", "AS", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "GU", "HI", "IA", "ID", "IL", "IN",
	"KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MP", "MS", "MT", "NC", "ND", "NE", "NH", "NJ", "NM",
	"NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UM", "UT", "VA", "VI", "VT", "WA",
	"WI", "WV", "WY",
}

// checkRegion returns what is wrong with region as the ISO 3166-2 code of
// a subdivision of country, or "" when nothing is: the country's code, a
// hyphen, and one to three upper-case letters or digits; for the United
// States, one of usSubdivisions. The package checks other countries'
// subdivisions by form only.
func checkRegion(country, region string) string {
	cc, sub, ok := strings.Cut(region, "-")
	switch {
	case country == "":
		return "needs a country: give country too"
	case !ok || cc != country:
		return `does not begin with the country "` + country + `-"`
	case len(sub) < 1 || len(sub) > 3 || strings.IndexFunc(sub, func(r rune) bool { return (r < 'A' || r > 'Z') && (r < '0' || r > '9') }) >= 0:
		return "is not an ISO 3166-2 subdivision code (one to three upper-case letters or digits after the hyphen)"
	case country == "US" && !slices.Contains(usSubdivisions[:], sub):
		return "is not a US state, the District of Columbia or a US territory"
	}
	return ""
}

package contract

import "strings"

// parties checks that the brand and the creator are named, and the form
// of their countries and region.
func (v *validator) parties() {
	c := v.c
	if isBlank(c.Brand.Name) && isBlank(c.Brand.LegalEntity) && !anyText(c.Brand.TradingNames) {
		v.add("brand.name", RuleMissingField, "the brand has no name; name the party that pays for the content")
	}
	if isBlank(c.Creator.Name) {
		v.add("creator.name", RuleMissingField, "the creator has no name; name the person who makes and posts the content")
	}
	for _, party := range [...]struct {
		path    string
		country string
	}{{"brand.tax_residence", c.Brand.TaxResidence}, {"creator.tax_residence", c.Creator.TaxResidence}} {
		if party.country != "" && !validCountry(party.country) {
			v.add(party.path, RuleInvalidValue, "the country of tax residence is %q; write it as an ISO 3166-1 two-letter code in upper case, such as \"FR\" or \"US\"", party.country)
		}
	}
	if r := c.Creator.Region; r != "" && !validRegion(r) {
		v.add("creator.region", RuleInvalidValue, "the creator's region is %q; write it as an ISO 3166-2 code, a country code, a hyphen and the subdivision, such as \"US-CA\"", r)
	}
	if c.Creator.Followers < 0 {
		v.add("creator.followers", RuleInvalidValue, "the follower count is %d; use 0 or more (0 when unknown)", c.Creator.Followers)
	}
}

// validRegion reports whether s has the form of an ISO 3166-2 code: a
// country code, a hyphen and one to three upper-case letters or digits
// ("US-CA", "FR-75").
func validRegion(s string) bool {
	cc, sub, ok := strings.Cut(s, "-")
	if !ok || !validCountry(cc) || len(sub) < 1 || len(sub) > 3 {
		return false
	}
	for i := range len(sub) {
		if c := sub[i]; !('A' <= c && c <= 'Z' || isDigit(c)) {
			return false
		}
	}
	return true
}

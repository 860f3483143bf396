package contract

import (
	"strings"

	"github.com/influencekit/influencekit/disclosure"
)

// adultAge is the age from which a creator signs alone.
const adultAge = 18

// minorLaw is one place's law on minors paid for content: under
// setAsideUnder, a share of the earnings must be set aside for the minor;
// under bannedUnder, the minor may not be paid for content at all.
type minorLaw struct {
	place         string // ISO 3166-1 country or ISO 3166-2 region ("FR", "US-CA")
	name          string // for messages
	statute       string // the statute's own name, for messages
	setAsideUnder int
	bannedUnder   int
	source        string // SOURCES.md key
}

// minorLaws is the law on minors who are paid for content, by place.
var minorLaws = [...]minorLaw{
	// Children under 16 whose image is the subject of video content:
	// earnings above a threshold are consigned to the Caisse des dépôts.
	{place: "FR", name: "French law", statute: "loi n° 2020-1266", setAsideUnder: 16, source: "fr-loi-2020-1266"},
	// Minors under 16 in compensated content: a share set aside in trust.
	{place: "US-IL", name: "Illinois law", statute: "Illinois SB 1782, Public Act 103-0556", setAsideUnder: 16, source: "il-sb-1782"},
	// Minors in content creation: a Coogan-style trust account.
	{place: "US-CA", name: "California law", statute: "California SB 764", setAsideUnder: 18, source: "ca-sb-764"},
	// Minors under 14 may not engage in paid content creation.
	{place: "US-MN", name: "Minnesota law", statute: "Minnesota HF 3488", bannedUnder: 14, source: "mn-hf-3488"},
}

// ageOn returns the whole years from birth to on: the age on that day. A
// 29 February birthday is reached on 1 March in other years.
func ageOn(birth, on Date) int {
	age := on.Year() - birth.Year()
	if on.Month() < birth.Month() || on.Month() == birth.Month() && on.Day() < birth.Day() {
		age--
	}
	return age
}

// creatorPlaces returns where the creator lives, as the keys minorLaws
// uses: the region ("US-CA") and the country ("US", "FR"). Without a tax
// residence or region, an agreement under French rules places the creator
// in France.
func (c Contract) creatorPlaces() (region, country string) {
	region, country = c.Creator.Region, c.Creator.TaxResidence
	if country == "" {
		if cc, _, ok := strings.Cut(region, "-"); ok {
			country = cc
		} else if region == "" && c.Jurisdiction == disclosure.FR {
			country = "FR"
		}
	}
	return region, country
}

// minor checks a creator under 18 on the signing day (or the term's
// start): a guardian signs, and the law of the creator's home may ask for
// earnings set aside or bar the deal.
func (v *validator) minor() {
	cr := v.c.Creator
	v.percentOK("creator.earnings_set_aside_percent", "share of earnings set aside", cr.EarningsSetAsidePercent)
	switch {
	case cr.BirthDate.IsZero():
		return
	case !cr.BirthDate.Valid():
		v.invalidDate("creator.birth_date", cr.BirthDate, "the creator's birth date")
		return
	}
	on, ok := v.c.day()
	if !ok {
		return
	}
	age := ageOn(cr.BirthDate, on)
	switch {
	case age < 0:
		v.add("creator.birth_date", RuleInvalidValue, "the creator's birth date, %s, is after the agreement's date, %s; correct it", cr.BirthDate, on)
		return
	case age >= adultAge:
		return
	}
	if isBlank(cr.Guardian) {
		v.add("creator.guardian", RuleMinorWithoutGuardian, "the creator is %d on %s, a minor; a parent or legal guardian must sign the agreement for them: name the guardian who signs", age, on)
	}
	region, country := v.c.creatorPlaces()
	for _, law := range minorLaws {
		if law.place != region && law.place != country {
			continue
		}
		if age < law.bannedUnder {
			v.add("creator.birth_date", RuleMinorWithoutGuardian, "the creator is %d on %s; %s bars paying a creator under %d for content (%s)", age, on, law.name, law.bannedUnder, law.statute)
		}
		setAside := cr.EarningsSetAsidePercent != nil && cr.EarningsSetAsidePercent.IsPositive()
		if age < law.setAsideUnder && !setAside {
			v.add("creator.earnings_set_aside_percent", RuleMinorWithoutGuardian, "the creator is %d on %s; %s requires a share of a minor's earnings to be set aside for them until they come of age (%s): state the share and where it is kept", age, on, law.name, law.statute)
		}
	}
}

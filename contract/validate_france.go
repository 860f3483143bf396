package contract

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/pricing"
)

// reachesFrenchThreshold reports whether value, in euros, is at least
// [FrenchWrittenContractThreshold]. A value in another currency is not
// converted, and does not reach it.
func reachesFrenchThreshold(value pricing.Money) bool {
	c, err := value.Cmp(FrenchWrittenContractThreshold())
	return err == nil && c >= 0
}

// europe lists the countries whose creators need no EU representative
// for a French audience: the EU's 27 members (eu-countries), the EEA's
// Iceland, Liechtenstein and Norway, and Switzerland (fr-loi-2023-451
// art. 9).
const europe = "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK IS LI NO CH"

// inEurope reports whether the ISO 3166-1 alpha-2 code is one of europe's.
func inEurope(code string) bool {
	for i := 0; i+2 <= len(europe); i += 3 {
		if europe[i:i+2] == code {
			return true
		}
	}
	return false
}

// validCountry reports whether s is an ISO 3166-1 alpha-2 country code in
// upper case ("FR").
func validCountry(s string) bool {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return false
	}
	r, err := language.ParseRegion(s)
	return err == nil && r.IsCountry()
}

// frenchLaw checks what French law asks of an agreement for a French
// audience (fr-loi-2023-451 art. 8 and 9; fr-decret-2025-1137): the
// mentions, when the year's value reaches the threshold, and an EU
// representative and insurance for a creator established outside Europe,
// whatever the value.
func (v *validator) frenchLaw() {
	c := v.c
	if c.Jurisdiction != disclosure.FR {
		return
	}
	if tr := c.Creator.TaxResidence; validCountry(tr) && !inEurope(tr) {
		if isBlank(c.Creator.EURepresentative) {
			v.add("creator.eu_representative", RuleMissingMention, "the creator is established in %s, outside the EU, and works for a French audience; name the creator's legal representative in the EU (French law on commercial influence, art. 9)", tr)
		}
		if isBlank(c.Creator.Insurance) {
			v.add("creator.insurance", RuleMissingMention, "the creator is established in %s, outside the EU, and works for a French audience; state the civil liability insurance the creator holds in the EU (French law on commercial influence, art. 9)", tr)
		}
	}
	if !v.frenchContract {
		return
	}
	const why = "French law requires it in a written influence agreement worth EUR 1,000 or more a year (art. 8)"
	for _, p := range [...]struct {
		path, who string
		contact   Contact
	}{{"brand", "the brand", c.Brand.Contact}, {"creator", "the creator", c.Creator.Contact}} {
		if isBlank(p.contact.Address) {
			v.add(p.path+".address", RuleMissingMention, "the agreement does not state %s's postal address; %s", p.who, why)
		}
		if isBlank(p.contact.Email) {
			v.add(p.path+".email", RuleMissingMention, "the agreement does not state %s's e-mail address; %s", p.who, why)
		}
		if isBlank(p.contact.TaxResidence) {
			v.add(p.path+".tax_residence", RuleMissingMention, "the agreement does not state %s's country of tax residence; %s", p.who, why)
		}
	}
	if c.Ownership == nil {
		v.add("ownership", RuleMissingMention, "the agreement does not state who owns the content and what rights the brand holds; %s, intellectual property included", why)
	}
	switch law := c.GoverningLaw; {
	case isBlank(law):
		v.add("governing_law", RuleMissingMention, "the agreement does not name its governing law; name French law, which applies to influence aimed at a French audience (art. 8)")
	case !namesFrenchLaw(law):
		v.add("governing_law", RuleForeignGoverningLaw, "the agreement is governed by %q, but French law applies to influence aimed at a French audience (art. 8); name French law", law)
	}
	if !c.JointLiability {
		v.add("joint_liability", RuleMissingMention, "the agreement does not record that the brand, its agent and the creator are jointly liable toward third parties, as French law provides (art. 8)")
	}
}

// namesFrenchLaw reports whether the governing law names France or French
// law, in English or French ("French law", "droit français", "the laws of
// France").
func namesFrenchLaw(law string) bool {
	l := strings.ToLower(law)
	for _, w := range [...]string{"france", "french", "français", "française", "francais", "francaise"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

package contract

import "github.com/influencekit/influencekit/internal/percent"

// title writes the heading and the parties.
func (r *renderer) title() {
	c := r.c
	brand, creator := orUnnamed(c.Brand.Name, "the Brand"), orUnnamed(c.Creator.Name, "the Creator")
	r.line("# Influencer agreement: ", escape(brand), " and ", escape(creator))
	r.line()
	r.line("_Draft for review, generated from the contract data. Jurisdiction for disclosure rules: ", c.Jurisdiction.String(), "._")
	r.line()
	b := escape(brand)
	if !isBlank(c.Brand.LegalEntity) && c.Brand.LegalEntity != c.Brand.Name {
		if isBlank(c.Brand.Name) {
			b = escape(c.Brand.LegalEntity)
		} else {
			b = escape(c.Brand.LegalEntity) + ", trading as " + escape(c.Brand.Name)
		}
	}
	if anyText(c.Brand.TradingNames) {
		b += " (also trading as " + escapedList(c.Brand.TradingNames) + ")"
	}
	if anyText(c.Brand.Handles) {
		b += "; accounts " + escapedList(c.Brand.Handles)
	}
	r.line("- **Brand:** ", b, contactPhrase(c.Brand.Contact))
	who := escape(creator)
	if !isBlank(c.Creator.LegalEntity) {
		who += ", contracting through " + escape(c.Creator.LegalEntity)
	}
	if c.Creator.Handle != "" {
		who += " (" + escape(c.Creator.Handle) + ")"
	}
	if c.Creator.Followers > 0 {
		who += ", " + r.count(c.Creator.Followers) + " followers"
	}
	who += contactPhrase(c.Creator.Contact)
	if !isBlank(c.Creator.Region) {
		who += "; lives in " + escape(c.Creator.Region)
	}
	if c.Creator.BirthDate.Valid() {
		who += "; born " + r.date(c.Creator.BirthDate)
	}
	r.line("- **Creator:** ", who)
	if !isBlank(c.Creator.Guardian) {
		r.line("- **Guardian:** ", escape(c.Creator.Guardian), " signs for the Creator as parent or legal guardian")
	}
	if p := c.Creator.EarningsSetAsidePercent; p != nil {
		r.line("- **Earnings set aside:** ", percent.Points(*p), " of the Creator's pay is kept for the Creator until they come of age")
	}
	if !isBlank(c.Creator.EURepresentative) {
		r.line("- **Creator's representative in the EU:** ", escape(c.Creator.EURepresentative))
	}
	if !isBlank(c.Creator.Insurance) {
		r.line("- **Creator's liability insurance:** ", escape(c.Creator.Insurance))
	}
	if a := c.Agency; a != nil {
		line := "- **Agency:** " + escape(orUnnamed(a.Name, "an agency not named"))
		switch a.Represents {
		case BrandSide:
			line += ", acting for the Brand"
		case CreatorSide:
			line += ", acting for the Creator"
		}
		if a.PaidThrough {
			line += "; the Brand pays the Creator's fee to the agency"
		}
		r.line(line)
	}
	if c.SignedOn.Valid() {
		r.line("- **Signed on:** ", r.date(c.SignedOn))
	}
}

// contactPhrase lists the contact data stated: "; address: ...; e-mail:
// ...; tax resident in FR", or "".
func contactPhrase(k Contact) string {
	s := ""
	if !isBlank(k.Address) {
		s += "; address: " + escape(k.Address)
	}
	if !isBlank(k.Email) {
		s += "; e-mail: " + escape(k.Email)
	}
	if !isBlank(k.TaxResidence) {
		s += "; tax resident in " + escape(k.TaxResidence)
	}
	return s
}

func orUnnamed(s, fallback string) string {
	if isBlank(s) {
		return fallback
	}
	return s
}

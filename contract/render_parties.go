package contract

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
	r.line("- **Brand:** ", b)
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
	r.line("- **Creator:** ", who)
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
}

func orUnnamed(s, fallback string) string {
	if isBlank(s) {
		return fallback
	}
	return s
}

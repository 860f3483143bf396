package contract

// parties checks that the brand and the creator are named.
func (v *validator) parties() {
	c := v.c
	if isBlank(c.Brand.Name) && isBlank(c.Brand.LegalEntity) && !anyText(c.Brand.TradingNames) {
		v.add("brand.name", RuleMissingField, "the brand has no name; name the party that pays for the content")
	}
	if isBlank(c.Creator.Name) {
		v.add("creator.name", RuleMissingField, "the creator has no name; name the person who makes and posts the content")
	}
	if c.Creator.Followers < 0 {
		v.add("creator.followers", RuleInvalidValue, "the follower count is %d; use 0 or more (0 when unknown)", c.Creator.Followers)
	}
}

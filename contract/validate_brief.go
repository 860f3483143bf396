package contract

// brief checks that the brief states goals, audience and key messages.
func (v *validator) brief() {
	if v.c.Brief == nil {
		v.add("brief", RuleOpenPoint, "the agreement has no brief; agree the goals, target audience and key messages, with a caption guide, product description and FAQs")
		return
	}
	if !isBlank(v.c.Brief.Reference) {
		return // the parts are in the referenced brief
	}
	var names []string
	for _, part := range v.c.MissingBriefParts() {
		if part <= BriefKeyMessages {
			names = append(names, part.String())
		}
	}
	if len(names) > 0 {
		v.add("brief", RuleVagueBrief, "the brief does not state the %s; add them so the creator knows what the content is for (a vague brief is a common mistake), or refer to a separate brief", joinParts(names))
	}
}

package contract

import "strconv"

// brief checks that the brief states goals, audience and key messages.
func (v *validator) brief() {
	if v.c.Brief == nil {
		v.add("brief", RuleOpenPoint, "the agreement has no brief; agree the goals, target audience and key messages, with a caption guide, product description and FAQs")
		return
	}
	v.briefClaims()
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

// briefClaims reports key messages that make a claim the law regulates
// when the brief names no substantiation for it.
func (v *validator) briefClaims() {
	b := v.c.Brief
	if !isBlank(b.Substantiation) {
		return
	}
	for i, m := range b.KeyMessages {
		if c, ok := findRegulatedClaim(m); ok {
			v.add("brief.key_messages["+strconv.Itoa(i)+"]", RuleUnsubstantiatedClaim, "key message %d claims %q, which %s allows only with evidence in hand; name the substantiation the brand holds, or drop the claim", i+1, c.phrase, c.law)
		}
	}
}

package disclosure

// checkJurisdictionFallback applies [RuleJurisdictionFallback]: the post's
// [Jurisdiction] is not a declared constant, so the US tables were
// applied. One finding for the whole caption.
func checkJurisdictionFallback(in *captionFacts, out *findingSet) {
	if !in.fallback {
		return
	}
	out.add(idJurisdictionFallb, 0, 0,
		out.message("no %s term tables yet: checked against the %s tables", in.post.Jurisdiction.String(), in.table.authority))
}

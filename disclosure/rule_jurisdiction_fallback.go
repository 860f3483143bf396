package disclosure

// checkJurisdictionFallback applies [RuleJurisdictionFallback]: the post's
// [Jurisdiction] is not a declared constant, so the US tables were
// applied. One finding for the whole caption.
func checkJurisdictionFallback(in *captionFacts, out *findingSet) {
	if !in.fallback {
		return
	}
	out.add(idJurisdictionFallb, 0, 0,
		out.message("the jurisdiction is not a declared one: checked against the %s tables", in.table.authority))
}

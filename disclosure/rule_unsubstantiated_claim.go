package disclosure

// checkUnsubstantiatedClaim applies [RuleUnsubstantiatedClaim]: every
// claim term ("clinically proven", "cure") gets a finding without a fix:
// only the brand can support or withdraw it.
func checkUnsubstantiatedClaim(in *captionFacts, out *findingSet) {
	for _, f := range in.found {
		if f.kind != termClaim {
			continue
		}
		out.add(idClaim, f.start, f.end,
			out.message("%q is a claim the brand must be able to substantiate (16 CFR 255.1, 255.2): remove it or support it with evidence", in.post.Caption[f.start:f.end]))
	}
}

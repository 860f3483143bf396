package disclosure

// checkUnsubstantiatedClaim applies [RuleUnsubstantiatedClaim]: every
// claim term ("clinically proven", "cure") gets a finding without a fix:
// only the brand can support or withdraw it. The message cites the rule
// of the post's jurisdiction that asks for evidence (US: 16 CFR 255.1,
// 255.2; UK: CAP Code rule 3.7), or names its authority.
func checkUnsubstantiatedClaim(in *captionFacts, out *findingSet) {
	for _, f := range in.found {
		if f.kind != termClaim {
			continue
		}
		text := in.post.Caption[f.start:f.end]
		if cite := in.table.claimCitation; cite != "" {
			out.add(idClaim, f.start, f.end,
				out.message("%q is a claim the brand must be able to substantiate (%s): remove it or support it with evidence", text, cite))
			continue
		}
		out.add(idClaim, f.start, f.end,
			out.message("%q is a claim the brand must be able to substantiate under %s rules: remove it or support it with evidence", text, in.table.authority))
	}
}

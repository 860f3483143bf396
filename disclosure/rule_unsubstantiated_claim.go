package disclosure

import "github.com/influencekit/influencekit"

// RuleUnsubstantiatedClaim (warning): "cure", "guaranteed results",
// "clinically proven", "100% effective" and similar claims. The message
// cites the post's jurisdiction's rule (US: 16 CFR 255.1, 255.2; UK:
// CAP Code rule 3.7) or names its authority.
const RuleUnsubstantiatedClaim Rule = "unsubstantiated-claim"

// ruleUnsubstantiatedClaim declares unsubstantiated-claim. A finding cites
// the rule that asks for evidence of a claim (the pack's claim-source).
var ruleUnsubstantiatedClaim = ruleSpec{
	rule:     RuleUnsubstantiatedClaim,
	severity: influencekit.SeverityWarning,
	cites:    citeClaimRule,
}

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
			out.add(idUnsubstantiatedClaim, f.start, f.end,
				out.message("%q is a claim the brand must be able to substantiate (%s): remove it or support it with evidence", text, cite))
			continue
		}
		out.add(idUnsubstantiatedClaim, f.start, f.end,
			out.message("%q is a claim the brand must be able to substantiate under %s rules: remove it or support it with evidence", text, in.table.authority))
	}
}

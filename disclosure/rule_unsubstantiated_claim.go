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
	when:     factClaim,
	messages: []string{
		claimWithCitation:  "{label} is a claim the brand must be able to substantiate ({citation}): remove it or support it with evidence",
		claimWithAuthority: "{label} is a claim the brand must be able to substantiate under {authority} rules: remove it or support it with evidence",
	},
}

// unsubstantiated-claim's messages.
const (
	claimWithCitation  = iota // the table names the rule that asks for evidence
	claimWithAuthority        // it names the authority only
)

// checkUnsubstantiatedClaim applies [RuleUnsubstantiatedClaim]: every
// claim term ("clinically proven", "cure") gets a finding without a fix:
// only the brand can support or withdraw it. The message cites the rule
// of the post's jurisdiction that asks for evidence (US: 16 CFR 255.1,
// 255.2; UK: CAP Code rule 3.7), or names its authority.
func checkUnsubstantiatedClaim(in *ruleContext, out []record) []record {
	msg := uint8(claimWithAuthority)
	if in.claimCited {
		msg = claimWithCitation
	}
	for i, f := range in.found {
		if f.kind == termClaim {
			out = append(out, record{id: idUnsubstantiatedClaim, label: int32(i), msg: msg})
		}
	}
	return out
}

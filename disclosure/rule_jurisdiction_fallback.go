package disclosure

import "github.com/influencekit/influencekit"

// RuleJurisdictionFallback (info): the post's Jurisdiction is not one
// of the declared constants, so the US tables were applied.
const RuleJurisdictionFallback Rule = "jurisdiction-fallback"

// ruleJurisdictionFallback declares jurisdiction-fallback. It rests on no
// guidance: it reports the package's own fallback.
var ruleJurisdictionFallback = ruleSpec{
	rule:     RuleJurisdictionFallback,
	severity: influencekit.SeverityInfo,
	cites:    citeNothing,
	when:     factFallback,
	messages: []string{"the jurisdiction is not a declared one: checked against the {authority} tables"},
}

// checkJurisdictionFallback applies [RuleJurisdictionFallback]: the post's
// [Jurisdiction] is not a declared constant, so the US tables were
// applied. One finding for the whole caption.
func checkJurisdictionFallback(in *ruleContext, out []record) []record {
	if in.fallback {
		out = append(out, record{id: idJurisdictionFallback, label: -1})
	}
	return out
}

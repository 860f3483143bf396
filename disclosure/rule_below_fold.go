package disclosure

import "github.com/influencekit/influencekit"

// RuleBelowFold (error): the best label starts past the platform's
// visible prefix. It replaces not-upfront for that label; with
// below-fold in [Options.Off], not-upfront is reported instead.
const RuleBelowFold Rule = "below-fold"

// ruleBelowFold declares below-fold. It needs the fold fact.
var ruleBelowFold = ruleSpec{
	rule:     RuleBelowFold,
	severity: influencekit.SeverityError,
	sources:  []string{"caption-truncation", "ftc-faqs"},
	needs:    needFold,
	when:     factPlaced,
	messages: []string{"the label {label} starts at character {fold-at}, past the {fold} characters {platform} shows before \"more\": {todo}"},
}

// checkBelowFold applies [RuleBelowFold]: the best label starts at or past
// the platform's visible prefix, counted in the platform's characters
// (fold.go).
func checkBelowFold(in *ruleContext, out []record) []record {
	if !in.placed || !in.fold.past {
		return out
	}
	return append(out, record{id: idBelowFold, label: int32(in.best), fixes: fixPlacement})
}

package disclosure

import "github.com/influencekit/influencekit"

// RuleNotUpfront (error): a letter or digit of other text comes before
// the post's best label: the earliest clear label, or where there is
// none, the earliest ambiguous one. A disclosure sentence that opens
// the caption is upfront (see the package doc, "Placement").
const RuleNotUpfront Rule = "not-upfront"

// ruleNotUpfront declares not-upfront. It needs the fold fact and yields
// to below-fold: a label past the fold gets below-fold instead, unless
// below-fold is off.
var ruleNotUpfront = ruleSpec{
	rule:     RuleNotUpfront,
	severity: influencekit.SeverityError,
	needs:    needFold,
	yieldsTo: []Rule{RuleBelowFold},
	when:     factPlaced,
	messages: []string{"the label {label} comes after other text: {todo}"},
}

// checkNotUpfront applies [RuleNotUpfront]: other text comes before the
// best label (see [ruleContext].best). A label past the platform's fold
// gets [RuleBelowFold] instead, unless that rule is off.
func checkNotUpfront(in *ruleContext, out []record) []record {
	if !in.placed || in.found[in.best].upfront {
		return out
	}
	if in.fold.past && !in.off[idBelowFold] {
		return out
	}
	return append(out, record{id: idNotUpfront, label: int32(in.best), fixes: fixPlacement})
}

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
}

// checkNotUpfront applies [RuleNotUpfront]: other text comes before the
// best label (see [captionFacts].best). A label past the platform's fold
// gets [RuleBelowFold] instead, unless that rule is off.
func checkNotUpfront(in *captionFacts, out *findingSet) {
	if !in.placed() || in.found[in.best].upfront {
		return
	}
	if in.fold.past && in.on(idBelowFold) {
		return
	}
	f := in.found[in.best]
	msg := out.message("the label %q comes after other text: %s", in.bestText(), in.placementTodo(out))
	first, second := in.placementFixes(out)
	out.add(idNotUpfront, f.start, f.end, msg, first, second)
}

package disclosure

// checkNotUpfront applies [RuleNotUpfront]: other text comes before the
// best label (see [captionFacts].best). A label past the platform's fold
// gets [RuleBelowFold] instead, unless that rule is off.
func checkNotUpfront(in *captionFacts, out *findingSet) {
	if !in.placed() || in.found[in.best].upfront {
		return
	}
	if _, _, past := in.pastFold(); past && !in.policy.off[idBelowFold] {
		return
	}
	f := in.found[in.best]
	msg := out.message("the label %q comes after other text: %s", in.bestText(), in.placementTodo(out))
	first, second := in.placementFixes(out)
	out.add(idNotUpfront, f.start, f.end, msg, first, second)
}

package disclosure

import "strconv"

// checkBelowFold applies [RuleBelowFold]: the best label starts at or past
// the platform's visible prefix, counted in the platform's characters
// (fold.go).
func checkBelowFold(in *captionFacts, out *findingSet) {
	if !in.placed() {
		return
	}
	at, fold, past := in.pastFold()
	if !past {
		return
	}
	f := in.found[in.best]
	msg := out.message("the label %q starts at character %s, past the %s characters %s shows before \"more\": %s",
		in.bestText(), strconv.Itoa(at), strconv.Itoa(fold), platformName(in.post.Platform), in.placementTodo(out))
	first, second := in.placementFixes(out)
	out.add(idBelowFold, f.start, f.end, msg, first, second)
}

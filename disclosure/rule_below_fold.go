package disclosure

import (
	"strconv"

	"github.com/influencekit/influencekit"
)

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
}

// checkBelowFold applies [RuleBelowFold]: the best label starts at or past
// the platform's visible prefix, counted in the platform's characters
// (fold.go).
func checkBelowFold(in *captionFacts, out *findingSet) {
	if !in.placed() {
		return
	}
	if !in.fold.past {
		return
	}
	f := in.found[in.best]
	msg := out.message("the label %q starts at character %s, past the %s characters %s shows before \"more\": %s",
		in.bestText(), strconv.Itoa(in.fold.at), strconv.Itoa(in.fold.chars), platformName(in.post.Platform), in.placementTodo(out))
	first, second := in.placementFixes(out)
	out.add(idBelowFold, f.start, f.end, msg, first, second)
}

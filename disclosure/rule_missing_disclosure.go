package disclosure

import "github.com/influencekit/influencekit"

// RuleMissingDisclosure (error): no disclosure label at all, in the
// caption or on screen ([Post.Overlays]). Reported for the whole caption
// (0, 0).
const RuleMissingDisclosure Rule = "missing-disclosure"

// ruleMissingDisclosure declares missing-disclosure.
var ruleMissingDisclosure = ruleSpec{
	rule:     RuleMissingDisclosure,
	severity: influencekit.SeverityError,
}

// checkMissingDisclosure applies [RuleMissingDisclosure]: a caption with
// no disclosure label at all (clear, ambiguous or vague), and no overlay
// showing one, on a post that
// does not declare [NoConnection]. One finding for the whole caption,
// fixed by inserting the table's default label at the start.
func checkMissingDisclosure(in *captionFacts, out *findingSet) {
	if in.clear || in.ambiguous || in.vague || in.screen.any() || in.post.Connection == NoConnection {
		return
	}
	// The message is made once per table (compileTable): "no disclosure
	// label: add a clear label such as %q at the start of the caption".
	out.add(idMissingDisclosure, 0, 0, static(out.table.missingMessage), out.insertLabelFix())
}

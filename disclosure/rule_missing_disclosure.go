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
	when:     factNoLabel,
	messages: []string{"no disclosure label: add a clear label such as {default} at the start of the caption"},
}

// checkMissingDisclosure applies [RuleMissingDisclosure]: a caption with
// no disclosure label at all (clear, ambiguous or vague), and no overlay
// showing one, on a post that
// does not declare [NoConnection]. One finding for the whole caption,
// fixed by inserting the table's default label at the start.
func checkMissingDisclosure(in *ruleContext, out []record) []record {
	if in.clear || in.ambiguous || in.vague || in.screen.any() || in.connection == NoConnection {
		return out
	}
	return append(out, record{id: idMissingDisclosure, label: -1, fixes: fixInsert})
}

package disclosure

import "github.com/influencekit/influencekit"

// RuleUndisclosedEditing (error): [Post.Edited] and no "#filtered",
// "edited" or "retouched" label. Reported for the whole caption.
const RuleUndisclosedEditing Rule = "undisclosed-editing"

// ruleUndisclosedEditing declares undisclosed-editing.
var ruleUndisclosedEditing = ruleSpec{
	rule:     RuleUndisclosedEditing,
	severity: influencekit.SeverityError,
}

// checkUndisclosedEditing applies [RuleUndisclosedEditing]: [Post].Edited
// and no editing label in the caption. One finding for the whole caption,
// fixed by appending the table's editing label.
func checkUndisclosedEditing(in *captionFacts, out *findingSet) {
	if !in.post.Edited || in.editing {
		return
	}
	caption, label := in.post.Caption, in.table.editingLabel
	text := static(label)
	if len(caption) > 0 && !isSpaceByte(caption[len(caption)-1]) {
		text = out.join(" ", label)
	}
	out.add(idUndisclosedEditing, 0, 0,
		out.message("the post is marked as edited but the caption does not say so: add %q", label),
		out.fix(out.message("Append %q", label), pendingEdit{start: len(caption), end: len(caption), text: text}))
}

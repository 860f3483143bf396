package disclosure

import "github.com/influencekit/influencekit"

// RuleUndisclosedEditing (error): the post is Retouched ([Post.Edited], or
// [Post.Alteration] Retouched; see [Post.EffectiveAlteration]) and no
// "#filtered", "edited" or "retouched" label. Reported for the whole
// caption. A Generated or DeepFake post needs an AI label instead.
const RuleUndisclosedEditing Rule = "undisclosed-editing"

// ruleUndisclosedEditing declares undisclosed-editing.
var ruleUndisclosedEditing = ruleSpec{
	rule:     RuleUndisclosedEditing,
	severity: influencekit.SeverityError,
}

// checkUndisclosedEditing applies [RuleUndisclosedEditing]: a retouched
// post and no editing label in the caption. One finding for the whole caption,
// fixed by appending the table's editing label.
func checkUndisclosedEditing(in *captionFacts, out *findingSet) {
	if in.post.EffectiveAlteration() != Retouched || in.editing {
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

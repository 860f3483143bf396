package disclosure

import "github.com/influencekit/influencekit"

// RuleUndisclosedEditing (error): the post is Retouched ([Post.Edited], or
// [Post.Alteration] Retouched; see [Post.EffectiveAlteration]) and no
// "#filtered", "edited" or "retouched" label, in the caption or on
// screen. Reported for the whole caption. A Generated or DeepFake post
// needs an AI label instead.
const RuleUndisclosedEditing Rule = "undisclosed-editing"

// ruleUndisclosedEditing declares undisclosed-editing.
var ruleUndisclosedEditing = ruleSpec{
	rule:     RuleUndisclosedEditing,
	severity: influencekit.SeverityError,
	when:     factEdited,
	messages: []string{"the post is marked as edited but the caption does not say so: add {editing}"},
}

// checkUndisclosedEditing applies [RuleUndisclosedEditing]: a retouched
// post and no editing label. One finding for the whole caption,
// fixed by appending the table's editing label.
func checkUndisclosedEditing(in *ruleContext, out []record) []record {
	if in.edited && !in.editing {
		out = append(out, record{id: idUndisclosedEditing, label: -1, fixes: fixAppendEditing})
	}
	return out
}

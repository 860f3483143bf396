package disclosure

import "github.com/influencekit/influencekit"

// RuleUndisclosedEditing (error): [Post.Edited] and no "#filtered",
// "edited" or "retouched" label. Reported for the whole caption.
const RuleUndisclosedEditing Rule = "undisclosed-editing"

// ruleUndisclosedEditing declares undisclosed-editing.
var ruleUndisclosedEditing = ruleSpec{
	rule:     RuleUndisclosedEditing,
	severity: influencekit.SeverityError,
	when:     factEdited,
	messages: []string{"the post is marked as edited but the caption does not say so: add {editing}"},
}

// checkUndisclosedEditing applies [RuleUndisclosedEditing]: [Post].Edited
// and no editing label in the caption. One finding for the whole caption,
// fixed by appending the table's editing label.
func checkUndisclosedEditing(in *ruleContext, out []record) []record {
	if in.edited && !in.editing {
		out = append(out, record{id: idUndisclosedEditing, label: -1, fixes: fixAppendEditing})
	}
	return out
}

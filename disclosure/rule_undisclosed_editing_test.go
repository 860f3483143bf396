package disclosure

import "testing"

// TestRuleUndisclosedEditing: an edited picture needs an editing label.
func TestRuleUndisclosedEditing(t *testing.T) {
	runRuleCases(t, RuleUndisclosedEditing, []ruleCase{
		{why: "edited, not said", post: Post{Caption: "#ad Glowing skin", Edited: true}, want: []string{""}},
		{why: "edited and said", post: Post{Caption: "#ad Glowing skin #filtered", Edited: true}},
		{why: "not edited", post: Post{Caption: "#ad Glowing skin"}},
		{why: "Alteration Retouched is judged as Edited", post: Post{Caption: "#ad Glowing skin", Alteration: Retouched}, want: []string{""}},
		{why: "a generated picture needs an AI label, not an editing one", post: Post{Caption: "#ad Glowing skin", Edited: true, Alteration: Generated}},
		{why: "an editing label on the picture discloses the edit", post: Post{Caption: "#ad Glowing skin", Edited: true, Overlays: []Overlay{{End: 1e9, Text: "#filtered"}}}},
	})
}

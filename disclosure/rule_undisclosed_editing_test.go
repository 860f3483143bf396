package disclosure

import "testing"

// TestRuleUndisclosedEditing: an edited picture needs an editing label.
func TestRuleUndisclosedEditing(t *testing.T) {
	runRuleCases(t, RuleUndisclosedEditing, []ruleCase{
		{why: "edited, not said", post: Post{Caption: "#ad Glowing skin", Edited: true}, want: []string{""}},
		{why: "edited and said", post: Post{Caption: "#ad Glowing skin #filtered", Edited: true}},
		{why: "not edited", post: Post{Caption: "#ad Glowing skin"}},
	})
}

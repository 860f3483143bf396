package disclosure

import "testing"

// TestRuleVagueDisclosure: vague labels count only when nothing clearer
// is there.
func TestRuleVagueDisclosure(t *testing.T) {
	runRuleCases(t, RuleVagueDisclosure, []ruleCase{
		{why: "each vague label", post: Post{Caption: "#spon Loving this #collab"}, want: []string{"#spon", "#collab"}},
		{why: "a clear label makes them harmless", post: Post{Caption: "#ad #spon Loving this"}},
		{why: "an ambiguous label is judged first", post: Post{Caption: "#gifted #spon Loving this"}},
	})
}

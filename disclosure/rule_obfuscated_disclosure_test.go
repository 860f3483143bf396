package disclosure

import "testing"

// TestRuleObfuscatedDisclosure: labels only a normalizer reads.
func TestRuleObfuscatedDisclosure(t *testing.T) {
	runRuleCases(t, RuleObfuscatedDisclosure, []ruleCase{
		{why: "an invisible character inside", post: Post{Caption: "#a\u200bd Loving it"}, want: []string{"#a\u200bd"}},
		{why: "stylized letters", post: Post{Caption: "#𝐚𝐝 Loving it"}, want: []string{"#𝐚𝐝"}},
		{why: "written plainly", post: Post{Caption: "#ad Loving it"}},
	})
}

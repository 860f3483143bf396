package disclosure

import "testing"

// TestRuleBuriedDisclosure: a hashtag label lost in a run of hashtags.
func TestRuleBuriedDisclosure(t *testing.T) {
	runRuleCases(t, RuleBuriedDisclosure, []ruleCase{
		{why: "one of three hashtags after text", post: Post{Caption: "Loving it #skincare #glow #ad"}, want: []string{"#ad"}},
		{why: "two hashtags are no run in the US", post: Post{Caption: "Loving it #glow #ad"}},
		{why: "Germany buries it in a run of two", post: Post{Caption: "Toll #glow #werbung", Jurisdiction: DE}, want: []string{"#werbung"}},
		{why: "upfront, a run does not bury it", post: Post{Caption: "#ad #skincare #glow Loving it"}},
	})
}

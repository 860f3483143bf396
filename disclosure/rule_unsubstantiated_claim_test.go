package disclosure

import "testing"

// TestRuleUnsubstantiatedClaim: health and results claims.
func TestRuleUnsubstantiatedClaim(t *testing.T) {
	runRuleCases(t, RuleUnsubstantiatedClaim, []ruleCase{
		{why: "a claim", post: Post{Caption: "#ad This serum is clinically proven"}, want: []string{"clinically proven"}},
		{why: "no claim", post: Post{Caption: "#ad This serum is lovely"}},
		{why: "French: guérit", post: Post{Caption: "Publicité Ce sérum guérit l'acné", Jurisdiction: FR}, want: []string{"guérit"}},
		{why: "German: klinisch getestet", post: Post{Caption: "Werbung Klinisch getestet und sanft", Jurisdiction: DE}, want: []string{"Klinisch getestet"}},
		{why: "Spanish: sin efectos secundarios", post: Post{Caption: "Publicidad Sin efectos secundarios", Jurisdiction: ES}, want: []string{"Sin efectos secundarios"}},
		{why: "Dutch: passief inkomen", post: Post{Caption: "#reclame Passief inkomen met mijn cursus", Jurisdiction: NL}, want: []string{"Passief inkomen"}},
		{why: "Portuguese: renda passiva", post: Post{Caption: "#publi Renda passiva com meu curso", Jurisdiction: BR}, want: []string{"Renda passiva"}},
		{why: "a promissory money claim: 100x", post: Post{Caption: "#ad This coin could 100x"}, want: []string{"100x"}},
		{why: "a skincare word is no claim: Italian cura della pelle", post: Post{Caption: "Pubblicità La mia cura della pelle", Jurisdiction: IT}},
	})
}

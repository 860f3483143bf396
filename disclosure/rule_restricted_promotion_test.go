package disclosure

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

const micaStatement = "This crypto-asset marketing communication has not been reviewed or approved by any competent authority in any Member State of the European Union. The offeror of the crypto-asset is solely responsible for the content of this crypto-asset marketing communication."

// TestRuleRestrictedPromotion: a category allowed only to adults or only
// with the warning the law words.
func TestRuleRestrictedPromotion(t *testing.T) {
	runRuleCases(t, RuleRestrictedPromotion, []ruleCase{
		{why: "Italy: alcohol not age-gated", post: Post{Caption: "Pubblicità Il mio spritz della sera", Jurisdiction: IT}, want: []string{"spritz"}},
		{why: "Italy: alcohol age-gated", post: Post{Caption: "Pubblicità Il mio spritz della sera", Jurisdiction: IT, AgeGated: true}},
		{why: "Spain: crypto without either warning", post: Post{Caption: "Publicidad Compra bitcoin en Glow", Jurisdiction: ES}, want: []string{"bitcoin", "bitcoin"}},
		{why: "Spain: crypto with both warnings, spaced and cased otherwise",
			post: Post{Caption: "Publicidad Compra bitcoin en Glow. LA INVERSIÓN EN CRIPTOACTIVOS NO ESTÁ REGULADA, puede no ser adecuada para inversores minoristas y  perderse la totalidad del importe invertido",
				Jurisdiction: ES, Overlays: []Overlay{{End: time.Second, Text: micaStatement}}}},
		{why: "UK: crypto without the FCA's warning", post: Post{Caption: "#ad Staking made simple", Jurisdiction: UK}, want: []string{"Staking"}},
		{why: "UK: crypto with the FCA's warning spoken", post: Post{Caption: "#ad Staking made simple", Jurisdiction: UK,
			Transcript: []Segment{{Text: "this is an ad. Don't invest unless you're prepared to lose all the money you invest. This is a high-risk investment and you should not expect to be protected if something goes wrong."}}}},
		{why: "an organic crypto post is not judged", post: Post{Caption: "Bought some bitcoin today", Jurisdiction: ES, Connection: NoConnection}},
		{why: "a disclosed post for running shoes", post: Post{Caption: "#ad New running shoes for my morning 10k", Jurisdiction: IT}},
	})
}

// TestRestrictedPromotionQuotesTheWarning: the message quotes the text the
// law requires.
func TestRestrictedPromotionQuotesTheWarning(t *testing.T) {
	r := Check(Post{Caption: "#ad Staking made simple", Jurisdiction: DE, Category: Crypto})
	if assert.Len(t, r.Findings, 2, "%v", r.Findings) {
		for _, f := range r.Findings {
			if f.Rule == RuleRestrictedPromotion {
				assert.Contains(t, f.Message, `"`+micaStatement+`"`)
				assert.Equal(t, "eu-mica", f.Source)
			}
		}
	}
}

package disclosure

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRuleIncentivizedReview: a reward for a review, in every pack's
// languages; a gift with a request for an honest review is none.
func TestRuleIncentivizedReview(t *testing.T) {
	runRuleCases(t, RuleIncentivizedReview, []ruleCase{
		{why: "a 5-star review and a DM for a free serum", post: Post{Caption: "#ad leave a 5-star review and DM me for a free serum"}, want: []string{"review and DM me for a free"}},
		{why: "a review for a discount", post: Post{Caption: "#ad Write a review to get a discount on your next order"}, want: []string{"review to get a discount"}},
		{why: "a free product in exchange for a review", post: Post{Caption: "#ad Free samples in exchange for a review!"}, want: []string{"Free samples in exchange for a review"}},
		{why: "a positive review earns a voucher", post: Post{Caption: "#ad A positive review gets a voucher"}, want: []string{"positive review gets a voucher"}},
		{why: "a gift with a request for an honest review is none", post: Post{Caption: "#gifted Glow Co sent me this, honest review coming soon"}},
		{why: "review coming soon is none", post: Post{Caption: "#ad review coming soon!"}},
		{why: "France: un avis contre un code", post: Post{Caption: "Publicité Laissez un avis contre un code promo", Jurisdiction: FR}, want: []string{"avis contre un code"}},
		{why: "Germany: eine Bewertung gegen einen Gutschein", post: Post{Caption: "Werbung Eine Bewertung gegen einen Gutschein", Jurisdiction: DE}, want: []string{"Bewertung gegen einen Gutschein"}},
		{why: "Italy: una recensione in cambio di un omaggio", post: Post{Caption: "Pubblicità Una recensione in cambio di un omaggio", Jurisdiction: IT}, want: []string{"recensione in cambio di un omaggio"}},
		{why: "Spain: una reseña a cambio de un descuento", post: Post{Caption: "Publicidad Una reseña a cambio de un descuento", Jurisdiction: ES}, want: []string{"reseña a cambio de un descuento"}},
		{why: "Brazil: avaliação em troca de um brinde", post: Post{Caption: "#publi Avaliação em troca de um brinde", Jurisdiction: BR}, want: []string{"Avaliação em troca de um brinde"}},
	})
}

// TestIncentivizedReviewSource: the finding cites the rule of the post's
// jurisdiction.
func TestIncentivizedReviewSource(t *testing.T) {
	for _, row := range []struct {
		j    Jurisdiction
		want string
	}{{US, "ftc-16-cfr-465"}, {UK, "uk-dmcc-reviews"}, {IE, "eu-ucpd"}} {
		r := Check(Post{Caption: "#ad leave a review and get a free gift", Jurisdiction: row.j})
		if assert.NotEmpty(t, r.Findings, "%s", row.j) {
			assert.Equal(t, row.want, r.Findings[len(r.Findings)-1].Source, "%s", row.j)
		}
	}
}

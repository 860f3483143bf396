package disclosure

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRuleProhibitedPromotion: a category the jurisdiction bars, declared
// or read from a product word; the finding spans the word.
func TestRuleProhibitedPromotion(t *testing.T) {
	runRuleCases(t, RuleProhibitedPromotion, []ruleCase{
		{why: "France: nicotine pouches, read from the caption", post: Post{Caption: "Publicité Mes nouveaux sachets de nicotine préférés", Jurisdiction: FR}, want: []string{"sachets de nicotine"}},
		{why: "France: cosmetic surgery, declared", post: Post{Caption: "Publicité Ma nouvelle clinique", Jurisdiction: FR, Category: CosmeticProcedure}, want: []string{""}},
		{why: "France: botox in English words", post: Post{Caption: "Publicité Mon botox du mois", Jurisdiction: FR}, want: []string{"botox"}},
		{why: "France: a declared category wins over the text", post: Post{Caption: "Publicité Mon botox du mois", Jurisdiction: FR, Category: OtherCategory}},
		{why: "France: an organic post is no promotion", post: Post{Caption: "Mon botox du mois", Jurisdiction: FR, Connection: NoConnection}},
		{why: "Italy: a casino post", post: Post{Caption: "Pubblicità Stasera al casinò con voi", Jurisdiction: IT}, want: []string{"casinò"}},
		{why: "UK: a paid less-healthy food post is a warning for the exemption", post: Post{Caption: "#ad My new favourite snack", Jurisdiction: UK, Category: LessHealthyFood, Connection: Paid}, want: []string{""}},
		{why: "UK: less-healthy food is not read from words", post: Post{Caption: "#ad Chocolate cake for my birthday", Jurisdiction: UK}},
		{why: "France: crypto without the provider's PSAN registration is a warning to record it", post: Post{Caption: "Publicité J'achète du bitcoin sur Glow",
			Jurisdiction: FR}, want: []string{"bitcoin"}},
		{why: "France: crypto whose provider's PSAN registration is recorded meets the exemption", post: Post{Caption: "Publicité J'achète du bitcoin sur Glow",
			Jurisdiction: FR, Approval: "E2023-001"}},
		{why: "France: a recorded reference does not lift a ban without approval-exempts", post: Post{Caption: "Publicité Mon botox du mois",
			Jurisdiction: FR, Approval: "E2023-001"}, want: []string{"botox"}},
		{why: "US: no category line bars it", post: Post{Caption: "#ad My new vape", Jurisdiction: US}},
		{why: "a disclosed post for running shoes", post: Post{Caption: "#ad New running shoes for my morning 10k", Jurisdiction: FR}},
	})
}

// TestProhibitedPromotionFinding: the severity, message and source of the
// finding, and the category the report judged.
func TestProhibitedPromotionFinding(t *testing.T) {
	r := Check(Post{Caption: "Publicité Mes nouveaux sachets de nicotine", Jurisdiction: FR})
	assert.Equal(t, Nicotine, r.Category)
	if assert.NotNil(t, r.CategorySpan) {
		assert.Equal(t, "sachets de nicotine", "Publicité Mes nouveaux sachets de nicotine"[r.CategorySpan.Start:r.CategorySpan.End])
		assert.Equal(t, r.CategorySpan.Start-1, r.CategorySpan.StartUTF16, "the é before it is one UTF-16 unit and two bytes")
	}
	if assert.Len(t, r.Findings, 1) {
		f := r.Findings[0]
		assert.Equal(t, "error", f.Severity.String())
		assert.Contains(t, f.Message, "nicotine products")
		assert.Equal(t, "fr-loi-2023-451", f.Source)
	}
	r = Check(Post{Caption: "#ad My new favourite snack", Jurisdiction: UK, Category: LessHealthyFood, Connection: Paid})
	if assert.Len(t, r.Findings, 1) {
		f := r.Findings[0]
		assert.Equal(t, "warning", f.Severity.String())
		assert.Contains(t, f.Message, "fewer than 250 staff")
		assert.Equal(t, "uk-lhf-2026", f.Source)
	}
	r = Check(Post{Caption: "Publicité J'achète du bitcoin sur Glow", Jurisdiction: FR, Connection: Paid})
	for _, f := range r.Findings {
		if f.Rule == RuleProhibitedPromotion {
			assert.Equal(t, "warning", f.Severity.String())
			assert.Contains(t, f.Message, "(PSAN)\": record the registration as the post's approval reference")
		}
	}
}

package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDisclosureSection(t *testing.T) {
	c, err := loadSample()
	require.NoError(t, err)
	report, err := sectionText(disclosureSection, c)
	require.NoError(t, err)
	// Each row proves one post's verdict; the sample has one of each kind of problem.
	for _, row := range []string{
		"tess-liner-post     instagram  post    US            compliant      -",
		"tess-liner-story    instagram  story   FR            compliant      language-mismatch (warning)",
		"kevin-snack-review  tiktok     short   US            NOT compliant  vague-disclosure",
		"erin-night-shots    youtube    video   US            NOT compliant  below-fold",
		"max-serum-reel      instagram  reel    US            NOT compliant  undisclosed-editing, below-fold, buried-disclosure, unsubstantiated-claim (warning)",
		"max-serum-story     instagram  story   US            NOT compliant  missing-disclosure, undisclosed-editing",
		"tess-clinic-reel    instagram  reel    FR            NOT compliant  prohibited-promotion",
	} {
		assert.Contains(t, report, row)
	}
	// The clinic reel: French law bars influencers from paid promotion of
	// cosmetic procedures, which the caption's words show.
	assert.Contains(t, report, `tess-clinic-reel: category cosmetic-procedure, from "injections d'acide hyaluronique"`)
	assert.NotContains(t, report, `tess-clinic-reel: "`, "no caption makes a barred promotion compliant: Autofix suggests none")
	// The French post: "#ad" alone is clear to the FTC, not French enough
	// under Loi 2023-451.
	assert.Contains(t, report, "tess-liner-story: under FR rules compliant (language-mismatch (warning)); under US rules compliant (-)")
	assert.Contains(t, report, `tess-liner-story: "#publicité Ma routine eye-liner Glow Co`, "the French label replaces #ad")
	assert.Contains(t, report, `kevin-snack-review: "#sponsored Is the $15 Mickey pretzel`, "#spon is replaced and moved first")
	assert.Contains(t, report, `max-serum-story: "#ad Swipe for the serum that changed my skin ✨ #filtered"`)
	assert.NotContains(t, report, "tess-liner-post:", "a compliant post needs no suggestion")
}

func TestDisclosureSectionComparesWithUS(t *testing.T) {
	c := Campaign{Brand: "Glow Co", Creators: []Creator{{Posts: []Post{
		{ID: "de", Caption: "Neues Serum von Glow Co #glow #werbung", Jurisdiction: "DE"},
		{ID: "us", Caption: "New serum from Glow Co #glow #ad", Jurisdiction: "US"},
		{ID: "nl", Caption: "#ad nieuw serum", Jurisdiction: "NL"},
	}}}}
	report, err := sectionText(disclosureSection, c)
	require.NoError(t, err)
	assert.Contains(t, report, "de: under DE rules NOT compliant (buried-disclosure, not-upfront); under US rules NOT compliant (missing-disclosure)",
		"German rules bury a label among two trailing hashtags; US rules do not know Werbung")
	assert.NotContains(t, report, "  us: under", "a US post is not compared with itself")
	assert.NotContains(t, report, "  nl: under", "a post judged alike in both is not listed")
}

func TestDisclosureSectionRejectsUnknownJurisdiction(t *testing.T) {
	c := Campaign{Brand: "Glow Co", Creators: []Creator{{Posts: []Post{{ID: "p1", Caption: "#ad", Jurisdiction: "Atlantis"}}}}}
	err := disclosureSection(sectionWriter{&Section{}}, c)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "post p1")
	assert.Contains(t, err.Error(), "unknown jurisdiction")
}

// TestDisclosureSectionUsesConnection: a post carries the connection the
// creator declares, and the section checks its labels against it.
func TestDisclosureSectionUsesConnection(t *testing.T) {
	c, err := loadCampaign([]byte(`{"brand": "Glow Co", "creators": [{"platform": "instagram", "posts": [
		{"id": "paid-gifted", "format": "post", "connection": "paid", "caption": "#gifted new palette"},
		{"id": "organic", "format": "post", "connection": "none", "caption": "my morning coffee"}]}]}`), campaignSource{name: "test.json"})
	require.NoError(t, err)
	report, err := sectionText(disclosureSection, c)
	require.NoError(t, err)
	assert.Contains(t, report, "paid-gifted  instagram  post    US            NOT compliant  mismatched-disclosure", "a paid post labelled only #gifted")
	assert.Contains(t, report, "organic      instagram  post    US            compliant      -", "an organic post needs no label")
}

// TestDisclosureSectionShowsContentJudged: a post's restricted category
// (declared or read from the caption) and its alteration are listed with
// the verdict they lead to; a post with neither is not listed.
func TestDisclosureSectionShowsContentJudged(t *testing.T) {
	c, err := loadCampaign([]byte(`{"brand": "Glow Co", "creators": [{"platform": "instagram", "posts": [
		{"id": "uk-gin", "format": "post", "connection": "paid", "jurisdiction": "UK", "category": "alcohol",
		 "age_gated": true, "platform_label": true, "caption": "Ad | Summer gin with Glow Co"},
		{"id": "fr-puff", "format": "post", "connection": "paid", "jurisdiction": "FR",
		 "caption": "Publicité : ma nouvelle cigarette électronique Glow Co"},
		{"id": "uk-ai", "format": "post", "connection": "paid", "jurisdiction": "UK", "alteration": "generated",
		 "virtual_creator": true, "platform_label": true, "caption": "Ad | My new look with Glow Co"},
		{"id": "plain", "format": "post", "connection": "paid", "caption": "#ad New serum from Glow Co"}]}]}`),
		campaignSource{name: "test.json"})
	require.NoError(t, err)
	report, err := sectionText(disclosureSection, c)
	require.NoError(t, err)
	assert.Contains(t, report, "uk-gin   instagram  post    UK            compliant      -", "alcohol to adults only, labelled, passes in the UK")
	assert.Contains(t, report, "uk-gin: category alcohol (age-gated)", "a declared category has no words")
	assert.Contains(t, report, "fr-puff  instagram  post    FR            NOT compliant  prohibited-promotion", "no paid nicotine promotion in France")
	assert.Contains(t, report, `fr-puff: category nicotine, from "cigarette électronique"`, "the category read from the caption is shown, with its words")
	assert.Contains(t, report, "uk-ai: alteration generated; virtual creator")
	assert.Contains(t, report, "undisclosed-ai-content")
	assert.NotContains(t, report, "  plain:", "a post with neither is not listed")
}

// TestDisclosureSectionFinancialPromotion: a post's approval reference and
// its creator's followers reach the check: an approved UK crypto post with
// the FCA's warning passes, one without an approval does not, and a
// Spanish crypto post by a creator with 100,000 followers is told of the
// CNMV notice without failing.
func TestDisclosureSectionFinancialPromotion(t *testing.T) {
	const cnmv = "La inversión en criptoactivos no está regulada, puede no ser adecuada para inversores minoristas y perderse la totalidad del importe invertido."
	const mica = "This crypto-asset marketing communication has not been reviewed or approved by any competent authority in any Member State of the European Union. The offeror of the crypto-asset is solely responsible for the content of this crypto-asset marketing communication."
	const warning = "Don't invest unless you're prepared to lose all the money you invest. This is a high-risk investment and you should not expect to be protected if something goes wrong."
	c, err := loadCampaign([]byte(`{"brand": "Glow Co", "creators": [{"platform": "instagram", "followers": 100000, "posts": [
		{"id": "uk-approved", "format": "post", "connection": "paid", "jurisdiction": "UK", "platform_label": true,
		 "approval": "FRN 123456", "caption": "#ad Staking made simple with Glow Co. `+warning+`"},
		{"id": "uk-unapproved", "format": "post", "connection": "paid", "jurisdiction": "UK", "platform_label": true,
		 "caption": "#ad Staking made simple with Glow Co. `+warning+`"},
		{"id": "es-crypto", "format": "post", "connection": "paid", "jurisdiction": "ES", "platform_label": true,
		 "caption": "Publicidad Compra bitcoin en Glow Co. `+cnmv+` `+mica+`"}]}]}`), campaignSource{name: "test.json"})
	require.NoError(t, err)
	report, err := sectionText(disclosureSection, c)
	require.NoError(t, err)
	assert.Contains(t, report, "uk-approved    instagram  post    UK            compliant      -")
	assert.Contains(t, report, "uk-unapproved  instagram  post    UK            NOT compliant  restricted-promotion")
	assert.Contains(t, report, "es-crypto      instagram  post    ES            compliant      restricted-promotion (info)")
}

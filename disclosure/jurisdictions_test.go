package disclosure_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

const (
	languageMismatch = disclosure.RuleLanguageMismatch
)

// jurisdictionRows are hand-written captions for each jurisdiction's
// table: a clear, an ambiguous, a vague and a non-label of each, and the
// placement rules that differ. TestEveryTermIsFound covers every
// expansion of every row mechanically; these rows read like posts.
func jurisdictionRows() []captionRow {
	uk, de, fr, es, it, nl, ie := disclosure.UK, disclosure.DE, disclosure.FR, disclosure.ES, disclosure.IT, disclosure.NL, disclosure.IE
	glow := "Glow Co"
	return []captionRow{
		// UK (CAP/CMA Influencers' guide 2023).
		// Label words that are ordinary nouns count first on a line, not
		// inside a sentence, in every jurisdiction.
		{why: "UK: an advert in a sentence is no label", post: disclosure.Post{Caption: "I saw an advert for this serum", Jurisdiction: uk}, rules: []disclosure.Rule{missing}},
		{why: "UK: Advertorial names the format and is a label anywhere", post: disclosure.Post{Caption: "Advertorial: my skincare shelf", Jurisdiction: uk}, labels: []string{"clear paid Advertorial"}},
		{why: "IE: sponsored in a sentence is not even a vague label", post: disclosure.Post{Caption: "internationally sponsored projects", Jurisdiction: ie}, rules: []disclosure.Rule{missing}},
		{why: "DE: Werbung as an ordinary noun is no label", post: disclosure.Post{Caption: "Die Werbung im Fernsehen nervt", Jurisdiction: de}, rules: []disclosure.Rule{missing}},
		{why: "DE: an Anzeige placed in the paper is no label", post: disclosure.Post{Caption: "Ich habe eine Anzeige aufgegeben", Jurisdiction: de}, rules: []disclosure.Rule{missing}},
		{why: "DE: Werbung first on a later line is a label, not upfront", post: disclosure.Post{Caption: "Meine Morgenroutine\nWerbung", Jurisdiction: de}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid Werbung"}},
		{why: "DE: \"enthält Werbung\" is a label inside a sentence, upfront in the disclosure sentence that opens the caption (issue 12)", post: disclosure.Post{Caption: "Dieses Video enthält Werbung für @glowco", Jurisdiction: de}, labels: []string{"clear paid enthält Werbung"}},
		{why: "FR: la publicité as a topic is no label", post: disclosure.Post{Caption: "J'adore la publicité de ce parfum", Jurisdiction: fr}, rules: []disclosure.Rule{missing}},
		{why: "FR: Publicité first on a later line is a label", post: disclosure.Post{Caption: "Ma routine du matin\nPublicité", Jurisdiction: fr}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid Publicité"}},
		{why: "ES: la publicidad as a topic is no label", post: disclosure.Post{Caption: "Odio la publicidad en la tele", Jurisdiction: es}, rules: []disclosure.Rule{missing}},
		{why: "IT: la pubblicità as a topic is no label", post: disclosure.Post{Caption: "La pubblicità in TV è noiosa", Jurisdiction: it}, rules: []disclosure.Rule{missing}},
		{why: "NL: een reclame as a topic is no label", post: disclosure.Post{Caption: "Ik zag een reclame voor deze crème", Jurisdiction: nl}, rules: []disclosure.Rule{missing}},
		{why: "UK: #ad is clear", post: disclosure.Post{Caption: "#ad my skincare shelf", Jurisdiction: uk}, labels: []string{"clear paid #ad"}},
		{why: "UK: Advert is clear", post: disclosure.Post{Caption: "Advert: my skincare shelf", Jurisdiction: uk}, labels: []string{"clear paid Advert:"}},
		{why: "UK: Advertisement feature is clear", post: disclosure.Post{Caption: "Advertisement feature - my skincare shelf", Jurisdiction: uk}, labels: []string{"clear paid Advertisement feature"}},
		{why: "UK: Sponsored is risky", post: disclosure.Post{Caption: "Sponsored - my skincare shelf", Jurisdiction: uk}, rules: []disclosure.Rule{ambiguous}, labels: []string{"ambiguous paid Sponsored -"}},
		{why: "UK: #gifted is risky", post: disclosure.Post{Caption: "#gifted palette", Jurisdiction: uk}, rules: []disclosure.Rule{ambiguous}, labels: []string{"ambiguous gift #gifted"}},
		{why: "UK: #spon is inadequate", post: disclosure.Post{Caption: "#spon palette", Jurisdiction: uk}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #spon"}},
		{why: "UK: #sp is inadequate", post: disclosure.Post{Caption: "#sp palette", Jurisdiction: uk}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #sp"}},
		{why: "UK: \"in collaboration with\" is inadequate", post: disclosure.Post{Caption: "In collaboration with @glowco", Brand: glow, Jurisdiction: uk}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown In collaboration with @glowco"}},
		{why: "UK: \"thanks to\" is inadequate", post: disclosure.Post{Caption: "thanks to @glowco", Brand: glow, Jurisdiction: uk}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown thanks to @glowco"}},
		{why: "UK: #<brand>ambassador is inadequate", post: disclosure.Post{Caption: "#GlowCoAmbassador sunday", Brand: glow, Jurisdiction: uk}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #GlowCoAmbassador"}},
		{why: "UK: \"affiliate\" alone is inadequate", post: disclosure.Post{Caption: "affiliate links below", Jurisdiction: uk}, rules: []disclosure.Rule{vague}, labels: []string{"vague affiliate affiliate links"}},
		{why: "UK: an earnings statement is clear", post: disclosure.Post{Caption: "I earn a commission on purchases through these links", Jurisdiction: uk}, labels: []string{"clear affiliate I earn a commission"}},
		{why: "UK: \"not an ad\" is no label", post: disclosure.Post{Caption: "not an ad, just love it", Jurisdiction: uk}, rules: []disclosure.Rule{denied, missing}},

		// DE (Leitfaden der Medienanstalten 2024; OLG Celle 2017).
		{why: "DE: Werbung is clear", post: disclosure.Post{Caption: "Werbung | Mein neues Serum", Jurisdiction: de}, labels: []string{"clear paid Werbung |"}},
		{why: "DE: Anzeige is clear", post: disclosure.Post{Caption: "Anzeige: Mein neues Serum", Jurisdiction: de}, labels: []string{"clear paid Anzeige:"}},
		{why: "DE: #werbung is clear", post: disclosure.Post{Caption: "#werbung Mein neues Serum", Jurisdiction: de}, labels: []string{"clear paid #werbung"}},
		{why: "DE: the platform label in German is clear", post: disclosure.Post{Caption: "Bezahlte Werbepartnerschaft mit @glowco", Brand: glow, Jurisdiction: de}, labels: []string{"clear paid Bezahlte Werbepartnerschaft mit @glowco"}},
		{why: "DE: #ad is not understood by German consumers (LG Heilbronn 21 O 14/18): vague, an error (issue 12)", post: disclosure.Post{Caption: "#ad Mein neues Serum", Jurisdiction: de}, rules: []disclosure.Rule{vague}, labels: []string{"vague paid #ad"}},
		{why: "DE: \"in Kooperation mit\" is vague", post: disclosure.Post{Caption: "In Kooperation mit @glowco", Brand: glow, Jurisdiction: de}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown In Kooperation mit @glowco"}},
		{why: "DE: #kooperation is vague", post: disclosure.Post{Caption: "#kooperation Serum", Jurisdiction: de}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #kooperation"}},
		{why: "DE: \"keine Werbung\" is no label", post: disclosure.Post{Caption: "keine Werbung, selbst gekauft", Jurisdiction: de}, rules: []disclosure.Rule{denied, missing}},
		{why: "DE: Werbung among two hashtags at the end is buried (OLG Celle 2017)", post: disclosure.Post{Caption: "Mein neues Serum #glow #werbung", Jurisdiction: de},
			rules: []disclosure.Rule{buried, notUpfront}, labels: []string{"clear paid #werbung"}, span: "#werbung"},
		{why: "US: the same two hashtags are no run of three", post: disclosure.Post{Caption: "My new serum #glow #ad"},
			rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid #ad"}},
		{why: "DE: an English label alone is a language mismatch too", post: disclosure.Post{Caption: "Paid partnership with @glowco", Brand: glow, Jurisdiction: de},
			rules: []disclosure.Rule{languageMismatch}, labels: []string{"clear paid Paid partnership with @glowco"}},

		{why: "DE: an affiliate statement in German is clear", post: disclosure.Post{Caption: "Ich erhalte eine kleine Provision, wenn du über diese Links kaufst", Jurisdiction: de},
			labels: []string{"clear affiliate Ich erhalte eine kleine Provision"}},
		{why: "DE: the same statement in English is clear but not in German", post: disclosure.Post{Caption: "I earn a commission from purchases through these links", Jurisdiction: de},
			rules: []disclosure.Rule{languageMismatch}, labels: []string{"clear affiliate I earn a commission"}},
		{why: "DE: a bare Provisions-Link is ambiguous", post: disclosure.Post{Caption: "Provisions-Link: Serum", Jurisdiction: de}, rules: []disclosure.Rule{ambiguous}, labels: []string{"ambiguous affiliate Provisions-Link"}},

		// FR (Loi 2023-451 art. 5).
		{why: "FR: Publicité is clear", post: disclosure.Post{Caption: "Publicité - mon nouveau sérum", Jurisdiction: fr}, labels: []string{"clear paid Publicité -"}},
		{why: "FR: Collaboration commerciale is clear", post: disclosure.Post{Caption: "Collaboration commerciale avec @glowco : mon sérum", Brand: glow, Jurisdiction: fr},
			labels: []string{"clear paid Collaboration commerciale avec @glowco"}},
		{why: "FR: #ad alone is clear but in English: language-mismatch", post: disclosure.Post{Caption: "#ad mon nouveau sérum", Jurisdiction: fr},
			rules: []disclosure.Rule{languageMismatch}, labels: []string{"clear paid #ad"}, span: "#ad"},
		{why: "FR: an English label beside the French one is fine", post: disclosure.Post{Caption: "#ad #publicité mon nouveau sérum", Jurisdiction: fr},
			labels: []string{"clear paid #ad", "clear paid #publicité"}},
		{why: "FR: sponsorisé is ambiguous", post: disclosure.Post{Caption: "Sponsorisé par @glowco", Brand: glow, Jurisdiction: fr}, rules: []disclosure.Rule{ambiguous}, labels: []string{"ambiguous paid Sponsorisé par @glowco"}},
		{why: "FR: en partenariat avec is vague", post: disclosure.Post{Caption: "En partenariat avec @glowco", Brand: glow, Jurisdiction: fr}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown En partenariat avec @glowco"}},
		{why: "FR: \"pas sponsorisé\" is no label", post: disclosure.Post{Caption: "pas sponsorisé, je l'adore", Jurisdiction: fr}, rules: []disclosure.Rule{denied, missing}},
		{why: "FR: Images retouchées discloses an edit", post: disclosure.Post{Caption: "Publicité mon teint. Images retouchées", Edited: true, Jurisdiction: fr}, labels: []string{"clear paid Publicité"}},
		{why: "FR: Images virtuelles discloses a generated image", post: disclosure.Post{Caption: "Publicité mon teint. Images virtuelles", Alteration: disclosure.Generated, Jurisdiction: fr}, labels: []string{"clear paid Publicité"}},
		{why: "FR: image(s) retouchée(s) as the API writes it", post: disclosure.Post{Caption: "Publicité mon teint. Image(s) retouchée(s)", Edited: true, Jurisdiction: fr}, labels: []string{"clear paid Publicité"}},
		{why: "FR: #filtered does not satisfy the French law", post: disclosure.Post{Caption: "Publicité mon teint #filtered", Edited: true, Jurisdiction: fr},
			rules: []disclosure.Rule{editing}, labels: []string{"clear paid Publicité"}},
		{why: "US: #filtered does", post: disclosure.Post{Caption: "#ad my glow #filtered", Edited: true}, labels: []string{"clear paid #ad"}},

		{why: "FR: an affiliate statement in French is clear", post: disclosure.Post{Caption: "Je touche une petite commission sur les achats via ces liens", Jurisdiction: fr},
			labels: []string{"clear affiliate Je touche une petite commission"}},

		// ES (Código de conducta AEA/Autocontrol 2020).
		{why: "ES: publi is clear", post: disclosure.Post{Caption: "#publi mi sérum favorito", Jurisdiction: es}, labels: []string{"clear paid #publi"}},
		{why: "ES: publicidad is clear", post: disclosure.Post{Caption: "Publicidad: mi sérum favorito", Jurisdiction: es}, labels: []string{"clear paid Publicidad:"}},
		{why: "ES: patrocinado por <marca> is clear", post: disclosure.Post{Caption: "Patrocinado por @glowco", Brand: glow, Jurisdiction: es}, labels: []string{"clear paid Patrocinado por @glowco"}},
		{why: "ES: en colaboración con <marca> is clear", post: disclosure.Post{Caption: "En colaboración con @glowco", Brand: glow, Jurisdiction: es}, labels: []string{"clear paid En colaboración con @glowco"}},
		{why: "ES: gracias a <marca> is vague since the 2025 code", post: disclosure.Post{Caption: "Gracias a @glowco por este sérum", Brand: glow, Jurisdiction: es}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown Gracias a @glowco"}},
		{why: "ES: #colab is vague", post: disclosure.Post{Caption: "#colab sérum", Jurisdiction: es}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #colab"}},
		{why: "ES: #patrocinado alone is ambiguous", post: disclosure.Post{Caption: "#patrocinado sérum", Jurisdiction: es}, rules: []disclosure.Rule{ambiguous}, labels: []string{"ambiguous paid #patrocinado"}},
		{why: "ES: \"no patrocinado\" is no label", post: disclosure.Post{Caption: "no patrocinado, me encanta", Jurisdiction: es}, rules: []disclosure.Rule{denied, missing}},
		{why: "ES: #ad alone is a language mismatch", post: disclosure.Post{Caption: "#ad mi sérum", Jurisdiction: es}, rules: []disclosure.Rule{languageMismatch}, labels: []string{"clear paid #ad"}},

		{why: "ES: an affiliate statement in Spanish is clear", post: disclosure.Post{Caption: "Recibo una pequeña comisión si compras con estos enlaces", Jurisdiction: es},
			labels: []string{"clear affiliate Recibo una pequeña comisión"}},

		// IT (IAP Digital Chart).
		{why: "IT: Pubblicità is clear", post: disclosure.Post{Caption: "Pubblicità - il mio siero", Jurisdiction: it}, labels: []string{"clear paid Pubblicità -"}},
		{why: "IT: Advertising is clear", post: disclosure.Post{Caption: "#advertising il mio siero", Jurisdiction: it}, labels: []string{"clear paid #advertising"}},
		{why: "IT: Sponsorizzato da is clear", post: disclosure.Post{Caption: "Sponsorizzato da @glowco", Brand: glow, Jurisdiction: it}, labels: []string{"clear paid Sponsorizzato da @glowco"}},
		{why: "IT: #prodottofornitoda is a clear gift label", post: disclosure.Post{Caption: "#prodottofornitoda @glowco il mio siero", Brand: glow, Jurisdiction: it}, labels: []string{"clear gift #prodottofornitoda"}},
		{why: "IT: Sponsored alone is ambiguous", post: disclosure.Post{Caption: "Sponsored il mio siero", Jurisdiction: it}, rules: []disclosure.Rule{ambiguous}, labels: []string{"ambiguous paid Sponsored"}},
		{why: "IT: grazie a <marca> is vague", post: disclosure.Post{Caption: "Grazie a @glowco", Brand: glow, Jurisdiction: it}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown Grazie a @glowco"}},
		{why: "IT: \"non sponsorizzato\" is no label", post: disclosure.Post{Caption: "non sponsorizzato, lo adoro", Jurisdiction: it}, rules: []disclosure.Rule{denied, missing}},
		{why: "IT: a label as the third hashtag is within the first three", post: disclosure.Post{Caption: "#siero #glow #adv il mio siero", Jurisdiction: it}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid #adv"}},
		{why: "IT: a label as the fourth hashtag is buried", post: disclosure.Post{Caption: "#siero #glow #pelle #adv il mio siero", Jurisdiction: it},
			rules: []disclosure.Rule{buried, notUpfront}, labels: []string{"clear paid #adv"}, span: "#adv"},

		{why: "IT: an affiliate statement in Italian is clear", post: disclosure.Post{Caption: "Ricevo una piccola commissione sugli acquisti da questi link", Jurisdiction: it},
			labels: []string{"clear affiliate Ricevo una piccola commissione"}},

		// NL (Reclamecode Social Media 2022).
		{why: "NL: #spon is clear", post: disclosure.Post{Caption: "#spon mijn serum", Jurisdiction: nl}, labels: []string{"clear paid #spon"}},
		{why: "NL: #collab is clear", post: disclosure.Post{Caption: "#collab mijn serum", Jurisdiction: nl}, labels: []string{"clear paid #collab"}},
		{why: "NL: #adv is clear", post: disclosure.Post{Caption: "#adv mijn serum", Jurisdiction: nl}, labels: []string{"clear paid #adv"}},
		{why: "NL: #gifted is ambiguous", post: disclosure.Post{Caption: "#gifted mijn serum", Jurisdiction: nl}, rules: []disclosure.Rule{ambiguous}, labels: []string{"ambiguous gift #gifted"}},
		{why: "NL: #sp is vague", post: disclosure.Post{Caption: "#sp mijn serum", Jurisdiction: nl}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #sp"}},
		{why: "NL: \"geen reclame\" is no label", post: disclosure.Post{Caption: "geen reclame, zelf gekocht", Jurisdiction: nl}, rules: []disclosure.Rule{denied, missing}},

		{why: "NL: an affiliate statement in Dutch is clear", post: disclosure.Post{Caption: "Ik ontvang een kleine commissie via deze links", Jurisdiction: nl},
			labels: []string{"clear affiliate Ik ontvang een kleine commissie"}},

		// IE (ASAI/CCPC 2023).
		{why: "IE: #gifted is a primary label", post: disclosure.Post{Caption: "#gifted new palette", Jurisdiction: ie}, labels: []string{"clear gift #gifted"}},
		{why: "IE: #ad is a primary label", post: disclosure.Post{Caption: "#ad new palette", Jurisdiction: ie}, labels: []string{"clear paid #ad"}},
		{why: "IE: #sponsored alone is not enough", post: disclosure.Post{Caption: "#sponsored new palette", Jurisdiction: ie}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #sponsored"}},
		{why: "IE: #sponsored with a primary label is fine", post: disclosure.Post{Caption: "#ad #sponsored new palette", Jurisdiction: ie}, labels: []string{"clear paid #ad", "vague unknown #sponsored"}},
		{why: "IE: #collab only with a primary label", post: disclosure.Post{Caption: "#collab new palette", Jurisdiction: ie}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #collab"}},
		{why: "IE: a bare affiliate link is vague: #Affiliate is a secondary label", post: disclosure.Post{Caption: "affiliate link below", Jurisdiction: ie}, rules: []disclosure.Rule{vague}, labels: []string{"vague affiliate affiliate link"}},
		{why: "IE: \"not sponsored\" is no label", post: disclosure.Post{Caption: "not sponsored, love it", Jurisdiction: ie}, rules: []disclosure.Rule{denied, missing}},
	}
}

func TestCheckJurisdictions(t *testing.T) {
	for _, row := range jurisdictionRows() {
		t.Run(row.why, func(t *testing.T) {
			r := checkCaptionRow(t, row)
			for _, f := range r.Findings {
				assert.NotEqual(t, disclosure.RuleJurisdictionFallback, f.Rule, "every declared jurisdiction has its own tables")
			}
		})
	}
}

// TestSameCaptionDiffersByJurisdiction is issue 6's point: one caption,
// compliant under one jurisdiction's rules and not under another's.
func TestSameCaptionDiffersByJurisdiction(t *testing.T) {
	rows := []struct {
		why       string
		caption   string
		compliant map[disclosure.Jurisdiction]bool
		rules     map[disclosure.Jurisdiction][]disclosure.Rule
	}{
		{why: "#spon: vague in the US and UK, clear in the Netherlands", caption: "#spon new serum",
			compliant: map[disclosure.Jurisdiction]bool{disclosure.US: false, disclosure.UK: false, disclosure.NL: true}},
		{why: "#gifted: risky in the UK, a primary label in Ireland", caption: "#gifted new palette",
			rules: map[disclosure.Jurisdiction][]disclosure.Rule{disclosure.UK: {ambiguous}, disclosure.IE: nil}},
		{why: "#sponsored: clear in the US, secondary in Ireland", caption: "#sponsored new palette",
			compliant: map[disclosure.Jurisdiction]bool{disclosure.US: true, disclosure.IE: false}},
		{why: "\"#publi\": clear in Spain, no label in the US", caption: "#publi el sérum",
			compliant: map[disclosure.Jurisdiction]bool{disclosure.ES: true, disclosure.US: false}},
		{why: "a label third in a run of three: buried under the FTC's run rule, within Italy's first three hashtags", caption: "#a #b #ad text",
			rules: map[disclosure.Jurisdiction][]disclosure.Rule{disclosure.US: {buried, notUpfront}, disclosure.IT: {notUpfront}}},
		{why: "a label fourth of four hashtags: buried in the US and in Italy", caption: "#a #b #c #ad text",
			rules: map[disclosure.Jurisdiction][]disclosure.Rule{disclosure.US: {buried, notUpfront}, disclosure.IT: {buried, notUpfront}}},
		{why: "#ad among two trailing hashtags: buried in Germany only", caption: "Mein Serum #glow #werbung #ad",
			rules: map[disclosure.Jurisdiction][]disclosure.Rule{disclosure.DE: {buried, notUpfront}}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			for j, want := range row.compliant {
				assert.Equal(t, want, disclosure.Check(disclosure.Post{Caption: row.caption, Brand: "Glow Co", Jurisdiction: j}).Compliant(), "%s", j)
			}
			for j, want := range row.rules {
				assert.Equal(t, want, ruleList(disclosure.Check(disclosure.Post{Caption: row.caption, Brand: "Glow Co", Jurisdiction: j})), "%s", j)
			}
		})
	}
}

// TestAutofixJurisdictions: Autofix is idempotent under every
// jurisdiction's tables, and a caption whose only errors are placement
// ones comes out compliant, with the jurisdiction's own label.
func TestAutofixJurisdictions(t *testing.T) {
	for _, row := range jurisdictionRows() {
		fixed := row.post
		fixed.Caption = disclosure.Autofix(row.post)
		again := fixed
		again.Caption = disclosure.Autofix(fixed)
		assert.Equal(t, fixed.Caption, again.Caption, "idempotent: %s", row.why)
		placementOnly := true
		for _, f := range disclosure.Check(row.post).Findings {
			if f.Severity == influencekit.SeverityError && !placementRules[f.Rule] {
				placementOnly = false
			}
		}
		if placementOnly {
			r := disclosure.Check(fixed)
			assert.True(t, r.Compliant(), "%s: %q became %q with %v", row.why, row.post.Caption, fixed.Caption, ruleList(r))
		}
	}
	for _, c := range []struct {
		j        disclosure.Jurisdiction
		in, want string
	}{
		{disclosure.DE, "neues Serum", "Werbung neues Serum"},
		{disclosure.FR, "nouveau sérum", "Publicité nouveau sérum"},
		{disclosure.FR, "#ad nouveau sérum", "#publicité nouveau sérum"},
		{disclosure.ES, "nuevo sérum", "Publicidad nuevo sérum"},
		{disclosure.IT, "nuovo siero", "Pubblicità nuovo siero"},
		{disclosure.DE, "Serum #glow #werbung", "#werbung Serum #glow"},
	} {
		assert.Equal(t, c.want, disclosure.Autofix(disclosure.Post{Caption: c.in, Jurisdiction: c.j}), "%s %q", c.j, c.in)
	}
	edited := disclosure.Post{Caption: "Publicité mon teint", Edited: true, Jurisdiction: disclosure.FR}
	assert.Equal(t, "Publicité mon teint Images retouchées", disclosure.Autofix(edited), "the French editing label")
}

package disclosure

import "slices"

// itTerms is the Italian table: the IAP "Digital Chart" (Istituto
// dell'Autodisciplina Pubblicitaria, 2016, revised 2023) on influencer
// marketing, art. 2 ("Pubblicità/Advertising", "Sponsorizzato da/Sponsored
// by", "Promosso da/Promoted by", "in collaborazione con",
// "#prodottofornitoda" for a supplied product, within the first three
// hashtags), per it-iap-digital-chart, and AGCOM's guidelines
// (it-agcom-2024). Checked against them for issue 12: "prodotto inviato
// da" and a gift or payment said plainly in Italian are clear.
var itTerms = termTable{
	jurisdiction: IT,
	authority:    "Italian IAP Digital Chart",
	source:       "it-iap-digital-chart",
	defaultLabel: "Pubblicità",
	editingLabel: "#ritoccata",
	language:     "it",
	// it-iap-digital-chart art. 2: a hashtag label must be one of the first
	// three hashtags.
	maxTagsBefore: 3,
	terms: slices.Concat([]termRow{
		// Clear (it-iap-digital-chart, art. 2). The Chart lists
		// the English "Advertising", "Sponsored by" and "#ad" beside the
		// Italian ones, so they carry no language.
		// "pubblicità" and "advertising" are ordinary nouns too ("la
		// pubblicità in TV"): labels at the start of a line, followed by
		// a separator, in brackets or as hashtags.
		{pattern: "#pubblicità|#pubblicita|#advertising|#ad|#adv", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "pubblicità|pubblicita|advertising", kind: termLabel, clarity: Clear, connection: Paid, position: lineStart},
		// The same word closing the text after a comma is a late label.
	}, trailingLabelRows("pubblicità|pubblicita", Clear, Paid, "", ""), []termRow{
		{pattern: "pubblicità|pubblicita|advertising|ad " + separators, kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "pubblicità|pubblicita|advertising|ad |", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "[|( pubblicità|pubblicita|advertising|ad ]|)", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "sponsorizzato|sponsorizzata|promosso|promossa da {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "it"},
		{pattern: "sponsored|promoted by {brand}", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "#sponsorizzato|#sponsorizzata|#sponsoredby|#sponsored", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "in collaborazione con {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "it"},
		{pattern: "#prodottofornitoda", kind: termLabel, clarity: Clear, connection: Gift, lang: "it"},
		{pattern: "prodotto fornito da {brand}", kind: termLabel, clarity: Clear, connection: Gift, lang: "it"},
		{pattern: "paid partnership", kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},
		{pattern: "paid partnership with {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},

		// Ambiguous.
		{pattern: "sponsored|advertisement", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "Pubblicità", lang: "en", position: lineStart},
		{pattern: "advertisement " + separators, kind: termLabel, clarity: Ambiguous, connection: Paid, lang: "en"},
		{pattern: "#gifted|#regalo|#omaggio", kind: termLabel, clarity: Ambiguous, connection: Gift, fix: "#prodottofornitoda"},
		{pattern: "link affiliati|affiliato", kind: termLabel, clarity: Ambiguous, connection: Affiliate, lang: "it"},

		// Affiliate links: the creator says they earn a commission (Digital
		// Chart art. 2 covers affiliate marketing).
		{pattern: "ricevo|riceviamo|guadagno|guadagniamo|percepisco una piccola? commissione|provvigione", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "it"},

		// Vague.
		{pattern: "#sp|#spon|#collab|#collaborazione|#partner|#grazie", kind: termLabel, clarity: Vague, fix: "#pubblicità"},
		{pattern: "grazie a {brand}", kind: termLabel, clarity: Vague},

		// Not labels.
		{pattern: "non sponsorizzato|sponsorizzata", kind: termNotLabel},
		{pattern: "nessuna|niente pubblicità|pubblicita|sponsorizzazione", kind: termNotLabel},
		{pattern: "#nonsponsorizzato|#senzafiltri|#senzafiltro", kind: termNotLabel},
		{pattern: "senza filtri|filtro|ritocchi", kind: termNotLabel},

		// Editing disclosed in Italian.
		{pattern: "#ritoccata|#ritoccato|#filtro|#confiltro", kind: termEditing},
		{pattern: "foto|immagine|immagini ritoccata|ritoccate|modificata|modificate", kind: termEditing},
		{pattern: "ritoccata|ritoccato|ritoccate", kind: termEditing},
	}, statementRows("it"), englishSponsoredRows(Ambiguous), englishAffiliateRows, englishAffiliateMentionRows, englishDenialRows, englishEditingRows, englishClaimRows),
}

// itTerms is compared with its pack by TestPacksReproduceTheTables.

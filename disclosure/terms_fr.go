package disclosure

import "slices"

// frTerms is the French table: Loi n° 2023-451 du 9 juin 2023 visant à
// encadrer l'influence commerciale, article 5 (the mention "Publicité" or
// "Collaboration commerciale", clear, legible and identifiable, in
// French) and article 5 II ("Images retouchées" for images whose
// silhouette or face was edited, "Images virtuelles" for generated
// ones), per fr-loi-2023-451; the ARPP Recommandation "Communication
// publicitaire digitale" (arpp-digital). Checked against them for issue
// 12: a gift said plainly ("X m'a offert", "produit offert par X") states
// the commercial link and is clear; "#pub" and "sponsorisé" stay
// ambiguous, since the law names only its two mentions.
var frTerms = termTable{
	jurisdiction: FR,
	authority:    "French (Loi 2023-451)",
	source:       "fr-loi-2023-451",
	defaultLabel: "Publicité",
	editingLabel: "Images retouchées",
	language:     "fr",
	terms: slices.Concat([]termRow{
		// Clear and required: "Publicité", "Collaboration commerciale"
		// (fr-loi-2023-451, art. 5). Accents are often dropped.
		// "publicité" is an ordinary noun too ("la publicité à la télé"):
		// a label at the start of a line, followed by a separator, in
		// brackets or as a hashtag.
		{pattern: "#publicité|#publicite", kind: termLabel, clarity: Clear, connection: Paid, lang: "fr"},
		{pattern: "publicité|publicite", kind: termLabel, clarity: Clear, connection: Paid, lang: "fr", position: lineStart},
		// The same word closing the text after a comma is a late label.
	}, trailingLabelRows("publicité|publicite", Clear, Paid, "fr", ""), []termRow{
		{pattern: "publicité|publicite " + separators, kind: termLabel, clarity: Clear, connection: Paid, lang: "fr"},
		{pattern: "publicité|publicite |", kind: termLabel, clarity: Clear, connection: Paid, lang: "fr"},
		{pattern: "[|( publicité|publicite ]|)", kind: termLabel, clarity: Clear, connection: Paid, lang: "fr"},
		{pattern: "collaboration commerciale", kind: termLabel, clarity: Clear, connection: Paid, lang: "fr"},
		{pattern: "collaboration commerciale avec {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "fr"},
		{pattern: "#collaborationcommerciale", kind: termLabel, clarity: Clear, connection: Paid, lang: "fr"},

		// English labels are clear to the FTC but not in French: the law
		// asks for the French mention (language-mismatch).
		{pattern: "#ad|#ads|#advertisement|#sponsored|#paidpartnership", kind: termLabel, clarity: Clear, connection: Paid, fix: "#publicité", lang: "en"},
		{pattern: "ad " + separators, kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},
		{pattern: "advertisement|sponsored", kind: termLabel, clarity: Clear, connection: Paid, fix: "Publicité", lang: "en", position: lineStart},
		{pattern: "advertisement " + separators, kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},
		{pattern: "paid partnership", kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},
		{pattern: "paid partnership|sponsored with|by {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},

		// Ambiguous: abbreviations and gifts in other words than the law's
		// (arpp-digital accepted "#pub", the law names only the two mentions).
		{pattern: "#pub|#sponso|#sponsorisé|#sponsorise", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "#publicité", lang: "fr"},
		{pattern: "sponsorisé|sponsorise|sponsorisée|sponsorisee", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "Publicité", lang: "fr", position: lineStart},
		{pattern: "sponsorisé|sponsorise|sponsorisée|sponsorisee par", kind: termLabel, clarity: Ambiguous, connection: Paid, lang: "fr"},
		{pattern: "sponsorisé|sponsorise|sponsorisée|sponsorisee par {brand}", kind: termLabel, clarity: Ambiguous, connection: Paid, lang: "fr"},
		{pattern: "produit|produits offert|offerts par {brand}", kind: termLabel, clarity: Clear, connection: Gift, lang: "fr"},
		{pattern: "#offert|#cadeau|#gifted", kind: termLabel, clarity: Ambiguous, connection: Gift},
		{pattern: "lien|liens affilié|affiliés|affilie|affilies", kind: termLabel, clarity: Ambiguous, connection: Affiliate, lang: "fr"},

		// Affiliate links: saying the creator earns a commission is a clear
		// statement of the commercial link (fr-loi-2023-451 art. 5 covers
		// affiliation; arpp-digital), here in French.
		{pattern: "je|nous touche|touchons|perçois|percevons|reçois|recevons une petite? commission|rémunération", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "fr"},

		// Vague: "en partenariat avec", "merci à", "#collab", "#partenariat".
		{pattern: "#sp|#spon|#collab|#partenariat|#partenaire|#merci", kind: termLabel, clarity: Vague, fix: "#publicité"},
		{pattern: "en partenariat|collaboration avec {brand}", kind: termLabel, clarity: Vague},
		{pattern: "merci à|a {brand}", kind: termLabel, clarity: Vague},

		// Not labels.
		{pattern: "pas|non sponsorisé|sponsorise|sponsorisée|sponsorisee", kind: termNotLabel},
		{pattern: "pas de publicité|publicite|pub|partenariat", kind: termNotLabel},
		{pattern: "#nonsponsorisé|#passponsorisé|#paspub|#sansfiltre|#nofilter", kind: termNotLabel},
		{pattern: "sans filtre|retouche|retouches", kind: termNotLabel},

		// "Images retouchées" and "Images virtuelles" (fr-loi-2023-451 art. 5
		// II), singular or plural, with or without accents. The English
		// "#filtered" does not satisfy the French law.
		{pattern: "image|images retouchée|retouchées|retouchee|retouchees|virtuelle|virtuelles", kind: termEditing},
		{pattern: "image ( s ) retouchée|retouchee|virtuelle ( s )", kind: termEditing},
		{pattern: "photo|photos retouchée|retouchées|retouchee|retouchees", kind: termEditing},
		{pattern: "#imagesretouchées|#imagesretouchees|#imageretouchée|#imagesvirtuelles|#imagevirtuelle", kind: termEditing},
	}, statementRows("fr"), englishSponsoredRows(Clear), englishAffiliateRows, englishAffiliateMentionRows, englishDenialRows, englishClaimRows),
}

// frTerms is compared with its pack by TestPacksReproduceTheTables.

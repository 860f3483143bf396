package disclosure

import "slices"

// nlTerms is the Dutch table: the "Reclamecode Social Media & Influencer
// Marketing" (RSM, Stichting Reclame Code, 2019, revised 2022), art. 4 and
// its annex of labels ("#ad", "#adv", "#spon", "#sponsored", "#collab",
// "advertentie", "reclame", "in samenwerking met"), and the Commissariaat
// voor de Media's influencer rules (2022), per nl-reclamecode-sm. Checked
// against it for issue 12: "cadeau gekregen van", "persreis" and a
// payment said plainly are clear (nlStatementRows). Dutch
// followers are held to understand these English hashtags, so the table
// asks for no particular language.
var nlTerms = termTable{
	jurisdiction: NL,
	authority:    "Dutch Reclame Code",
	source:       "nl-reclamecode-sm",
	defaultLabel: "#ad",
	editingLabel: "#bewerkt",
	terms: slices.Concat([]termRow{
		// Clear (nl-reclamecode-sm annex: "#spon", "#collab", "#adv").
		{pattern: "#ad|#adv|#advertentie|#reclame|#spon|#sponsored|#gesponsord|#collab|#samenwerking|#betaaldesamenwerking", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "ad|adv|advertentie|reclame|gesponsord|advertisement " + separators, kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "ad|adv|advertentie|reclame|gesponsord|advertisement |", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "[|( ad|adv|advertentie|reclame|spon|sponsored ]|)", kind: termLabel, clarity: Clear, connection: Paid},
		// The bare words are ordinary words too ("ik zag een reclame
		// voor"): labels at the start of a line, followed by a separator,
		// in brackets, as hashtags or in phrases.
		{pattern: "advertentie|reclame|gesponsord|sponsored|advertisement", kind: termLabel, clarity: Clear, connection: Paid, position: lineStart},
		// The same word closing the text after a comma is a late label.
	}, trailingLabelRows("advertentie|reclame", Clear, Paid, "", ""), []termRow{
		{pattern: "gesponsord door", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "in samenwerking met {brand}", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "betaalde samenwerking|partnerschap", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "betaalde samenwerking|partnerschap met {brand}", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "gesponsord|sponsored door|by {brand}", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "paid partnership", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "paid partnership with {brand}", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "gekregen|ontvangen van {brand}", kind: termLabel, clarity: Clear, connection: Gift},
		{pattern: "#gekregen|#kado|#cadeau", kind: termLabel, clarity: Clear, connection: Gift},

		// Affiliate links: the creator says they earn a commission (RSM
		// 2022 art. 3: any relevant relationship, affiliate links included).
		{pattern: "ik|wij ontvang|ontvangen|krijg|krijgen een kleine? commissie|vergoeding|provisie", kind: termLabel, clarity: Clear, connection: Affiliate},

		// Ambiguous.
		{pattern: "#gifted|#giftedby|#prgift", kind: termLabel, clarity: Ambiguous, connection: Gift},

		// Vague: a bare thanks or partner tag says nothing about payment.
		{pattern: "#sp|#partner|#ambassador|#thanks|#bedankt|#dankjewel", kind: termLabel, clarity: Vague, fix: "#ad"},
		{pattern: "bedankt|dankjewel|dank je wel {brand}", kind: termLabel, clarity: Vague},

		// Not labels.
		{pattern: "geen reclame|advertentie|sponsoring", kind: termNotLabel},
		{pattern: "niet gesponsord|betaald", kind: termNotLabel},
		{pattern: "#geenreclame|#nietgesponsord", kind: termNotLabel},

		// Editing disclosed in Dutch.
		{pattern: "#bewerkt|#geretoucheerd|#gefilterd", kind: termEditing},
		{pattern: "bewerkt|geretoucheerd|gefilterd", kind: termEditing},
	}, statementRows("nl"), englishSponsoredRows(Clear), englishAffiliateRows, englishAffiliateMentionRows, englishDenialRows, englishEditingRows, englishClaimRows),
	brandTags: []brandTagRow{
		{suffix: "partner", clarity: Clear, connection: Paid},
		{suffix: "ambassador", clarity: Clear, connection: Paid},
		{suffix: "ad", clarity: Clear, connection: Paid},
		{suffix: "sponsored", clarity: Clear, connection: Paid},
	},
}

// nlTerms is compared with its pack by TestPacksReproduceTheTables.

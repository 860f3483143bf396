package disclosure

import "slices"

// ukTerms is the UK table: the CAP/CMA "Influencers' guide to making clear
// that ads are ads" (asa-influencers-guide) and the CAP Code rules 2.1
// and 2.4, "obviously identifiable" (cap-code). Checked against the guide
// for issue 12: "in association with" joins the inadequate phrases, and a
// paid post labelled only "#gifted" is mismatched (#gifted only where
// nothing was paid and the brand had no control).
var ukTerms = termTable{
	jurisdiction:  UK,
	authority:     "UK ASA/CMA",
	source:        "asa-influencers-guide",
	claimCitation: "CAP Code rule 3.7",
	claimSource:   "cap-code",
	defaultLabel:  "#ad",
	editingLabel:  "#filtered",
	language:      "en",
	terms: slices.Concat([]termRow{
		// Clear: "#ad", "Ad", "Advert", "Advertisement", "Advertisement
		// feature" (asa-influencers-guide, "What labels should I use?").
		{pattern: "#ad|#ads|#advert|#advertisement|#advertisementfeature|#advertising|#paidad", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "ad|advert|advertisement " + separators, kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "ad|advert|advertisement |", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "[|( ad|advert|advertisement ]|)", kind: termLabel, clarity: Clear, connection: Paid},
		// "Advert" and "Advertisement" are ordinary nouns too ("I saw an
		// advert for it"): labels at the start of a line; "Advertorial"
		// names the format itself and is a label anywhere.
		{pattern: "ad|advert|advertisement", kind: termLabel, clarity: Clear, connection: Paid, position: lineStart},
		// The same word closing the text after a comma is a late label.
	}, trailingLabelRows("ad|advert|advertisement", Clear, Paid, "", ""), []termRow{
		{pattern: "advertorial", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "advertisement feature|promotion", kind: termLabel, clarity: Clear, connection: Paid},
		// The platform's own paid-partnership label (asa-influencers-guide: the tool helps, "#ad" upfront is still recommended).
		{pattern: "paid partnership|promotion|post|ad", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "paid partnership with {brand}", kind: termLabel, clarity: Clear, connection: Paid},
	}, englishAdStatementRows, []termRow{
		{pattern: "paid by {brand}", kind: termLabel, clarity: Clear, connection: Paid},

		// Ambiguous: "Sponsored" and "#gifted" are risky (asa-influencers-guide: labels other than "Ad" may not make the commercial intent
		// clear, per asa-influencers-guide).
		{pattern: "#sponsored|#sponsoredpost", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "#ad"},
		{pattern: "sponsored", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "#ad", position: lineStart},
		{pattern: "[|( sponsored ]|)", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "#ad"},
		{pattern: "sponsored by {brand}", kind: termLabel, clarity: Ambiguous, connection: Paid},
		{pattern: "#gifted|#giftedby|#prgift", kind: termLabel, clarity: Ambiguous, connection: Gift, giftClear: true},
		{pattern: "gifted by {brand}", kind: termLabel, clarity: Ambiguous, connection: Gift, giftClear: true},

		// Vague, inadequate on their own: "#sp", "#spon", "in collaboration
		// with", "thanks to", "#BrandAmbassador", "#gift", and "affiliate"
		// alone (asa-influencers-guide).
		{pattern: "#sp|#spon|#sponsor|#sponsorship", kind: termLabel, clarity: Vague, fix: "#ad"},
		{pattern: "#collab|#collaboration|#partner|#partnership|#ambassador|#brandambassador|#thanks|#thankyou|#gift|#pr", kind: termLabel, clarity: Vague, fix: "#ad"},
		{pattern: "thanks|thank+you|thx|ty to? {brand}", kind: termLabel, clarity: Vague},
		{pattern: "in collaboration|partnership|association with {brand}", kind: termLabel, clarity: Vague},
	}, statementRows("en"), englishSponsoredRows(Ambiguous), englishAffiliateRows, withClarity(englishAffiliateMentionRows, Vague), englishDenialRows, englishEditingRows, englishClaimRows),
	// "#<brand>ad" is an "ad" label; "#<brand>ambassador" and
	// "#<brand>partner" are inadequate (asa-influencers-guide).
	brandTags: []brandTagRow{
		{suffix: "ad", clarity: Clear, connection: Paid},
		{suffix: "partner", clarity: Vague},
		{suffix: "partners", clarity: Vague},
		{suffix: "ambassador", clarity: Vague},
		{suffix: "sponsored", clarity: Ambiguous, connection: Paid},
		{suffix: "gifted", clarity: Ambiguous, connection: Gift},
	},
}

// ukTerms is compared with its pack by TestPacksReproduceTheTables.

package disclosure

import "slices"

// ukTerms is the UK table: the CAP/CMA "Influencers' guide to making clear
// that ads are ads" (ASA, CAP and CMA, 2020, updated 2023), the CAP Code
// rule 2.1 and 2.4 ("obviously identifiable"), and DOMAIN.md's UK column.
var ukTerms = termTable{
	jurisdiction: UK,
	authority:    "UK ASA/CMA",
	defaultLabel: "#ad",
	editingLabel: "#filtered",
	language:     "en",
	terms: slices.Concat([]termRow{
		// Clear: "#ad", "Ad", "Advert", "Advertisement", "Advertisement
		// feature" (Influencers' guide 2023, "What labels should I use?";
		// DOMAIN.md UK column).
		{pattern: "#ad|#ads|#advert|#advertisement|#advertisementfeature|#advertising|#paidad", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "ad|advert|advertisement :|-|–|—|/|•", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "ad|advert|advertisement |", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "[|( ad|advert|advertisement ]|)", kind: termLabel, clarity: Clear, connection: Paid},
		// "Advert" and "Advertisement" are ordinary nouns too ("I saw an
		// advert for it"): labels at the start of a line; "Advertorial"
		// names the format itself and is a label anywhere.
		{pattern: "advert|advertisement", kind: termLabel, clarity: Clear, connection: Paid, position: lineStart},
		{pattern: "advertorial", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "advertisement feature|promotion", kind: termLabel, clarity: Clear, connection: Paid},
		// The platform's own paid-partnership label (Influencers' guide
		// 2023: the tool helps, "#ad" upfront is still recommended).
		{pattern: "paid partnership|promotion|post|ad", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "paid partnership with {brand}", kind: termLabel, clarity: Clear, connection: Paid},
	}, englishAdStatementRows, []termRow{
		{pattern: "paid by {brand}", kind: termLabel, clarity: Clear, connection: Paid},

		// Ambiguous: "Sponsored" and "#gifted" are risky (Influencers' guide
		// 2023: labels other than "Ad" may not make the commercial intent
		// clear; ASA rulings on "#sponsored", 2019-2021; DOMAIN.md).
		{pattern: "#sponsored|#sponsoredpost", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "#ad"},
		{pattern: "sponsored", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "#ad", position: lineStart},
		{pattern: "[|( sponsored ]|)", kind: termLabel, clarity: Ambiguous, connection: Paid, fix: "#ad"},
		{pattern: "sponsored by {brand}", kind: termLabel, clarity: Ambiguous, connection: Paid},
		{pattern: "#gifted|#giftedby|#prgift", kind: termLabel, clarity: Ambiguous, connection: Gift},
		{pattern: "gifted by {brand}", kind: termLabel, clarity: Ambiguous, connection: Gift},

		// Vague, inadequate on their own: "#sp", "#spon", "in collaboration
		// with", "thanks to", "#BrandAmbassador", "#gift", and "affiliate"
		// alone (Influencers' guide 2023; DOMAIN.md UK column).
		{pattern: "#sp|#spon|#sponsor|#sponsorship", kind: termLabel, clarity: Vague, fix: "#ad"},
		{pattern: "#collab|#collaboration|#partner|#partnership|#ambassador|#brandambassador|#thanks|#thankyou|#gift|#pr", kind: termLabel, clarity: Vague, fix: "#ad"},
		{pattern: "thanks|thank+you|thx|ty to? {brand}", kind: termLabel, clarity: Vague},
		{pattern: "in collaboration|partnership with {brand}", kind: termLabel, clarity: Vague},
	}, englishSponsoredRows(Ambiguous), englishGiftRows, englishAffiliateRows, withClarity(englishAffiliateMentionRows, Vague), englishDenialRows, englishEditingRows, englishClaimRows),
	// "#<brand>ad" is an "ad" label; "#<brand>ambassador" and
	// "#<brand>partner" are inadequate (DOMAIN.md UK column).
	brandTags: []brandTagRow{
		{suffix: "ad", clarity: Clear, connection: Paid},
		{suffix: "partner", clarity: Vague},
		{suffix: "partners", clarity: Vague},
		{suffix: "ambassador", clarity: Vague},
		{suffix: "sponsored", clarity: Ambiguous, connection: Paid},
		{suffix: "gifted", clarity: Ambiguous, connection: Gift},
	},
}

package disclosure

import "slices"

// ieTerms is the Irish table: the ASAI Code (7th edition, 2016, section
// 3.4 "marketing communications should be obviously identifiable") and
// the ASAI and CCPC "Influencer Marketing Guidance" (2021, updated 2023):
// "#ad", "#gifted" and the platform's paid-partnership label are primary
// labels; "#sponsored" and "#collab" may only accompany a primary one
// (asai-code, asai-ccpc-guidance). Checked against them for issue 12:
// "in association with" is secondary too, and a paid post labelled only
// "#gifted" is mismatched.
var ieTerms = termTable{
	jurisdiction:  IE,
	authority:     "Irish ASAI/CCPC",
	source:        "asai-ccpc-guidance",
	claimCitation: "ASAI Code",
	claimSource:   "asai-code",
	defaultLabel:  "#ad",
	editingLabel:  "#filtered",
	language:      "en",
	terms: slices.Concat([]termRow{
		// Primary labels: clear on their own (asai-ccpc-guidance).
		{pattern: "#ad|#ads|#advert|#advertisement|#advertising|#paidad", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "ad|advert|advertisement " + separators, kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "ad|advert|advertisement |", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "[|( ad|advert|advertisement ]|)", kind: termLabel, clarity: Clear, connection: Paid},
		// Ordinary nouns too: labels at the start of a line.
		{pattern: "ad|advert|advertisement", kind: termLabel, clarity: Clear, connection: Paid, position: lineStart},
		// The same word closing the text after a comma is a late label.
	}, trailingLabelRows("ad|advert|advertisement", Clear, Paid, "", ""), []termRow{
		{pattern: "paid partnership|promotion", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "paid partnership with {brand}", kind: termLabel, clarity: Clear, connection: Paid},
	}, englishAdStatementRows, []termRow{
		{pattern: "#gifted|#giftedby|#gifteditem|#prsample", kind: termLabel, clarity: Clear, connection: Gift},
		{pattern: "gifted by {brand}", kind: termLabel, clarity: Clear, connection: Gift},

		// Secondary labels: inadequate without a primary one (ASAI/CCPC
		// 2023: "#sponsored", "#collab").
		{pattern: "#sponsored|#sponsoredpost|#collab|#collaboration|#sp|#spon|#partner|#ambassador|#thanks|#gift", kind: termLabel, clarity: Vague, fix: "#ad"},
		{pattern: "sponsored", kind: termLabel, clarity: Vague, position: lineStart},
		{pattern: "sponsored by {brand}", kind: termLabel, clarity: Vague},
		{pattern: "in collaboration|partnership|association with {brand}", kind: termLabel, clarity: Vague},
		{pattern: "thanks|thank+you to? {brand}", kind: termLabel, clarity: Vague},
	}, statementRows("en"), englishSponsoredRows(Vague), englishAffiliateRows, englishAffiliateMentionRows, englishDenialRows, englishEditingRows, englishClaimRows),
	brandTags: []brandTagRow{
		{suffix: "ad", clarity: Clear, connection: Paid},
		{suffix: "gifted", clarity: Clear, connection: Gift},
		{suffix: "partner", clarity: Vague},
		{suffix: "ambassador", clarity: Vague},
		{suffix: "sponsored", clarity: Vague},
	},
}

// ieTerms is compared with its pack by TestPacksReproduceTheTables.

package disclosure

import "slices"

// usTerms is the US table: the FTC's Endorsement Guides (ftc-guides, 16
// CFR 255, 2023 revision), the FTC's answers to questions about them
// (ftc-faqs) and "Disclosures 101 for Social Media Influencers" (ftc-101).
// Checked against ftc-faqs for issue 12: plain statements ("Company X
// gave me free product to try") are clear, "affiliate link" alone is
// ambiguous, #sp, #spon, #collab, "thanks" and #ambassador alone vague.
var usTerms = termTable{
	jurisdiction:  US,
	authority:     "US FTC",
	source:        "ftc-101",
	claimCitation: "16 CFR 255.1, 255.2",
	claimSource:   "ftc-guides",
	defaultLabel:  "#ad",
	editingLabel:  "#filtered",
	terms: slices.Concat([]termRow{
		// Clear paid labels. ftc-101: "#ad", "#sponsored",
		// "Advertisement", "Ad:" at the start, and "Paid partnership with
		// <brand>" (ftc-101; mighty-micro's checklist).
		{pattern: "#ad|#ads|#advert|#advertisement|#advertising|#sponsored|#sponsoredpost|#paidad|#paidpartnership|#paidpartner|#paidpost", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "ad " + separators, kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "ad |", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "[|( ad|advertisement|sponsored ]|)", kind: termLabel, clarity: Clear, connection: Paid},
		// The bare words are ordinary English too: they are labels at the
		// start of a line (lineStart), followed by a separator, or in the
		// phrases of englishSponsoredRows.
		{pattern: "advertisement|sponsored", kind: termLabel, clarity: Clear, connection: Paid, position: lineStart},
		// "Ad" first on a line (ftc-101: "ad" among the simple terms).
		{pattern: "ad", kind: termLabel, clarity: Clear, connection: Paid, position: lineStart},
		// The same word closing the text after a comma is a late label.
	}, trailingLabelRows("ad|advertisement", Clear, Paid, "", "ftc-101"), []termRow{
		{pattern: "advertisement " + separators, kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "advertisement |", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "sponsored by {brand}", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "paid partnership|promotion|post|ad", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "paid partnership with {brand}", kind: termLabel, clarity: Clear, connection: Paid},
	}, englishAdStatementRows, []termRow{
		{pattern: "paid by {brand}", kind: termLabel, clarity: Clear, connection: Paid},

		// Ambiguous: a disclosure attempt of doubtful clarity. A bare
		// "affiliate link" and "support the channel" were poorly understood
		// in Mathur et al.'s user study (mathur-2018); "#gifted" and "gifted
		// by" do not say the product was free in plain words (ftc-101
		// prefers "Thanks <brand> for the free product").
		{pattern: "#gifted|#giftedby|#prgift", kind: termLabel, clarity: Ambiguous, connection: Gift, source: "ftc-101", giftClear: true},
		{pattern: "gifted by {brand}", kind: termLabel, clarity: Ambiguous, connection: Gift, source: "ftc-101", giftClear: true},

		// Vague: inadequate on their own (ftc-101: "#sp",
		// "#spon", "#collab", "#thanks", "#ambassador" are unclear, per
		// ftc-faqs; mighty-micro's checklist: "never #spon, #collab,
		// #thanks").
		{pattern: "#sp|#spon|#sponsor|#sponsorship", kind: termLabel, clarity: Vague, fix: "#sponsored", source: "ftc-faqs"},
		{pattern: "#collab|#collaboration|#partner|#partnership|#ambassador|#brandambassador|#thanks|#thankyou|#gift|#pr", kind: termLabel, clarity: Vague, fix: "#ad", source: "ftc-faqs"},
		{pattern: "thanks|thank+you|thx|ty to? {brand}", kind: termLabel, clarity: Vague, source: "ftc-faqs"},
		{pattern: "in collaboration|partnership with {brand}", kind: termLabel, clarity: Vague, source: "ftc-faqs"},
	}, statementRows("en"), englishSponsoredRows(Clear), englishAffiliateRows, englishAffiliateMentionRows, englishDenialRows, englishEditingRows, englishClaimRows),
	// "#<brand>partner", "#<brand>ambassador" (ftc-101).
	brandTags: []brandTagRow{
		{suffix: "partner", clarity: Clear, connection: Paid},
		{suffix: "partners", clarity: Clear, connection: Paid},
		{suffix: "ambassador", clarity: Clear, connection: Paid},
		{suffix: "ad", clarity: Clear, connection: Paid},
		{suffix: "sponsored", clarity: Clear, connection: Paid},
		{suffix: "gifted", clarity: Ambiguous, connection: Gift},
	},
}

// usTerms is compared with its pack by TestPacksReproduceTheTables.

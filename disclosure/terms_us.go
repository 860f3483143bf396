package disclosure

// usTerms is the US table: the FTC's Endorsement Guides (16 CFR 255, 2023
// revision) and "Disclosures 101 for Social Media Influencers" (FTC, 2019),
// as summarised in seed 003's checklist and DOMAIN.md's US column.
var usTerms = termTable{
	jurisdiction: US,
	authority:    "US FTC",
	defaultLabel: "#ad",
	editingLabel: "#filtered",
	terms: []termRow{
		// Clear paid labels. FTC Disclosures 101 (2019): "#ad", "#sponsored",
		// "Advertisement", "Ad:" at the start, and "Paid partnership with
		// <brand>" (seed 003; DOMAIN.md US column).
		{pattern: "#ad|#ads|#advert|#advertisement|#advertising|#sponsored|#sponsoredpost|#paidad|#paidpartnership|#paidpartner|#paidpost", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "ad :|-|–|—|/|•", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "ad |", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "[|( ad|advertisement|sponsored ]|)", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "advertisement|sponsored", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "sponsored by {brand}", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "paid partnership|promotion|post|ad", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "paid partnership with {brand}", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "paid by {brand}", kind: termLabel, clarity: Clear, connection: Paid},

		// Clear gift labels: "Thanks to <brand> for the free product"
		// (FTC Disclosures 101, 2019; DOMAIN.md).
		{pattern: "thanks|thank+you to? {brand} for the|this|these|my|our free|complimentary|gifted {any}", kind: termLabel, clarity: Clear, connection: Gift},
		{pattern: "thanks|thank+you to? {brand} for gifting|sending me|us? the|this|these|my free|complimentary {any}", kind: termLabel, clarity: Clear, connection: Gift},
		{pattern: "i|we received|got this|these|it|them for free", kind: termLabel, clarity: Clear, connection: Gift},
		{pattern: "free product|products|sample|samples from {brand}", kind: termLabel, clarity: Clear, connection: Gift},

		// Clear affiliate statements: the creator says they earn from the
		// links (FTC Endorsement Guides FAQ, 2023; DOMAIN.md "I get a
		// commission for purchases through these links").
		{pattern: "i|we earn|get|receive|make a|an? small? commission|commissions", kind: termLabel, clarity: Clear, connection: Affiliate},
		{pattern: "i|we may|might|will earn|get|receive|make a|an? small? commission|commissions", kind: termLabel, clarity: Clear, connection: Affiliate},
		{pattern: "earns|earn|receive|get a|an? small? commission|commissions from|on|for purchases|sales|links|qualifying|anything|everything|orders", kind: termLabel, clarity: Clear, connection: Affiliate},
		{pattern: "commission|commissions if|when you buy|purchase|shop|order", kind: termLabel, clarity: Clear, connection: Affiliate},
		{pattern: "i|we earn from qualifying purchases", kind: termLabel, clarity: Clear, connection: Affiliate},
		{pattern: "#commissionearned|#affiliatecommission", kind: termLabel, clarity: Clear, connection: Affiliate},

		// Ambiguous: a disclosure attempt of doubtful clarity. A bare
		// "affiliate link" and "support the channel" were poorly understood
		// in Mathur et al.'s user study (CSCW 2018); "#gifted" and "gifted
		// by" do not say the product was free in plain words (DOMAIN.md US
		// column prefers "Thanks <brand> for the free product").
		{pattern: "affiliate link|links", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
		{pattern: "#affiliate|#affiliatelink|#affiliatelinks", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
		{pattern: "support the|my channel", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
		{pattern: "#gifted|#giftedby|#prgift", kind: termLabel, clarity: Ambiguous, connection: Gift},
		{pattern: "gifted by {brand}", kind: termLabel, clarity: Ambiguous, connection: Gift},

		// Vague: inadequate on their own (FTC Disclosures 101, 2019: "#sp",
		// "#spon", "#collab", "#thanks", "#ambassador" are unclear; seed 003:
		// "never vague terms like #spon, #collab, #thanks").
		{pattern: "#sp|#spon|#sponsor|#sponsorship", kind: termLabel, clarity: Vague, fix: "#sponsored"},
		{pattern: "#collab|#collaboration|#partner|#partnership|#ambassador|#brandambassador|#thanks|#thankyou|#gift|#pr", kind: termLabel, clarity: Vague, fix: "#ad"},
		{pattern: "thanks|thank+you|thx|ty to? {brand}", kind: termLabel, clarity: Vague},
		{pattern: "in collaboration|partnership with {brand}", kind: termLabel, clarity: Vague},

		// Not labels: they contain a label's word but deny it.
		{pattern: "not|never|no an|a? ad|ads|advertisement|sponsored|paid|sponsorship", kind: termNotLabel},
		{pattern: "isn't|wasn't|aren't|ain't sponsored|paid|an+ad|an+advertisement|a+sponsored+post", kind: termNotLabel},
		{pattern: "#notsponsored|#notanad|#nonsponsored|#notspon|#unsponsored|#noad|#noads", kind: termNotLabel},
		{pattern: "#nofilter|#nofilters|#nofilterneeded|#unfiltered|#unedited|#noedit|#noedits|#noretouch|#noretouching|#nophotoshop", kind: termNotLabel},
		{pattern: "no|not|without filter|filters|filtered|edits|editing|edited|retouching|retouched|photoshop", kind: termNotLabel},
		{pattern: "unfiltered|unedited|unretouched", kind: termNotLabel},

		// Editing disclosed: the FTC's 2023 Guides (255.1(c)) and the UK ASA
		// (Skinny Tan, Tanologist, 2021) on filters that change a product's
		// result; seed 003: "no undisclosed editing or filtering".
		{pattern: "#filtered|#filter|#filterused|#edited|#retouched|#photoshopped|#facetune|#facetuned", kind: termEditing},
		{pattern: "filtered|edited|retouched|photoshopped|facetuned", kind: termEditing},
		{pattern: "filter used", kind: termEditing},

		// Claims an endorser cannot make unless the advertiser could
		// substantiate them (16 CFR 255.1, 255.2; seed 003).
		{pattern: "cure|cures|cured|heals", kind: termClaim},
		{pattern: "miracle cure|product|cream|results", kind: termClaim},
		{pattern: "guaranteed|guarantee results", kind: termClaim},
		{pattern: "guaranteed", kind: termClaim},
		{pattern: "guaranteed to work|heal|cure|clear|fix|remove|grow|lose", kind: termClaim},
		{pattern: "results guaranteed", kind: termClaim},
		{pattern: "clinically|scientifically|medically proven", kind: termClaim},
		{pattern: "100 % effective|guaranteed|safe|natural|proven", kind: termClaim},
		{pattern: "instant|permanent results", kind: termClaim},
		{pattern: "fda approved", kind: termClaim},
		{pattern: "no side effects", kind: termClaim},
	},
	// "#<brand>partner", "#<brand>ambassador" (FTC Disclosures 101, 2019;
	// DOMAIN.md US column).
	brandTags: []brandTagRow{
		{suffix: "partner", clarity: Clear, connection: Paid},
		{suffix: "partners", clarity: Clear, connection: Paid},
		{suffix: "ambassador", clarity: Clear, connection: Paid},
		{suffix: "ad", clarity: Clear, connection: Paid},
		{suffix: "sponsored", clarity: Clear, connection: Paid},
		{suffix: "gifted", clarity: Ambiguous, connection: Gift},
	},
}

package disclosure

// This file holds the English rows that several jurisdictions share. Each
// table lists them after its own rows, so its own rows win a tie. Rows
// carry lang "en" so that a table for another language can report
// language-mismatch on them.

// englishGiftRows are plain-words gift statements.
var englishGiftRows = []termRow{
	// Clear gift labels: "Thanks to <brand> for the free product"
	// (FTC Disclosures 101, 2019; DOMAIN.md).
	{pattern: "thanks|thank+you to? {brand} for the|this|these|my|our free|complimentary|gifted {any}", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	{pattern: "thanks|thank+you to? {brand} for gifting|sending me|us? the|this|these|my free|complimentary {any}", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	{pattern: "i|we received|got this|these|it|them for free", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	{pattern: "free product|products|sample|samples from {brand}", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
}

// englishAffiliateRows are statements that the creator earns from the links.
var englishAffiliateRows = []termRow{
	// Clear affiliate statements: the creator says they earn from the
	// links (FTC Endorsement Guides FAQ, 2023; DOMAIN.md "I get a
	// commission for purchases through these links").
	{pattern: "i|we earn|get|receive|make a|an? small? commission|commissions", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	{pattern: "i|we may|might|will earn|get|receive|make a|an? small? commission|commissions", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	{pattern: "earns|earn|receive|get a|an? small? commission|commissions from|on|for purchases|sales|links|qualifying|anything|everything|orders", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	{pattern: "commission|commissions if|when you buy|purchase|shop|order", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	{pattern: "i|we earn from qualifying purchases", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	{pattern: "#commissionearned|#affiliatecommission", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
}

// englishDenialRows look like labels but deny them.
var englishDenialRows = []termRow{
	// Not labels: they contain a label's word but deny it.
	{pattern: "not|never|no an|a? ad|ads|advertisement|sponsored|paid|sponsorship", kind: termNotLabel},
	{pattern: "isn't|wasn't|aren't|ain't sponsored|paid|an+ad|an+advertisement|a+sponsored+post", kind: termNotLabel},
	{pattern: "#notsponsored|#notanad|#nonsponsored|#notspon|#unsponsored|#noad|#noads", kind: termNotLabel},
	{pattern: "#nofilter|#nofilters|#nofilterneeded|#unfiltered|#unedited|#noedit|#noedits|#noretouch|#noretouching|#nophotoshop", kind: termNotLabel},
	{pattern: "no|not|without filter|filters|filtered|edits|editing|edited|retouching|retouched|photoshop", kind: termNotLabel},
	{pattern: "unfiltered|unedited|unretouched", kind: termNotLabel},
}

// englishEditingRows say the pictured result was edited.
var englishEditingRows = []termRow{
	// Editing disclosed: the FTC's 2023 Guides (255.1(c)) and the UK ASA
	// (Skinny Tan, Tanologist, 2021) on filters that change a product's
	// result; seed 003: "no undisclosed editing or filtering".
	{pattern: "#filtered|#filter|#filterused|#edited|#retouched|#photoshopped|#facetune|#facetuned", kind: termEditing},
	{pattern: "filtered|edited|retouched|photoshopped|facetuned", kind: termEditing},
	{pattern: "filter used", kind: termEditing},
}

// englishClaimRows are claims an endorser cannot make unsubstantiated.
var englishClaimRows = []termRow{
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
}

package disclosure

// This file holds the English rows that several jurisdictions share. A
// table lists them where their priority belongs, mostly after its own rows,
// so its own rows win a tie. Rows carry lang "en" so that a table for
// another language can report language-mismatch on them.

// englishAdStatementRows say in a sentence that the post is an ad: "This
// is an ad", said or written, is the FTC's own example of a spoken
// disclosure in a video (ftc-101), and "Ad" and "Advert" are
// the labels the UK and Irish guidance name. Clear wherever English labels
// are accepted as the jurisdiction's own.
var englishAdStatementRows = []termRow{
	{pattern: "this is an ad|advert|advertisement", kind: termLabel, clarity: Clear, connection: Paid},
	{pattern: "it's|that's an ad|advert|advertisement", kind: termLabel, clarity: Clear, connection: Paid},
	{pattern: "this video|post|stream|episode is|was an ad|advert|advertisement", kind: termLabel, clarity: Clear, connection: Paid},
}

// englishGiftRows are plain-words gift statements.
var englishGiftRows = []termRow{
	// Clear gift labels: "Thanks to <brand> for the free product"
	// (per ftc-101 and ftc-faqs).
	{pattern: "thanks|thank+you to? {brand} for the|this|these|my|our free|complimentary|gifted {any}", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	{pattern: "thanks|thank+you to? {brand} for gifting|sending me|us? the|this|these|my free|complimentary {any}", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	// "Massive thank you to @glowco for sending me their new serum": the
	// brand sent the creator the product (ftc-faqs: a plain statement).
	// Without a declared brand the slot must be an @mention: "thanks to my
	// mum for sending me this" names no advertiser.
	{pattern: "thanks|thank+you to? {brand} for gifting|sending me|us", kind: termLabel, clarity: Clear, connection: Gift, lang: "en", brandNamed: true},
	{pattern: "i|we received|got this|these|it|them for free", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	{pattern: "free product|products|sample|samples from {brand}", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	// Plain statements that the brand gave the product (per ftc-faqs: "no
	// special wording is needed"; "Company X gave me free product to try"
	// is its own example), with or without the brand named: "<brand> sent
	// me this for free", "they gave us these to try", "I was sent this
	// for free". The creator is the object ("me", "us"): "gave you" is
	// not a disclosure.
	{pattern: "gave|sent|gifted me|us free|complimentary product|products|sample|samples|stuff|items", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	{pattern: "gave|sent|gifted me|us this|these|it|them|one|some {any}? for free|free+of+charge|to+try|to+test|to+review", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	{pattern: "gave|sent|gifted me|us a|an|the free|complimentary {any}", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	{pattern: "was|were|been|got given|sent|gifted this|these|it|them|one {any}? for free|free+of+charge|to+try|to+test|to+review", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	{pattern: "i|we was|were|have+been given|sent|gifted free|complimentary product|products|samples|sample", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	{pattern: "i'm|we're|i've+been|we've+been given|sent|gifted free|complimentary product|products|samples|sample", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	{pattern: "i|we received a|this|these|the|some free|complimentary {any}", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
	{pattern: "i|we received|got this|these|them free|complimentary", kind: termLabel, clarity: Clear, connection: Gift, lang: "en"},
}

// englishPaidStatementRows are plain statements that the creator was
// paid (per ftc-faqs: "I was paid by <brand> to..." needs no special
// wording): "I was paid by Glow Co to try this", "they paid me to
// review it", "I'm being paid to post this".
var englishPaidStatementRows = []termRow{
	{pattern: "i|we was|were|am|are|got|get|have+been paid|compensated by|to|for+this", kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},
	{pattern: "i'm|we're|i've+been|we've+been paid|compensated by|to|for+this", kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},
	{pattern: "i'm|we're|i|we being|am+being|are+being paid|compensated by|to|for+this", kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},
	{pattern: "paid|compensated me|us to|for", kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},
	{pattern: "paid by {brand}", kind: termLabel, clarity: Clear, connection: Paid, lang: "en"},
}

// englishAffiliateRows are statements that the creator earns from the
// links: clear affiliate disclosures under the FTC's Endorsement Guides
// FAQ (2023: "I get commissions for purchases made through links in this
// post"). Mathur, Narayanan and Chetty (per mathur-2018) call these
// "explanations" and found them the best understood kind. Rows without
// the creator as subject are positioned creatorVoice: copy that invites
// the follower to earn is no disclosure.
var englishAffiliateRows = []termRow{
	// The creator says they earn: "I earn a commission", "I may receive a
	// small commission", "I'll get a small commission".
	{pattern: "i|we|i'll|we'll|i'd|we'd earn|get|receive|make a|an? small|little? commission|commissions", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	{pattern: "i|we may|might|will|do|would|could|can earn|get|receive|make a|an? small|little? commission|commissions", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	{pattern: "i|we earn from qualifying purchases", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	// The earning verb and its object without the subject: "help me earn
	// commission", "gives a small commission", "be paid a small
	// commission" (common misspellings included).
	{pattern: "earn|earns|earned|earning|get|gets|receive|receives|make|makes|gives|give a|an? small|little|tiny? commission|commissions|commision|comission|kickback|percentage|cut", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en", position: creatorVoice},
	{pattern: "paid a|an small|little|tiny? commission|commision|comission|percentage", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en", position: creatorVoice},
	{pattern: "earns|earn|receive|get a|an? small? commission|commissions from|on|for purchases|sales|links|qualifying|anything|everything|orders", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en", position: creatorVoice},
	{pattern: "commission|commissions if|when you buy|purchase|shop|order|click", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en", position: creatorVoice},
	{pattern: "affiliate commission|commissions|payment|payments|income|fee|fees", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en", position: creatorVoice},
	{pattern: "earn|earns advertising|referral? fees", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en", position: creatorVoice},
	// The creator as the object of the payment: "Amazon gives us a couple
	// bucks for referring you", "the store pays me a little".
	{pattern: "gives|give|pays|pay|throws|throw us|me a couple|few bucks|dollars|pennies|cents", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	{pattern: "gives|give|pays|pay us|me a small? commission|percentage|cut|fee", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	// Paid per click or purchase, in other words: "I get paid if you
	// click", "I make a little bit of money", "a few pennies".
	{pattern: "i|we get|am|are|will+be|may+be|might+be paid|compensated if|when|for", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	{pattern: "i|we make|earn|get|receive a little|small bit? of? money|cash|income", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	{pattern: "get|earn|make a few pennies|cents|dollars|bucks", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en", position: creatorVoice},
	// "(At) no extra cost to you": the standard explanation that a
	// purchase through the link pays the creator, when the sentence is
	// about buying or links (afterPurchase): "No extra cost to you: free
	// shipping" is a shop's offer.
	{pattern: "no extra|additional cost|charge to you|yourself", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en", position: afterPurchase},
	{pattern: "costs|cost you? nothing extra|more", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en", position: afterPurchase},
	{pattern: "#commissionearned|#commissionsearned|#affiliatecommission|#paidlink|#paidlinks", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	// The labels affiliate programmes ask for: "(paid link)", "Commissions
	// Earned" say the link pays the creator, as "sponsored links" does.
	{pattern: "paid link|links", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	{pattern: "commission|commissions earned", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	// Compensation or a fee in the creator's words: "I may receive
	// compensation if you buy", "we earn a small fee".
	{pattern: "i|we may|might|will|can? earn|get|receive|be+paid compensation|a+small+fee|a+referral+fee|referral+fees|a+small+percentage", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en"},
	{pattern: "no cost to you|yourself", kind: termLabel, clarity: Clear, connection: Affiliate, lang: "en", position: afterPurchase},
}

// englishAffiliateMentionRows say the links are affiliate links, or ask
// followers to support the creator by buying through them, without
// saying that the creator earns: a bare "affiliate link" and "support the
// channel" were poorly understood in Mathur et al.'s user study (per
// mathur-2018); the FTC asks for the connection in plain words (per
// ftc-faqs: "affiliate link" alone may not be understood) and the UK
// calls "affiliate" alone inadequate (per asa-influencers-guide).
// Abbreviated and glued forms ("(aff link)", "#afflink", "{affiliate}")
// are the same label. Ambiguous in the US; each table may grade them
// otherwise (withClarity).
var englishAffiliateMentionRows = []termRow{
	{pattern: "affiliate|affiliated|affiliates {any}? link|links|code|codes|referral|referrals|tracking|system|relationship|relationships|url|urls|disclaimer|disclosure", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "affiliate-link|affiliate-links|affiliatelink|affiliatelinks|afflink|afflinks|#affiliate|#affiliatelink|#affiliatelinks|#aff|#afflink|#afflinks|#affil|#affiliatelinked", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "aff|affil link|links|url|urls|code", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "(|[|{ affiliate|affiliated|affiliates|affiliate+link|affiliate+links|aff|affil|aff+link|aff+links|affil+link|affil+links )|]|}", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "affiliate|affiliates :", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "affiliate|affiliated .|!|;|*", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "affiliate|affiliated |", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "are from {any}? associates|affiliates", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "affiliate|affiliated of|with", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "associate|associates link|links", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "i'm|we're|i+am|we+are|become an|a {any}? associate|affiliate", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "participant|participants in the|an {any}? {any}? {any}? {any}? associates|affiliate program|programme", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	// Support through purchases: "support the channel by shopping
	// through my link", "support us when you shop", "bookmark this link
	// to support the show". A bare "support the channel" (by liking,
	// subscribing, donating) says nothing about links and is no label.
	{pattern: "support|supports {any}? {any}? {any}? for+free? by|while|when shopping|purchasing|buying|ordering|using|doing|clicking", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "support|supports {any}? {any}? {any}? via|through|with|when|while {any}? {any}? link|links|shopping|shop|purchase|purchases|purchasing|buy|affiliate", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "link|links to|will|can|also help? support|supports|helps", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	// Routing the follower's own shopping through the creator's link
	// ("Use this link to do your shopping", "use my link whenever you
	// shop"): a plea that only makes sense because the creator earns.
	{pattern: "link|links to|when|whenever do|doing your {any}? shopping|purchases|stuff", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "link|links when|whenever|every+time you shop|buy|order|are+shopping|are+buying", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "link|links help|helps|support|supports me|us|the|this|my|our", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	// The same with more words between "support" and the purchase: "Support
	// the editor of this page by using this link", "Support my content
	// creation efforts and channel by shopping". The longer gap is only
	// taken before a purchase or a link, never a bare "by using".
	{pattern: "support|supports {any} {any} {any} {any} {any}? {any}? for+free? by|while|when shopping|purchasing|buying|ordering", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	{pattern: "support|supports {any} {any} {any} {any} {any}? {any}? by|while|when using|clicking this|my|our|these|the {any}? link|links", kind: termLabel, clarity: Ambiguous, connection: Affiliate},
	// Support after a purchase or a link earlier in the sentence
	// (afterPurchase): "Shop on Amazon to support my channel", "buy from
	// the links above as it does help out the channel", "if you shop
	// there you also support the channel", "Shop at the store & support
	// Tess!". Without one, "help support the channel" is about likes.
	{pattern: "help|helps|support|supports out|support? the|this|my|our channel|channels|show|page|creator|creators|content|videos|work|blog|podcast", kind: termLabel, clarity: Ambiguous, connection: Affiliate, position: afterPurchase},
	{pattern: "support|supports me|us", kind: termLabel, clarity: Ambiguous, connection: Affiliate, position: afterPurchase},
	{pattern: "help|helps support|supports me|us", kind: termLabel, clarity: Ambiguous, connection: Affiliate, position: afterPurchase},
	{pattern: "support|supports {name}", kind: termLabel, clarity: Ambiguous, connection: Affiliate, position: afterPurchase},
	// Supporting a cause, a team or small businesses is not supporting the
	// creator, even after a purchase, even in Title Case ("Buy tickets to
	// Support The Team").
	{pattern: "support|supports the|a|an|this|that|these|those|your|their|our|my|local|small|independent {any}", kind: termNotLabel},
	// Words about buying or links: the cues afterPurchase rows need.
	// "order" alone is left out: "in order to help the channel".
	{pattern: "buy|buying|purchase|purchases|purchasing|shop|shopping|ordering|link|links", kind: termCue},
}

// englishSponsoredRows are the positions where "sponsored", an ordinary
// English adjective ("internationally sponsored projects"), is a label
// anywhere in the text, graded c: followed by a separator ("Sponsored:",
// "Sponsored |"), in a disclosure phrase ("sponsored by", "This video is
// sponsored", "a sponsored post"). At the start of a line the bare word
// is a label by each table's own lineStart row (ftc-101:
// "Sponsored" as a label; asa-influencers-guide on its risk).
func englishSponsoredRows(c Clarity) []termRow {
	return []termRow{
		{pattern: "sponsored " + separators, kind: termLabel, clarity: c, connection: Paid, lang: "en"},
		{pattern: "sponsored |", kind: termLabel, clarity: c, connection: Paid, lang: "en"},
		{pattern: "sponsored by|via|through", kind: termLabel, clarity: c, connection: Paid, lang: "en"},
		// "Thanks to Glow Co for sponsoring this video!": a plain statement
		// that the brand paid (ftc-faqs: no special wording is needed).
		{pattern: "thanks|thank+you to? {brand} for sponsoring", kind: termLabel, clarity: c, connection: Paid, lang: "en", brandNamed: true},
		{pattern: "this|today's video|post|stream|episode|vlog|review is|was sponsored", kind: termLabel, clarity: c, connection: Paid, lang: "en"},
		{pattern: "this|today's video|post|stream|episode|vlog|review is|was sponsored by {brand}", kind: termLabel, clarity: c, connection: Paid, lang: "en"},
		{pattern: "sponsored video|post|content|link|links|review|episode|stream|segment", kind: termLabel, clarity: c, connection: Paid, lang: "en"},
	}
}

// withClarity returns a copy of rows graded c instead: the UK calls the
// bare affiliate mentions inadequate (vague), not ambiguous.
func withClarity(rows []termRow, c Clarity) []termRow {
	out := make([]termRow, len(rows))
	for i, r := range rows {
		r.clarity = c
		out[i] = r
	}
	return out
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
	// Denied affiliation, payment and earnings: "not affiliated with",
	// "not endorsed by or affiliated with", "no affiliate links", "not
	// paid/sponsored", "I don't get a commission".
	{pattern: "not|non|never|no|nor affiliated|affiliate|affiliates|affiliation", kind: termNotLabel},
	{pattern: "not endorsed|sponsored|associated|connected by|with? or|nor affiliated", kind: termNotLabel},
	{pattern: "no affiliate link|links", kind: termNotLabel},
	{pattern: "not|never paid|compensated /|or|nor sponsored|paid|compensated", kind: termNotLabel},
	{pattern: "don't|never|not get|earn|receive|make a|any? commission|commissions|money", kind: termNotLabel},
	// Denied gifts and payment: "nobody paid me", "they didn't send me
	// this for free", "no one gave me anything".
	{pattern: "nobody|noone|no+one paid|sent|gave|gifted|pays|sends|gives", kind: termNotLabel},
	{pattern: "didn't|did+not|doesn't|don't|never pay|send|give|gift|paid|sent|gave|gifted me|us", kind: termNotLabel},
	{pattern: "wasn't|weren't|haven't+been|hasn't+been|was+not|were+not given|sent|gifted|compensated", kind: termNotLabel},
	{pattern: "i|we bought|purchased this|these|it|them|everything myself|ourselves|with+my+own+money", kind: termNotLabel},
}

// englishEditingRows say the pictured result was edited.
var englishEditingRows = []termRow{
	// Editing disclosed: the FTC's 2023 Guides (255.1(c)) and the UK ASA
	// (Skinny Tan, Tanologist, 2021) on filters that change a product's
	// result; mighty-micro's checklist: "no undisclosed editing or filtering".
	{pattern: "#filtered|#filter|#filterused|#edited|#retouched|#photoshopped|#facetune|#facetuned", kind: termEditing},
	// The bare words are ordinary English too ("filtered water", "edited
	// by my sister"): they disclose editing first on a line ("Edited: light
	// filter"), in brackets, or said of the picture.
	{pattern: "filtered|edited|retouched|photoshopped|facetuned", kind: termEditing, position: lineStart},
	{pattern: "[|( filtered|edited|retouched|photoshopped|facetuned|filter ]|)", kind: termEditing},
	{pattern: "photo|image|picture|pic|video|selfie is|was|has+been filtered|edited|retouched|photoshopped|facetuned", kind: termEditing},
	{pattern: "photo|image|picture|pic|video|selfie filtered|edited|retouched|photoshopped|facetuned", kind: termEditing},
	{pattern: "filtered|edited|retouched|photoshopped|facetuned photo|image|picture|pic|video|selfie", kind: termEditing},
	{pattern: "filter used", kind: termEditing},
}

// englishClaimRows are claims an endorser cannot make unsubstantiated.
var englishClaimRows = []termRow{
	// Claims an endorser cannot make unless the advertiser could
	// substantiate them (16 CFR 255.1, 255.2, per ftc-guides).
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

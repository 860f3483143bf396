package adread

// The ad reading's phrases: the data a reading weighs. Each
// row is a pattern in the term tables' language ("a|b"
// alternatives, "?" optional pieces, "{brand}" the post's brand or,
// without one, any @mention, "{any}" one word), the signal it is evidence
// of, its weight, and why a marketer reads it so. The words are the ones
// influencer-marketing practice names for sponsored and organic posts
// (per ftc-101 and ftc-faqs on gifts, discounts and "thanks"; per
// asa-influencers-guide on affiliate links, gifting and an influencer's
// own brand); no row names a brand, an account or a product.
// Every word is matched whole, after the lexer's normalization.
//
// At one position the longest row wins, and among rows of equal length
// the earlier one: the rows with signal Unknown come first and
// hide a shorter or equal reading of the same words ("thanks @x for the
// support" is no product thanks).

// cue is one row of the ad reading's phrase table.
type cue struct {
	pattern string
	// signal is what the phrase is evidence of; Unknown marks a
	// phrase that is no evidence and hides the rows it outmatches.
	signal Signal
	weight int
	// mention: the phrase counts only with an @mention (of the post's
	// Brand, when set) in the same sentence.
	mention bool
	why     string
}

// itemWords are things a creator wears or applies and credits to a brand:
// "DRESS: @x", "bikini by @x". Hair, makeup and nails are left out: "hair
// by @x" credits a stylist (peopleWords).
const itemWords = "dress|dresses|top|tops|shirt|tee|t-shirt|blouse|jacket|coat|sweater|jumper|hoodie|cardigan|jeans|denim|pants|trousers|leggings|shorts|skirt|suit|tracksuit|swimsuit|swimwear|bikini|gown|romper|jumpsuit|outfit|outfits|look|shoes|sneakers|trainers|heels|boots|sandals|flats|bag|purse|handbag|hat|beanie|sunglasses|sunnies|glasses|jewelry|jewellery|earrings|necklace|bracelet|ring|watch|belt|lipstick|lip|lips|lashes|mascara|foundation|concealer|palette|highlighter|serum|moisturizer|skincare|fragrance|perfume"

// peopleWords are people whose work a caption credits: "photo by @x".
const peopleWords = "photo|photos|pic|pics|picture|pictures|photography|photographer|photographed|portrait|shot|shoot|video|videography|filmed|film|edit|edited|editing|styled|styling|stylist|hair|makeup|make-up|mua|glam|nails|art|artwork|illustration|meme|pc|ph|credit|credits|cd|casting|model|directed|animation"

// cues is the ad reading's phrase table.
var cues = []cue{
	// Not evidence: thanks for what no brand sells.
	{pattern: "thanks|thank+you|thankyou|thx|ty so+much|again? to? {brand}? for the|my|this|your|all+the|all+your support|love|feature|kind|wishes|birthday|photo|photos|pic|pics|picture|portrait|shot|shots|interview|invite|invitation|hospitality|memories|reminder|opportunity|inspiration|help|friendship|recommendation|shoutout|shout-out|repost|follow|vote|votes|prayers|company|ride|laughs|advice|words", signal: Unknown,
		why: "thanks for support, kind words or a photo are owed to people, not paid for"},
	{pattern: "drop a|us|me comment|line|note|message", signal: Unknown, why: "asking for comments, not a product drop"},
	{pattern: "coffee|pop-up|pop+up|barber|flower|thrift|tattoo shop", signal: Unknown, why: "a place, not a call to buy"},

	// Partnerships: the creator says a brand works with them.
	{pattern: "partnered|partnering|teamed+up|teaming+up|paired+up|collaborated|collaborating with", signal: Partnership, weight: 3,
		why: "a partnership is the material connection the FTC asks creators to disclose"},
	{pattern: "partnership|collaboration|collab with", signal: Partnership, weight: 3, why: "a partnership named outright (\"in partnership with\")"},
	{pattern: "working|worked|work|teaming|partner|partnering with {brand}", signal: Partnership, weight: 2, why: "working with a named brand"},
	{pattern: "my|our friends at {brand}", signal: Partnership, weight: 2, why: "the brand-friendly phrase for a client"},
	{pattern: "campaign|campaigns for|with {brand}", signal: Partnership, weight: 3, why: "a brand's campaign is paid work"},
	{pattern: "campaign|campaigns|#campaign", signal: Partnership, weight: 2, mention: true, why: "a campaign beside a brand's account is paid work"},
	{pattern: "ambassador|ambassadors|face for|of {brand}", signal: Partnership, weight: 3, why: "an ambassador is a paid role"},
	{pattern: "brand ambassador|partner|ambassadors|partners", signal: Partnership, weight: 3, why: "a brand role named outright"},
	{pattern: "brought|presented to? you? by", signal: Partnership, weight: 3, why: "the sponsorship formula of broadcast advertising"},
	{pattern: "powered by {brand}", signal: Partnership, weight: 2, why: "the sponsorship formula of events"},

	// Thanks for a product or a service: gifts (per ftc-101, "Thanks to
	// <brand> for the free product" is the disclosure a gift needs).
	{pattern: "thanks|thank+you|thankyou|thx|ty so+much|again? to? {brand}? for my|the|this|these|our|sending|gifting|getting|hooking|providing|hosting|treating|making {any}", signal: ThanksForProduct, weight: 3, mention: true,
		why: "a thank-you to an account for a thing is how gifts and comped services read"},

	// The creator's own product or brand: direct sale (per
	// asa-influencers-guide, promoting your own products is advertising
	// too).
	{pattern: "my|our new? collection|collections|line|brand|label|range|shop|store|boutique|merch|merchandise|book|cookbook|capsule|product|products|app|course|program|programme|masterclass|preset|presets|lip+kit", signal: OwnProduct, weight: 3,
		why: "a creator's own line, shop or book is their own advertising"},
	{pattern: "my|our {any}? {any}? collection|capsule", signal: OwnProduct, weight: 3, why: "a named collection of the creator's"},
	{pattern: "my|our annual|biggest|big|summer|winter|spring|holiday|end+of+season|anniversary|black+friday|cyber+monday sale", signal: OwnProduct, weight: 3, why: "the creator's own shop has a sale"},
	{pattern: "i|we designed|created|launched|made+my|made+our", signal: OwnProduct, weight: 2, why: "the creator made what they show"},
	{pattern: "use|using my|our code|link", signal: OwnProduct, weight: 3, why: "a personal code or link pays the creator per sale"},

	// Credits: a product and the account that sells it.
	{pattern: itemWords + " :|-|–|—|by|from|via|is|are? {brand}", signal: ProductCredit, weight: 2, why: "crediting a worn or applied product to its brand tags the seller"},
	{pattern: "wearing|wear|wore|wears|rocking|using|styled+in|dressed+in|outfit+by|outfit+from|via|courtesy+of {brand}", signal: ProductCredit, weight: 2, why: "naming the brand a creator wears or uses"},
	{pattern: "love|loving|obsessed+with|adore|adoring|favorite|favourite|fave|go-to|swear+by my|this|these|the|our? new? {brand}", signal: ProductCredit, weight: 2, why: "endorsing a brand's product by name"},
	{pattern: "from {brand}", signal: ProductCredit, weight: 2, why: "a thing and the account it came from: a brand tag as provenance"},
	{pattern: "#ootd|#ootn|#outfitoftheday|#outfitofthenight|#whatiwore|#wiwt|#lookoftheday|#fitcheck", signal: ProductCredit, weight: 2, mention: true, why: "an outfit post beside an account credits what is worn"},
	{pattern: "full look|outfit|fit via|by|from|is {brand}", signal: ProductCredit, weight: 2, why: "a look credited to its seller"},
	{pattern: "links|link|details|deets to? my|this|the|all? look|looks|outfit|outfits|products", signal: ProductCredit, weight: 2, why: "product details for followers to buy"},

	// Offers: price and scarcity (per ftc-faqs, discount codes and sales
	// through the creator are material connections).
	{pattern: "sale|sales|#sale|clearance", signal: Offer, weight: 2, why: "a sale invites a purchase"},
	{pattern: "% off", signal: Offer, weight: 2, why: "a price reduction"},
	{pattern: "discount|discounts|discounted|coupon|promo|promotion", signal: Offer, weight: 2, why: "a price reduction named"},
	{pattern: "free shipping|delivery|trial|gift", signal: Offer, weight: 2, why: "a purchase incentive"},
	{pattern: "limited time|edition|stock|quantities|run", signal: Offer, weight: 2, why: "scarcity pushes a purchase"},
	{pattern: "selling fast|out", signal: Offer, weight: 2, why: "scarcity pushes a purchase"},
	{pattern: "going fast", signal: Offer, weight: 2, why: "scarcity pushes a purchase"},
	{pattern: "sold out|back+in+stock|restock|restocked|restocks", signal: Offer, weight: 2, why: "stock news is sales news"},

	// Giveaways and contests are run with brands' prizes.
	{pattern: "giveaway|giveaways|#giveaway|give+away|giving+away|contest|#contest|competition|sweepstakes|raffle", signal: Giveaway, weight: 2,
		why: "a giveaway's prize comes from a brand, and the FTC treats it as an incentive"},
	{pattern: "chance|chances to win", signal: Giveaway, weight: 2, why: "a contest's promise"},
	{pattern: "win a|an|one|two|some|this|these|my|$", signal: Giveaway, weight: 2, why: "a prize to win"},
	{pattern: "to enter", signal: Giveaway, weight: 2, why: "a contest's instructions"},

	// Launches and drops.
	{pattern: "launch|launches|launched|launching|relaunch|#launch|#launchday", signal: Launch, weight: 1, why: "a product launch is sales news"},
	{pattern: "just dropped|landed|launched|released|arrived", signal: Launch, weight: 1, why: "a product drop is sales news"},
	{pattern: "dropping|drops|releases|releasing|launches|available tomorrow|today|tonight|this|next|on|friday|monday|tuesday|wednesday|thursday|saturday|sunday", signal: Launch, weight: 1, why: "a dated drop is sales news"},
	{pattern: "new {any} {any}? from|by {brand}", signal: Launch, weight: 2, why: "a new product and the brand that makes it"},
	{pattern: "new|brand-new|all-new", signal: Launch, weight: 1, mention: true, why: "something new beside a brand's account is launch news"},
	{pattern: "new arrivals|arrival|release|releases|drop|drops|collection|collections|line|range|launch|product|products|flavor|flavour|formula|shade|shades", signal: Launch, weight: 1, why: "a new product named"},
	{pattern: "pre-order|preorder|pre-orders|preorders|coming+soon", signal: Launch, weight: 1, why: "a product announced for sale"},

	// Calls to buy.
	{pattern: "shop|#shop|shopping|shoppable", signal: ShopCue, weight: 1, why: "a call to buy"},
	{pattern: "shop now|here|online|the+look|the+looks|this+look|my+look|my+looks|it|this|these|them|all", signal: ShopCue, weight: 2, why: "a call to buy, in the imperative"},
	{pattern: "available|avail|out+now|now+available|now+out|get+yours|grab+yours|get+yours+now|grab+yours+now|exclusively at|on|from|in|@? {brand}", signal: ShopCue, weight: 2, why: "a product and the account that sells it"},
	{pattern: "now live|out|in+stores|on+sale", signal: ShopCue, weight: 1, why: "a product you can buy now"},
	{pattern: "available|avail|now+available|available+now", signal: ShopCue, weight: 2, why: "a product on sale: available to buy"},
	{pattern: "out now", signal: ShopCue, weight: 1, why: "a product you can buy now"},
	{pattern: "available at|on|in|from|exclusively|online|now|here", signal: ShopCue, weight: 1, why: "where to buy"},
	{pattern: "avail on|at", signal: ShopCue, weight: 1, why: "where to buy"},
	{pattern: "link|links|linked in|on|is+in my|the? bio|profile|story|stories", signal: ShopCue, weight: 1, why: "the link-in-bio call to action"},
	{pattern: "#linkinbio|#linkinprofile|#swipeup|#shopthelook|#shopmylook", signal: ShopCue, weight: 1, why: "the link-in-bio call to action"},
	{pattern: "swipe up", signal: ShopCue, weight: 1, why: "the stories link call to action"},
	{pattern: "get|grab|snag yours|now|here", signal: ShopCue, weight: 1, why: "a call to buy"},
	{pattern: "order|buy yours|it|them|one|now|here|today|online", signal: ShopCue, weight: 1, why: "a call to buy"},
	{pattern: "tap|click to shop|buy", signal: ShopCue, weight: 1, why: "a call to buy"},
	{pattern: "stock up", signal: ShopCue, weight: 1, why: "a call to buy"},
	{pattern: "head|go over? to {brand}", signal: ShopCue, weight: 1, why: "sending followers to a brand's account"},
	{pattern: "check them|it|out {brand}", signal: ShopCue, weight: 1, why: "sending followers to a brand's account"},
	{pattern: "book now|your", signal: ShopCue, weight: 1, why: "a call to buy a service"},

	// Against an ad: work credited to people.
	{pattern: peopleWords + " by|from|:|-|–|— {brand}", signal: PeopleCredit, weight: -1, why: "a credit to a photographer, stylist or artist names people, not a sponsor"},
	{pattern: "shot|photographed|filmed|captured|styled|edited by", signal: PeopleCredit, weight: -1, why: "a credit to a person's work"},

	// Against an ad: personal life.
	{pattern: "happy birthday|bday|anniversary|father's+day|mother's+day|mothers+day|fathers+day|valentine's+day", signal: Personal, weight: -2, why: "wishes to someone mark a personal occasion"},
	{pattern: "birthday|wedding|engagement|engaged|funeral|passed+away|rip|rest+in+peace|rest+in+power|baptized|graduation|graduated|due+date", signal: Personal, weight: -2, why: "a personal milestone"},
	{pattern: "my|our best? friend|friends|bff|bestie|besties|sister|sisters|brother|brothers|mom|mum|mommy|mama|dad|daddy|papa|mother|father|parents|husband|hubby|wife|boyfriend|girlfriend|fiance|fiancé|fiancee|son|daughter|kids|babies|baby|nephew|niece|grandma|grandpa|family|cousin|boo|bae|roommate|roomie", signal: Personal, weight: -2,
		why: "family and friends are personal"},
	{pattern: "i|we love you|miss you", signal: Personal, weight: -2, why: "a personal message"},

	// Against an ad: a cause.
	{pattern: "charity|charities|#charity|fundraiser|fundraising|donate|donated|donating|donation|donations|nonprofit|non-profit|foundation|volunteer|volunteering", signal: Charity, weight: -2,
		why: "a charity or cause is no sponsor's sale"},
	{pattern: "raise|raising money|funds|awareness", signal: Charity, weight: -2, why: "a cause"},

	// Against an ad: an appearance or event as the news.
	{pattern: "tune in", signal: Appearance, weight: -2, why: "a broadcast appearance"},
	{pattern: "tonight|tomorrow|tonight's on", signal: Appearance, weight: -2, why: "a dated appearance"},
	{pattern: "watch me on", signal: Appearance, weight: -2, why: "a broadcast appearance"},
	{pattern: "episode|premiere|premieres|interview|podcast|concert|gig|tour|airs|on+air|season+finale|finale", signal: Appearance, weight: -2, why: "an appearance or a show"},
	{pattern: "ticket|tickets|tix", signal: Appearance, weight: -2, why: "an event to attend"},
}

// Weights of the signals the scorer finds outside the phrase table.
const (
	codeWeight      = 3 // DiscountCode
	affiliateWeight = 3 // AffiliateLink
	trackingWeight  = 2 // TrackingLink
	contextWeight   = 1 // BrandInContext
	tagWeight       = 3 // Partnership, from a brand-role hashtag
	creditWeight    = 2 // ProductCredit, from "@brand <item>"
)

// tagSuffixes end a hashtag that names a brand role after the brand's
// name: the FTC's own examples of a disclosure a brand may ask for are
// "#<brand>partner" and "#<brand>ambassador" (per ftc-101), and
// "#<brand>collab" and "#<brand>squad" are the same convention. A hashtag
// starting with "sponsored" ("#sponsoredbutiloveit") counts too.
var tagSuffixes = [...]string{"partner", "partners", "ambassador", "ambassadors", "collab", "sponsored"}

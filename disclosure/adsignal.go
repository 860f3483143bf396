package disclosure

import "errors"

// AdSignal names one kind of evidence that [ReadAd] weighs when it reads
// whether a post is an ad. The zero value is UnknownAdSignal, which
// ReadAd never reports. Signals with a positive weight argue for an ad,
// those with a negative weight against one; [Checker.ReadAd] lists the
// weights.
//
// Its text form is the lower-case name with hyphens ("discount-code");
// parsing ignores case.
//
//enumgen:names unknown, label, discount-code, affiliate-link, tracking-link, partnership, thanks-for-product, own-product, product-credit, offer, giveaway, launch, shop-cue, brand-in-context, people-credit, personal, charity, appearance
type AdSignal uint8

// The signals, those for an ad first.
const (
	UnknownAdSignal AdSignal = iota
	// AdLabel: a disclosure label [Check] finds, of any clarity (Clear 6,
	// Ambiguous 4, Vague 3). Without a [Post.Brand] a bare thank-you
	// ("thanks @someone") is not one.
	AdLabel
	// AdDiscountCode: a discount code ("code MAX20"), 3.
	AdDiscountCode
	// AdAffiliateLink: a link on an affiliate network's host or with an
	// affiliate parameter (see [Checker.SponsoredMix]), 3.
	AdAffiliateLink
	// AdTrackingLink: a link with campaign tracking parameters
	// (utm_source, utm_campaign...), 2.
	AdTrackingLink
	// AdPartnership: the creator says they work with a brand ("partnered
	// with", "teamed up with", "campaign for @brand", "ambassador for", a
	// "#<brand>partner" hashtag), 3; "working with @brand", 2.
	AdPartnership
	// AdThanksForProduct: thanks to an account for a product or service
	// ("@x thank you for my new wig", "thanks @x for the stay"), 3.
	AdThanksForProduct
	// AdOwnProduct: the creator sells their own product or brand ("my new
	// collection", "our annual sale", "my shop"), 3.
	AdOwnProduct
	// AdProductCredit: a product credited to an account ("DRESS:
	// @x", "wearing @x", "shoes from @x"), 2.
	AdProductCredit
	// AdOffer: a price offer ("sale", "20% off", "free shipping"), 2.
	AdOffer
	// AdGiveaway: a giveaway or contest ("giveaway", "to win"), 2.
	AdGiveaway
	// AdLaunch: a launch or drop ("launching", "just dropped", "new
	// collection", "new" beside an @mention), 1; "new <product> from
	// @brand", 2.
	AdLaunch
	// AdShopCue: a call to buy ("shop", "link in bio", "swipe up", "now
	// live"), 1; in the imperative or naming the seller ("shop now",
	// "available at @shop", "available now"), 2.
	AdShopCue
	// AdBrandInContext: an @mention (of the post's Brand, when set) in a
	// post with another signal for an ad, 1: the first such mention in
	// that signal's sentence, else the first in the caption. A mention
	// inside a people credit ("photo by @x") is a person's, not a brand's.
	AdBrandInContext
	// AdPeopleCredit: a credit to a person's work ("photo by @x", "hair
	// by @x", "styled by"), -1.
	AdPeopleCredit
	// AdPersonal: a personal occasion or relation ("happy birthday", "my
	// best friend", "our wedding"), -2.
	AdPersonal
	// AdCharity: a charity or cause ("fundraiser", "donate", "charity"),
	// -2.
	AdCharity
	// AdAppearance: an appearance or event as the news ("tune in",
	// "tonight on", "episode", "concert tickets"), -2.
	AdAppearance
)

// ErrUnknownAdSignal is wrapped by errors for text or values that name no
// ad signal.
var ErrUnknownAdSignal = errors.New("disclosure: unknown ad signal")

package adread

// Signal names one kind of evidence a reading weighs. The values are
// those of disclosure.AdSignal, in the same order; a test of that package
// holds them together.
type Signal uint8

// The signals, those for an ad first.
const (
	Unknown Signal = iota
	Label
	DiscountCode
	AffiliateLink
	TrackingLink
	Partnership
	ThanksForProduct
	OwnProduct
	ProductCredit
	Offer
	Giveaway
	Launch
	ShopCue
	BrandInContext
	PeopleCredit
	Personal
	Charity
	Appearance
)

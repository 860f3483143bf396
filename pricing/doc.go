// Package pricing is exact money arithmetic for influencer campaigns: amounts
// in a currency, sum-preserving splits, locale formatting, cost metrics (CPM,
// CPE, CPC, CPA, ROI, ROAS), rate cards and itemized quotes, market rates
// per follower tier, and budget planning.
//
// # Sections
//
// Money. A Money is a decimal.Decimal amount and a golang.org/x/text/currency
// Unit. No float64 ever touches an amount, and no package-level setting of
// github.com/shopspring/decimal is read or written: amounts are built from
// text (New), decimals (FromDecimal) or minor units (FromMinor), and
// divisions use DivRound or QuoRem with an explicit precision. The scale of
// a currency's minor unit comes from CLDR through
// currency.Standard.Rounding: 2 places for USD, 0 for JPY, 3 for BHD.
//
// Rounding. Arithmetic is exact; rounding is named and happens at the
// boundaries: Round (the minor unit, halves away from zero), RoundCash (the
// smallest coin: 0.05 CHF), String and Format (display), and the cost
// metrics, which return amounts rounded to the minor unit.
//
// Splits. Allocate and Split divide an amount by the largest-remainder
// method at the minor unit: the parts always add up to the rounded total,
// ties go to earlier parties, and a zero weight always gets zero.
//
// JSON. A Money marshals as {"amount":"1250.50","currency":"USD"}, the amount
// as a string; unmarshalling also accepts the amount as a JSON number.
//
// Formatting. Format writes an amount for people with golang.org/x/text's
// number formatting in the reader's locale, working around what x/text gets
// wrong (see Money.Format).
//
// Cost metrics. CPM, CPE, CPC and CPA divide a cost by a count and round once
// to the minor unit, halves away from zero; ROI and ROAS return fractions
// (0.25 is 25%) rounded to RatioPlaces. The Hers campaign of "The mighty
// micro-influencer" (mighty-micro in SOURCES.md) reproduces:
// 17,515.87 USD over 3,414,400 impressions is a 5.13 USD CPM.
//
// Rate cards and quotes. A RateCard holds unit prices per platform and
// format; NewQuote prices deliverable lines from it and applies Terms in a
// fixed, documented order (bundle, percentage and fixed discounts, usage
// rights, exclusivity, products in kind). Every Item of a Quote says how its
// amount was computed, and totals are exact sums of the items. Affiliate
// commission depends on future sales and stays out of the totals
// (Quote.Commission).
//
// Market rates. MarketRate and CheckMarketPrice look up the typical price
// per post for a platform and follower count on tier.FiveTier, from
// Influencer Marketing Hub's table (2024, imh-rates) and mighty-micro, each row citing its
// source (MarketRates); CheckMarketPrice says whether an offer is below,
// within or above the range.
//
// Budget planning. PlanBudget says how many creators of each tier a budget
// pays for at market rates; Money.Allocate splits a budget across chosen
// creators by weights without losing a cent.
//
// Attribution. Attribute credits orders to creators by discount code (trimmed,
// case-insensitive) and link id (a utm_content value, exact): an order that
// matches two creators is reported as a conflict and counted for neither, a
// repeated order ID counts once, and unmatched orders are listed. Per creator
// and for the campaign it reports conversions, revenue, CPA, ROI and ROAS
// against the fees; attributed plus unattributed revenue always equals the
// orders' total exactly, and mixed currencies are an error.
//
// Errors. Every error wraps one of the exported sentinels (ErrCurrencyMismatch,
// ErrUnknownCurrency, ErrInvalidAmount, ...); test for them with errors.Is.
//
// Concurrency. Every type is an immutable value and every function is pure:
// all are safe for concurrent use. Only MustNew panics on bad input, and
// Money.Mul on a factor whose decimal exponent is beyond int32 once added to
// the amount's (see Money.Mul: no factor written in ordinary notation comes
// near). Package-level tables are never modified.
package pricing

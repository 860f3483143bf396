// Package pricing is exact money arithmetic for influencer campaigns:
// amounts in a currency, sum-preserving splits, cost metrics, rate cards and
// itemized quotes, market price ranges per follower tier, budget planning and sales
// attribution.
//
// Sources are cited by the keys of the repository's SOURCES.md, each with
// its author or title where a doc first uses it. Contents:
//
//   - Money: an exact amount in a currency.
//   - Rounding: named, and only at the boundaries.
//   - Splits: parts that always add up to the total.
//   - JSON: Money's form and every result's.
//   - Formatting: an amount for people, in their locale.
//   - Cost metrics: CPM, CPE, CPC, CPA, ROI and ROAS.
//   - Rate cards and quotes: itemized prices with their arithmetic.
//   - Market price ranges: typical prices per tier and platform.
//   - Budget planning: how many creators a budget pays for.
//   - Attribution: orders credited to creators by code and link.
//   - Errors and concurrency: sentinels, purity, what may panic.
//
// # Money
//
// A [Money] is a [decimal.Decimal] amount and a golang.org/x/text/currency
// [currency.Unit]. No float64 ever touches an amount, and no package-level
// setting of github.com/shopspring/decimal is read or written: amounts are
// built from text ([New]), decimals ([FromDecimal]) or minor units
// ([FromMinor]), and divisions use DivRound or QuoRem with an explicit
// precision. Amounts of different currencies never mix: [Money.Add] of USD
// and EUR is an error wrapping [ErrCurrencyMismatch] (see ExampleNew and
// ExampleMoney_Add).
//
//	fee := pricing.MustNew("1250.50", "USD")
//	total, err := fee.Add(pricing.MustNew("100", "USD")) // 1350.50 USD
//
// # Rounding
//
// Arithmetic is exact; rounding is named and happens at the boundaries:
// [Money.Round] (the minor unit, halves away from zero), [Money.RoundCash]
// (the smallest coin: 0.05 CHF), [Money.String] and [Money.Format]
// (display), and the cost metrics, which return amounts rounded to the
// minor unit. The scale of a currency's minor unit comes from CLDR ([MinorUnitDigits]:
// 2 places for USD, 0 for JPY, 3 for BHD). See ExampleMoney_Round.
//
// # Splits
//
// [Money.Allocate] and [Money.Split] divide an amount by the
// largest-remainder method at the minor unit: the parts always add up to
// the rounded total, ties go to earlier parties, and a zero weight always
// gets zero (see ExampleMoney_Allocate and ExampleMoney_Split):
//
//	parts, err := pricing.MustNew("100", "USD").Split(3) // 33.34, 33.33, 33.33 USD
//
// # JSON
//
// A Money marshals as {"amount":"1250.50","currency":"USD"}, the amount as a
// string; [Money.UnmarshalJSON] also accepts the amount as a JSON number and
// is as strict as contract.Parse (exact member names, each once, nothing
// else). Every Money marshals to JSON that reads back [Money.Equal], or
// marshalling fails with an error wrapping [ErrInvalidAmount] (an amount
// past the bounds of [New], which arithmetic can reach).
//
// Every result type travels as JSON in the library's one form: snake_case
// keys, lists as [] when empty, enums by name, money as above, rates and
// other fractions as JSON numbers (0.15 is 15%), written exactly, never
// through a float64. [Item], [UnitPrice], [RateCard], [MarketRange],
// [Affordable], [Order], [CreatorResult], [Conflict], [AttributionTotals]
// and [Attribution] round-trip; a [Quote] marshals every total and item but
// cannot be rebuilt from JSON (see ExampleMoney_MarshalJSON,
// ExampleMarketRange_jsonRoundTrip and ExampleQuote_MarshalJSON).
//
// A quote's terms ([Terms], [Bundle], [UsageTerms], [ExclusivityTerms])
// have a JSON form of their own ([Terms.MarshalJSON]): snake_case
// keys, fractions as decimal strings ("0.125"), money as above, and a round
// trip to Equal values, whatever shopspring's MarshalJSONWithoutQuotes says
// (see ExampleTerms_jsonRoundTrip).
//
// Every JSON reader pricing defines applies the library's one rule for
// JSON objects, the rule tier's readers and contract.Parse apply: member
// names exactly as written (no other case), each at most once, no unknown
// ones. [Line] and [CreatorTracking], plain structs of tagged fields with
// no reader of their own, are read by encoding/json.
//
// # Formatting
//
// [Money.Format] writes an amount for people with golang.org/x/text's number
// formatting in the reader's locale, working around what x/text gets wrong
// (see Money.Format and ExampleMoney_Format):
//
//	pricing.MustNew("1250.5", "EUR").Format(language.German) // "1.250,50 EUR"
//
// # Cost metrics
//
// [CPM], [CPE], [CPC] and [CPA] divide a cost by a count and round once to
// the minor unit, halves away from zero; [ROI] and [ROAS] return fractions
// (0.25 is 25%) rounded to [RatioPlaces]. The Hers campaign of mighty-micro
// ("The mighty micro-influencer", a small-business guide) reproduces:
// 17,515.87 USD over 3,414,400 impressions is a 5.13 USD CPM (see ExampleCPM
// and ExampleROI).
//
// # Rate cards and quotes
//
// A [RateCard] holds one [UnitPrice] per platform and format; [NewQuote]
// prices deliverable [Line]s from it and applies [Terms] in a fixed,
// documented order (bundle, percentage and fixed discounts, usage rights,
// exclusivity, products in kind). Every [Item] of a [Quote] says how its
// amount was computed, and totals are exact sums of the items. Affiliate
// commission depends on future sales and stays out of the totals
// ([Quote.Commission]). See ExampleNewQuote.
//
// # Market price ranges
//
// [MarketRangeFor] and [CheckMarketPrice] look up the typical price per post
// for a platform and follower count on [tier.FiveTier], from imh-rates
// (Influencer Marketing Hub, "Influencer Rates", 2024) and mighty-micro,
// each row citing its source ([MarketRanges]); CheckMarketPrice says whether an offer is
// [influencekit.Below], [influencekit.Within] or [influencekit.Above] the
// range (an [influencekit.Standing]). See ExampleCheckMarketPrice.
//
// # Budget planning
//
// [PlanBudget] says how many creators of each tier a budget pays for at
// market prices ([Affordable]); [Money.Allocate] splits a budget across
// chosen creators by weights without losing a cent (see ExamplePlanBudget
// and ExampleMoney_Allocate_budget).
//
// # Attribution
//
// [Attribute] credits [Order]s to creators by discount code (trimmed,
// case-insensitive) and link id (a utm_content value, exact): an order that
// matches two creators is reported as a [Conflict] and counted for neither,
// a repeated order ID counts once, and unmatched orders are listed. Per
// creator ([CreatorResult]) and for the campaign ([AttributionTotals]) it
// reports conversions, revenue, CPA, ROI and ROAS against the fees;
// attributed plus unattributed revenue always equals the orders' total
// exactly, and mixed currencies are an error. See ExampleAttribute.
//
// # Errors and concurrency
//
// Every error wraps one of the exported sentinels ([ErrCurrencyMismatch],
// [ErrUnknownCurrency], [ErrInvalidAmount], ...); test for them with
// [errors.Is] (see ExampleMoney_Add). Every type is an immutable value and
// every function is pure: all are safe for concurrent use, and no result
// depends on an assignable variable of this package's dependencies
// (currency.XXX, currency.Standard, tier.FiveTier, message.DefaultCatalog,
// decimal.DivisionPrecision, ...). Only [MustNew] panics on bad input, and
// [Money.Mul] on a factor whose decimal exponent is beyond int32 once added
// to the amount's (no factor written in ordinary notation comes near).
// Package-level tables are never modified.
package pricing

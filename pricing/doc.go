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
// Errors. Every error wraps one of the exported sentinels (ErrCurrencyMismatch,
// ErrUnknownCurrency, ErrInvalidAmount, ...); test for them with errors.Is.
//
// Concurrency. Every type is an immutable value and every function is pure:
// all are safe for concurrent use, and only MustNew panics.
package pricing

package pricing

import "errors"

// The sentinel errors of this package. Every error a function returns wraps
// one of them (test with [errors.Is]); the message around it names the
// offending value.
var (
	// ErrUnknownCurrency is wrapped when a currency code is not a
	// well-formed, recognised ISO 4217 code, or is XXX ("no currency").
	ErrUnknownCurrency = errors.New("pricing: unknown currency")

	// ErrNoCurrency is wrapped when an operation needs a currency and is
	// given the zero [Money], which has none.
	ErrNoCurrency = errors.New("pricing: money has no currency (the zero Money)")

	// ErrInvalidAmount is wrapped when an amount is malformed text or lies
	// outside the bounds [New] documents.
	ErrInvalidAmount = errors.New("pricing: invalid amount")

	// ErrCurrencyMismatch is wrapped when two amounts that must share a
	// currency do not.
	ErrCurrencyMismatch = errors.New("pricing: currency mismatch")

	// ErrInvalidWeights is wrapped by [Money.Allocate] and [Money.Split] when there are no
	// parties, a weight is negative, or every weight is zero.
	ErrInvalidWeights = errors.New("pricing: invalid allocation weights")

	// ErrNonPositiveBase is wrapped when a denominator (impressions, clicks,
	// cost, ...) is zero or negative.
	ErrNonPositiveBase = errors.New("pricing: denominator is zero or negative")

	// ErrInvalidMoneyJSON is wrapped when JSON for a [Money] is not an object
	// with exactly the members "amount" and "currency".
	ErrInvalidMoneyJSON = errors.New("pricing: invalid money JSON")

	// ErrInvalidAttributionJSON is wrapped when JSON for an [Attribution]
	// does not have the shape [Attribution.MarshalJSON] writes.
	ErrInvalidAttributionJSON = errors.New("pricing: invalid attribution JSON")

	// ErrInvalidResultJSON is wrapped when JSON for a [MarketRange], an
	// [Affordable] or a quote [Item] breaks the library's rule for JSON
	// objects (a member name unknown, repeated or in another case) or has
	// a value of the wrong type.
	ErrInvalidResultJSON = errors.New("pricing: invalid result JSON")
)

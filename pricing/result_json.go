package pricing

import (
	"bytes"
	"encoding/json"
	"fmt"

	"golang.org/x/text/currency"
)

// The JSON forms of pricing's results follow the library's rules: keys in
// snake_case, lists as [] when empty (never null), enums by name, money as
// {"amount":"1250.50","currency":"USD"} (see [Money.MarshalJSON]), rates and
// other fractions as JSON numbers (0.15 is 15%), written exactly from the
// decimal and never through a float64.

// quoteJSON is the wire shape of a [Quote].
type quoteJSON struct {
	Items     []Item         `json:"items"`
	Subtotal  Money          `json:"subtotal"`
	Fee       Money          `json:"fee"`
	Total     Money          `json:"total"`
	Cash      Money          `json:"cash"`
	Affiliate AffiliateTerms `json:"affiliate"`
}

// MarshalJSON implements [json.Marshaler]:
//
//	{"items":[{"kind":"deliverable",...}],"subtotal":{...},"fee":{...},
//	 "total":{...},"cash":{...},"affiliate":{"rate":0.1}}
//
// items as [Item] writes them, in the order [Quote.Items] returns them, and
// the four amounts of [Quote.Subtotal], [Quote.Fee], [Quote.Total] and
// [Quote.Cash]. The zero [Quote] has no items ([]) and null amounts. See
// [Quote] for why there is no UnmarshalJSON.
func (q Quote) MarshalJSON() ([]byte, error) {
	items := q.items
	if items == nil {
		items = []Item{}
	}
	return json.Marshal(quoteJSON{Items: items, Subtotal: q.subtotal, Fee: q.fee, Total: q.total, Cash: q.cash, Affiliate: q.affiliate})
}

// MarshalJSON implements [json.Marshaler]: {"rate":0.15}, the rate a JSON
// number in plain notation with no trailing zeros, exactly as the decimal
// holds it. A rate past the bounds [New] reads is an error wrapping
// [ErrInvalidAmount], so that what marshals reads back.
func (a AffiliateTerms) MarshalJSON() ([]byte, error) {
	text, err := fractionJSONText(a.Rate)
	if err != nil {
		return nil, fmt.Errorf("affiliate rate: %w", err)
	}
	return []byte(`{"rate":` + text + `}`), nil
}

// UnmarshalJSON implements [json.Unmarshaler] for {"rate":0.15}: the rate
// is a JSON number (or, as encoding/json reads a json.Number, a string
// holding one) read exactly as decimal text, with the bounds [New] puts
// on amounts (error wrapping [ErrInvalidAmount]); unknown, repeated or
// case-folded member names and a rate of another JSON type are errors
// wrapping [ErrInvalidQuote]. It does not check that the rate lies in
// [0, 1]: [NewQuote] does. JSON null leaves a unchanged; on error a is
// unchanged.
func (a *AffiliateTerms) UnmarshalJSON(data []byte) error {
	if string(bytes.Trim(data, " \t\r\n")) == "null" { // JSON whitespace only
		return nil
	}
	var w struct {
		Rate json.RawMessage `json:"rate"`
	}
	if err := readObject(data, &w, ErrInvalidQuote, "affiliate terms"); err != nil {
		return err
	}
	if w.Rate == nil {
		return fmt.Errorf("%w: affiliate terms without \"rate\"", ErrInvalidQuote)
	}
	text := w.Rate
	switch c := text[0]; {
	case c == '"':
		text = jsonStringContent(text)
	case c != '-' && (c < '0' || c > '9'):
		return fmt.Errorf("%w: affiliate terms: member \"rate\" is %s, want a number", ErrInvalidQuote, describeValue(text))
	}
	rate, err := parseAmount(string(text))
	if err != nil {
		return fmt.Errorf("affiliate rate: %w", err)
	}
	a.Rate = rate
	return nil
}

// creatorResultFields is [CreatorResult] without its methods, for encoding/json.
type creatorResultFields CreatorResult

// MarshalJSON implements [json.Marshaler] with the field names of the
// struct tags, writing no attributed orders as "order_ids":[].
func (r CreatorResult) MarshalJSON() ([]byte, error) {
	if r.OrderIDs == nil {
		r.OrderIDs = []string{}
	}
	return json.Marshal(creatorResultFields(r))
}

// attributionJSON is the wire shape of an [Attribution].
type attributionJSON struct {
	Currency   string            `json:"currency"`
	Creators   []CreatorResult   `json:"creators"`
	Unmatched  []Order           `json:"unmatched"`
	Conflicts  []Conflict        `json:"conflicts"`
	Duplicates []Order           `json:"duplicates"`
	Totals     AttributionTotals `json:"totals"`
}

// emptyIfNil returns s, or an empty slice for nil, so that it marshals as [].
func emptyIfNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// MarshalJSON implements [json.Marshaler]: the currency as its ISO code
// ("USD"), each list as [] when empty, creators as [CreatorResult] writes
// them, orders as [Order] does, and the totals.
func (a Attribution) MarshalJSON() ([]byte, error) {
	return json.Marshal(attributionJSON{
		Currency:   a.Currency.String(),
		Creators:   emptyIfNil(a.Creators),
		Unmatched:  emptyIfNil(a.Unmatched),
		Conflicts:  emptyIfNil(a.Conflicts),
		Duplicates: emptyIfNil(a.Duplicates),
		Totals:     a.Totals,
	})
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes. Unknown, repeated or case-folded member names, at any depth, are
// errors wrapping [ErrInvalidAttributionJSON]; a
// currency that is not an ISO 4217 code wraps [ErrUnknownCurrency]. It
// rebuilds the value as written and does not check it against the orders:
// only [Attribute] computes one. JSON null leaves a unchanged; on error a is
// unchanged.
func (a *Attribution) UnmarshalJSON(data []byte) error {
	if string(bytes.Trim(data, " \t\r\n")) == "null" { // JSON whitespace only
		return nil
	}
	var w attributionJSON
	if err := readObject(data, &w, ErrInvalidAttributionJSON, "attribution"); err != nil {
		return err
	}
	unit, err := currency.ParseISO(w.Currency)
	if err != nil {
		return fmt.Errorf("%w %q", ErrUnknownCurrency, w.Currency)
	}
	*a = Attribution{Currency: canonicalUnit(unit), Creators: w.Creators, Unmatched: w.Unmatched,
		Conflicts: w.Conflicts, Duplicates: w.Duplicates, Totals: w.Totals}
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] for the form MarshalJSON
// writes, with the library's strict rule for objects: unknown, repeated or
// case-folded member names and values of the wrong type are errors
// wrapping [ErrInvalidAttributionJSON]. On error r is unchanged.
func (r *CreatorResult) UnmarshalJSON(data []byte) error {
	var w creatorResultFields
	if err := readObject(data, &w, ErrInvalidAttributionJSON, "creator result"); err != nil {
		return err
	}
	*r = CreatorResult(w)
	return nil
}

// orderFields, conflictFields and totalsFields are [Order], [Conflict] and
// [AttributionTotals] without their methods, for encoding/json.
type (
	orderFields    Order
	conflictFields Conflict
	totalsFields   AttributionTotals
)

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the struct tags, with [CreatorResult.UnmarshalJSON]'s rules.
// On error o is unchanged.
func (o *Order) UnmarshalJSON(data []byte) error {
	var w orderFields
	if err := readObject(data, &w, ErrInvalidAttributionJSON, "order"); err != nil {
		return err
	}
	*o = Order(w)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the struct tags, with [CreatorResult.UnmarshalJSON]'s rules.
// On error c is unchanged.
func (c *Conflict) UnmarshalJSON(data []byte) error {
	var w conflictFields
	if err := readObject(data, &w, ErrInvalidAttributionJSON, "conflict"); err != nil {
		return err
	}
	*c = Conflict(w)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the struct tags, with [CreatorResult.UnmarshalJSON]'s rules.
// On error t is unchanged.
func (t *AttributionTotals) UnmarshalJSON(data []byte) error {
	var w totalsFields
	if err := readObject(data, &w, ErrInvalidAttributionJSON, "attribution totals"); err != nil {
		return err
	}
	*t = AttributionTotals(w)
	return nil
}

// itemFields, marketRangeFields and affordableFields are [Item],
// [MarketRange] and [Affordable] without their methods, for encoding/json.
type (
	itemFields        Item
	marketRangeFields MarketRange
	affordableFields  Affordable
)

// UnmarshalJSON implements [json.Unmarshaler] for the form encoding/json
// writes from the struct tags, with the library's strict rule for objects:
// unknown, repeated or case-folded member names and values of the wrong
// type are errors wrapping [ErrInvalidResultJSON]; the amount has
// [Money.UnmarshalJSON]'s errors. On error it is unchanged.
func (it *Item) UnmarshalJSON(data []byte) error {
	var w itemFields
	if err := readObject(data, &w, ErrInvalidResultJSON, "quote item"); err != nil {
		return err
	}
	*it = Item(w)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] with [Item.UnmarshalJSON]'s
// rules. It rebuilds the range as written and does not look it up in the
// market price table. On error r is unchanged.
func (r *MarketRange) UnmarshalJSON(data []byte) error {
	var w marketRangeFields
	if err := readObject(data, &w, ErrInvalidResultJSON, "market range"); err != nil {
		return err
	}
	*r = MarketRange(w)
	return nil
}

// UnmarshalJSON implements [json.Unmarshaler] with [Item.UnmarshalJSON]'s
// rules, the range read as [MarketRange.UnmarshalJSON] reads it. On error a
// is unchanged.
func (a *Affordable) UnmarshalJSON(data []byte) error {
	var w affordableFields
	if err := readObject(data, &w, ErrInvalidResultJSON, "affordable"); err != nil {
		return err
	}
	*a = Affordable(w)
	return nil
}

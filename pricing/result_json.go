package pricing

import (
	"bytes"
	"encoding/json"
	"fmt"

	"golang.org/x/text/currency"

	"github.com/influencekit/influencekit/internal/decimaltext"
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
// holds it.
func (a AffiliateTerms) MarshalJSON() ([]byte, error) {
	return []byte(`{"rate":` + decimaltext.Shortest(a.Rate) + `}`), nil
}

// UnmarshalJSON implements [json.Unmarshaler] for {"rate":0.15}: the rate
// is a JSON number (or, as encoding/json reads a json.Number, a string
// holding one) read exactly as decimal text, with the bounds [New] puts
// on amounts (error wrapping [ErrInvalidAmount]); unknown members and a
// rate of another JSON type are errors wrapping [ErrInvalidQuote]. It does
// not check that the rate lies in [0, 1]: [NewQuote] does. JSON null
// leaves a unchanged; on error a is unchanged.
func (a *AffiliateTerms) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	dec.UseNumber()
	var w struct {
		Rate *json.Number `json:"rate"`
	}
	if err := dec.Decode(&w); err != nil {
		return fmt.Errorf("%w: affiliate terms: %w", ErrInvalidQuote, err)
	}
	if w.Rate == nil {
		return fmt.Errorf("%w: affiliate terms without \"rate\"", ErrInvalidQuote)
	}
	rate, err := parseAmount(string(*w.Rate))
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
// writes. Unknown members are errors wrapping [ErrInvalidAttributionJSON]; a
// currency that is not an ISO 4217 code wraps [ErrUnknownCurrency]. It
// rebuilds the value as written and does not check it against the orders:
// only [Attribute] computes one. JSON null leaves a unchanged; on error a is
// unchanged.
func (a *Attribution) UnmarshalJSON(data []byte) error {
	if string(bytes.TrimSpace(data)) == "null" {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var w attributionJSON
	if err := dec.Decode(&w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidAttributionJSON, err)
	}
	unit, err := currency.ParseISO(w.Currency)
	if err != nil {
		return fmt.Errorf("%w %q", ErrUnknownCurrency, w.Currency)
	}
	*a = Attribution{Currency: canonicalUnit(unit), Creators: w.Creators, Unmatched: w.Unmatched,
		Conflicts: w.Conflicts, Duplicates: w.Duplicates, Totals: w.Totals}
	return nil
}

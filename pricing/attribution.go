package pricing

import (
	"errors"
	"fmt"
	"hash/maphash"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/cases"
	"golang.org/x/text/currency"
)

// The sentinel errors of sales attribution, in addition to the package's
// [ErrCurrencyMismatch] and [ErrNoCurrency].
var (
	// ErrInvalidCreator is wrapped when a [CreatorTracking] has no name, a
	// name used by another, a blank code or link id, or a negative fee, or
	// when there are no creators at all.
	ErrInvalidCreator = errors.New("pricing: invalid creator tracking")

	// ErrSharedIdentifier is wrapped when one discount code (after trimming
	// and case folding) or one link id belongs to two creators: every order
	// using it would be ambiguous.
	ErrSharedIdentifier = errors.New("pricing: code or link id belongs to two creators")

	// ErrInvalidOrder is wrapped when an order has no ID or a negative
	// amount.
	ErrInvalidOrder = errors.New("pricing: invalid order")
)

// Order is one sale to attribute. Its JSON form names every field in
// snake_case, the time in RFC 3339 ("2026-03-01T12:00:00Z"), and leaves out
// an empty code or link id; it round-trips.
type Order struct {
	ID     string    `json:"id"`                // unique per order; a repeated ID is a duplicate
	Time   time.Time `json:"time"`              // when the order was placed; kept as evidence
	Amount Money     `json:"amount"`            // the revenue; zero or positive
	Code   string    `json:"code,omitempty"`    // the discount code entered at checkout, as typed; may be empty
	LinkID string    `json:"link_id,omitempty"` // the tracked link's id, such as its utm_content value; may be empty
}

// CreatorTracking is what credits a creator with an order: their discount
// codes and link ids, and the fee that their results are measured against.
// It is an input of [Attribute]; its JSON form leaves out empty lists.
type CreatorTracking struct {
	Creator string   `json:"creator"`            // name or handle; unique and not blank
	Codes   []string `json:"codes,omitempty"`    // discount codes, matched trimmed and ignoring case
	LinkIDs []string `json:"link_ids,omitempty"` // link ids, matched trimmed and exactly (utm values are case-sensitive)
	Fee     Money    `json:"fee"`                // what the creator was paid; zero or positive
}

// CreatorResult is one creator's attributed sales. Its [CreatorResult.CPA],
// [CreatorResult.ROI] and [CreatorResult.ROAS] methods measure them against
// the fee.
//
// Its JSON form names every field in snake_case ("order_ids" is [] when
// there are none) and round-trips; the metrics are not part of it.
type CreatorResult struct {
	Creator     string   `json:"creator"`
	Fee         Money    `json:"fee"`
	Revenue     Money    `json:"revenue"`     // exact sum of the attributed orders' amounts, unrounded
	Conversions int64    `json:"conversions"` // attributed orders
	OrderIDs    []string `json:"order_ids"`   // the attributed orders, in input order: the evidence
	ByCode      int64    `json:"by_code"`     // orders matched by discount code only
	ByLink      int64    `json:"by_link"`     // orders matched by link id only
	ByBoth      int64    `json:"by_both"`     // orders whose code and link id both matched this creator
}

// CPA returns Fee / Conversions rounded to the minor unit (see the function
// CPA); no conversions is an error wrapping [ErrNonPositiveBase].
func (r CreatorResult) CPA() (Money, error) { return CPA(r.Fee, r.Conversions) }

// ROI returns (Revenue - Fee) / Fee as a fraction (see the function ROI); a
// zero fee is an error wrapping [ErrNonPositiveBase].
func (r CreatorResult) ROI() (decimal.Decimal, error) { return ROI(r.Revenue, r.Fee) }

// ROAS returns Revenue / Fee as a fraction (see the function ROAS); a zero
// fee is an error wrapping [ErrNonPositiveBase].
func (r CreatorResult) ROAS() (decimal.Decimal, error) { return ROAS(r.Revenue, r.Fee) }

// Conflict is an order whose discount code belongs to one creator and whose
// link id to another. It is counted for neither: its revenue is
// unattributed. Its JSON form, {"order":{...},"code_creator":"Tess",
// "link_creator":"Sam"}, round-trips.
type Conflict struct {
	Order       Order  `json:"order"`
	CodeCreator string `json:"code_creator"` // the creator whose code the order used
	LinkCreator string `json:"link_creator"` // the creator whose link the order came through
}

// AttributionTotals are a campaign's totals over distinct orders. Amounts
// are exact sums, unrounded, in the campaign's currency:
// Attributed + Unattributed equals Revenue exactly. Its JSON form names
// every field in snake_case and round-trips; the metrics are not part of
// it.
type AttributionTotals struct {
	Orders       int   `json:"orders"`       // distinct orders (duplicates counted once)
	Conversions  int64 `json:"conversions"`  // attributed orders
	Revenue      Money `json:"revenue"`      // all distinct orders
	Attributed   Money `json:"attributed"`   // orders credited to exactly one creator
	Unattributed Money `json:"unattributed"` // unmatched and conflicting orders
	Fees         Money `json:"fees"`         // all creators' fees
}

// CPA returns Fees / Conversions rounded to the minor unit; no conversions
// is an error wrapping [ErrNonPositiveBase].
func (t AttributionTotals) CPA() (Money, error) { return CPA(t.Fees, t.Conversions) }

// ROI returns (Attributed - Fees) / Fees as a fraction; zero fees are an
// error wrapping [ErrNonPositiveBase]. Unattributed revenue does not count.
func (t AttributionTotals) ROI() (decimal.Decimal, error) { return ROI(t.Attributed, t.Fees) }

// ROAS returns Attributed / Fees as a fraction; zero fees are an error
// wrapping [ErrNonPositiveBase].
func (t AttributionTotals) ROAS() (decimal.Decimal, error) { return ROAS(t.Attributed, t.Fees) }

// Attribution is the result of [Attribute]: each creator's sales, the
// orders that could not be credited and why, and the campaign totals.
//
// Its JSON form ([Attribution.MarshalJSON]) names every field in
// snake_case, writes the currency as its ISO code and every list as [] when
// empty, and round-trips ([Attribution.UnmarshalJSON]).
type Attribution struct {
	Currency   currency.Unit     `json:"currency"`
	Creators   []CreatorResult   `json:"creators"`   // in the order the creators were given
	Unmatched  []Order           `json:"unmatched"`  // orders whose code and link id match no creator, or that have neither
	Conflicts  []Conflict        `json:"conflicts"`  // orders matching two creators: counted for none
	Duplicates []Order           `json:"duplicates"` // orders repeating an earlier order's ID, even with other figures: skipped, the first counts
	Totals     AttributionTotals `json:"totals"`
}

// Attribute credits orders to creators. An order goes to the creator owning
// its discount code (compared after trimming spaces and folding case:
// " glow10 " uses GLOW10) or its link id (trimmed, compared exactly). An
// order whose code belongs to one creator and link id to another is a
// [Conflict], counted for neither; an order matching nobody, or with neither
// code nor link id, is Unmatched; an order whose ID was seen before is a
// Duplicate and is skipped, so no order is ever counted twice. Amounts are
// summed exactly.
//
// Every amount and fee must be in one currency, the first creator's fee's:
// another is an error wrapping [ErrCurrencyMismatch], the zero [Money] one
// wrapping [ErrNoCurrency]. No creators, a blank or repeated creator name, a
// blank code or link id, or a negative fee wraps [ErrInvalidCreator]; a code
// or link id of two creators wraps [ErrSharedIdentifier]; an order without an
// ID or with a negative amount, or more than 2^32 - 2 orders, wraps
// [ErrInvalidOrder]. Attribute is pure and safe for concurrent use.
func Attribute(orders []Order, creators []CreatorTracking) (Attribution, error) {
	idx, unit, err := indexCreators(creators)
	if err != nil {
		return Attribution{}, err
	}
	a := Attribution{Currency: unit, Creators: make([]CreatorResult, len(creators))}
	scale := MinorUnitDigits(unit)
	revenue := make([]exactSum, len(creators))
	fees := newExactSum(scale)
	for i, c := range creators {
		a.Creators[i] = CreatorResult{Creator: c.Creator, Fee: c.Fee}
		fees.add(c.Fee.amount)
		revenue[i] = newExactSum(scale)
	}

	if uint64(len(orders)) > maxOrders {
		return Attribution{}, fmt.Errorf("%w: %d orders, more than %d", ErrInvalidOrder, len(orders), uint64(maxOrders))
	}
	// credited[i] is the creator order i goes to, or -1. The order IDs are
	// gathered from it afterwards into one array, instead of growing a
	// slice per creator.
	credited := make([]int32, len(orders))
	seen := newIDSet(orders)
	total, unattributed := newExactSum(scale), newExactSum(scale)
	var fold foldBuffer
	for i, o := range orders {
		credited[i] = -1
		if err := checkOrder(i, o, unit); err != nil {
			return Attribution{}, err
		}
		if !seen.add(i) {
			a.Duplicates = append(a.Duplicates, o)
			continue
		}
		total.add(o.Amount.amount)

		byCode, byLink := -1, -1
		if code := fold.key(o.Code); len(code) > 0 {
			byCode = idx.codes.getBytes(code)
		}
		if link := strings.TrimSpace(o.LinkID); link != "" {
			byLink = idx.links.get(link)
		}
		who := byCode
		switch {
		case byCode >= 0 && byLink >= 0 && byCode != byLink:
			a.Conflicts = append(a.Conflicts, Conflict{Order: o, CodeCreator: creators[byCode].Creator, LinkCreator: creators[byLink].Creator})
			unattributed.add(o.Amount.amount)
			continue
		case byCode < 0 && byLink < 0:
			a.Unmatched = append(a.Unmatched, o)
			unattributed.add(o.Amount.amount)
			continue
		case byCode < 0:
			who = byLink
			a.Creators[who].ByLink++
		case byLink < 0:
			a.Creators[who].ByCode++
		default:
			a.Creators[who].ByBoth++
		}
		a.Creators[who].Conversions++
		credited[i] = int32(who)
		revenue[who].add(o.Amount.amount)
	}

	attributed := decimal.New(0, -int32(scale))
	for i := range a.Creators {
		r := revenue[i].value()
		a.Creators[i].Revenue = Money{amount: r, unit: unit}
		attributed = attributed.Add(r)
		a.Totals.Conversions += a.Creators[i].Conversions
	}
	gatherOrderIDs(a.Creators, orders, credited, a.Totals.Conversions)
	a.Totals.Orders = seen.len
	a.Totals.Revenue = Money{amount: total.value(), unit: unit}
	a.Totals.Attributed = Money{amount: attributed, unit: unit}
	a.Totals.Unattributed = Money{amount: unattributed.value(), unit: unit}
	a.Totals.Fees = Money{amount: fees.value(), unit: unit}
	return a, nil
}

// gatherOrderIDs sets each creator's OrderIDs, in input order, from
// credited (the creator of each order, or -1), all in one array of
// conversions IDs. Each creator's slice has no spare capacity, so that
// appending to one never writes into the next.
func gatherOrderIDs(results []CreatorResult, orders []Order, credited []int32, conversions int64) {
	if conversions == 0 {
		return
	}
	ids := make([]string, conversions)
	next := make([]int64, len(results)) // where each creator's next ID goes
	var start int64
	for i := range results {
		next[i] = start
		start += results[i].Conversions
	}
	for i, who := range credited {
		if who >= 0 {
			ids[next[who]] = orders[i].ID
			next[who]++
		}
	}
	start = 0
	for i := range results {
		if end := start + results[i].Conversions; end > start {
			results[i].OrderIDs = ids[start:end:end]
			start = end
		}
	}
}

// idSet is the set of distinct order IDs [Attribute] has seen: an
// open-addressing hash table of order indexes, each slot holding 32 bits of
// the ID's hash beside the index, so that a probe compares strings only
// when the hashes agree. It does the one job Attribute needs, "add, and say
// whether it was new", in one probe, in half the memory of a
// map[string]struct{} of the same IDs; most of Attribute's time went to
// that map.
type idSet struct {
	orders []Order
	slots  []uint64 // 0 for empty; else hash<<32 | (index + 1)
	mask   uint64
	seed   maphash.Seed
	len    int // distinct IDs added
}

// newIDSet returns an empty set for the IDs of orders, sized so that it is
// never more than half full.
func newIDSet(orders []Order) idSet {
	size := uint64(8)
	for size < 2*uint64(len(orders)) {
		size <<= 1
	}
	return idSet{orders: orders, slots: make([]uint64, size), mask: size - 1, seed: maphash.MakeSeed()}
}

// maxOrders is the most orders [Attribute] takes: idSet keeps an order's
// index + 1 in 32 bits.
const maxOrders = 1<<32 - 2

// add adds the ID of orders[i] and reports whether it was new. i is below
// maxOrders.
func (s *idSet) add(i int) bool {
	id := s.orders[i].ID
	h := maphash.String(s.seed, id)
	tag := h >> 32 << 32
	for pos := h & s.mask; ; pos = (pos + 1) & s.mask {
		slot := s.slots[pos]
		if slot == 0 {
			s.slots[pos] = tag | uint64(i+1)
			s.len++
			return true
		}
		if slot&^0xFFFFFFFF == tag && s.orders[slot&0xFFFFFFFF-1].ID == id {
			return false
		}
	}
}

// creatorIndex maps folded codes and trimmed link ids to creator indexes.
type creatorIndex struct {
	codes, links keyTable
}

func indexCreators(creators []CreatorTracking) (creatorIndex, currency.Unit, error) {
	if len(creators) == 0 {
		return creatorIndex{}, currency.Unit{}, fmt.Errorf("%w: no creators to attribute orders to", ErrInvalidCreator)
	}
	unit := creators[0].Fee.unit
	var codes, links int
	for _, c := range creators {
		codes += len(c.Codes)
		links += len(c.LinkIDs)
	}
	seed := maphash.MakeSeed()
	idx := creatorIndex{codes: newKeyTable(codes, seed), links: newKeyTable(links, seed)}
	names := make(map[string]int, len(creators))
	var fold foldBuffer
	for i, c := range creators {
		name := strings.TrimSpace(c.Creator)
		if name == "" {
			return creatorIndex{}, unit, fmt.Errorf("%w: creators[%d] has no name", ErrInvalidCreator, i)
		}
		if j, ok := names[name]; ok {
			return creatorIndex{}, unit, fmt.Errorf("%w: creators[%d] and creators[%d] are both %q", ErrInvalidCreator, j, i, name)
		}
		names[name] = i
		if err := c.Fee.sameCurrency("attribution", creators[0].Fee); err != nil {
			return creatorIndex{}, unit, fmt.Errorf("creators[%d] %q fee: %w", i, c.Creator, err)
		}
		if c.Fee.IsNegative() {
			return creatorIndex{}, unit, fmt.Errorf("%w: creators[%d] %q has a negative fee %s", ErrInvalidCreator, i, c.Creator, c.Fee)
		}
		for k, code := range c.Codes {
			key := string(fold.key(code))
			if key == "" {
				return creatorIndex{}, unit, fmt.Errorf("%w: creators[%d] %q codes[%d] is blank", ErrInvalidCreator, i, c.Creator, k)
			}
			if j := idx.codes.claim(key, i); j != i {
				return creatorIndex{}, unit, sharedError("code", code, creators[i].Creator, creators[j].Creator)
			}
		}
		for k, link := range c.LinkIDs {
			key := strings.TrimSpace(link)
			if key == "" {
				return creatorIndex{}, unit, fmt.Errorf("%w: creators[%d] %q link_ids[%d] is blank", ErrInvalidCreator, i, c.Creator, k)
			}
			if j := idx.links.claim(key, i); j != i {
				return creatorIndex{}, unit, sharedError("link id", link, creators[i].Creator, creators[j].Creator)
			}
		}
	}
	return idx, unit, nil
}

// sharedError reports that raw, a code or link id of creator, is also
// other's.
func sharedError(what, raw, creator, other string) error {
	return fmt.Errorf("%w: %s %q of %q is also %q's", ErrSharedIdentifier, what, raw, creator, other)
}

// keyTable maps the codes or link ids of a campaign to the creators who
// own them: an open-addressing hash table, at most half full, whose slots
// hold 32 bits of a key's hash beside the key's index, so that a probe
// compares strings only when the hashes agree. Attribute looks every order
// up in one; it costs about half of what a map[string]int lookup does.
type keyTable struct {
	keys   []string
	owners []int
	slots  []uint64 // 0 for empty; else hash<<32 | (key index + 1)
	mask   uint64
	seed   maphash.Seed
}

// newKeyTable returns an empty table for up to n keys.
func newKeyTable(n int, seed maphash.Seed) keyTable {
	size := uint64(8)
	for size < 2*uint64(n) {
		size <<= 1
	}
	return keyTable{keys: make([]string, 0, n), owners: make([]int, 0, n), slots: make([]uint64, size), mask: size - 1, seed: seed}
}

// claim records that key belongs to creator, unless another creator holds
// it already, and returns the key's owner: creator, or that other. A
// creator claiming its own key again is harmless. The table must have room:
// no more keys than newKeyTable was told.
func (t *keyTable) claim(key string, creator int) int {
	h := maphash.String(t.seed, key)
	tag := h >> 32 << 32
	for pos := h & t.mask; ; pos = (pos + 1) & t.mask {
		slot := t.slots[pos]
		if slot == 0 {
			t.keys = append(t.keys, key)
			t.owners = append(t.owners, creator)
			t.slots[pos] = tag | uint64(len(t.keys))
			return creator
		}
		if k := slot&0xFFFFFFFF - 1; slot&^0xFFFFFFFF == tag && t.keys[k] == key {
			return t.owners[k]
		}
	}
}

// get returns the owner of key, or -1.
func (t *keyTable) get(key string) int {
	h := maphash.String(t.seed, key)
	tag := h >> 32 << 32
	for pos := h & t.mask; ; pos = (pos + 1) & t.mask {
		slot := t.slots[pos]
		if slot == 0 {
			return -1
		}
		if k := slot&0xFFFFFFFF - 1; slot&^0xFFFFFFFF == tag && t.keys[k] == key {
			return t.owners[k]
		}
	}
}

// getBytes is get for a key held in bytes; it does not allocate.
func (t *keyTable) getBytes(key []byte) int {
	h := maphash.Bytes(t.seed, key)
	tag := h >> 32 << 32
	for pos := h & t.mask; ; pos = (pos + 1) & t.mask {
		slot := t.slots[pos]
		if slot == 0 {
			return -1
		}
		if k := slot&0xFFFFFFFF - 1; slot&^0xFFFFFFFF == tag && t.keys[k] == string(key) {
			return t.owners[k]
		}
	}
}

func checkOrder(i int, o Order, unit currency.Unit) error {
	switch {
	case o.ID == "":
		return fmt.Errorf("%w: orders[%d] has no ID", ErrInvalidOrder, i)
	case o.Amount.unit == noCurrency:
		return fmt.Errorf("%w: orders[%d] %q has no amount", ErrNoCurrency, i, o.ID)
	case o.Amount.unit != unit:
		return fmt.Errorf("%w: orders[%d] %q is %s, the campaign is in %s", ErrCurrencyMismatch, i, o.ID, o.Amount, unit)
	case o.Amount.IsNegative():
		return fmt.Errorf("%w: orders[%d] %q has a negative amount %s; net refunds out before attributing", ErrInvalidOrder, i, o.ID, o.Amount)
	}
	return nil
}

// foldBuffer folds discount codes for comparison without allocating for
// the usual ASCII code. A foldBuffer belongs to one goroutine.
type foldBuffer struct{ buf []byte }

// key returns code trimmed of spaces and case-folded: Unicode full case
// folding (golang.org/x/text/cases.Fold) for non-ASCII text, and its ASCII
// equivalent, lower case, otherwise. The bytes are valid until the next
// call; look them up as m[string(b)], which does not allocate.
func (f *foldBuffer) key(code string) []byte {
	code = strings.TrimSpace(code)
	f.buf = f.buf[:0]
	for i := 0; i < len(code); i++ {
		if code[i] >= utf8.RuneSelf {
			return append(f.buf, cases.Fold().String(code)...)
		}
	}
	f.buf = append(f.buf, code...)
	for i, c := range f.buf {
		if 'A' <= c && c <= 'Z' {
			f.buf[i] = c + 'a' - 'A'
		}
	}
	return f.buf
}

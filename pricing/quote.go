package pricing

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/internal/percent"
)

// ErrInvalidQuote is wrapped when a quote's lines or terms are out of
// range: no lines, a quantity below one, a fraction outside its bounds,
// discounts larger than the deliverables' subtotal, or more product value
// than the total.
var ErrInvalidQuote = errors.New("pricing: invalid quote")

// Line is one line of deliverables asked for in a quote: Quantity pieces of
// content of a format on a platform.
type Line struct {
	Platform influencekit.Platform `json:"platform"`
	Format   influencekit.Format   `json:"format"`
	Quantity int64                 `json:"quantity"` // at least 1
}

// Bundle is a volume discount: once the quote's deliverables, all lines
// together, number MinQuantity or more (inclusive), Discount is taken off
// their subtotal.
//
// Its JSON form is {"min_quantity":5,"discount":"0.1"} (see
// [Bundle.MarshalJSON]).
type Bundle struct {
	MinQuantity int64           `json:"min_quantity"` // at least 1
	Discount    decimal.Decimal `json:"discount"`     // a fraction in [0, 1]: 0.10 is 10%
}

// UsageTerms price the brand's right to reuse the content (on its own
// channels, in paid ads) for Months months: per month, MonthlyRate of the
// fee plus MonthlyFee.
//
// Its JSON form is {"months":3,"monthly_rate":"0.1","monthly_fee":{...}}
// (see [UsageTerms.MarshalJSON]).
type UsageTerms struct {
	Months      int64           `json:"months"`       // 0 for no usage rights
	MonthlyRate decimal.Decimal `json:"monthly_rate"` // a non-negative fraction of the fee per month: 0.10 is 10%
	MonthlyFee  Money           `json:"monthly_fee"`  // a fixed amount per month; the zero Money (JSON null) for none
}

// ExclusivityTerms price the creator's promise not to work with competitors
// for Days days: Rate of the fee plus Fee, once.
//
// Its JSON form is {"days":30,"rate":"0.25","fee":{...}} (see
// [ExclusivityTerms.MarshalJSON]).
type ExclusivityTerms struct {
	Days int64           `json:"days"` // 0 for no exclusivity
	Rate decimal.Decimal `json:"rate"` // a non-negative fraction of the fee: 0.25 is 25%
	Fee  Money           `json:"fee"`  // a fixed premium; the zero Money (JSON null) for none
}

// AffiliateTerms are a commission on the sales the creator's links or code
// bring: Rate of each sale. Commission depends on future sales, so a
// [Quote] reports it separately and never adds it to its totals.
//
// Its JSON form is {"rate":0.1}: the rate is a fraction written as a JSON
// number (see [AffiliateTerms.MarshalJSON]).
type AffiliateTerms struct {
	Rate decimal.Decimal `json:"rate"` // a fraction in [0, 1] of attributed sales: 0.10 is 10%
}

// Terms are the adjustments a [Quote] applies to its deliverables: the levers
// the pro tip of melissa-2017 (Melissa, "Micro-Influencers: What They
// Are...", 2017) names ("discounts, service packages or commission"), the
// product-plus-payment model of mighty-micro ("The mighty
// micro-influencer", a small-business guide), and the usage rights and
// exclusivity a contract prices (the contract checklist of micro-how-to
// ("What is Micro-Influencer Marketing? How to Work With Them")). Each is
// optional (its zero value means "none"), and [NewQuote] applies them in this
// fixed order whatever order they are set in. Discounts apply to what is
// left after the previous step; usage rights and exclusivity are priced on
// the fee that the discounts leave:
//
//  1. [DeliverableItem]: each line is quantity × unit price from the rate card.
//  2. [BundleDiscount]: the Bundle with the highest MinQuantity the quote
//     reaches takes its Discount off the deliverables' subtotal.
//  3. [PercentDiscount]: Discount off what is left.
//  4. [FixedDiscount]: FixedDiscount off what is left. The result is the fee
//     for the content.
//  5. [UsageRights]: Usage.Months × (Usage.MonthlyRate × fee +
//     Usage.MonthlyFee), the monthly amount rounded first.
//  6. [ExclusivityPremium]: Exclusivity.Rate × fee + Exclusivity.Fee.
//     The fee, usage rights and exclusivity premium make the total.
//  7. [ProductInKind]: ProductValue of products given instead of money
//     (mighty-micro's "product-plus-payment" model) is deducted from the total to give
//     the cash to pay.
//
// Affiliate commission is not an item: see [Quote.Commission]. Every amount
// is rounded to the currency's minor unit, halves away from zero, as its
// item is made; totals are exact sums of the rounded items.
//
// Terms travel as JSON in a form of their own, documented at
// [Terms.MarshalJSON]: snake_case keys, fractions as decimal strings, money
// as [Money] writes it, and a round trip to Equal values.
type Terms struct {
	Bundles       []Bundle         `json:"bundles"`        // [] in JSON when there are none
	Discount      decimal.Decimal  `json:"discount"`       // a fraction in [0, 1] of the deliverables after the bundle discount
	FixedDiscount Money            `json:"fixed_discount"` // a non-negative amount; the zero Money (JSON null) for none
	Usage         UsageTerms       `json:"usage"`
	Exclusivity   ExclusivityTerms `json:"exclusivity"`
	ProductValue  Money            `json:"product_value"` // retail value of products given in kind; the zero Money (JSON null) for none
	Affiliate     AffiliateTerms   `json:"affiliate"`
}

// Item is one itemized line of a [Quote].
//
// Its JSON form names every field in snake_case and round-trips:
//
//	{"kind":"deliverable","description":"instagram reel",
//	 "amount":{"amount":"500.00","currency":"USD"},"arithmetic":"2 × 250.00 USD = 500.00 USD"}
type Item struct {
	Kind        ItemKind `json:"kind"`
	Description string   `json:"description"` // what the item is: "instagram reel", "usage rights for 3 months"
	Amount      Money    `json:"amount"`      // rounded to the minor unit; discounts and products in kind are negative
	Arithmetic  string   `json:"arithmetic"`  // how Amount was computed: "2 × 250.00 USD = 500.00 USD"
}

// Quote is an itemized price for a set of deliverables under some terms.
// It is immutable and safe for concurrent use; build it with [NewQuote].
//
// Its JSON form ([Quote.MarshalJSON]) carries the items, the four totals
// and the affiliate terms. A Quote cannot be rebuilt from its JSON: it has
// no UnmarshalJSON, as only [NewQuote] can vouch for the arithmetic between
// its items and totals; price the lines again instead.
type Quote struct {
	items     []Item
	subtotal  Money // deliverables before discounts
	fee       Money // after discounts
	total     Money // fee + usage rights + exclusivity
	cash      Money // total − products in kind
	affiliate AffiliateTerms
}

// NewQuote prices lines from card and applies terms in the order Terms
// documents.
//
// Errors: no lines, a quantity below 1, a bundle MinQuantity below 1, a
// Discount or Bundle.Discount outside [0, 1], a negative rate, fee, month or
// day count, fees without months or days, discounts that exceed the
// deliverables' subtotal, or product value above the total all wrap
// [ErrInvalidQuote]; a deliverable the card has no price for wraps [ErrNoPrice];
// an amount in a currency other than the card's wraps [ErrCurrencyMismatch];
// an empty card wraps [ErrInvalidRateCard].
func NewQuote(card RateCard, lines []Line, terms Terms) (Quote, error) {
	if card.unit == noCurrency {
		return Quote{}, fmt.Errorf("%w: the rate card is empty", ErrInvalidRateCard)
	}
	if len(lines) == 0 {
		return Quote{}, fmt.Errorf("%w: no lines", ErrInvalidQuote)
	}
	if err := checkTerms(card.unit, terms); err != nil {
		return Quote{}, err
	}
	q := Quote{affiliate: terms.Affiliate, items: make([]Item, 0, len(lines)+6)}
	subtotal := Zero(card.unit)
	var count int64
	for i, l := range lines {
		if l.Quantity < 1 {
			return Quote{}, fmt.Errorf("%w: line %d (%s %s) has quantity %d", ErrInvalidQuote, i, l.Platform, l.Format, l.Quantity)
		}
		if count > math.MaxInt64-l.Quantity {
			return Quote{}, fmt.Errorf("%w: more than %d deliverables", ErrInvalidQuote, int64(math.MaxInt64))
		}
		count += l.Quantity
		price, ok := card.Price(l.Platform, l.Format)
		if !ok {
			return Quote{}, fmt.Errorf("%w: line %d asks for %s %s", ErrNoPrice, i, l.Platform, l.Format)
		}
		amount := price.Mul(decimal.NewFromInt(l.Quantity)).Round()
		q.add(DeliverableItem, l.Platform.String()+" "+l.Format.String(), amount,
			strconv.FormatInt(l.Quantity, 10)+" × "+price.exactAmountText()+" "+price.unit.String()+" = "+amount.String())
		subtotal = Money{amount: subtotal.amount.Add(amount.amount), unit: card.unit}
	}
	q.subtotal = subtotal
	running := subtotal

	if b, ok := bestBundle(terms.Bundles, count); ok && !b.Discount.IsZero() {
		off := running.Mul(b.Discount).Round().Neg()
		q.add(BundleDiscount, "bundle of "+strconv.FormatInt(b.MinQuantity, 10)+" or more deliverables", off,
			fmt.Sprintf("%s of %s (%d deliverables) = %s", percent.Decimal(b.Discount), running, count, off))
		running = running.plus(off)
	}
	if !terms.Discount.IsZero() {
		off := running.Mul(terms.Discount).Round().Neg()
		q.add(PercentDiscount, percent.Decimal(terms.Discount)+" discount", off,
			fmt.Sprintf("%s of %s = %s", percent.Decimal(terms.Discount), running, off))
		running = running.plus(off)
	}
	if !terms.FixedDiscount.IsZero() {
		off := terms.FixedDiscount.Round().Neg()
		q.add(FixedDiscount, "fixed discount", off, fmt.Sprintf("%s off %s = %s", terms.FixedDiscount.Round(), running, off))
		running = running.plus(off)
	}
	if running.IsNegative() {
		return Quote{}, fmt.Errorf("%w: discounts take the %s subtotal below zero, to %s", ErrInvalidQuote, subtotal, running)
	}
	q.fee = running

	if u := terms.Usage; u.Months > 0 && (!u.MonthlyRate.IsZero() || !u.MonthlyFee.IsZero()) {
		monthly, how := rateAndFee(u.MonthlyRate, q.fee, u.MonthlyFee)
		amount := monthly.Mul(decimal.NewFromInt(u.Months))
		q.add(UsageRights, "usage rights for "+plural(u.Months, "month"), amount,
			fmt.Sprintf("%d × (%s = %s a month) = %s", u.Months, how, monthly, amount))
		running = running.plus(amount)
	}
	if x := terms.Exclusivity; x.Days > 0 && (!x.Rate.IsZero() || !x.Fee.IsZero()) {
		amount, how := rateAndFee(x.Rate, q.fee, x.Fee)
		q.add(ExclusivityPremium, "exclusivity for "+plural(x.Days, "day"), amount, how+" = "+amount.String())
		running = running.plus(amount)
	}
	q.total = running

	if !terms.ProductValue.IsZero() {
		value := terms.ProductValue.Round()
		if c, _ := value.Cmp(q.total); c > 0 {
			return Quote{}, fmt.Errorf("%w: products worth %s exceed the %s total", ErrInvalidQuote, value, q.total)
		}
		q.add(ProductInKind, "products given in kind", value.Neg(),
			fmt.Sprintf("products worth %s, not paid in money = %s", value, value.Neg()))
		running = running.plus(value.Neg())
	}
	q.cash = running
	return q, nil
}

// add appends an item.
func (q *Quote) add(kind ItemKind, description string, amount Money, arithmetic string) {
	q.items = append(q.items, Item{Kind: kind, Description: description, Amount: amount, Arithmetic: arithmetic})
}

// plus adds two amounts already known to share a currency.
func (m Money) plus(o Money) Money { return Money{amount: m.amount.Add(o.amount), unit: m.unit} }

// rateAndFee returns (rate × base).Round() + fee.Round() and how it was
// computed, leaving out a zero rate or fee.
func rateAndFee(rate decimal.Decimal, base, fee Money) (Money, string) {
	var parts []string
	sum := Zero(base.unit)
	if !rate.IsZero() {
		share := base.Mul(rate).Round()
		sum = sum.plus(share)
		parts = append(parts, percent.Decimal(rate)+" of "+base.String())
	}
	if !fee.IsZero() {
		sum = sum.plus(fee.Round())
		parts = append(parts, fee.Round().String())
	}
	return sum, strings.Join(parts, " + ")
}

// bestBundle returns the bundle with the highest MinQuantity at most count.
func bestBundle(bundles []Bundle, count int64) (Bundle, bool) {
	var best Bundle
	found := false
	for _, b := range bundles {
		if b.MinQuantity <= count && (!found || b.MinQuantity > best.MinQuantity) {
			best, found = b, true
		}
	}
	return best, found
}

func plural(n int64, unit string) string {
	s := strconv.FormatInt(n, 10) + " " + unit
	if n != 1 {
		s += "s"
	}
	return s
}

// checkTerms validates terms against the card's currency.
func checkTerms(unit currency.Unit, t Terms) error {
	seen := make(map[int64]bool, len(t.Bundles))
	for i, b := range t.Bundles {
		switch {
		case b.MinQuantity < 1:
			return fmt.Errorf("%w: bundle %d has a minimum quantity of %d, below 1", ErrInvalidQuote, i, b.MinQuantity)
		case !validFraction(b.Discount):
			return fmt.Errorf("%w: bundle %d has discount %s, outside 0%%-100%%", ErrInvalidQuote, i, percent.Decimal(b.Discount))
		case seen[b.MinQuantity]:
			return fmt.Errorf("%w: two bundles from %d deliverables", ErrInvalidQuote, b.MinQuantity)
		}
		seen[b.MinQuantity] = true
	}
	if !validFraction(t.Discount) {
		return fmt.Errorf("%w: discount %s is outside 0%%-100%%", ErrInvalidQuote, percent.Decimal(t.Discount))
	}
	if !validFraction(t.Affiliate.Rate) {
		return fmt.Errorf("%w: affiliate rate %s is outside 0%%-100%%", ErrInvalidQuote, percent.Decimal(t.Affiliate.Rate))
	}
	if err := checkTermAmount("fixed discount", unit, t.FixedDiscount); err != nil {
		return err
	}
	if err := checkTermAmount("product value", unit, t.ProductValue); err != nil {
		return err
	}
	if err := checkTermAmount("usage fee", unit, t.Usage.MonthlyFee); err != nil {
		return err
	}
	if err := checkTermAmount("exclusivity fee", unit, t.Exclusivity.Fee); err != nil {
		return err
	}
	u, x := t.Usage, t.Exclusivity
	switch {
	case u.Months < 0:
		return fmt.Errorf("%w: usage rights for %d months", ErrInvalidQuote, u.Months)
	case u.MonthlyRate.Sign() < 0:
		return fmt.Errorf("%w: usage rate %s is negative", ErrInvalidQuote, percent.Decimal(u.MonthlyRate))
	case u.Months == 0 && (!u.MonthlyRate.IsZero() || !u.MonthlyFee.IsZero()):
		return fmt.Errorf("%w: usage rights priced but for 0 months", ErrInvalidQuote)
	case x.Days < 0:
		return fmt.Errorf("%w: exclusivity for %d days", ErrInvalidQuote, x.Days)
	case x.Rate.Sign() < 0:
		return fmt.Errorf("%w: exclusivity rate %s is negative", ErrInvalidQuote, percent.Decimal(x.Rate))
	case x.Days == 0 && (!x.Rate.IsZero() || !x.Fee.IsZero()):
		return fmt.Errorf("%w: exclusivity priced but for 0 days", ErrInvalidQuote)
	}
	return nil
}

// checkTermAmount accepts the zero [Money] (none) or a non-negative amount in
// unit.
func checkTermAmount(what string, unit currency.Unit, m Money) error {
	if m.unit == noCurrency {
		return nil
	}
	if m.unit != unit {
		return fmt.Errorf("%w: %s is %s, the rate card is in %s", ErrCurrencyMismatch, what, m, unit)
	}
	if m.IsNegative() {
		return fmt.Errorf("%w: %s %s is negative", ErrInvalidQuote, what, m)
	}
	return nil
}

// Items returns a copy of the quote's items in the order [NewQuote] made
// them (the order Terms documents). Their amounts sum to Cash.
func (q Quote) Items() []Item { return append([]Item(nil), q.items...) }

// Subtotal returns the deliverables' amount before any discount.
func (q Quote) Subtotal() Money { return q.subtotal }

// Fee returns the fee for the content: the subtotal after the bundle,
// percentage and fixed discounts.
func (q Quote) Fee() Money { return q.fee }

// Total returns the value of the deal: the fee plus usage rights and the
// exclusivity premium, products in kind included.
func (q Quote) Total() Money { return q.total }

// Cash returns what the brand pays in money: Total less products given in
// kind. Affiliate commission comes on top, once sales are known.
func (q Quote) Cash() Money { return q.cash }

// Affiliate returns the quote's affiliate commission terms.
func (q Quote) Affiliate() AffiliateTerms { return q.affiliate }

// Commission returns the affiliate commission owed on attributed sales:
// the affiliate rate × sales, rounded to the minor unit, halves away from
// zero; zero without affiliate terms. sales must be in the quote's currency
// ([ErrCurrencyMismatch], or [ErrNoCurrency] for the zero [Money]) and not
// negative ([ErrInvalidAmount]).
func (q Quote) Commission(sales Money) (Money, error) {
	if err := q.total.sameCurrency("commission", sales); err != nil {
		return Money{}, err
	}
	if sales.IsNegative() {
		return Money{}, fmt.Errorf("%w: negative sales %s", ErrInvalidAmount, sales)
	}
	return sales.Mul(q.affiliate.Rate).Round(), nil
}

// String returns the quote as a plain-text table: one row per item with its
// amount and arithmetic, then the fee, total and cash, and the affiliate
// terms if any.
func (q Quote) String() string {
	var b strings.Builder
	width := 0
	for _, it := range q.items {
		width = max(width, len(it.Amount.String()))
	}
	width = max(width, len(q.total.String()))
	row := func(label, amount, note string) {
		fmt.Fprintf(&b, "%-20s %*s", label, width, amount)
		if note != "" {
			b.WriteString("  " + note)
		}
		b.WriteByte('\n')
	}
	for _, it := range q.items {
		row(it.Kind.String(), it.Amount.String(), it.Description+": "+it.Arithmetic)
	}
	row("fee", q.fee.String(), "content after discounts")
	row("total", q.total.String(), "fee + usage rights + exclusivity")
	row("cash", q.cash.String(), "total − products in kind")
	if !q.affiliate.Rate.IsZero() {
		fmt.Fprintf(&b, "plus %s commission on attributed sales, paid once they are known (not in the totals)\n", percent.Decimal(q.affiliate.Rate))
	}
	return b.String()
}

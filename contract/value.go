package contract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/influencekit/influencekit/pricing"
)

// FrenchWrittenContractThreshold returns EUR 1,000.00, excluding tax: from
// this pay plus in-kind value a year, for one advertiser, a commercial
// influence agreement under French law must be written and state the
// mentions of fr-loi-2023-451 art. 8 (fr-decret-2025-1137, in force since
// 1 January 2026). The threshold is reached when the value equals it.
func FrenchWrittenContractThreshold() pricing.Money { return pricing.MustNew("1000.00", "EUR") }

// Value returns what the agreement gives the creator, exactly: the cash
// total (or, without one, the sum of the installments), the value of each
// incentive (goods and services in kind; props, [Incentive.Prop], are not
// pay), and the fees of the usage
// rights, usage grants and exclusivity, which are paid on top of the
// total. Amounts are taken as stated: a fee stated inclusive of VAT
// ([TaxInclusive]) counts with its tax.
//
// ok is false when the agreement states no amount at all. Amounts in more
// than one currency are an error wrapping [pricing.ErrCurrencyMismatch]
// that names the JSON path of the first amount in another currency.
func (c Contract) Value() (value pricing.Money, ok bool, err error) {
	s := c.value()
	if s.err != nil {
		return pricing.Money{}, false, fmt.Errorf("contract: %s: %w", s.path, s.err)
	}
	return s.sum, s.ok, nil
}

// value sums the agreement's amounts; see [Contract.Value].
func (c Contract) value() valueSum {
	s := valueSum{}
	if p := c.Payment; p != nil {
		if p.Total != nil {
			s.add("payment.total", p.Total)
		} else {
			for i, in := range p.Schedule {
				s.add("payment.schedule["+strconv.Itoa(i)+"].amount", in.Amount)
			}
		}
		for i, in := range p.Incentives {
			if !in.Prop { // props are not pay
				s.add("payment.incentives["+strconv.Itoa(i)+"].value", in.Value)
			}
		}
	}
	if u := c.UsageRights; u != nil {
		s.add("usage_rights.fee", u.Fee)
		for i, g := range u.Grants {
			s.add("usage_rights.grants["+strconv.Itoa(i)+"].fee", g.Fee)
		}
	}
	if e := c.Exclusivity; e != nil {
		s.add("exclusivity.fee", e.Fee)
	}
	return s
}

// valueSum adds amounts in one currency, keeping the first error and the
// path of the amount that caused it.
type valueSum struct {
	sum  pricing.Money
	ok   bool
	path string
	err  error
}

func (s *valueSum) add(path string, m *pricing.Money) {
	switch {
	case m == nil || s.err != nil:
	case !s.ok:
		s.sum, s.ok = *m, true
	default:
		sum, err := s.sum.Add(*m)
		if err != nil {
			s.path, s.err = path, err
			return
		}
		s.sum = sum
	}
}

// day returns the day the agreement counts from for a calendar year: the
// signing day, or the term's start when it is not stated.
func (c Contract) day() (Date, bool) {
	if c.SignedOn.Valid() {
		return c.SignedOn, true
	}
	if c.Term != nil && c.Term.Start.Valid() {
		return c.Term.Start, true
	}
	return Date{}, false
}

// AdvertiserYearValue sums, exactly, the [Contract.Value] of every
// agreement with one advertiser in one calendar year: the test of
// [FrenchWrittenContractThreshold] is on this sum, not on each agreement
// (fr-decret-2025-1137). An agreement is the advertiser's when any of its
// brand's names ([disclosure.BrandIdentity.Names]: name, legal entity,
// trading names, handles) equals advertiser, ignoring case and the spaces
// around it; it falls in year when it is signed in it ([Contract.SignedOn]),
// or, with no signing day, when its term starts in it. An agreement with
// neither day, or stating no amount, adds nothing.
//
// ok is false when no agreement adds an amount. Amounts in more than one
// currency are an error wrapping [pricing.ErrCurrencyMismatch] naming the
// agreement's index and the amount's JSON path
// ("contracts[2].payment.total"); nothing is converted.
func AdvertiserYearValue(contracts []Contract, advertiser string, year int) (value pricing.Money, ok bool, err error) {
	advertiser = strings.TrimSpace(advertiser)
	for i, c := range contracts {
		if d, dated := c.day(); !dated || d.Year() != year || !c.Brand.goesBy(advertiser) {
			continue
		}
		s := c.value()
		switch {
		case s.err != nil:
			return pricing.Money{}, false, fmt.Errorf("contract: contracts[%d].%s: %w", i, s.path, s.err)
		case !s.ok:
		case !ok:
			value, ok = s.sum, true
		default:
			sum, err := value.Add(s.sum)
			if err != nil {
				return pricing.Money{}, false, fmt.Errorf("contract: contracts[%d]: %w", i, err)
			}
			value = sum
		}
	}
	return value, ok, nil
}

// goesBy reports whether name is one of the brand's names, ignoring case.
func (b Brand) goesBy(name string) bool {
	if name == "" {
		return false
	}
	for _, n := range b.Names() {
		if strings.EqualFold(strings.TrimSpace(n), name) {
			return true
		}
	}
	return false
}

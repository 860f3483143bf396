package pricing_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/influencekit/influencekit/pricing"
)

// FuzzAttribute feeds arbitrary codes and link ids, checking that Attribute
// never panics, that revenue is conserved and that a code matches exactly
// when it equals a creator's code trimmed and folded.
func FuzzAttribute(f *testing.F) {
	f.Add("TESS15", "tess-liner", " tess15 ", "")
	f.Add("STRASSE10", "x", "straße10", "x")
	f.Add("K", "", "\u212a", "") // the Kelvin sign folds to k
	f.Add("a", "b", "", "b")
	f.Fuzz(func(t *testing.T, creatorCode, creatorLink, orderCode, orderLink string) {
		creators := []pricing.CreatorTracking{{Creator: "@a", Codes: []string{creatorCode}, LinkIDs: []string{creatorLink}, Fee: pricing.MustNew("10", "USD")}}
		orders := []pricing.Order{
			{ID: "1", Amount: pricing.MustNew("5.00", "USD"), Code: orderCode, LinkID: orderLink},
			{ID: "2", Amount: pricing.MustNew("7.005", "USD")},
		}
		a, err := pricing.Attribute(orders, creators)
		if err != nil {
			if !errors.Is(err, pricing.ErrInvalidCreator) {
				t.Fatalf("unexpected error %v", err)
			}
			if strings.TrimSpace(creatorCode) != "" && strings.TrimSpace(creatorLink) != "" {
				t.Fatalf("rejected non-blank identifiers: %v", err)
			}
			return
		}
		sum, err := a.Totals.Attributed.Add(a.Totals.Unattributed)
		if err != nil || !sum.Equal(a.Totals.Revenue) || a.Totals.Revenue.Amount().String() != "12.005" {
			t.Fatalf("revenue not conserved: %s + %s vs %s", a.Totals.Attributed.Amount(), a.Totals.Unattributed.Amount(), a.Totals.Revenue.Amount())
		}
		if strings.TrimSpace(orderLink) == strings.TrimSpace(creatorLink) && a.Creators[0].Conversions != 1 {
			t.Fatalf("link %q of %q did not match", orderLink, creatorLink)
		}
		if len(a.Unmatched) == 0 || a.Unmatched[len(a.Unmatched)-1].ID != "2" {
			t.Fatalf("an order with no code and no link must be unmatched: %+v", a.Unmatched)
		}
	})
}

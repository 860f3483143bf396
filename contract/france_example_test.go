package contract_test

import (
	"fmt"

	"github.com/influencekit/influencekit/contract"
)

// A French advertiser signs three small deals with one creator in 2026.
// Each is below EUR 1,000, but the year's value reaches it, so each needs
// the mentions of French law (art. 8): addresses, tax residences, French
// law and joint liability.
func ExampleAdvertiserYearValue() {
	var deals []contract.Contract
	for _, d := range []struct{ day, fee string }{{"2026-01-15", "400.00"}, {"2026-05-02", "350.00"}, {"2026-10-20", "300.00"}} {
		c, err := contract.Parse([]byte(`{"jurisdiction": "FR", "signed_on": "` + d.day + `",
			"brand": {"name": "Maison Lumière"}, "creator": {"name": "Léa Martin"},
			"payment": {"total": {"amount": "` + d.fee + `", "currency": "EUR"}}}`))
		if err != nil {
			fmt.Println(err)
			return
		}
		deals = append(deals, c)
	}
	year, _, err := contract.AdvertiserYearValue(deals, "Maison Lumière", 2026)
	fmt.Println(year, err)
	for _, p := range deals[0].ValidateWithYearValue(year) {
		if p.Rule == contract.RuleMissingMention || p.Rule == contract.RuleForeignGoverningLaw {
			fmt.Println(p.Field)
		}
	}
	// Output:
	// 1050.00 EUR <nil>
	// brand.address
	// brand.email
	// brand.tax_residence
	// creator.address
	// creator.email
	// creator.tax_residence
	// governing_law
	// joint_liability
	// ownership
}

// A creator of 15 in California, with a guardian who signs but nothing set
// aside, and an AI likeness granted without saying what it is for.
func Example_minorsAndLikenesses() {
	c, err := contract.Parse([]byte(`{"signed_on": "2026-02-20",
		"creator": {"name": "Mia", "birth_date": "2010-06-01", "region": "US-CA", "guardian": "Ana Ruiz"},
		"usage_rights": {"grants": [{"kind": "paid-amplification", "platforms": ["tiktok"], "months": 3,
		                             "included_in_fee": true, "digital_replica": true}]}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range c.Validate() {
		if p.Rule == contract.RuleMinorWithoutGuardian || p.Rule == contract.RuleVagueLikenessGrant {
			fmt.Println(p.Field, p.Rule)
		}
	}
	// Output:
	// creator.earnings_set_aside_percent minor-without-guardian
	// usage_rights.grants[0].intended_uses vague-likeness-grant
}

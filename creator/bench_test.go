package creator

import (
	"testing"

	"github.com/influencekit/influencekit/disclosure"
)

// BenchmarkDuties judges a profile with every member set in every
// built-in market, the work of an onboarding check.
func BenchmarkDuties(b *testing.B) {
	p := fullProfile()
	p.Country, p.Region = "IT", ""
	p.Bio = "Studio Rossi srl · P.IVA IT 0123 4567 890 · influencer in elenco AGCOM"
	p.Registrations = append(p.Registrations, reg("AGCOM", "IT-1"), reg("partita IVA", "IT01234567890"))
	markets := disclosure.Jurisdictions()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := DutiesOn(testDay, p, markets...); err != nil {
			b.Fatal(err)
		}
	}
}

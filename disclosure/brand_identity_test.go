package disclosure_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/influencekit/influencekit/disclosure"
)

func TestBrandIdentityNamesTheBrand(t *testing.T) {
	chase := disclosure.BrandIdentity{Name: "JPMorgan Chase", TradingNames: []string{"Chase"}, Handles: []string{"@chase"}}
	fenty := disclosure.BrandIdentity{LegalEntity: "Kendo Brands", TradingNames: []string{"Fenty Beauty"}}
	tests := []struct {
		why       string
		caption   string
		brand     string
		identity  disclosure.BrandIdentity
		compliant bool
	}{
		{"a partner tag of the trading name, with an underscore", "#chase_partner my new card", "", chase, true},
		{"a partner tag of the trading name when Brand is the legal name", "#chasepartner my new card", "JPMorgan Chase", chase, true},
		{"paid partnership with the trading name", "Paid partnership with Chase: my new card", "", chase, true},
		{"a partner tag of the trading name when only the legal entity would be Brand", "#FentyBeautyPartner new gloss", "Kendo Brands", fenty, true},
		{"a partner tag of another brand stays unclear", "#glowcopartner new gloss", "", fenty, false},
		{"without the identity the trading name is not the brand", "#FentyBeautyPartner new gloss", "Kendo Brands", disclosure.BrandIdentity{}, false},
		{"an underscore alone is not a partner tag", "#chase_ my new card", "", chase, false},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			r := disclosure.Check(disclosure.Post{Caption: tt.caption, Brand: tt.brand, BrandIdentity: tt.identity})
			assert.Equal(t, tt.compliant, r.Compliant(), "%v", r.Findings)
		})
	}
}

func TestBrandIdentityNames(t *testing.T) {
	b := disclosure.BrandIdentity{Name: "Fenty Beauty", LegalEntity: "Kendo Brands", TradingNames: []string{"", "Fenty"}, Handles: []string{"@fentybeauty"}}
	assert.Equal(t, []string{"Fenty Beauty", "Kendo Brands", "Fenty", "@fentybeauty"}, b.Names())
	assert.True(t, disclosure.BrandIdentity{}.IsZero())
	assert.False(t, b.IsZero())
}

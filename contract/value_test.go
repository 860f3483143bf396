package contract_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/pricing"
)

// frenchDeal is a French agreement with one advertiser, signed on day,
// paying total in cash and gift in kind, stating none of the art. 8
// mentions.
func frenchDeal(day, total, gift string) contract.Contract {
	c := contract.Contract{
		Jurisdiction: disclosure.FR,
		Brand:        contract.Brand{BrandIdentity: disclosure.BrandIdentity{Name: "Maison Lumière", LegalEntity: "Maison Lumière SAS"}},
		Creator:      contract.Creator{Name: "Léa Martin"},
		SignedOn:     contract.MustParseDate(day),
		Payment:      &contract.Payment{},
	}
	if total != "" {
		c.Payment.Total = money(total, "EUR")
	}
	if gift != "" {
		c.Payment.Incentives = []contract.Incentive{{Description: "coffret", Value: money(gift, "EUR")}}
	}
	return c
}

func TestContractValue(t *testing.T) {
	tests := []struct {
		why    string
		c      contract.Contract
		want   string // "" when no amount is stated
		errMsg string
	}{
		{"cash and goods in kind add up", frenchDeal("2026-03-01", "900.00", "100.00"), "1000.00 EUR", ""},
		{"no amount at all", contract.Contract{}, "", ""},
		{"usage and exclusivity fees are paid on top of the total", func() contract.Contract {
			c := frenchDeal("2026-03-01", "500.00", "")
			c.UsageRights = &contract.UsageRights{Grants: []contract.UsageGrant{{Fee: money("300.00", "EUR")}}}
			c.Exclusivity = &contract.Exclusivity{Fee: money("200.00", "EUR")}
			return c
		}(), "1000.00 EUR", ""},
		{"without a total, the installments count", func() contract.Contract {
			c := frenchDeal("2026-03-01", "", "")
			c.Payment.Schedule = []contract.Installment{{Amount: money("400.00", "EUR")}, {Amount: money("700.00", "EUR")}}
			return c
		}(), "1100.00 EUR", ""},
		{"a gift valued in another currency is an error naming its path", func() contract.Contract {
			c := frenchDeal("2026-03-01", "900.00", "")
			c.Payment.Incentives = []contract.Incentive{{Description: "bag", Value: money("100.00", "USD")}}
			return c
		}(), "", "contract: payment.incentives[0].value: pricing: currency mismatch"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			v, ok, err := tt.c.Value()
			if tt.errMsg != "" {
				require.ErrorIs(t, err, pricing.ErrCurrencyMismatch)
				assert.Contains(t, err.Error(), tt.errMsg)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want != "", ok)
			if tt.want != "" {
				assert.Equal(t, tt.want, v.String())
			}
		})
	}
}

func TestAdvertiserYearValue(t *testing.T) {
	deals := []contract.Contract{
		frenchDeal("2026-01-10", "400.00", ""),
		frenchDeal("2026-06-01", "300.00", "50.00"),
		frenchDeal("2025-12-31", "5000.00", ""), // another year
		func() contract.Contract { // another advertiser
			c := frenchDeal("2026-02-01", "9000.00", "")
			c.Brand = contract.Brand{BrandIdentity: disclosure.BrandIdentity{Name: "Autre Marque"}}
			return c
		}(),
		func() contract.Contract { // no signing day: the term's start
			c := frenchDeal("2026-01-01", "250.00", "")
			c.SignedOn = contract.Date{}
			c.Term = &contract.Term{Start: contract.MustParseDate("2026-09-01"), End: contract.MustParseDate("2026-09-30")}
			return c
		}(),
		func() contract.Contract { // no day at all: in no year
			c := frenchDeal("2026-01-01", "7000.00", "")
			c.SignedOn = contract.Date{}
			return c
		}(),
	}
	tests := []struct {
		why        string
		advertiser string
		year       int
		want       string
	}{
		{"the advertiser's name, three 2026 deals", "Maison Lumière", 2026, "1000.00 EUR"},
		{"its legal entity, in another case and with spaces", "  maison lumière sas ", 2026, "1000.00 EUR"},
		{"the year before", "Maison Lumière", 2025, "5000.00 EUR"},
		{"a year with no deal", "Maison Lumière", 2027, ""},
		{"an advertiser with no deal", "Nobody", 2026, ""},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			v, ok, err := contract.AdvertiserYearValue(deals, tt.advertiser, tt.year)
			require.NoError(t, err)
			assert.Equal(t, tt.want != "", ok)
			if ok {
				assert.Equal(t, tt.want, v.String())
			}
		})
	}
	t.Run("deals in two currencies are an error naming the deal", func(t *testing.T) {
		usd := frenchDeal("2026-05-01", "", "")
		usd.Payment.Total = money("100.00", "USD")
		_, _, err := contract.AdvertiserYearValue(append(deals[:2:2], usd), "Maison Lumière", 2026)
		require.ErrorIs(t, err, pricing.ErrCurrencyMismatch)
		assert.Contains(t, err.Error(), "contract: contracts[2]: ")
	})
	t.Run("a deal whose own amounts disagree names the amount's path", func(t *testing.T) {
		bad := frenchDeal("2026-05-01", "100.00", "")
		bad.Exclusivity = &contract.Exclusivity{Fee: money("10.00", "GBP")}
		_, _, err := contract.AdvertiserYearValue([]contract.Contract{bad}, "Maison Lumière", 2026)
		require.ErrorIs(t, err, pricing.ErrCurrencyMismatch)
		assert.Contains(t, err.Error(), "contract: contracts[0].exclusivity.fee: ")
	})
}

// TestValidateWithYearValue checks that the art. 8 mentions depend on the
// advertiser's year, not on one agreement: EUR 400 alone is below the
// threshold, EUR 1,000 for the year is not.
func TestValidateWithYearValue(t *testing.T) {
	c := frenchDeal("2026-01-10", "400.00", "")
	has := func(ps []contract.Problem, field string) bool {
		for _, p := range ps {
			if p.Rule == contract.RuleMissingMention && p.Field == field {
				return true
			}
		}
		return false
	}
	assert.False(t, has(c.Validate(), "brand.address"), "EUR 400 alone is below the threshold")
	assert.True(t, has(c.ValidateWithYearValue(pricing.MustNew("1000.00", "EUR")), "brand.address"), "EUR 1,000 in the year reaches it")
	assert.False(t, has(c.ValidateWithYearValue(pricing.MustNew("999.99", "EUR")), "brand.address"), "one cent below")
	assert.False(t, has(c.ValidateWithYearValue(pricing.MustNew("5000.00", "USD")), "brand.address"), "dollars are not converted")
	assert.Equal(t, "1000.00 EUR", contract.FrenchWrittenContractThreshold().String())
}

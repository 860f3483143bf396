package contract_test

import (
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/pricing"
)

func TestParseComplete(t *testing.T) {
	c := complete(t)
	assert.Equal(t, disclosure.US, c.Jurisdiction)
	assert.Equal(t, "Glow Co", c.Brand.Name)
	assert.Equal(t, int64(42000), c.Creator.Followers)
	require.NotNil(t, c.Term)
	assert.Equal(t, "2026-03-31", c.Term.End.String())
	require.Len(t, c.Deliverables, 2)
	assert.Equal(t, influencekit.Instagram, c.Deliverables[0].Platform)
	assert.Equal(t, influencekit.Reel, c.Deliverables[0].Format)
	assert.Equal(t, contract.Weekly, c.Deliverables[0].Cadence)
	require.NotNil(t, c.Payment)
	assert.Equal(t, "1500.00 USD", c.Payment.Total.String())
	require.Len(t, c.Payment.Schedule, 2)
	assert.Equal(t, "750.00 USD", c.Payment.Schedule[1].Amount.String())
	assert.Equal(t, "120.00 USD", c.Payment.Incentives[0].Value.String())
	assert.Equal(t, int64(90), c.UsageRights.Days)
	assert.True(t, c.UsageRights.PaidAmplification)
	assert.Equal(t, []influencekit.Platform{influencekit.Instagram, influencekit.TikTok}, c.UsageRights.Platforms)
	assert.Equal(t, "50", c.Cancellation.KillFeePercent.String())
}

func TestParseErrorsNameThePath(t *testing.T) {
	tests := []struct {
		why  string
		in   string
		path string
		is   error
	}{
		{"unknown top-level field", `{"budget": 5}`, "budget", contract.ErrUnknownField},
		{"names match case exactly, unlike encoding/json", `{"Term": {}}`, "Term", contract.ErrUnknownField},
		{"unknown field inside a list element", `{"deliverables": [{"platform": "tiktok"}, {"colour": "red"}]}`, "deliverables[1].colour", contract.ErrUnknownField},
		{"unknown member of a money object", `{"payment": {"total": {"amount": "1", "currency": "USD", "cents": 100}}}`, "payment.total.cents", contract.ErrUnknownField},
		{"duplicate member", `{"term": {"start": "2026-01-01", "start": "2026-01-02"}}`, "term.start", contract.ErrDuplicateField},
		{"a date in another form", `{"term": {"start": "30 Feb 2026"}}`, "term.start", contract.ErrMalformedDate},
		{"date with a time", `{"deliverables": [{"due": "2026-01-20T10:00:00Z"}]}`, "deliverables[0].due", contract.ErrMalformedDate},
		{"date as a number", `{"term": {"end": 20260331}}`, "term.end", contract.ErrWrongType},
		{"amount with a thousands separator", `{"payment": {"total": {"amount": "1,500.00", "currency": "USD"}}}`, "payment.total.amount", pricing.ErrInvalidAmount},
		{"amount errors are also ErrMalformedAmount", `{"payment": {"total": {"amount": "12abc", "currency": "USD"}}}`, "payment.total.amount", contract.ErrMalformedAmount},
		{"unknown currency", `{"payment": {"schedule": [{"amount": {"amount": "1", "currency": "ZZZ"}}]}}`, "payment.schedule[0].amount.currency", pricing.ErrUnknownCurrency},
		{"money without a currency", `{"usage_rights": {"fee": {"amount": "200"}}}`, "usage_rights.fee", contract.ErrMalformedAmount},
		{"money without an amount", `{"payment": {"incentives": [{"value": {"currency": "USD"}}]}}`, "payment.incentives[0].value", contract.ErrMalformedAmount},
		{"money as a bare string", `{"payment": {"total": "1500 USD"}}`, "payment.total", contract.ErrWrongType},
		{"unknown platform", `{"deliverables": [{"platform": "myspace"}]}`, "deliverables[0].platform", influencekit.ErrUnknownPlatform},
		{"unknown format", `{"deliverables": [{"format": "hologram"}]}`, "deliverables[0].format", influencekit.ErrUnknownFormat},
		{"unknown cadence", `{"deliverables": [{"cadence": "hourly"}]}`, "deliverables[0].cadence", contract.ErrUnknownCadence},
		{"unknown platform in usage rights", `{"usage_rights": {"platforms": ["instagram", "orkut"]}}`, "usage_rights.platforms[1]", influencekit.ErrUnknownPlatform},
		{"unknown jurisdiction", `{"jurisdiction": "Atlantis"}`, "jurisdiction", disclosure.ErrUnknownJurisdiction},
		{"quantity as a string", `{"deliverables": [{"quantity": "2"}]}`, "deliverables[0].quantity", contract.ErrWrongType},
		{"fractional quantity", `{"deliverables": [{"quantity": 2.5}]}`, "deliverables[0].quantity", contract.ErrMalformedNumber},
		{"quantity beyond int64", `{"deliverables": [{"quantity": 99999999999999999999}]}`, "deliverables[0].quantity", contract.ErrMalformedNumber},
		{"boolean as a string", `{"disclosure": {"required": "yes"}}`, "disclosure.required", contract.ErrWrongType},
		{"kill fee that is not a number", `{"cancellation": {"kill_fee_percent": "half"}}`, "cancellation.kill_fee_percent", contract.ErrMalformedAmount},
		{"kill fee with a huge exponent", `{"cancellation": {"kill_fee_percent": "1e999999999"}}`, "cancellation.kill_fee_percent", contract.ErrMalformedAmount},
		{"section as an array", `{"approval": [3, 2]}`, "approval", contract.ErrWrongType},
		{"list as an object", `{"deliverables": {"platform": "tiktok"}}`, "deliverables", contract.ErrWrongType},
		{"goals as a string", `{"brief": {"goals": "sell"}}`, "brief.goals", contract.ErrWrongType},
		{"trailing second object", `{} {}`, "", contract.ErrTrailingData},
		{"trailing garbage", `{"brand": {"name": "A"}} x`, "", contract.ErrTrailingData},
		{"document is an array", `[]`, "", contract.ErrWrongType},
		{"document is null", `null`, "", contract.ErrWrongType},
		{"empty input", ``, "", contract.ErrSyntax},
		{"truncated document", `{"term": {"start": "2026-01-01"`, "term", contract.ErrSyntax},
		{"malformed JSON inside a section", `{"term": {"start": }}`, "term.start", contract.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			_, err := contract.Parse([]byte(tt.in))
			require.Error(t, err)
			var pe *contract.ParseError
			require.ErrorAs(t, err, &pe)
			assert.Equal(t, tt.path, pe.Path)
			assert.ErrorIs(t, err, tt.is)
			if tt.path != "" {
				assert.Contains(t, err.Error(), tt.path, "the message names the path")
			}
			assert.True(t, strings.HasPrefix(err.Error(), "contract: "), err.Error())
		})
	}
}

func TestParseAccepts(t *testing.T) {
	tests := []struct {
		why   string
		in    string
		check func(t *testing.T, c contract.Contract)
	}{
		{"an empty object is an empty contract", `{}`, func(t *testing.T, c contract.Contract) {
			assert.Equal(t, contract.Contract{}, c)
		}},
		{"null sections are absent", `{"term": null, "payment": null, "deliverables": null}`, func(t *testing.T, c contract.Contract) {
			assert.Nil(t, c.Term)
			assert.Nil(t, c.Payment)
			assert.Nil(t, c.Deliverables)
		}},
		{"an empty list is an absent list", `{"deliverables": []}`, func(t *testing.T, c contract.Contract) {
			assert.Nil(t, c.Deliverables)
		}},
		{"an empty section is present", `{"exclusivity": {}}`, func(t *testing.T, c contract.Contract) {
			require.NotNil(t, c.Exclusivity)
			assert.Empty(t, c.Exclusivity.Categories)
		}},
		{"amounts may be JSON numbers and are kept at the currency's scale", `{"payment": {"total": {"amount": 1500, "currency": "usd"}}}`, func(t *testing.T, c contract.Contract) {
			assert.True(t, c.Payment.Total.Equal(pricing.MustNew("1500.00", "USD")))
			assert.Equal(t, int32(-2), c.Payment.Total.Amount().Exponent())
		}},
		{"kill fee may be a number and is stored in its shortest form", `{"cancellation": {"kill_fee_percent": 50.0}}`, func(t *testing.T, c contract.Contract) {
			assert.Equal(t, "50", c.Cancellation.KillFeePercent.String())
		}},
		{"twitter is X and enum names ignore case", `{"deliverables": [{"platform": "Twitter", "format": "POST", "cadence": "Weekly"}]}`, func(t *testing.T, c contract.Contract) {
			assert.Equal(t, influencekit.X, c.Deliverables[0].Platform)
			assert.Equal(t, influencekit.Post, c.Deliverables[0].Format)
			assert.Equal(t, contract.Weekly, c.Deliverables[0].Cadence)
		}},
		{"jurisdiction codes ignore case and GB is UK", `{"jurisdiction": "gb"}`, func(t *testing.T, c contract.Contract) {
			assert.Equal(t, disclosure.UK, c.Jurisdiction)
		}},
		{"white space around the document is fine", " \n\t{}\n ", func(t *testing.T, c contract.Contract) {
			assert.Equal(t, contract.Contract{}, c)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			c, err := contract.Parse([]byte(tt.in))
			require.NoError(t, err)
			tt.check(t, c)
		})
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	data, err := os.ReadFile("testdata/complete.json")
	require.NoError(t, err)
	c := complete(t)
	out, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, string(data), string(out), "Marshal writes the documented shape")
	back, err := contract.Parse(out)
	require.NoError(t, err)
	assert.Equal(t, c, back)

	var viaStd contract.Contract
	require.NoError(t, json.Unmarshal(data, &viaStd))
	assert.Equal(t, c, viaStd, "json.Unmarshal goes through Parse")
}

func TestUnmarshalJSONIsStrict(t *testing.T) {
	var c contract.Contract
	err := json.Unmarshal([]byte(`{"brand": {"name": "A", "nmae": "B"}}`), &c)
	require.Error(t, err)
	assert.ErrorIs(t, err, contract.ErrUnknownField)
	var pe *contract.ParseError
	require.True(t, errors.As(err, &pe))
	assert.Equal(t, "brand.nmae", pe.Path)
	assert.Equal(t, contract.Contract{}, c, "a failed Unmarshal leaves the contract unchanged")
}

func TestParseErrorOffset(t *testing.T) {
	_, err := contract.Parse([]byte(`{"term": {"start": }}`))
	var pe *contract.ParseError
	require.ErrorAs(t, err, &pe)
	assert.Equal(t, int64(19), pe.Offset, "a syntax error points at the offending byte")
	assert.Contains(t, err.Error(), "unexpected '}' at byte 19")
}

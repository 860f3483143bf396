package contract_test

import (
	"encoding/json"
	"math/rand/v2"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/internal/jsonform"
	"github.com/influencekit/influencekit/pricing"
)

func goldenJSON(t *testing.T, name string, v any) {
	t.Helper()
	assert.Empty(t, jsonform.Problems(v), "the JSON form of %T", v)
	data, err := json.Marshal(v)
	require.NoError(t, err)
	diff, err := jsonform.Golden(filepath.Join("testdata", "json", name), data, *update)
	require.NoError(t, err)
	assert.Empty(t, diff)
}

func TestProblemJSON(t *testing.T) {
	p := contract.Problem{Field: "payment.schedule", Rule: contract.RuleScheduleMismatch,
		Severity: influencekit.SeverityError, Message: "the installments sum to 1400.00 USD, not the total 1500.00 USD"}
	goldenJSON(t, "problem.json", p)
	data, err := json.Marshal(p)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"severity":"error"`, "severity travels as its name")
	var back contract.Problem
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, p, back)

	ps := complete(t).Validate()
	data, err = json.Marshal(ps)
	require.NoError(t, err)
	assert.Equal(t, "[]", string(data), "no problems is an empty list, never null")
}

func TestContractJSON(t *testing.T) {
	c := fullContract(rand.New(rand.NewPCG(1, 2)))
	goldenJSON(t, "contract.json", c)
}

// TestMarshalRoundTripsOrFails checks the round-trip rule for the contract:
// what Marshal writes, Parse reads back as the same contract; what has no
// such form is a marshal error, never silently changed text.
func TestMarshalRoundTripsOrFails(t *testing.T) {
	huge := decimal.New(1, 70)
	tiny := decimal.New(1, -40)
	tests := []struct {
		why    string
		mutate func(c *contract.Contract)
	}{
		{"invalid UTF-8 that encoding/json would replace", func(c *contract.Contract) { c.Creator.Name = "Tess\xff" }},
		{"invalid UTF-8 in a list", func(c *contract.Contract) { c.Brief.Goals = []string{"ok", "\xc3"} }},
		{"a platform outside the constants", func(c *contract.Contract) { c.Deliverables[0].Platform = influencekit.Platform(200) }},
		{"a settlement outside the constants", func(c *contract.Contract) {
			c.Cancellation.Rights = []contract.TerminationRight{{Settlement: contract.Settlement(99)}}
		}},
		{"a kill fee too long to write out", func(c *contract.Contract) { c.Cancellation.KillFeePercent = &huge }},
		{"a kill fee with too many decimals", func(c *contract.Contract) { c.Cancellation.KillFeePercent = &tiny }},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			c := complete(t)
			tt.mutate(&c)
			_, err := json.Marshal(c)
			require.Error(t, err)
		})
	}
	t.Run("a kill fee Parse accepts marshals to text Parse accepts", func(t *testing.T) {
		for _, s := range []string{`"1e28"`, `"1234567890123456789012345678e28"`, `"0.0000000000000000000000000001"`, `"-5e-28"`, `100`, `"12.50"`} {
			c, err := contract.Parse([]byte(`{"cancellation": {"kill_fee_percent": ` + s + `}}`))
			require.NoError(t, err, s)
			out, err := json.Marshal(c)
			require.NoError(t, err, s)
			back, err := contract.Parse(out)
			require.NoError(t, err, "%s wrote %s", s, out)
			assert.Equal(t, c, back)
		}
		_, err := contract.Parse([]byte(`{"cancellation": {"kill_fee_percent": "1234567890123456789012345678901234567890e28"}}`))
		assert.ErrorIs(t, err, contract.ErrMalformedAmount, "68 digits written out: longer than Parse reads")
	})
}

// TestParseIgnoresDecimalSettings changes shopspring's MaxDecodeExponent,
// which decimal.NewFromString reads: Parse must not depend on it. No test
// in this package runs in parallel.
func TestParseIgnoresDecimalSettings(t *testing.T) {
	saved := decimal.MaxDecodeExponent
	t.Cleanup(func() { decimal.MaxDecodeExponent = saved })
	decimal.MaxDecodeExponent = 0
	c, err := contract.Parse([]byte(`{"cancellation": {"kill_fee_percent": "5e1"}, "payment": {"deposit_percent": 2.5E+1, "total": {"amount": "1.5e3", "currency": "USD"}}}`))
	require.NoError(t, err)
	assert.Equal(t, "50", c.Cancellation.KillFeePercent.String())
	assert.Equal(t, "25", c.Payment.DepositPercent.String())
	assert.Equal(t, "1500.00 USD", c.Payment.Total.String())
}

// TestRandomContractsRoundTrip is the property test: any contract the API
// can build marshals, parses back equal, and marshals to the same bytes.
func TestRandomContractsRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(19, 13))
	for i := range 500 {
		c := randomContract(r)
		out, err := json.Marshal(c)
		require.NoError(t, err, "contract %d", i)
		back, err := contract.Parse(out)
		require.NoError(t, err, "contract %d: %s", i, out)
		require.Equal(t, c, back, "contract %d: %s", i, out)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		require.Equal(t, string(out), string(again))
	}
}

// randomContract sets each field with probability one half.
func randomContract(r *rand.Rand) contract.Contract {
	full := fullContract(r)
	var c contract.Contract
	pick := func() bool { return r.IntN(2) == 0 }
	if pick() {
		c.Jurisdiction = full.Jurisdiction
	}
	if pick() {
		c.Brand = full.Brand
	}
	if pick() {
		c.Creator = full.Creator
	}
	if pick() {
		c.Agency = full.Agency
	}
	if pick() {
		c.GoverningLaw = full.GoverningLaw
	}
	if pick() {
		c.SignedOn = full.SignedOn
	}
	if pick() {
		c.JointLiability = full.JointLiability
	}
	if pick() {
		c.Term = full.Term
	}
	if pick() {
		c.Deliverables = full.Deliverables
	}
	if pick() {
		c.Payment = full.Payment
	}
	if pick() {
		c.Brief = full.Brief
	}
	if pick() {
		c.Approval = full.Approval
	}
	if pick() {
		c.UsageRights = full.UsageRights
	}
	if pick() {
		c.Exclusivity = full.Exclusivity
	}
	if pick() {
		c.Disclosure = full.Disclosure
	}
	if pick() {
		c.Cancellation = full.Cancellation
	}
	if pick() {
		c.Ownership = full.Ownership
	}
	if pick() {
		c.Morals = full.Morals
	}
	if pick() {
		c.Indemnity = full.Indemnity
	}
	if pick() {
		c.Confidentiality = full.Confidentiality
	}
	if pick() {
		c.LiabilityCap = full.LiabilityCap
	}
	if pick() {
		c.Posting = full.Posting
	}
	if pick() {
		c.WhitelistingAccess = full.WhitelistingAccess
	}
	return c
}

// fullContract sets every field to a random value in the API's range.
func fullContract(r *rand.Rand) contract.Contract {
	text := func() string {
		words := []string{"Glow", "Co", "café", "✨", "a\"b", "<b>", "50%", "line\nbreak", "über", "#ad"}
		return words[r.IntN(len(words))] + " " + strconv.Itoa(r.IntN(1000))
	}
	texts := func() []string { return []string{text(), text()} }
	count := func() int64 { return r.Int64N(400) + 1 }
	date := func() contract.Date { return contract.MustParseDate("2026-01-01").AddDays(r.Int64N(3000)) }
	codes := []string{"USD", "EUR", "GBP", "JPY", "BHD"}
	code := codes[r.IntN(len(codes))]
	money := func() *pricing.Money {
		m := pricing.MustNew(strconv.FormatInt(r.Int64N(1_000_000_000), 10), code)
		m = m.Mul(decimal.New(1, -int32(m.MinorUnitDigits()))).Round()
		// Parse keeps amounts at the currency's scale.
		m = pricing.MustNew(m.Amount().StringFixed(int32(m.MinorUnitDigits())), code)
		return &m
	}
	percent := func() *decimal.Decimal {
		p := decimal.New(r.Int64N(100001), -int32(r.IntN(4)))
		p, _ = decimal.NewFromString(p.String()) // shortest form, as Parse stores it
		p = decimal.RequireFromString(shortest(p))
		return &p
	}
	platform := func() influencekit.Platform { return influencekit.Platform(r.IntN(int(influencekit.Blog)) + 1) }
	side := func() contract.Side { return contract.Side(r.IntN(3) + 1) }
	return contract.Contract{
		Jurisdiction: disclosure.Jurisdiction(r.IntN(int(disclosure.IE) + 1)),
		Brand: contract.Brand{BrandIdentity: disclosure.BrandIdentity{Name: text(), LegalEntity: text(), TradingNames: texts(), Handles: texts()},
			Contact: contract.Contact{Address: text(), Email: text(), TaxResidence: text()}},
		Creator: contract.Creator{Name: text(), LegalEntity: text(), Handle: text(), Followers: count(),
			Contact: contract.Contact{Address: text(), Email: text(), TaxResidence: text()}, Region: text(), BirthDate: date(),
			Guardian: text(), EarningsSetAsidePercent: percent(), EURepresentative: text(), Insurance: text()},
		SignedOn:       date(),
		JointLiability: true,
		Agency:         &contract.Agency{Name: text(), Represents: side(), PaidThrough: true},
		GoverningLaw:   text(),
		Term:           &contract.Term{Start: date(), End: date(), StartToBeAgreed: true, EndToBeAgreed: true, Extent: contract.Extent(r.IntN(3) + 1)},
		Deliverables: []contract.Deliverable{{Platform: platform(), Format: influencekit.Format(r.IntN(int(influencekit.Article)) + 1),
			Quantity: count(), Due: date(), Cadence: contract.Cadence(r.IntN(5)), Description: text(), DueToBeAgreed: true,
			DueAfter: contract.Trigger(r.IntN(8) + 1), DueDays: count()}},
		Payment: &contract.Payment{Total: money(), Schedule: []contract.Installment{{Due: date(), Amount: money(),
			Trigger: contract.Trigger(r.IntN(8) + 1), NetDays: count(), DueToBeAgreed: true}},
			Incentives: []contract.Incentive{{Description: text(), Value: money(), Prop: true}}, ProductOnly: true,
			Trigger: contract.OnInvoice, NetDays: count(), DepositPercent: percent(), Tax: contract.Tax(r.IntN(3) + 1),
			LateInterestPercent: percent()},
		Brief: &contract.Brief{Reference: text(), Goals: texts(), KPIs: texts(), Audience: text(), KeyMessages: texts(),
			CaptionGuide: text(), ProductDescription: text(), FAQs: texts()},
		Approval: &contract.Approval{ReviewDays: count(), RevisionRounds: count(), Revisions: contract.Extent(r.IntN(3) + 1),
			Extent: contract.Extent(r.IntN(3) + 1), BusinessDays: true, Reshoots: count(), ReshootsExtent: contract.Extent(r.IntN(3) + 1),
			ReshootCost: side()},
		UsageRights: &contract.UsageRights{Platforms: []influencekit.Platform{platform()}, Days: count(), PaidAmplification: true,
			Fee: money(), Extent: contract.Limited, CarveOuts: []contract.CarveOut{contract.CarveOut(r.IntN(2) + 1)},
			Grants: []contract.UsageGrant{{Kind: contract.UsageKind(r.IntN(3) + 1), Platforms: []influencekit.Platform{platform()},
				Channels: []contract.Channel{contract.Channel(r.IntN(7) + 1)}, Days: count(), Months: count(), Perpetual: true,
				Territory: text(), Fee: money(), IncludedInFee: true, Exclusive: true, Sublicensable: true, Irrevocable: true,
				DigitalReplica: true, IntendedUses: text(), FromTermEnd: true, EndsWithTerm: true, CreatorApproval: true,
				Revocable: true, Edit: true}}},
		Exclusivity: &contract.Exclusivity{Categories: texts(), Days: count(), Competitors: texts(),
			AroundPosts: &contract.PostWindow{DaysBefore: count(), DaysAfter: count(), HoursBefore: count(), HoursAfter: count(),
				PostsBefore: count(), PostsAfter: count()}, Extent: contract.Extent(r.IntN(3) + 1),
			Fee: money(), IncludedInFee: true, NoOtherBrandsInContent: true},
		Disclosure: &contract.DisclosureTerms{Required: true, Wording: text()},
		Cancellation: &contract.Cancellation{NoticeDays: count(), KillFeePercent: percent(), Extent: contract.Extent(r.IntN(3) + 1),
			Rights: []contract.TerminationRight{{Party: side(), Basis: contract.Basis(r.IntN(2) + 1), NoticeDays: count(),
				CureDays: count(), CureByReshoot: true, Settlement: contract.Settlement(r.IntN(8) + 1)}}},
		Ownership: &contract.Ownership{Owner: side(), Licence: text()},
		Morals: &contract.Morals{Party: side(), Triggers: []contract.MoralsTrigger{contract.MoralsTrigger(r.IntN(5) + 1)},
			Settlement: contract.Settlement(r.IntN(8) + 1)},
		Indemnity:       &contract.Indemnity{By: side()},
		Confidentiality: &contract.Confidentiality{Party: side(), Years: count(), Extent: contract.Extent(r.IntN(3) + 1)},
		LiabilityCap:    &contract.LiabilityCap{Amount: money(), FeesPaid: true, Party: side()},
		Posting: &contract.Posting{MinimumLiveDays: count(), CaptionApproval: true, PostingTimeApproval: true, Permanent: true,
			TakedownHours: count()},
		WhitelistingAccess: &contract.WhitelistingAccess{Days: count(), CreatorApproval: true, SpendCap: money()},
	}
}

func shortest(d decimal.Decimal) string {
	s := d.StringFixed(max(0, -d.Exponent()))
	for len(s) > 1 && s[len(s)-1] == '0' && containsPoint(s) {
		s = s[:len(s)-1]
	}
	if s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}

func containsPoint(s string) bool {
	for i := range len(s) {
		if s[i] == '.' {
			return true
		}
	}
	return false
}

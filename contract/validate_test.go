package contract_test

import (
	"math"
	"os"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/pricing"
)

// complete parses testdata/complete.json, a contract with every section
// filled in consistently.
func complete(t testing.TB) contract.Contract {
	t.Helper()
	data, err := os.ReadFile("testdata/complete.json")
	require.NoError(t, err)
	c, err := contract.Parse(data)
	require.NoError(t, err)
	return c
}

func money(amount, code string) *pricing.Money {
	m := pricing.MustNew(amount, code)
	return &m
}

func TestValidateCompleteContractHasNoProblems(t *testing.T) {
	c := complete(t)
	assert.Empty(t, c.Validate())
	assert.Empty(t, c.MissingBriefParts())
}

// TestValidateOneMistake breaks the complete contract in exactly one place
// per row and expects exactly the one problem that mistake causes.
func TestValidateOneMistake(t *testing.T) {
	tests := []struct {
		why    string
		mutate func(c *contract.Contract)
		field  string
		rule   contract.Rule
		sev    influencekit.Severity
	}{
		// Each absent section is a problem named by its JSON name: a missing
		// clause when the deal cannot be signed without it, an open point
		// otherwise (API.md "Contract severities").
		{"no term", func(c *contract.Contract) { c.Term = nil }, "term", contract.RuleMissingClause, influencekit.SeverityError},
		{"no deliverables", func(c *contract.Contract) { c.Deliverables = nil }, "deliverables", contract.RuleMissingClause, influencekit.SeverityError},
		{"no payment", func(c *contract.Contract) { c.Payment = nil }, "payment", contract.RuleMissingClause, influencekit.SeverityError},
		{"no brief", func(c *contract.Contract) { c.Brief = nil }, "brief", contract.RuleOpenPoint, influencekit.SeverityWarning},
		{"no approval", func(c *contract.Contract) { c.Approval = nil }, "approval", contract.RuleOpenPoint, influencekit.SeverityWarning},
		{"no usage rights", func(c *contract.Contract) { c.UsageRights = nil }, "usage_rights", contract.RuleOpenPoint, influencekit.SeverityWarning},
		{"no exclusivity", func(c *contract.Contract) { c.Exclusivity = nil }, "exclusivity", contract.RuleOpenPoint, influencekit.SeverityWarning},
		{"no disclosure", func(c *contract.Contract) { c.Disclosure = nil }, "disclosure", contract.RuleMissingClause, influencekit.SeverityError},
		{"no cancellation", func(c *contract.Contract) { c.Cancellation = nil }, "cancellation", contract.RuleMissingClause, influencekit.SeverityError},

		// Parties.
		{"unnamed brand: no name, legal entity or trading name", func(c *contract.Contract) { c.Brand.Name, c.Brand.LegalEntity = " ", "" }, "brand.name", contract.RuleMissingField, influencekit.SeverityError},
		{"unnamed creator", func(c *contract.Contract) { c.Creator.Name = "" }, "creator.name", contract.RuleMissingField, influencekit.SeverityError},
		{"negative followers", func(c *contract.Contract) { c.Creator.Followers = -1 }, "creator.followers", contract.RuleInvalidValue, influencekit.SeverityError},

		// Term.
		{"term without a start", func(c *contract.Contract) { c.Term.Start = contract.Date{} }, "term.start", contract.RuleMissingField, influencekit.SeverityError},
		{"term without an end", func(c *contract.Contract) { c.Term.End = contract.Date{} }, "term.end", contract.RuleMissingField, influencekit.SeverityError},
		{"term ending before it starts", func(c *contract.Contract) { c.Term.End = contract.MustParseDate("2025-12-31") }, "term.end", contract.RuleInvalidTerm, influencekit.SeverityError},

		// Deliverables.
		{"deliverable without a platform", func(c *contract.Contract) { c.Deliverables[1].Platform = influencekit.UnknownPlatform }, "deliverables[1].platform", contract.RuleMissingField, influencekit.SeverityError},
		{"deliverable without a format", func(c *contract.Contract) { c.Deliverables[0].Format = influencekit.UnknownFormat }, "deliverables[0].format", contract.RuleMissingField, influencekit.SeverityError},
		{"deliverable without a quantity", func(c *contract.Contract) { c.Deliverables[1].Quantity = 0 }, "deliverables[1].quantity", contract.RuleMissingField, influencekit.SeverityError},
		{"negative quantity", func(c *contract.Contract) { c.Deliverables[1].Quantity = -2 }, "deliverables[1].quantity", contract.RuleInvalidValue, influencekit.SeverityError},
		{"the most negative quantity is one invalid value, not also a weekly piece due in 9999", func(c *contract.Contract) { c.Deliverables[0].Quantity = math.MinInt64 }, "deliverables[0].quantity", contract.RuleInvalidValue, influencekit.SeverityError},
		{"deliverable without a due date", func(c *contract.Contract) { c.Deliverables[1].Due = contract.Date{} }, "deliverables[1].due", contract.RuleMissingField, influencekit.SeverityError},
		{"deliverable due after the term", func(c *contract.Contract) { c.Deliverables[1].Due = contract.MustParseDate("2026-04-01") }, "deliverables[1].due", contract.RuleDueOutsideTerm, influencekit.SeverityError},
		{"deliverable due before the term", func(c *contract.Contract) { c.Deliverables[1].Due = contract.MustParseDate("2025-12-31") }, "deliverables[1].due", contract.RuleDueOutsideTerm, influencekit.SeverityError},
		{"a later piece of a weekly deliverable falls after the term: 12 reels from Jan 20 end Apr 7", func(c *contract.Contract) { c.Deliverables[0].Quantity = 12 }, "deliverables[0].cadence", contract.RuleDueOutsideTerm, influencekit.SeverityError},
		{"due 4 days into the term leaves no time for 9 days of review (3 days x 3 drafts)", func(c *contract.Contract) { c.Deliverables[0].Due = contract.MustParseDate("2026-01-05") }, "deliverables[0].due", contract.RuleShortReviewWindow, influencekit.SeverityError},

		// Payment.
		{"no total", func(c *contract.Contract) { c.Payment.Total = nil }, "payment.total", contract.RuleMissingField, influencekit.SeverityError},
		{"no schedule", func(c *contract.Contract) { c.Payment.Schedule = nil }, "payment.schedule", contract.RuleMissingField, influencekit.SeverityError},
		{"installments 50 short of the total", func(c *contract.Contract) { c.Payment.Schedule[1].Amount = money("700.00", "USD") }, "payment.schedule", contract.RuleScheduleMismatch, influencekit.SeverityError},
		{"installments over the total", func(c *contract.Contract) { c.Payment.Schedule[1].Amount = money("750.01", "USD") }, "payment.schedule", contract.RuleScheduleMismatch, influencekit.SeverityError},
		{"installment in another currency", func(c *contract.Contract) { c.Payment.Schedule[1].Amount = money("750.00", "EUR") }, "payment.schedule[1].amount", contract.RuleCurrencyMismatch, influencekit.SeverityError},
		{"installment without an amount", func(c *contract.Contract) { c.Payment.Schedule[0].Amount = nil }, "payment.schedule[0].amount", contract.RuleMissingField, influencekit.SeverityError},
		{"installment without a date", func(c *contract.Contract) { c.Payment.Schedule[0].Due = contract.Date{} }, "payment.schedule[0].due", contract.RuleMissingField, influencekit.SeverityError},
		{"installment paid before the term", func(c *contract.Contract) { c.Payment.Schedule[0].Due = contract.MustParseDate("2025-12-15") }, "payment.schedule[0].due", contract.RuleDueOutsideTerm, influencekit.SeverityError},
		{"installment paid after the term", func(c *contract.Contract) { c.Payment.Schedule[1].Due = contract.MustParseDate("2026-04-30") }, "payment.schedule[1].due", contract.RuleDueOutsideTerm, influencekit.SeverityError},
		{"incentive without a value", func(c *contract.Contract) { c.Payment.Incentives[0].Value = nil }, "payment.incentives[0].value", contract.RuleUnvaluedIncentive, influencekit.SeverityError},
		{"incentive without a description", func(c *contract.Contract) { c.Payment.Incentives[0].Description = "" }, "payment.incentives[0].description", contract.RuleMissingField, influencekit.SeverityError},
		{"incentive with a negative value", func(c *contract.Contract) { c.Payment.Incentives[0].Value = money("-1", "USD") }, "payment.incentives[0].value", contract.RuleInvalidValue, influencekit.SeverityError},

		// Brief.
		{"brief without goals", func(c *contract.Contract) { c.Brief.Goals = nil }, "brief", contract.RuleVagueBrief, influencekit.SeverityError},
		{"brief with only blank goals", func(c *contract.Contract) { c.Brief.Goals = []string{"", "  "} }, "brief", contract.RuleVagueBrief, influencekit.SeverityError},
		{"brief without an audience", func(c *contract.Contract) { c.Brief.Audience = "" }, "brief", contract.RuleVagueBrief, influencekit.SeverityError},
		{"brief without key messages", func(c *contract.Contract) { c.Brief.KeyMessages = nil }, "brief", contract.RuleVagueBrief, influencekit.SeverityError},

		// Approval.
		{"no review time", func(c *contract.Contract) { c.Approval.ReviewDays = 0 }, "approval.review_days", contract.RuleMissingField, influencekit.SeverityError},
		{"negative revision rounds", func(c *contract.Contract) { c.Approval.RevisionRounds = -1 }, "approval.revision_rounds", contract.RuleInvalidValue, influencekit.SeverityError},

		// Usage rights.
		{"usage rights with no end", func(c *contract.Contract) { c.UsageRights.Days = 0 }, "usage_rights.days", contract.RulePerpetualUsage, influencekit.SeverityWarning},
		// Issue 19: paid amplification without a fee is its own rule.
		{"paid amplification without a fee", func(c *contract.Contract) { c.UsageRights.Fee = nil }, "usage_rights.fee", contract.RulePaidUsageWithoutFee, influencekit.SeverityWarning},
		{"a zero fee is no fee", func(c *contract.Contract) { c.UsageRights.Fee = money("0", "USD") }, "usage_rights.fee", contract.RulePaidUsageWithoutFee, influencekit.SeverityWarning},
		{"organic usage rights past the term without a fee", func(c *contract.Contract) { c.UsageRights.Fee, c.UsageRights.PaidAmplification = nil, false }, "usage_rights.fee", contract.RuleUnpaidUsage, influencekit.SeverityWarning},
		{"usage right on an unknown platform", func(c *contract.Contract) {
			c.UsageRights.Platforms = append(c.UsageRights.Platforms, influencekit.UnknownPlatform)
		}, "usage_rights.platforms[2]", contract.RuleInvalidValue, influencekit.SeverityError},

		// Exclusivity.
		{"exclusivity 60 days past the term: 150 days from Jan 1 ends May 30", func(c *contract.Contract) { c.Exclusivity.Days = 150 }, "exclusivity.days", contract.RuleLongExclusivity, influencekit.SeverityWarning},
		{"exclusivity with no end", func(c *contract.Contract) { c.Exclusivity.Days = 0 }, "exclusivity.days", contract.RuleLongExclusivity, influencekit.SeverityWarning},
		{"exclusivity of nothing", func(c *contract.Contract) { c.Exclusivity.Categories = nil }, "exclusivity.categories", contract.RuleMissingField, influencekit.SeverityError},

		// Disclosure.
		{"disclosure not required", func(c *contract.Contract) { c.Disclosure.Required = false }, "disclosure.required", contract.RuleDisclosureNotRequired, influencekit.SeverityError},
		{"required disclosure without wording", func(c *contract.Contract) { c.Disclosure.Wording = "" }, "disclosure.wording", contract.RuleMissingField, influencekit.SeverityError},
		{"#spon is vague for the FTC (mighty-micro)", func(c *contract.Contract) { c.Disclosure.Wording = "#spon" }, "disclosure.wording", contract.RuleVagueDisclosureWording, influencekit.SeverityError},
		{"#collab is vague for the FTC (mighty-micro)", func(c *contract.Contract) { c.Disclosure.Wording = "#collab" }, "disclosure.wording", contract.RuleVagueDisclosureWording, influencekit.SeverityError},
		{"#adventure is not #ad", func(c *contract.Contract) { c.Disclosure.Wording = "#adventure" }, "disclosure.wording", contract.RuleVagueDisclosureWording, influencekit.SeverityError},

		// Cancellation.
		{"no kill fee", func(c *contract.Contract) { c.Cancellation.KillFeePercent = nil }, "cancellation.kill_fee_percent", contract.RuleNoKillFee, influencekit.SeverityWarning},
		{"a 0% kill fee is no kill fee", func(c *contract.Contract) { z := decimal.Zero; c.Cancellation.KillFeePercent = &z }, "cancellation.kill_fee_percent", contract.RuleNoKillFee, influencekit.SeverityWarning},
		{"kill fee above 100%", func(c *contract.Contract) { k := decimal.NewFromInt(150); c.Cancellation.KillFeePercent = &k }, "cancellation.kill_fee_percent", contract.RuleInvalidKillFee, influencekit.SeverityError},
		{"negative kill fee", func(c *contract.Contract) { k := decimal.RequireFromString("-0.5"); c.Cancellation.KillFeePercent = &k }, "cancellation.kill_fee_percent", contract.RuleInvalidKillFee, influencekit.SeverityError},
		{"negative notice", func(c *contract.Contract) { c.Cancellation.NoticeDays = -1 }, "cancellation.notice_days", contract.RuleInvalidValue, influencekit.SeverityError},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			c := complete(t)
			tt.mutate(&c)
			ps := c.Validate()
			require.Len(t, ps, 1, "problems: %v", ps)
			assert.Equal(t, tt.field, ps[0].Field)
			assert.Equal(t, tt.rule, ps[0].Rule)
			assert.Equal(t, tt.sev, ps[0].Severity)
			assert.NotEmpty(t, ps[0].Message)
		})
	}
}

func TestVagueWordingSaysWhenDisclosureFellBack(t *testing.T) {
	c := complete(t)
	c.Jurisdiction = disclosure.DE
	c.Disclosure.Wording = "#spon"
	ps := c.Validate()
	require.Len(t, ps, 1)
	assert.Equal(t, contract.RuleVagueDisclosureWording, ps[0].Rule)
	// Until the disclosure package has German term tables it applies the US
	// ones; the message must not pretend otherwise.
	report := disclosure.Check(disclosure.Post{Caption: "#spon", Jurisdiction: disclosure.DE})
	fellBack := false
	for _, f := range report.Findings {
		fellBack = fellBack || f.Rule == disclosure.RuleJurisdictionFallback
	}
	if fellBack {
		assert.Contains(t, ps[0].Message, "applied the US rules")
	} else {
		assert.NotContains(t, ps[0].Message, "applied the US rules")
	}
}

package contract_test

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
)

// Example_review reviews an agreement the way a brand's team would: parse
// what another service sent, read the problems, fix each one, validate
// again, and render the draft for signature.
func Example_review() {
	c, err := contract.Parse([]byte(`{
		"jurisdiction": "US",
		"brand": {"name": "Glow Co"},
		"creator": {"name": "Kevin Heimbach", "handle": "@parktruth", "followers": 42000},
		"term": {"start": "2026-02-01", "end": "2026-03-31"},
		"deliverables": [{"platform": "tiktok", "format": "short", "quantity": 2, "due": "2026-02-20"}],
		"payment": {"total": {"amount": "300.00", "currency": "USD"},
		            "schedule": [{"due": "2026-02-01", "amount": {"amount": "250.00", "currency": "USD"}}]},
		"brief": {"goals": ["awareness among theme-park fans"], "audience": "US families planning a park trip",
		          "key_messages": ["SPF 50 that survives water rides"]},
		"approval": {"review_days": 2, "revision_rounds": 1},
		"usage_rights": {"platforms": ["tiktok"], "days": 30},
		"exclusivity": {"categories": ["sunscreen"], "days": 30},
		"disclosure": {"required": true, "wording": "#collab"},
		"cancellation": {"notice_days": 7},
		"governing_law": "California",
		"ownership": {"owner": "creator"}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	// Infos (clauses the agreement leaves out, such as a liability cap)
	// are for the draft's open points; the review acts on the rest.
	for _, p := range c.Validate() {
		if p.Severity >= influencekit.SeverityWarning {
			fmt.Println(p.Severity, p.Field, p.Rule)
		}
	}

	// Fix what the review found: the installments, the wording, the kill fee.
	c.Payment.Schedule, err = contract.SplitEqual(*c.Payment.Total,
		contract.MustParseDate("2026-02-01"), contract.MustParseDate("2026-03-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	c.Disclosure.Wording = "#ad"
	half := decimal.NewFromInt(50)
	c.Cancellation.KillFeePercent = &half
	n := 0
	for _, p := range c.Validate() {
		if p.Severity >= influencekit.SeverityWarning {
			n++
		}
	}
	fmt.Println("problems after the fixes:", n)

	var draft strings.Builder
	if err := contract.Render(&draft, c); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.SplitN(draft.String(), "\n", 2)[0])
	// Output:
	// warning cancellation.kill_fee_percent no-kill-fee
	// error disclosure.wording vague-disclosure-wording
	// error payment.schedule schedule-mismatch
	// problems after the fixes: 0
	// # Influencer agreement: Glow Co and Kevin Heimbach
}

package contract_test

import (
	"fmt"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
)

// Example_terms reviews the terms brands actually sign: payment Net 60
// after publication, Spark Ads without a fee, a brand-only termination
// right without a kill fee, and a partner tag of the brand's trading name.
func Example_terms() {
	c, err := contract.Parse([]byte(`{
		"brand": {"name": "JPMorgan Chase", "trading_names": ["Chase"]},
		"creator": {"name": "Marco Diaz", "handle": "@marcomoney"},
		"term": {"start": "2026-06-01", "end": "2026-08-31"},
		"deliverables": [{"platform": "tiktok", "format": "video", "quantity": 1, "due": "2026-06-20"}],
		"payment": {"total": {"amount": "3000.00", "currency": "USD"}, "tax": "exclusive",
		            "schedule": [{"trigger": "signature", "amount": {"amount": "1000.00", "currency": "USD"}},
		                         {"trigger": "publication", "net_days": 60, "amount": {"amount": "2000.00", "currency": "USD"}}]},
		"brief": {"reference": "Chase creator brief, June 2026"},
		"approval": {"review_days": 3, "revision_rounds": 1},
		"usage_rights": {"grants": [{"kind": "spark-ads", "platforms": ["tiktok"], "days": 60}]},
		"exclusivity": {"competitors": ["American Express"], "around_posts": {"days_before": 7, "days_after": 14}},
		"disclosure": {"required": true, "wording": "#chase_partner"},
		"cancellation": {"rights": [{"party": "brand", "basis": "convenience", "notice_days": 7, "settlement": "nothing"}]},
		"governing_law": "New York", "ownership": {"owner": "creator"}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range c.Validate() {
		if p.Severity >= influencekit.SeverityWarning {
			fmt.Println(p.Field, p.Rule)
		}
	}
	// Output:
	// cancellation.rights one-sided-termination
	// cancellation.rights[0].settlement no-kill-fee
	// payment.schedule[1].net_days long-payment-terms
	// usage_rights.grants[0].fee paid-usage-without-fee
	// usage_rights.grants[0].kind open-point
}

package contract_test

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/pricing"
)

func ExampleParse() {
	_, err := contract.Parse([]byte(`{"term": {"start": "2026-01-01", "end": "30 Feb 2026"}}`))
	fmt.Println(err)
	_, err = contract.Parse([]byte(`{"deliverables": [{"platform": "instagram", "fromat": "reel"}]}`))
	fmt.Println(err)
	// A well-formed day that does not exist is a problem, not an error, so
	// it does not hide the rest of the contract.
	c, err := contract.Parse([]byte(`{"term": {"start": "2026-06-01", "end": "2026-06-31"}}`))
	fmt.Println(err)
	for _, p := range c.Validate() {
		if p.Rule == contract.RuleInvalidDate {
			fmt.Println(p)
		}
	}
	// Output:
	// contract: term.end: malformed date "30 Feb 2026": want YYYY-MM-DD
	// contract: deliverables[0].fromat: unknown field
	// <nil>
	// term.end: error: the term's end is 2026-06-31, a day that does not exist; correct the date [invalid-date]
}

func ExampleContract_Validate() {
	c, err := contract.Parse([]byte(`{
		"jurisdiction": "US",
		"brand": {"name": "Glow Co"},
		"creator": {"name": "Tess", "handle": "@tess", "followers": 42000},
		"term": {"start": "2026-01-01", "end": "2026-03-31"},
		"deliverables": [{"platform": "instagram", "format": "reel", "quantity": 2, "due": "2026-04-20"}],
		"payment": {"total": {"amount": "1500.00", "currency": "USD"},
		            "schedule": [{"due": "2026-01-05", "amount": {"amount": "750.00", "currency": "USD"}}]},
		"brief": {"goals": ["launch the serum"], "audience": "skincare beginners", "key_messages": ["one-step hydration"]},
		"approval": {"review_days": 3, "revision_rounds": 2},
		"usage_rights": {"platforms": ["instagram"], "days": 30},
		"exclusivity": {"categories": ["skincare"], "days": 30},
		"disclosure": {"required": true, "wording": "#spon"},
		"cancellation": {"notice_days": 14, "kill_fee_percent": "50"},
		"governing_law": "New York"
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, p := range c.Validate() {
		if p.Severity >= influencekit.SeverityWarning {
			fmt.Printf("%s %s (%s)\n", p.Field, p.Rule, p.Severity)
		}
	}
	// Output:
	// deliverables[0].due due-outside-term (error)
	// disclosure.wording vague-disclosure-wording (error)
	// ownership open-point (warning)
	// payment.schedule schedule-mismatch (error)
	// usage_rights.fee unpaid-usage (warning)
}

func ExampleContract_MissingBriefParts() {
	// mighty-micro, mistake 7: a brief that only says "have fun!".
	c, _ := contract.Parse([]byte(`{"brief": {"caption_guide": "have fun!"}}`))
	for _, part := range c.MissingBriefParts() {
		fmt.Printf("%s (%s)\n", part, part.Field())
	}
	// Output:
	// goals (brief.goals)
	// target audience (brief.audience)
	// key messages (brief.key_messages)
	// deliverables (deliverables)
	// timelines (term)
	// payment terms (payment)
}

func ExampleSplitPercent() {
	total := pricing.MustNew("1000.00", "USD")
	schedule, err := contract.SplitPercent(total,
		contract.Share{Due: contract.MustParseDate("2026-01-05"), Percent: decimal.NewFromInt(50)},
		contract.Share{Due: contract.MustParseDate("2026-02-05"), Percent: decimal.RequireFromString("33.33")},
		contract.Share{Due: contract.MustParseDate("2026-03-05"), Percent: decimal.RequireFromString("16.67")},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, in := range schedule {
		fmt.Println(in.Due, in.Amount)
	}
	// Output:
	// 2026-01-05 500.00 USD
	// 2026-02-05 333.30 USD
	// 2026-03-05 166.70 USD
}

func ExampleSplitEqual() {
	schedule, _ := contract.SplitEqual(pricing.MustNew("100.00", "EUR"),
		contract.MustParseDate("2026-05-01"), contract.MustParseDate("2026-06-01"), contract.MustParseDate("2026-07-01"))
	for _, in := range schedule {
		fmt.Println(in.Due, in.Amount)
	}
	// Output:
	// 2026-05-01 33.34 EUR
	// 2026-06-01 33.33 EUR
	// 2026-07-01 33.33 EUR
}

func ExampleRender() {
	c, _ := contract.Parse([]byte(`{
		"brand": {"name": "Glow Co"}, "creator": {"name": "Tess", "handle": "@tess"},
		"term": {"start": "2026-01-01", "end": "2026-03-31"},
		"payment": {"total": {"amount": "1500", "currency": "USD"}}
	}`))
	var b strings.Builder
	if err := contract.Render(&b, c); err != nil {
		fmt.Println(err)
		return
	}
	// Print the title and the first section.
	s := bufio.NewScanner(strings.NewReader(b.String()))
	for i := 0; i < 10 && s.Scan(); i++ {
		fmt.Println(s.Text())
	}
	// Output:
	// # Influencer agreement: Glow Co and Tess
	//
	// _Draft for review, generated from the contract data. Jurisdiction for disclosure rules: US._
	//
	// - **Brand:** Glow Co
	// - **Creator:** Tess (@tess)
	//
	// ## 1. Contract length
	//
	// This agreement runs from January 1, 2026 to March 31, 2026 (90 days, both days included).
}

func ExampleDate() {
	d := contract.MustParseDate("2026-01-31")
	fmt.Println(d.AddMonths(1), d.AddDays(1), d.Weekday())
	// Output: 2026-02-28 2026-02-01 Saturday
}

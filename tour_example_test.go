package influencekit_test

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/creator"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/pricing"
)

// The examples below are the README's tour, compiled and checked.

func Example_pricing() {
	fee := pricing.MustNew("1250.50", "USD")
	fmt.Println(fee, "|", fee.Format(language.German))

	parts, _ := pricing.MustNew("100.00", "USD").Split(3) // largest remainder: no cent lost
	fmt.Println(parts)

	cpm, _ := pricing.CPM(pricing.MustNew("17515.87", "USD"), 3_414_400) // mighty-micro, Hers
	roi, _ := pricing.ROI(pricing.MustNew("18250", "USD"), pricing.MustNew("11250", "USD"))
	fmt.Println(cpm, roi.StringFixed(4))

	pos, market, _ := pricing.CheckMarketPrice(influencekit.Instagram, 42_000, pricing.MustNew("650", "USD"))
	fmt.Println(pos, market)
	// Output:
	// 1250.50 USD | 1.250,50 USD
	// [33.34 USD 33.33 USD 33.33 USD]
	// 5.13 USD 0.6222
	// above instagram micro: 100.00 USD to 500.00 USD per post
}

func Example_disclosure() {
	p := disclosure.Post{
		Caption:  "Loving this serum ✨ #skincare #glow #ad",
		Platform: influencekit.Instagram,
		Brand:    "Glow Co",
	}
	r := disclosure.Check(p)
	for _, f := range r.Findings {
		fmt.Printf("%d-%d %s %s\n", f.Start, f.End, f.Severity, f.Rule)
	}
	fmt.Println(r.Compliant())
	fmt.Println(disclosure.Autofix(p))
	// Output:
	// 38-41 error buried-disclosure
	// 38-41 error not-upfront
	// false
	// #ad Loving this serum ✨ #skincare #glow
}

func Example_disclosureJurisdictions() {
	post := disclosure.Post{
		Caption:      "#ad Ma routine eye-liner Glow Co",
		Platform:     influencekit.Instagram,
		Format:       influencekit.Reel,
		Jurisdiction: disclosure.FR,
		Transcript:   []disclosure.Segment{{Start: 45 * time.Second, Text: "Publicité : merci Glow Co"}},
	}
	for _, f := range disclosure.Check(post).Findings {
		fmt.Println(f.Severity, f.Rule)
	}
	fmt.Println(disclosure.Autofix(post))
	post.Jurisdiction = disclosure.US
	post.Transcript = nil
	fmt.Println("under US rules:", disclosure.Check(post).Compliant())
	// Output:
	// warning language-mismatch
	// error missing-verbal-disclosure
	// #publicité Ma routine eye-liner Glow Co
	// under US rules: true
}

func Example_contract() {
	c, err := contract.Parse([]byte(`{
		"jurisdiction": "US", "brand": {"name": "Glow Co"},
		"creator": {"name": "Tess", "handle": "@tess", "followers": 42000},
		"term": {"start": "2026-01-01", "end": "2026-03-31"},
		"deliverables": [{"platform": "instagram", "format": "reel", "quantity": 2, "due": "2026-04-20"}],
		"payment": {"total": {"amount": "1500.00", "currency": "USD"}},
		"brief": {"goals": ["launch the serum"], "audience": "skincare beginners", "key_messages": ["one step"]},
		"disclosure": {"required": true, "wording": "#spon"}
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	c.Payment.Schedule, _ = contract.SplitEqual(*c.Payment.Total,
		contract.MustParseDate("2026-01-05"), contract.MustParseDate("2026-03-01"))
	for _, p := range c.Validate() {
		if p.Severity == influencekit.SeverityError {
			fmt.Println(p.Field, p.Rule)
		}
	}
	var draft strings.Builder
	if err := contract.Render(&draft, c); err != nil { // a Markdown draft for a person to review
		fmt.Println(err)
		return
	}
	fmt.Println(strings.SplitN(draft.String(), "\n", 2)[0])
	// Output:
	// cancellation missing-clause
	// deliverables[0].due due-outside-term
	// disclosure.wording vague-disclosure-wording
	// # Influencer agreement: Glow Co and Tess
}

func Example_results() {
	day := func(s string) time.Time { t, _ := time.Parse(time.DateOnly, s); return t }
	goal := engagement.Goal{KPI: engagement.KPIFollowerGrowth, Target: 0.30, Start: day("2026-01-01"), Deadline: day("2026-12-31")}
	r, err := goal.Evaluate([]engagement.Measurement{
		{Date: day("2026-01-01"), Value: 10000},
		{Date: day("2026-07-01"), Value: 11500},
	}, day("2026-07-01"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Status, r.Progress)

	fee := pricing.MustNew("450.00", "USD")
	a, err := pricing.Attribute(
		[]pricing.Order{
			{ID: "1001", Amount: pricing.MustNew("48.00", "USD"), Code: " tess15"},
			{ID: "1002", Amount: pricing.MustNew("30.00", "USD"), Code: "SPRING10"},
		},
		[]pricing.CreatorTracking{{Creator: "@tess", Codes: []string{"TESS15"}, Fee: fee}})
	if err != nil {
		fmt.Println(err)
		return
	}
	roi, _ := a.Creators[0].ROI()
	fmt.Println(a.Creators[0].Revenue, roi, len(a.Unmatched))

	m, err := disclosure.SponsoredMix([]disclosure.Post{
		{Caption: "Serum from @glowco, code MAX20 for 20% off!"},
		{Caption: "#ad My Glow Co routine"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(m.Posts[0].Sponsorship, m.Posts[1].Sponsorship)
	// Output:
	// on-track 0.5
	// 48.00 USD -0.893333 1
	// looks-sponsored labelled
}

func Example_creator() {
	p := creator.Profile{
		Country:       "IT",
		Audiences:     []creator.Audience{{Platform: influencekit.Instagram, Followers: 520_000}},
		Bio:           "Ricette veloci ogni giorno",
		Registrations: []creator.Registration{{Authority: "AGCOM", Number: "IT-0042"}},
	}
	day := time.Date(2026, time.December, 7, 0, 0, 0, 0, time.UTC)
	duties, err := creator.DutiesOn(day, p, disclosure.IT)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, d := range duties {
		fmt.Println(d.Code, d.Status)
	}
	// Output:
	// agcom-register met
	// agcom-bio-line unmet
	// trader-identification unknown
}

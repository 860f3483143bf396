// Package contract models an influencer agreement as data: it parses the
// JSON other services send, validates it the way a careful reviewer would,
// and renders a Markdown draft a person can read.
//
// # Sections
//
// A Contract holds the elements seed 002 ("What is Micro-Influencer
// Marketing?", "Negotiate Fees & Contract") lists for an influencer
// contract, in that order: payment (total, schedule, incentives), briefing
// material, deliverables and their deadlines, the approval process, the
// contract length (Term), usage rights, exclusivity, endorsement disclosure
// and cancellation, plus the two parties and the jurisdiction whose
// disclosure rules apply. Every section is optional in the JSON so that
// Validate can say what is missing.
//
// # Dates
//
// Date is a civil calendar date ("2026-01-31") with no time of day and no
// time zone, so a deadline never moves by a day when read on another
// machine.
//
// # JSON
//
// Contracts arrive as JSON from other services, in this shape (snake_case
// names, dates "YYYY-MM-DD", money as in package pricing, every section
// optional):
//
//	{
//	  "jurisdiction": "US", "brand": {"name": "Glow Co"},
//	  "creator": {"name": "Tess", "handle": "@tess", "followers": 42000},
//	  "term": {"start": "2026-01-01", "end": "2026-03-31"},
//	  "deliverables": [{"platform": "instagram", "format": "reel", "quantity": 2,
//	                    "due": "2026-01-20", "cadence": "weekly", "description": "..."}],
//	  "payment": {"total": {"amount": "1500.00", "currency": "USD"},
//	              "schedule": [{"due": "2026-01-05", "amount": {"amount": "750.00", "currency": "USD"}}],
//	              "incentives": [{"description": "product bundle", "value": {"amount": "120.00", "currency": "USD"}}]},
//	  "brief": {"goals": ["..."], "kpis": ["..."], "audience": "...", "key_messages": ["..."],
//	            "caption_guide": "...", "product_description": "...", "faqs": ["..."]},
//	  "approval": {"review_days": 3, "revision_rounds": 2},
//	  "usage_rights": {"platforms": ["instagram"], "days": 90, "paid_amplification": true,
//	                   "fee": {"amount": "200.00", "currency": "USD"}},
//	  "exclusivity": {"categories": ["skincare"], "days": 30},
//	  "disclosure": {"required": true, "wording": "#ad"},
//	  "cancellation": {"notice_days": 14, "kill_fee_percent": "50"}
//	}
//
// # Parsing
//
// Parse is strict: unknown fields, duplicate fields, malformed dates,
// amounts or enums, values of the wrong JSON type and trailing data are
// errors of type *ParseError that name the JSON path
// ("payment.schedule[1].due"). encoding/json round-trips a Contract:
// json.Marshal writes the same shape and json.Unmarshal uses Parse's rules.
//
// # Validation
//
// Validate returns Problems sorted by Field (the JSON path), then Rule. The
// Rule* constants list every rule with its severity. A complete,
// consistent contract has no problems. MissingBriefParts is the brief check
// on its own (seed 003, mistake 7: "a vague, non-descript brief").
//
// # Rendering
//
// Render writes a Markdown agreement draft with the sections in seed 002's
// order, money formatted for a locale and dates spelled out; RenderLocale
// chooses the locale.
//
// # Payment schedules
//
// SplitEqual and SplitPercent divide a total into installments on given
// dates with pricing.Money.Allocate, so the installments always sum to the
// total and no cent is lost.
package contract

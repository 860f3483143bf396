// Package contract models an influencer agreement as data: it parses the
// JSON other services send, validates it the way a careful reviewer
// would, and renders a Markdown term sheet a person can read.
//
// # Contracts
//
// A [Contract] holds the elements micro-how-to lists for an influencer
// contract (payment, briefing material, deliverables and deadlines, the
// approval process, the contract length, usage rights, exclusivity,
// endorsement disclosure, cancellation) and the terms brands' agreements
// add (bizinabox-influencer, influencerfee-glossary): the brand's legal
// entity, trading names and handles ([Brand] is [disclosure.BrandIdentity]),
// an [Agency], governing law, payment triggers with net days, deposits and
// tax, [TerminationRight]s, several [UsageGrant]s, exclusivity around each
// post, and the general clauses ([Ownership], [Morals], [Indemnity],
// [Confidentiality], [LiabilityCap], [Posting], [WhitelistingAccess]).
// Every section is optional so that [Contract.Validate] can say what is
// missing. Example: Example_review.
//
// # Dates
//
// [Date] is a civil calendar date ("2026-01-31") with no time of day and
// no time zone, so a deadline never moves by a day when read on another
// machine. Example: ExampleDate.
//
// # JSON
//
// Contracts arrive as JSON in this shape (snake_case names, dates
// "YYYY-MM-DD", money as in package [pricing], every section optional;
// the members after "cancellation" and the new members inside sections
// are optional extensions of the original shape):
//
//	{
//	  "jurisdiction": "US",
//	  "brand": {"name": "Glow Co", "legal_entity": "Glow Cosmetics LLC", "trading_names": ["Glow"], "handles": ["@glowco"]},
//	  "creator": {"name": "Tess", "handle": "@tess", "followers": 42000},
//	  "agency": {"name": "Northstar Talent", "represents": "creator", "paid_through": true},
//	  "term": {"start": "2026-01-01", "end": "2026-03-31"},
//	  "deliverables": [{"platform": "instagram", "format": "reel", "quantity": 2,
//	                    "due": "2026-01-20", "cadence": "weekly", "description": "..."}],
//	  "payment": {"total": {"amount": "1500.00", "currency": "USD"}, "tax": "exclusive",
//	              "schedule": [{"trigger": "signature", "amount": {"amount": "750.00", "currency": "USD"}},
//	                           {"trigger": "publication", "net_days": 30, "amount": {"amount": "750.00", "currency": "USD"}}],
//	              "incentives": [{"description": "product bundle", "value": {"amount": "120.00", "currency": "USD"}}]},
//	  "brief": {"goals": ["..."], "audience": "...", "key_messages": ["..."]},
//	  "approval": {"review_days": 3, "revision_rounds": 2},
//	  "usage_rights": {"grants": [{"kind": "organic-repost", "platforms": ["instagram"], "months": 6,
//	                               "territory": "US", "included_in_fee": true}]},
//	  "exclusivity": {"categories": ["skincare"], "days": 30},
//	  "disclosure": {"required": true, "wording": "#ad"},
//	  "cancellation": {"kill_fee_percent": "50",
//	                   "rights": [{"party": "brand", "basis": "convenience", "notice_days": 14, "settlement": "kill-fee"}]},
//	  "governing_law": "New York", "ownership": {"owner": "creator"}
//	}
//
// Party data, the signing day and the clauses French law and the laws on
// minors and likenesses ask for are members too: "brand" and "creator"
// take "address", "email" and "tax_residence" (an ISO 3166-1 code, "FR");
// "creator" takes "region" (ISO 3166-2, "US-CA"), "birth_date",
// "guardian", "earnings_set_aside_percent", "eu_representative" and
// "insurance"; the agreement takes "signed_on" and "joint_liability"; a
// usage grant takes "digital_replica" and "intended_uses":
//
//	{"jurisdiction": "FR", "signed_on": "2026-02-20", "joint_liability": true,
//	 "brand": {"name": "Maison Lumière", "address": "12 rue de la Paix, 75002 Paris",
//	           "email": "juridique@maisonlumiere.example", "tax_residence": "FR"},
//	 "creator": {"name": "Jess Cole", "tax_residence": "US", "birth_date": "2009-04-02", "guardian": "Dana Cole",
//	             "eu_representative": "Cole Média SARL, Paris", "insurance": "AXA France, RC-2026-4411"},
//	 "usage_rights": {"grants": [{"kind": "paid-amplification", "platforms": ["instagram"], "months": 3,
//	                  "digital_replica": true, "intended_uses": "a French voice-over for the spring ads"}]}}
//
// Where an agreement leaves something open or rules it out, the JSON says
// so rather than leaving it out: a date still to be agreed is
// "start_to_be_agreed", "end_to_be_agreed" or "due_to_be_agreed": true
// (term, deliverable, installment); "extent" states usage rights,
// exclusivity, cancellation and the approval process as "none" (and
// exclusivity and cancellation as "unlimited"), and "revisions" the
// revision rounds: a gifting deal writes "exclusivity": {"extent": "none"}
// and "cancellation": {"extent": "none"}, and "approval": {"extent":
// "none"} when the brand does not review the content. An absent section
// stays a missing clause.
//
// [Contract.MarshalJSON] writes the same shape, and everything it writes
// [Parse] reads back as the same contract; what has no such form is an
// error wrapping [ErrNoJSONForm]. [Problem] marshals as {"field", "rule",
// "severity", "message"}. Example: ExampleParse.
//
// # Parsing
//
// [Parse] is strict: unknown fields, duplicate fields, malformed dates,
// amounts or enums, values of the wrong JSON type and trailing data are
// errors of type [*ParseError] that name the JSON path
// ("payment.schedule[1].due"). A well-formed day that does not exist
// ("2026-06-31") is kept for [Contract.Validate] to report, so one bad
// value does not hide the rest. Parse reads no package setting of
// shopspring/decimal. Example: ExampleParse.
//
// # Validation
//
// [Contract.Validate] returns [Problem]s sorted by Field (the JSON path),
// then Rule. A [Rule] is a stable name; [Rules] lists every rule with its
// one severity and its source: errors must be fixed, warnings
// ([RuleOpenPoint] among them) are for the parties to settle (a date still
// to be agreed, an absent brief, approval, usage_rights or exclusivity
// section), infos name clauses the agreement leaves out. A complete,
// consistent contract has none. [Contract.MissingBriefParts] is the brief
// check on its own (mighty-micro, mistake 7: "a vague, non-descript
// brief"). Example: ExampleContract_Validate.
//
// Terms an agreement may state as unstated, none or without limit say so
// in the JSON: "term": {"start": "2026-03-01", "extent": "unlimited"} (no
// end), "confidentiality": {"party": "both", "extent": "unlimited"},
// "approval": {"revision_rounds": 2, "reshoots_extent": "unlimited"};
// events stand where a day is not known: a deliverable "due_after":
// "product-arrival" with "due_days": 14, an installment "trigger":
// "month-end" with "net_days": 30. Each member's doc comment has its
// example.
//
// # French agreements, minors and likenesses
//
// Since 1 January 2026 a French influence agreement whose pay and in-kind
// value reaches [FrenchWrittenContractThreshold] (EUR 1,000 excluding tax
// a year for one advertiser; fr-loi-2023-451 art. 8, fr-decret-2025-1137)
// must state fixed mentions: for an agreement whose Jurisdiction is
// [disclosure.FR], each one missing is a [RuleMissingMention] problem at
// its JSON path, and a governing law other than French law a
// [RuleForeignGoverningLaw] problem. [Contract.Value] is one agreement's
// value; [AdvertiserYearValue] sums one advertiser's agreements for a
// calendar year, exactly, and [Contract.ValidateWithYearValue] tests the
// threshold on that sum. A creator under 18 on the signing day needs a
// guardian who signs, and in France, Illinois and California a share of
// earnings set aside ([RuleMinorWithoutGuardian]); a grant of a digital
// replica needs its intended uses described ([RuleVagueLikenessGrant]).
// Example: ExampleAdvertiserYearValue, Example_minorsAndLikenesses.
//
// # Annotated cases
//
// A compliance reviewer or lawyer adds a case without writing Go: a text
// file under contract/testdata/cases holds one or more cases, and
// TestCases validates each and reports every failing case as
// "file:line: message", listing the problems that are missing and the
// ones nobody expected. A case starts with a line "=== " and what it
// shows, then lines that say what a reviewer wants, then the contract:
//
//	# Lines starting with # are comments.
//	=== gifting terms that state no exclusivity and no cancellation terms
//	base: sound-deal.json
//	set: payment = {"product_only": true, "incentives": [{"description": "serum bundle", "value": {"amount": "80.00", "currency": "USD"}}]}
//	set: exclusivity = {"extent": "none"}
//	set: cancellation = {"extent": "none"}
//	want: no problems
//	not: missing-clause at exclusivity
//
//	=== Net 60 after publication
//	base: sound-deal.json
//	set: payment.schedule[1] = {"trigger": "publication", "net_days": 60, "amount": {"amount": "1000.00", "currency": "USD"}}
//	want: long-payment-terms at payment.schedule[1].net_days (warning)
//
// The lines of a case:
//
//   - want: rule at field (severity): Validate must report this problem.
//     "at field" (the JSON path) and "(severity)" (error, warning or
//     info) may be left out to match any.
//   - want: no problems: Validate reports no error and no warning.
//   - not: rule at field: a false alarm that must never come back.
//   - base: file.json and set: path = json: instead of writing the whole
//     contract, start from a JSON file beside the case file and change
//     members of it ("payment.schedule[1]", "term.end").
//   - known-miss: and known-alarm: record a problem Validate still misses
//     or a false alarm it still raises; the case fails once it is fixed,
//     so that the line becomes a want or a not.
//   - the contract's JSON, starting with "{" and running to the next
//     "===": write the lines above before it.
//
// Every error and warning Validate reports must be wanted; notes (info)
// are checked only when a line names them. The cases also measure
// Validate: TestCases logs its precision and recall over all of them.
// Example: testdata/cases/gifting.txt.
//
// # Rendering
//
// [Render] writes a Markdown term sheet in the order a lawyer expects,
// with money formatted for a locale and dates spelled out; [RenderLocale]
// chooses the locale, and [RenderDraft] takes the problems a caller has
// already from [Contract.Validate] instead of validating again. It writes only the rights, duties and numbers the
// contract states; what is missing appears under "Open points" in plain
// words. Example: ExampleRender.
//
// # Payment schedules
//
// [SplitEqual] and [SplitPercent] divide a total into installments on
// given dates with [pricing.Money.Allocate], so the installments always
// sum to the total and no cent is lost. Example: ExampleSplitPercent.
package contract

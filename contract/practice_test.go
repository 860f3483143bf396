package contract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
)

// base is a sound paid micro-influencer deal as contract guides describe
// it (bizinabox-influencer, influencerfee-glossary): 50% on signature and
// 50% Net 30 after publication, organic reuse for 6 months included,
// mutual termination rights, the general clauses stated. Each shape below
// changes it the way a real agreement does.
const base = `{
  "jurisdiction": "US",
  "brand": {"name": "Glow Co", "legal_entity": "Glow Cosmetics LLC"},
  "creator": {"name": "Tess Lane", "handle": "@tess", "followers": 42000},
  "term": {"start": "2026-03-01", "end": "2026-04-30"},
  "deliverables": [{"platform": "instagram", "format": "reel", "quantity": 2, "due": "2026-03-20", "cadence": "weekly"}],
  "payment": {"total": {"amount": "2000.00", "currency": "USD"}, "tax": "exclusive",
    "schedule": [{"trigger": "signature", "amount": {"amount": "1000.00", "currency": "USD"}},
                 {"trigger": "publication", "net_days": 30, "amount": {"amount": "1000.00", "currency": "USD"}}]},
  "brief": {"goals": ["launch the serum"], "audience": "skincare beginners 18-34", "key_messages": ["one-step hydration"]},
  "approval": {"review_days": 3, "revision_rounds": 2},
  "usage_rights": {"grants": [{"kind": "organic-repost", "platforms": ["instagram"], "months": 6, "included_in_fee": true}]},
  "exclusivity": {"categories": ["skincare"], "days": 60},
  "disclosure": {"required": true, "wording": "#ad"},
  "cancellation": {"kill_fee_percent": "50", "rights": [
    {"party": "brand", "basis": "convenience", "notice_days": 14, "settlement": "kill-fee"},
    {"party": "both", "basis": "cause", "cure_days": 10, "settlement": "pro-rata"}]},
  "governing_law": "New York",
  "ownership": {"owner": "creator"},
  "morals": {"party": "both"}, "indemnity": {"by": "both"}, "liability_cap": {"fees_paid": true},
  "posting": {"minimum_live_days": 90}
}`

// shape is one real-world contract shape: edits to base (member paths and
// their new JSON), the problems a careful reviewer raises (field rule) and
// problems the reviewer would call false alarms.
type shape struct {
	why     string
	edits   map[string]string
	raise   []string
	noAlarm []string
}

// gap is a known shortcoming, counted in the measurement and asserted to
// persist so that fixing it updates the table: false alarms Validate still
// raises, problems it still misses.
type gap struct {
	why        string
	edits      map[string]string
	knownAlarm []string
	knownMiss  []string
}

var practiceGaps = []gap{
	{"gifting terms that say nothing of exclusivity or cancellation (API.md fixes missing-clause as an error)", map[string]string{
		"payment":     `{"product_only": true, "incentives": [{"description": "serum bundle", "value": {"amount": "80.00", "currency": "USD"}}]}`,
		"exclusivity": `null`, "cancellation": `null`},
		[]string{"exclusivity missing-clause", "cancellation missing-clause"}, nil},
	{"total exclusivity without a fee for it", map[string]string{"exclusivity": `{"extent": "unlimited", "days": 90}`},
		nil, []string{"exclusivity.extent unpaid-exclusivity"}},
}

// practiceShapes are built from published contract practice, not from the
// issue's held-out agreements.
var practiceShapes = []shape{
	{"a sound paid deal raises nothing worth fixing", nil, nil, []string{"payment.schedule back-loaded-payment", "payment.schedule[1].due due-outside-term"}},
	{"gifting (ASA: gifts are disclosed; no cash, no schedule)", map[string]string{
		"payment":      `{"product_only": true, "incentives": [{"description": "serum bundle", "value": {"amount": "80.00", "currency": "USD"}}]}`,
		"cancellation": `{"rights": [{"party": "both", "basis": "convenience", "settlement": "nothing"}]}`,
		"disclosure":   `{"required": true, "wording": "Thanks Glow Co for the free product"}`},
		nil, []string{"payment.total missing-field", "payment.schedule missing-field", "cancellation.rights[0].settlement no-kill-fee", "payment.tax unstated-term"}},
	{"gifting without any disclosure duty (FTC: free product is a material connection)", map[string]string{
		"payment":    `{"product_only": true, "incentives": [{"description": "serum bundle", "value": {"amount": "80.00", "currency": "USD"}}]}`,
		"disclosure": `{"required": false}`},
		[]string{"disclosure.required disclosure-not-required"}, []string{"payment.total missing-field"}},
	{"agency three-party: the agency signs for the creator and is paid through", map[string]string{
		"agency": `{"name": "Northstar Talent", "represents": "creator", "paid_through": true}`},
		nil, []string{"agency.name missing-field", "agency.represents missing-field"}},
	{"agency that does not say whom it acts for", map[string]string{
		"agency": `{"name": "Northstar Talent"}`},
		[]string{"agency.represents missing-field"}, nil},
	{"Net 60 after publication (creator financing the campaign)", map[string]string{
		"payment.schedule[1]": `{"trigger": "publication", "net_days": 60, "amount": {"amount": "1000.00", "currency": "USD"}}`},
		[]string{"payment.schedule[1].net_days long-payment-terms"}, nil},
	{"Net 30 after completion with a dated payment after the term", map[string]string{
		"payment.schedule[1]": `{"trigger": "completion", "net_days": 30, "due": "2026-05-30", "amount": {"amount": "1000.00", "currency": "USD"}}`},
		nil, []string{"payment.schedule[1].due due-outside-term", "payment.schedule[1].net_days long-payment-terms"}},
	{"everything paid Net 30 after posting, nothing up front", map[string]string{
		"payment.schedule": `[{"trigger": "publication", "net_days": 30, "amount": {"amount": "2000.00", "currency": "USD"}}]`},
		[]string{"payment.schedule back-loaded-payment"}, nil},
	{"a fixed payment date after the term with no trigger", map[string]string{
		"payment.schedule[1]": `{"due": "2026-06-15", "amount": {"amount": "1000.00", "currency": "USD"}}`},
		[]string{"payment.schedule[1].due due-outside-term"}, nil},
	{"termination for convenience by the brand without a kill fee", map[string]string{
		"cancellation": `{"rights": [{"party": "brand", "basis": "convenience", "notice_days": 7, "settlement": "nothing"}, {"party": "both", "basis": "cause", "cure_days": 10}]}`},
		[]string{"cancellation.rights[0].settlement no-kill-fee"}, nil},
	{"only termination for cause: no kill fee is owed", map[string]string{
		"cancellation": `{"rights": [{"party": "both", "basis": "cause", "cure_days": 10, "settlement": "pro-rata"}]}`},
		nil, []string{"cancellation.kill_fee_percent no-kill-fee"}},
	{"termination for cause with claw-back and no cure period", map[string]string{
		"cancellation": `{"kill_fee_percent": "50", "rights": [{"party": "brand", "basis": "convenience", "settlement": "kill-fee"}, {"party": "brand", "basis": "cause", "settlement": "claw-back"}]}`},
		[]string{"cancellation.rights[1].cure_days no-cure-period"}, nil},
	{"whitelisting (Spark Ads) with no fee and no access terms", map[string]string{
		"usage_rights.grants[1]": `{"kind": "spark-ads", "platforms": ["tiktok"], "days": 60}`},
		[]string{"usage_rights.grants[1].fee paid-usage-without-fee", "usage_rights.grants[1].kind open-point"}, nil},
	{"whitelisting priced and with access terms", map[string]string{
		"usage_rights.grants[1]": `{"kind": "whitelisting", "platforms": ["tiktok"], "days": 60, "fee": {"amount": "400.00", "currency": "USD"}}`,
		"whitelisting_access":    `{"days": 60, "creator_approval": true}`},
		nil, []string{"usage_rights.grants[1].fee paid-usage-without-fee", "usage_rights.grants[1].kind open-point"}},
	{"perpetual organic repost, included in the fee", map[string]string{
		"usage_rights.grants[0]": `{"kind": "organic-repost", "platforms": ["instagram"], "perpetual": true, "included_in_fee": true}`},
		[]string{"usage_rights.grants[0].perpetual perpetual-usage"}, []string{"usage_rights.grants[0].fee unpaid-usage"}},
	{"perpetual, irrevocable, sublicensable licence for nothing", map[string]string{
		"usage_rights.grants[0]": `{"kind": "paid-amplification", "channels": ["website", "out-of-home"], "perpetual": true, "irrevocable": true, "sublicensable": true}`},
		[]string{"usage_rights.grants[0].perpetual perpetual-usage", "usage_rights.grants[0] broad-usage-grant", "usage_rights.grants[0].fee paid-usage-without-fee"}, nil},
	{"organic reuse for a year with no fee, past the term", map[string]string{
		"usage_rights.grants[0]": `{"kind": "organic-repost", "platforms": ["instagram"], "months": 12}`},
		[]string{"usage_rights.grants[0].fee unpaid-usage"}, nil},
	{"no usage rights at all, stated", map[string]string{"usage_rights": `{"extent": "none"}`},
		nil, []string{"usage_rights.days perpetual-usage", "usage_rights missing-clause"}},
	{"unlimited reshoots", map[string]string{"approval": `{"review_days": 3, "revisions": "unlimited"}`},
		[]string{"approval.revisions unlimited-revisions"}, nil},
	{"brief in a separate document", map[string]string{"brief": `{"reference": "Glow Co creator brief v3"}`},
		nil, []string{"brief vague-brief"}},
	{"exclusivity window around each post against named competitors", map[string]string{
		"exclusivity": `{"competitors": ["Dew Labs"], "around_posts": {"days_before": 7, "days_after": 14}}`},
		nil, []string{"exclusivity.categories missing-field", "exclusivity.days long-exclusivity"}},
	{"exclusivity for a year after a two-month campaign", map[string]string{"exclusivity": `{"categories": ["skincare"], "days": 365}`},
		[]string{"exclusivity.days long-exclusivity"}, nil},
	{"posting date to be agreed", map[string]string{
		"deliverables[0]": `{"platform": "instagram", "format": "reel", "quantity": 2, "due_to_be_agreed": true}`},
		[]string{"deliverables[0].due open-point"}, []string{"deliverables[0].due missing-field"}},
	{"June 31", map[string]string{"term.end": `"2026-06-31"`},
		[]string{"term.end invalid-date"}, nil},
	{"partner tag of the brand's trading name", map[string]string{
		"brand": `{"name": "JPMorgan Chase", "trading_names": ["Chase"]}`, "disclosure": `{"required": true, "wording": "#chase_partner"}`},
		nil, []string{"disclosure.wording vague-disclosure-wording"}},
	{"#partner alone (FTC: ambiguous)", map[string]string{"disclosure": `{"required": true, "wording": "#partner"}`},
		[]string{"disclosure.wording vague-disclosure-wording"}, nil},
	{"one-sided indemnity and no governing law", map[string]string{"indemnity": `{"by": "creator"}`, "governing_law": `""`},
		[]string{"indemnity.by one-sided-indemnity", "governing_law open-point"}, nil},
	{"silent on ownership", map[string]string{"ownership": `null`},
		[]string{"ownership open-point"}, nil},
	{"a deposit that the schedule contradicts", map[string]string{"payment.deposit_percent": `"30"`},
		[]string{"payment.deposit_percent schedule-mismatch"}, nil},
	{"a deposit that the schedule pays", map[string]string{"payment.deposit_percent": `"50"`},
		nil, []string{"payment.deposit_percent schedule-mismatch", "payment.schedule back-loaded-payment"}},
	{"a negative fee does not hide the rest", map[string]string{
		"payment.total": `{"amount": "-2000.00", "currency": "USD"}`, "term.start": `"2026-02-30"`},
		[]string{"payment.total invalid-value", "term.start invalid-date", "payment.schedule schedule-mismatch"}, nil},
}

// TestPracticeShapes measures Validate against the reviewer's answers:
// every raised problem must appear, every false alarm must not. Problems
// of severity info and ones in neither list are not counted.
func TestPracticeShapes(t *testing.T) {
	var tp, fp, fn int
	for _, s := range practiceShapes {
		t.Run(s.why, func(t *testing.T) {
			doc, err := applyEdits(base, s.edits)
			require.NoError(t, err)
			c, err := contract.Parse([]byte(doc))
			require.NoError(t, err, doc)
			got := map[string]bool{}
			for _, p := range c.Validate() {
				got[p.Field+" "+p.Rule] = true
				if s.edits == nil {
					assert.Less(t, p.Severity, influencekit.SeverityWarning, "the sound deal: %s", p)
				}
			}
			for _, want := range s.raise {
				if assert.True(t, got[want], "a reviewer raises %s; got %v", want, keys(got)) {
					tp++
				} else {
					fn++
				}
			}
			for _, no := range s.noAlarm {
				if assert.False(t, got[no], "false alarm %s", no) {
					continue
				}
				fp++
			}

		})
	}
	for _, g := range practiceGaps {
		t.Run(g.why, func(t *testing.T) {
			doc, err := applyEdits(base, g.edits)
			require.NoError(t, err)
			c, err := contract.Parse([]byte(doc))
			require.NoError(t, err, doc)
			got := map[string]bool{}
			for _, p := range c.Validate() {
				got[p.Field+" "+p.Rule] = true
			}
			for _, a := range g.knownAlarm {
				assert.True(t, got[a], "known false alarm %s is gone: move it to a shape's noAlarm", a)
				fp++
			}
			for _, m := range g.knownMiss {
				assert.False(t, got[m], "known miss %s is found: move it to a shape's raise", m)
				fn++
			}
		})
	}
	t.Logf("practice shapes: %d raised correctly, %d false alarms, %d missed: precision %.2f, recall %.2f",
		tp, fp, fn, float64(tp)/float64(max(tp+fp, 1)), float64(tp)/float64(max(tp+fn, 1)))
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// applyEdits replaces members of the JSON document doc: each key is a
// path ("payment.schedule[1]", "term.end") and each value its new JSON.
// It round-trips through a generic tree, so the document stays strict JSON.
func applyEdits(doc string, edits map[string]string) (string, error) {
	var tree any
	if err := jsonUnmarshal(doc, &tree); err != nil {
		return "", err
	}
	for path, value := range edits {
		var v any
		if err := jsonUnmarshal(value, &v); err != nil {
			return "", fmt.Errorf("%s: %w", path, err)
		}
		if err := setPath(tree, strings.Split(path, "."), v); err != nil {
			return "", fmt.Errorf("%s: %w", path, err)
		}
	}
	return jsonMarshal(tree)
}

package main

import (
	"bytes"
	"net/http"
	"strings"
	"testing"

	"github.com/influencekit/influencekit/contract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// testContract is complete but for its schedule, which pays 750 of 1500.
const testContract = `{
  "jurisdiction": "US", "brand": {"name": "Glow Co"}, "creator": {"name": "Tess", "handle": "@tess", "followers": 42000},
  "term": {"start": "2026-01-01", "end": "2026-03-31"},
  "deliverables": [{"platform": "instagram", "format": "reel", "quantity": 2, "due": "2026-01-20"}],
  "payment": {"total": {"amount": "1500.00", "currency": "USD"},
              "schedule": [{"due": "2026-01-05", "amount": {"amount": "750.00", "currency": "USD"}}]},
  "brief": {"goals": ["launch"], "kpis": ["reach"], "audience": "skincare fans", "key_messages": ["fragrance-free"]},
  "approval": {"review_days": 3, "revision_rounds": 2},
  "usage_rights": {"platforms": ["instagram"], "days": 90, "paid_amplification": true, "fee": {"amount": "200.00", "currency": "USD"}},
  "exclusivity": {"categories": ["skincare"], "days": 30},
  "disclosure": {"required": true, "wording": "#ad"},
  "cancellation": {"notice_days": 14, "kill_fee_percent": "50"}
}`

func TestContractValidate(t *testing.T) {
	s, _ := testServer(t, nil)
	c, err := contract.Parse([]byte(testContract))
	require.NoError(t, err)
	problems := c.Validate()
	require.NotEmpty(t, problems)

	rec := sendJSON(t, s, "/v1/contract/validate", testContract)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.JSONEq(t, `{"valid":false,"problems":`+libraryJSON(t, problems)+`}`, rec.Body.String(), "problems are the library's Problem JSON")
	var fields []any
	for _, p := range decodeBody(t, rec)["problems"].([]any) {
		if p := p.(map[string]any); p["rule"] == "schedule-mismatch" {
			fields = append(fields, p["field"])
		}
	}
	assert.Equal(t, []any{"payment.schedule"}, fields, "the short schedule is found")

	fixed := strings.Replace(testContract, `"schedule": [`, `"schedule": [{"due": "2026-02-05", "amount": {"amount": "750.00", "currency": "USD"}}, `, 1)
	c, err = contract.Parse([]byte(fixed))
	require.NoError(t, err)
	rec = sendJSON(t, s, "/v1/contract/validate", fixed)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	body := decodeBody(t, rec)
	assert.Equal(t, len(c.Validate()) == 0 || body["valid"] == true, true)
	assert.NotNil(t, body["problems"], "problems is a list, never null")
}

func TestContractValidateEmpty(t *testing.T) {
	s, _ := testServer(t, nil)
	rec := sendJSON(t, s, "/v1/contract/validate", `{}`)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	body := decodeBody(t, rec)
	assert.Equal(t, false, body["valid"])
	var rules []any
	for _, p := range body["problems"].([]any) {
		rules = append(rules, p.(map[string]any)["rule"])
	}
	assert.Contains(t, rules, "missing-clause", "every absent section is reported")
}

func TestContractRender(t *testing.T) {
	s, _ := testServer(t, nil)
	c, err := contract.Parse([]byte(testContract))
	require.NoError(t, err)
	var want bytes.Buffer
	require.NoError(t, contract.Render(&want, c))

	rec := sendJSON(t, s, "/v1/contract/render", testContract)
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Equal(t, "text/markdown; charset=utf-8", rec.Header().Get("Content-Type"))
	assert.Equal(t, want.String(), rec.Body.String())
	assert.True(t, strings.HasPrefix(rec.Body.String(), "#"), "a Markdown document with a title")
}

func TestContractErrors(t *testing.T) {
	s, _ := testServer(t, func(c *config) { c.maxBody = 4096 })
	rows := []struct {
		why, body string
		status    int
		field     string
	}{
		{why: "a malformed date names its JSON path", body: `{"term":{"start":"soon","end":"2026-03-31"}}`, status: 400, field: "term.start"},
		{why: "a wrong type deep in a list names its index", body: `{"payment":{"schedule":[{"due":"2026-01-05","amount":{"amount":"1","currency":"USD"}},{"due":7}]}}`, status: 400, field: "payment.schedule[1].due"},
		{why: "an unknown member names its path", body: `{"brand":{"name":"Glow Co","logo":"x"}}`, status: 400, field: "brand.logo"},
		{why: "invalid JSON is malformed, where it stops", body: `{"brand":`, status: 400, field: "brand"},
		{why: "trailing data is malformed", body: `{} {}`, status: 400, field: ""},
		{why: "a contract over the limit is 413", body: `{"brief":{"goals":["` + strings.Repeat("g", 5000) + `"]}}`, status: 413, field: ""},
	}
	for _, row := range rows {
		for _, path := range []string{"/v1/contract/validate", "/v1/contract/render"} {
			t.Run(path+"/"+row.why, func(t *testing.T) {
				requireProblem(t, sendJSON(t, s, path, row.body), row.status, row.field)
			})
		}
	}
	t.Run("a contract must be sent as JSON", func(t *testing.T) {
		requireProblem(t, send(t, s, http.MethodPost, "/v1/contract/validate", "text/plain", testContract), http.StatusUnsupportedMediaType, "")
	})
}

package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// minimalCampaign is a campaign of one creator in EUR that reports
// without an error; tests replace its markers: CONTRACT (the creator's
// contract member, after a comma), RATES (the campaign's exchange rates
// member, after a comma) and FEE (the offered fee).
const minimalCampaign = `{"name": "t", "brand": "Brand", "industry": "beauty",
 "budget": {"amount": "1000.00", "currency": "EUR"}, "revenue": {"amount": "0.00", "currency": "EUR"},
 "report_date": "2026-03-01"RATES,
 "creators": [{"handle": "@a", "platform": "instagram", "followers": 20000, "following": 100,
   "follower_history": [{"date": "2026-01-01", "followers": 19000}, {"date": "2026-02-01", "followers": 20000}],
   "deliverables": [{"platform": "instagram", "format": "post", "quantity": 1}],
   "rate_card": [{"platform": "instagram", "format": "post", "price": {"amount": "300.00", "currency": "EUR"}}],
   "offered_fee": FEE,
   "posts": [{"id": "p1", "format": "post", "connection": "paid", "caption": "#ad Brand serum",
     "likes": 500, "comments": 20, "reach": 9000, "impressions": 12000, "clicks": 100}]CONTRACT}]}`

// inlineContract is a contract that parses, for the minimal campaign's
// creator.
const inlineContract = `{"jurisdiction": "DE", "brand": {"name": "Brand"},
  "creator": {"name": "A", "handle": "@a", "followers": 20000},
  "term": {"start": "2026-02-01", "end": "2026-03-31"},
  "deliverables": [{"platform": "instagram", "format": "post", "quantity": 1, "due": "2026-02-20"}],
  "payment": {"total": {"amount": "300.00", "currency": "EUR"}},
  "disclosure": {"required": true, "wording": "Werbung"}}`

// campaignFile writes the minimal campaign with its markers replaced to
// dir/sub/campaign.json, with files (relative to dir/sub) beside it, and
// returns its path.
func campaignFile(t *testing.T, contract, rates, fee string, files map[string]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "sub")
	if fee == "" {
		fee = `{"amount": "300.00", "currency": "EUR"}`
	}
	data := strings.NewReplacer("CONTRACT", contract, "RATES", rates, "FEE", fee).Replace(minimalCampaign)
	files["campaign.json"] = data
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
	}
	return filepath.Join(dir, "campaign.json")
}

// section returns the text of the report's section with the given id and
// its error.
func section(t *testing.T, r Report, id string) (text, failure string) {
	t.Helper()
	for _, s := range r.Sections {
		if s.ID == id {
			var b strings.Builder
			for _, bl := range s.Blocks {
				writeTextBlock(&b, bl)
			}
			return b.String(), s.Error
		}
	}
	t.Fatalf("no section %s", id)
	return "", ""
}

func TestContracts(t *testing.T) {
	tests := []struct {
		why      string
		contract string            // the contract member, "" for none
		files    map[string]string // beside the campaign file
		want     string            // in the contracts section
		wantErr  string            // the section's error, "" for none
		wantAt   string            // where in the campaign file the error points: the text there
	}{
		{why: "a creator without a contract is reported as such, not as a failure",
			want: "@a: no contract given"},
		{why: "null is no contract, as the file's other members read it",
			contract: `, "contract": null`, want: "@a: no contract given"},
		{why: "a contract given inline is validated",
			contract: `, "contract": ` + inlineContract, want: "@a: 2 errors, 6 warnings"},
		{why: "a path is read relative to the campaign file, not the working directory",
			contract: `, "contract": "contracts/a.json"`, files: map[string]string{"contracts/a.json": inlineContract}, want: "@a: 2 errors, 6 warnings"},
		{why: "a path may climb out of the campaign file's directory",
			contract: `, "contract": "../shared/a.json"`, files: map[string]string{"../shared/a.json": inlineContract}, want: "@a: 2 errors, 6 warnings"},
		{why: "a missing contract file is an error at the member that names it, and the section goes on",
			contract: `, "contract": "contracts/missing.json"`,
			want:     "@a: contract not read", wantAt: `"contracts/missing.json"`, wantErr: ": creators[0].contract: open "},
		{why: "an inline contract's error points at the offending value in the campaign file",
			contract: `, "contract": {"jurisdiction": "DE",` + "\n" + `  "term": {"start": 20260201}}`,
			want:     "@a: contract not read", wantAt: "20260201", wantErr: ": creators[0].contract: contract: term.start: "},
		{why: "a contract file's syntax error gives that file's line and column",
			contract: `, "contract": "a.json"`, files: map[string]string{"a.json": "{\n  \"brand\": {\"name\": \"Brand\",}\n}"},
			want: "@a: contract not read", wantErr: "a.json:2:29: contract: brand: "},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			if tt.files == nil {
				tt.files = map[string]string{}
			}
			path := campaignFile(t, tt.contract, "", "", tt.files)
			c, err := loadCampaignFile(path)
			require.NoError(t, err)
			if tt.wantAt != "" {
				tt.wantErr = path + ":" + lineCol(t, path, tt.wantAt) + tt.wantErr
			}
			r := buildReport(c)
			text, failure := section(t, r, "contracts")
			assert.Contains(t, text, tt.want)
			if tt.wantErr == "" {
				assert.False(t, r.Failed(), "no section fails: %v", r.Sections)
				return
			}
			assert.Contains(t, failure, tt.wantErr)
			for _, s := range r.Sections {
				if s.ID != "contracts" {
					assert.Empty(t, s.Error, "only the contracts section fails")
					assert.NotEmpty(t, s.Blocks, "section %s still runs", s.ID)
				}
			}
		})
	}
}

func TestCurrencies(t *testing.T) {
	tests := []struct {
		why     string
		rates   string
		fee     string
		want    string // in the pricing section
		wantErr string // the pricing section's error, "" for none
		wantAt  string // where in the campaign file the error points: the text there
	}{
		{why: "an offer in EUR is not compared with USD market rates without a rate",
			want: "micro 100.00 USD to 500.00 USD per post  n/a: market rates are quoted in USD"},
		{why: "with a EUR to USD rate the offer is converted exactly and compared in USD",
			rates: `, "exchange_rates": [{"from": "EUR", "to": "USD", "rate": "1.0842"}]`,
			want:  "within, 1 piece (offer 325.26 USD at 1 EUR = 1.0842 USD)"},
		{why: "a rate the other way round is not inverted: 1/rate is not exact",
			rates: `, "exchange_rates": [{"from": "USD", "to": "EUR", "rate": "0.9223"}]`,
			want:  "n/a: market rates are quoted in USD"},
		{why: "a fee in GBP is converted into the EUR budget for the spend",
			rates: `, "exchange_rates": [{"from": "GBP", "to": "EUR", "rate": "1.1765"}]`, fee: `{"amount": "250.00", "currency": "GBP"}`,
			want: "spend 294.13 EUR of a 1,000.00 EUR budget"},
		{why: "a fee in GBP without a rate to EUR is an error at the fee; the rows are still shown",
			fee:  `{"amount": "250.00", "currency": "GBP"}`,
			want: "@a       300.00 EUR  250.00 GBP", wantAt: `{"amount": "250.00"`, wantErr: ": @a offered fee 250.00 GBP: no exchange rate from GBP to the budget's EUR"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			path := campaignFile(t, "", tt.rates, tt.fee, map[string]string{})
			c, err := loadCampaignFile(path)
			require.NoError(t, err)
			if tt.wantAt != "" {
				tt.wantErr = path + ":" + lineCol(t, path, tt.wantAt) + tt.wantErr
			}
			text, failure := section(t, buildReport(c), "pricing")
			assert.Contains(t, text, tt.want)
			if tt.wantErr == "" {
				assert.Empty(t, failure)
			} else {
				assert.Contains(t, failure, tt.wantErr)
			}
		})
	}
}

// TestCampaignFileErrors: what the report cannot use stops it before any
// section, at the file, line and column of the value.
func TestCampaignFileErrors(t *testing.T) {
	tests := []struct {
		why      string
		contract string
		rates    string
		at       string // the text the error points at in the file
		want     string // after the file name and position
	}{
		{why: "a contract must be an object or a path",
			contract: `, "contract": 42`, at: "42}]}", want: ": campaign: creators[0].contract: give a contract object or the path of a contract file"},
		{why: "a currency code must be ISO 4217",
			rates: `, "exchange_rates": [{"from": "EURO", "to": "USD", "rate": "1.08"}]`, at: `"EURO"`, want: `: campaign: exchange_rates[0].from: "EURO" is not an ISO 4217 currency code`},
		{why: "a rate must be positive",
			rates: `, "exchange_rates": [{"from": "EUR", "to": "USD", "rate": "0"}]`, at: `"0"`, want: ": campaign: exchange_rates[0].rate: the rate is 0; it must be positive"},
		{why: "a rate converts between two currencies",
			rates: `, "exchange_rates": [{"from": "EUR", "to": "EUR", "rate": "1"}]`, at: `"EUR", "rate"`, want: ": campaign: exchange_rates[0].to: a rate converts one currency into another"},
		{why: "two rates for one pair would make the report depend on their order",
			rates: `, "exchange_rates": [{"from": "EUR", "to": "USD", "rate": "1.08"}, {"from": "EUR", "to": "USD", "rate": "1.09"}]`,
			at:    `{"from": "EUR", "to": "USD", "rate": "1.09"}`, want: ": campaign: exchange_rates[1]: a second rate from EUR to USD"},
		{why: "a rate is a decimal, not a word",
			rates: `, "exchange_rates": [{"from": "EUR", "to": "USD", "rate": "about one"}]`, at: `"about one"`, want: ": "},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			path := campaignFile(t, tt.contract, tt.rates, "", map[string]string{})
			var out, errOut bytes.Buffer
			assert.Equal(t, 1, runMain([]string{"-f", path}, &out, &errOut))
			assert.Empty(t, out.String(), "no report is written")
			want := "campaign: " + path + ":" + lineCol(t, path, tt.at) + tt.want
			assert.True(t, strings.HasPrefix(errOut.String(), want), "got %q, want %q", errOut.String(), want)
		})
	}
}

// TestFailedSectionsExitNonZero: the report is written in full, each
// failed section says why, stderr names it and the status is 1.
func TestFailedSectionsExitNonZero(t *testing.T) {
	path := campaignFile(t, `, "contract": "nope.json"`, "", `{"amount": "250.00", "currency": "GBP"}`, map[string]string{})
	var out, errOut bytes.Buffer
	assert.Equal(t, 1, runMain([]string{"-f", path}, &out, &errOut))
	for _, want := range []string{"== Tiers", "== Results (as of 2026-03-01)",
		"error: contract for @a: " + path + ":" + lineCol(t, path, `"nope.json"`) + ": creators[0].contract: open "} {
		assert.Contains(t, out.String(), want)
	}
	for _, want := range []string{"campaign: section pricing failed: ", "campaign: section contracts failed: ", "campaign: section results failed: "} {
		assert.Contains(t, errOut.String(), want)
	}
}

// lineCol returns "line:col" (1-based, col in bytes) of the first
// occurrence of needle in the named file, counted here independently of
// the code under test; the test fails if there is none.
func lineCol(t *testing.T, path, needle string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	for i, line := range strings.Split(string(data), "\n") {
		if col := strings.Index(line, needle); col >= 0 {
			return fmt.Sprintf("%d:%d", i+1, col+1)
		}
	}
	t.Fatalf("%q is not on one line of %s", needle, path)
	return ""
}

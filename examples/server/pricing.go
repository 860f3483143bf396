package main

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"

	"github.com/influencekit/influencekit/pricing"
	"github.com/shopspring/decimal"
)

// quoteRequest is what /v1/pricing/quote reads: a rate card, the
// deliverables asked for and the terms, in the JSON forms of
// pricing.RateCard, pricing.Line and pricing.Terms (every member of the
// terms optional, fractions as decimal strings or numbers, "0.10" is 10%;
// money as {"amount","currency"}).
type quoteRequest struct {
	RateCard pricing.RateCard `json:"rate_card"`
	Lines    []pricing.Line   `json:"lines"`
	Terms    pricing.Terms    `json:"terms"`
}

// pricingQuote answers POST /v1/pricing/quote with the pricing.Quote.
func (s *server) pricingQuote(w http.ResponseWriter, r *http.Request) {
	var req quoteRequest
	if !s.readJSON(w, r, &req) {
		return
	}
	q, err := pricing.NewQuote(req.RateCard, req.Lines, req.Terms)
	if err != nil {
		s.problem(w, r, problemRejected(quoteField(err), err.Error()))
		return
	}
	s.writeJSON(w, r, q)
}

// quoteField names the request member a pricing.NewQuote error is about:
// "rate_card", "lines[i]" for an error about line i, "lines" or "terms".
func quoteField(err error) string {
	msg := err.Error()
	switch {
	case errors.Is(err, pricing.ErrInvalidRateCard):
		return "rate_card"
	case strings.Contains(msg, ": no lines"):
		return "lines"
	}
	if _, rest, ok := strings.Cut(msg, ": line "); ok {
		digits, _, _ := strings.Cut(rest, " ")
		if i, err := strconv.Atoi(digits); err == nil {
			return "lines[" + strconv.Itoa(i) + "]"
		}
	}
	if errors.Is(err, pricing.ErrNoPrice) {
		return "lines"
	}
	return termsField(msg)
}

// termsMembers maps the start of what pricing.NewQuote says about the terms
// to the member of "terms" it is about, most specific first.
var termsMembers = []struct{ prefix, field string }{
	{"two bundles", "terms.bundles"},
	{"discounts take", "terms"}, // the discounts together
	{"discount ", "terms.discount"},
	{"affiliate rate", "terms.affiliate.rate"},
	{"fixed discount", "terms.fixed_discount"},
	{"product value", "terms.product_value"},
	{"products worth", "terms.product_value"},
	{"usage fee", "terms.usage.monthly_fee"},
	{"usage rate", "terms.usage.monthly_rate"},
	{"usage rights", "terms.usage.months"},
	{"exclusivity fee", "terms.exclusivity.fee"},
	{"exclusivity rate", "terms.exclusivity.rate"},
	{"exclusivity", "terms.exclusivity.days"},
}

// termsField names the member of "terms" a pricing.NewQuote error message
// is about: "terms.bundles[1]" for "bundle 1 has ...", "terms.discount",
// "terms.usage.months", ...; "terms" when it names none.
func termsField(msg string) string {
	_, about, ok := strings.Cut(msg, "pricing: invalid quote: ")
	if !ok {
		_, about, _ = strings.Cut(msg, "pricing: currency mismatch: ")
	}
	if rest, ok := strings.CutPrefix(about, "bundle "); ok {
		digits, _, _ := strings.Cut(rest, " ")
		if i, err := strconv.Atoi(digits); err == nil {
			return "terms.bundles[" + strconv.Itoa(i) + "]"
		}
	}
	for _, m := range termsMembers {
		if strings.HasPrefix(about, m.prefix) {
			return m.field
		}
	}
	return "terms"
}

// allocateRequest is what /v1/pricing/allocate reads: an amount and the
// weights of the parties to split it between.
type allocateRequest struct {
	Total   *pricing.Money `json:"total"`
	Weights []count        `json:"weights"`
}

// allocateResult is what /v1/pricing/allocate returns: one part per
// weight, summing to the rounded total (pricing.Money.Allocate).
type allocateResult struct {
	Parts []pricing.Money `json:"parts"`
}

// pricingAllocate answers POST /v1/pricing/allocate.
func (s *server) pricingAllocate(w http.ResponseWriter, r *http.Request) {
	var req allocateRequest
	if !s.readJSON(w, r, &req) {
		return
	}
	if req.Total == nil {
		s.problem(w, r, problemInvalidValue("total", "total is required: the amount to split"))
		return
	}
	parts, err := req.Total.Allocate(int64s(req.Weights)...)
	if err != nil {
		field := "weights"
		if errors.Is(err, pricing.ErrNoCurrency) {
			field = "total"
		}
		s.problem(w, r, problemRejected(field, err.Error()))
		return
	}
	s.writeJSON(w, r, allocateResult{parts})
}

// metricsRequest is what /v1/pricing/metrics reads: a campaign's cost, and
// whichever of its revenue and counts are known.
type metricsRequest struct {
	Cost        *pricing.Money `json:"cost"`
	Revenue     *pricing.Money `json:"revenue,omitempty"`     // enables roi and roas
	Impressions *count         `json:"impressions,omitempty"` // enables cpm
	Engagements *count         `json:"engagements,omitempty"` // enables cpe
	Clicks      *count         `json:"clicks,omitempty"`      // enables cpc
	Conversions *count         `json:"conversions,omitempty"` // enables cpa
}

// metricsResult is what /v1/pricing/metrics returns; members whose input
// was not given are absent. ROI and ROAS are fractions written as JSON
// numbers with the exact digits of the decimal result (0.25 is a 25% return).
type metricsResult struct {
	CPM  *pricing.Money `json:"cpm,omitempty"`
	CPE  *pricing.Money `json:"cpe,omitempty"`
	CPC  *pricing.Money `json:"cpc,omitempty"`
	CPA  *pricing.Money `json:"cpa,omitempty"`
	ROI  *json.Number   `json:"roi,omitempty"`
	ROAS *json.Number   `json:"roas,omitempty"`
}

// pricingMetrics answers POST /v1/pricing/metrics.
func (s *server) pricingMetrics(w http.ResponseWriter, r *http.Request) {
	var req metricsRequest
	if !s.readJSON(w, r, &req) {
		return
	}
	if req.Cost == nil {
		s.problem(w, r, problemInvalidValue("cost", "cost is required: what the campaign cost"))
		return
	}
	if req.Revenue == nil && req.Impressions == nil && req.Engagements == nil && req.Clicks == nil && req.Conversions == nil {
		s.problem(w, r, problemInvalidValue("impressions", "give at least one of revenue, impressions, engagements, clicks or conversions"))
		return
	}
	var out metricsResult
	per := []struct {
		field string
		count *count
		fn    func(pricing.Money, int64) (pricing.Money, error)
		dst   **pricing.Money
	}{
		{"impressions", req.Impressions, pricing.CPM, &out.CPM},
		{"engagements", req.Engagements, pricing.CPE, &out.CPE},
		{"clicks", req.Clicks, pricing.CPC, &out.CPC},
		{"conversions", req.Conversions, pricing.CPA, &out.CPA},
	}
	for _, m := range per {
		if m.count == nil {
			continue
		}
		v, err := m.fn(*req.Cost, int64(*m.count))
		if err != nil {
			s.problem(w, r, problemRejected(metricsField(err, m.field), err.Error()))
			return
		}
		*m.dst = &v
	}
	if req.Revenue != nil {
		for _, m := range []struct {
			fn  func(revenue, cost pricing.Money) (decimal.Decimal, error)
			dst **json.Number
		}{{pricing.ROI, &out.ROI}, {pricing.ROAS, &out.ROAS}} {
			d, err := m.fn(*req.Revenue, *req.Cost)
			if err != nil {
				field := "revenue"
				if errors.Is(err, pricing.ErrNonPositiveBase) {
					field = "cost"
				}
				s.problem(w, r, problemRejected(field, err.Error()))
				return
			}
			n := json.Number(d.String())
			*m.dst = &n
		}
	}
	s.writeJSON(w, r, out)
}

// metricsField names the member a cost-per error is about: the cost for a
// cost without currency, the count otherwise.
func metricsField(err error, count string) string {
	if errors.Is(err, pricing.ErrNoCurrency) {
		return "cost"
	}
	return count
}

package main

import "net/http"

// registerRoutes registers every route the service serves. The OpenAPI
// document lists the same routes; TestOpenAPIRoutes keeps the two equal.
func (s *server) registerRoutes() {
	s.handle(http.MethodGet, "/healthz", s.healthz)
	s.handle(http.MethodGet, "/openapi.json", s.openAPI)

	s.handle(http.MethodPost, "/v1/disclosure/check", s.disclosureCheck)
	s.handle(http.MethodPost, "/v1/disclosure/autofix", s.disclosureAutofix)
	s.handleStream("/v1/disclosure/check/stream", "/v1/disclosure/check", s.disclosureCheckStream)
	s.handleStream("/v1/disclosure/autofix/stream", "/v1/disclosure/autofix", s.disclosureAutofixStream)

	s.handle(http.MethodPost, "/v1/engagement/rates", s.engagementRates)
	s.handle(http.MethodPost, "/v1/engagement/story", s.engagementStory)
	s.handle(http.MethodGet, "/v1/tiers", s.tiers)

	s.handle(http.MethodPost, "/v1/pricing/quote", s.pricingQuote)
	s.handle(http.MethodPost, "/v1/pricing/allocate", s.pricingAllocate)
	s.handle(http.MethodPost, "/v1/pricing/metrics", s.pricingMetrics)

	s.handle(http.MethodPost, "/v1/contract/validate", s.contractValidate)
	s.handle(http.MethodPost, "/v1/contract/render", s.contractRender)

	s.handle(http.MethodPost, "/v1/creator/duties", s.creatorDuties)
}

// health is what /healthz answers.
type health struct {
	Status string `json:"status"` // "ok" while the server serves
}

// healthz answers 200 {"status":"ok"} while the server serves.
func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	s.writeJSON(w, r, health{"ok"})
}

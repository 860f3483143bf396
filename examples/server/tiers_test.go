package main

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTiers(t *testing.T) {
	s, _ := testServer(t, nil)
	rows := []struct {
		why, query string
		tier       string
		min, max   float64
		scale      string
	}{
		{why: "10,000 followers is micro on the standard scale (half-open ranges)", query: "followers=10000", tier: "micro", min: 10000, max: 100000, scale: "standard"},
		{why: "the five-tier scale has a mid tier", query: "followers=60000&scale=five-tier", tier: "mid", min: 50000, max: 500000, scale: "five-tier"},
		{why: "zero followers is unranked", query: "followers=0", tier: "unranked", min: 0, max: 1000, scale: "standard"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			rec := send(t, s, http.MethodGet, "/v1/tiers?"+row.query, "", "")
			require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
			body := decodeBody(t, rec)
			assert.Equal(t, row.tier, body["tier"])
			assert.Equal(t, row.min, body["min"])
			assert.Equal(t, row.max, body["max"])
			assert.Equal(t, row.scale, body["scale"].(map[string]any)["name"])
		})
	}
}

func TestTiersErrors(t *testing.T) {
	s, _ := testServer(t, nil)
	rows := []struct{ why, query, field string }{
		{why: "followers is required", query: "", field: "followers"},
		{why: "followers must be a whole number", query: "followers=1e3", field: "followers"},
		{why: "followers must fit int64", query: "followers=99999999999999999999", field: "followers"},
		{why: "a negative follower count is no count", query: "followers=-1", field: "followers"},
		{why: "an unknown scale", query: "followers=10&scale=galactic", field: "scale"},
		{why: "an unknown parameter is not ignored", query: "followers=10&tier=micro", field: "tier"},
		{why: "a repeated parameter is ambiguous", query: "followers=10&followers=20", field: "followers"},
		{why: "a malformed query", query: "followers=10&scale=%zz", field: ""},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			requireProblem(t, send(t, s, http.MethodGet, "/v1/tiers?"+row.query, "", ""), http.StatusBadRequest, row.field)
		})
	}
}

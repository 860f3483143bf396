package contract_test

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/contract"
)

// FuzzParse checks that Parse never panics, agrees with json.Valid on
// what is JSON, and that any document it accepts re-marshals and re-parses to an equal contract that validates and
// renders without panicking.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob("testdata/*.json") // every contract kind with a golden draft
	require.NoError(f, err)
	for _, name := range files {
		data, err := os.ReadFile(name)
		require.NoError(f, err)
		f.Add(data)
	}
	for _, s := range []string{
		`{}`, `null`, `[]`, `{"term": {"start": "2026-02-29"}}`,
		`{"payment": {"total": {"amount": 1e3, "currency": "jpy"}}}`,
		`{"payment": {"total": {"amount": "-0.000", "currency": "BHD"}}}`,
		`{"cancellation": {"kill_fee_percent": "5e-3"}}`,
		`{"deliverables": [null, {"quantity": -9223372036854775808, "cadence": "monthly", "due": "9999-12-31"}]}`,
		`{"brand": {"name": "\u0000\ud800"}} `,
		`{"usage_rights": {"platforms": ["twitter", null], "days": 9223372036854775807}}`,
		`{"term": {"start": "2026-06-31", "end": "0000-00-00"}, "payment": {"deposit_percent": "-0e-28", "schedule": [{"trigger": "Publication", "net_days": 60}]}}`,
		`{"usage_rights": {"grants": [{"kind": "spark-ads", "channels": ["ooh"], "months": 6, "perpetual": true}], "extent": "none"}}`,
		`{"cancellation": {"rights": [{"party": "mutual", "basis": "cause", "settlement": "claw-back"}]}, "brand": {"trading_names": ["Chase"]}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := contract.Parse(data)
		if err != nil {
			var pe *contract.ParseError
			require.ErrorAs(t, err, &pe)
			if errors.Is(err, contract.ErrSyntax) || errors.Is(err, contract.ErrTrailingData) {
				assert.False(t, json.Valid(data), "Parse calls valid JSON invalid: %v", err)
			}
			return
		}
		require.True(t, json.Valid(data), "Parse accepted invalid JSON")
		out, err := json.Marshal(c)
		require.NoError(t, err)
		back, err := contract.Parse(out)
		require.NoError(t, err, "re-parsing %s", out)
		assert.Equal(t, c, back, "round trip of %s", out)
		again, err := json.Marshal(back)
		require.NoError(t, err)
		assert.Equal(t, string(out), string(again))
		assert.Equal(t, c.Validate(), back.Validate())
		require.NoError(t, contract.Render(io.Discard, c))
	})
}

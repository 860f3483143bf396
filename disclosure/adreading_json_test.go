package disclosure_test

import (
	"encoding/json"
	"flag"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/internal/jsonform"
)

// update reports the -update flag that json_test.go defines for this test
// binary (a second definition would panic).
func update() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestAdReadingJSON holds AdReading's JSON form: snake_case keys, signals
// by name, spans as byte offsets, a golden file, and a round trip back to
// an equal value; an empty reading has "signals": [], not null.
func TestAdReadingJSON(t *testing.T) {
	caption := "DRESS: @glowco. Code MAX20 for 20% off"
	r := disclosure.ReadAd(disclosure.Post{Caption: caption})
	require.True(t, r.Ad)
	require.GreaterOrEqual(t, len(r.Signals), 3, "a fully populated example")
	assert.Empty(t, jsonform.Problems(r))
	data, err := json.Marshal(r)
	require.NoError(t, err)
	diff, err := jsonform.Golden(filepath.Join("testdata", "json", "ad_reading.json"), data, update())
	require.NoError(t, err)
	assert.Empty(t, diff)

	var back disclosure.AdReading
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, r, back, "an AdReading round-trips")

	empty, err := json.Marshal(disclosure.ReadAd(disclosure.Post{}))
	require.NoError(t, err)
	assert.JSONEq(t, `{"ad":false,"score":0,"signals":[]}`, string(empty))

	var bad disclosure.AdEvidence
	assert.ErrorIs(t, json.Unmarshal([]byte(`{"signal":"coupon"}`), &bad), disclosure.ErrUnknownAdSignal)
}

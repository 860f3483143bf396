package tier

import (
	"encoding/json"
	"flag"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/internal/jsonform"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/json")

// TestScaleJSONForm checks each Scale form against its golden file and
// against the shared JSON-form rules.
func TestScaleJSONForm(t *testing.T) {
	custom, err := NewScale("agency-2026", 500, 5_000, 25_000, 250_000, 2_000_000)
	require.NoError(t, err)
	tests := []struct {
		why    string
		golden string
		scale  Scale
	}{
		{"a shipped scale is written in full, name and floors", "scale_five_tier.json", FiveTier},
		{"a custom scale keeps its own name and floors", "scale_custom.json", custom},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Empty(t, jsonform.Problems(tt.scale))
			b, err := json.Marshal(tt.scale)
			require.NoError(t, err)
			diff, err := jsonform.Golden(filepath.Join("testdata", "json", tt.golden), b, *update)
			require.NoError(t, err)
			assert.Empty(t, diff)
		})
	}
}

func TestScaleJSONRoundTrip(t *testing.T) {
	custom, err := NewScale("agency", 500, 5_000, 5_000, 250_000, 2_000_000)
	require.NoError(t, err)
	for _, s := range append(Scales(), custom) {
		t.Run(s.Name(), func(t *testing.T) {
			b, err := json.Marshal(s)
			require.NoError(t, err)
			var back Scale
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, s, back, "a scale comes back as itself, not as Standard")
			assert.Equal(t, s.Name(), back.Name())
		})
	}
	t.Run("the zero Scale is written and read as Standard", func(t *testing.T) {
		b, err := json.Marshal(Scale{})
		require.NoError(t, err)
		var back Scale
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, Standard, back)
	})
}

func TestScaleUnmarshalJSON(t *testing.T) {
	tests := []struct {
		why  string
		in   string
		want Scale // when no error
		err  bool
	}{
		{"a shipped name alone reads as that scale", `{"name":"five-tier"}`, FiveTier, false},
		{"a shipped name with its own floors", `{"name":"standard","floors":{"nano":1000,"micro":10000,"mid":100000,"macro":100000,"mega":1000000}}`, Standard, false},
		{"a shipped name with other floors would mean two scales", `{"name":"five-tier","floors":{"nano":1,"micro":2,"mid":3,"macro":4,"mega":5}}`, Scale{}, true},
		{"a custom name needs floors", `{"name":"mine"}`, Scale{}, true},
		{"every floor is required", `{"name":"mine","floors":{"nano":1,"micro":2,"mid":3,"macro":4}}`, Scale{}, true},
		{"floors must not decrease", `{"name":"mine","floors":{"nano":5,"micro":2,"mid":3,"macro":4,"mega":6}}`, Scale{}, true},
		{"negative floors are invalid", `{"name":"mine","floors":{"nano":-1,"micro":2,"mid":3,"macro":4,"mega":6}}`, Scale{}, true},
		{"a fractional floor is not a follower count", `{"name":"mine","floors":{"nano":1.5,"micro":2,"mid":3,"macro":4,"mega":6}}`, Scale{}, true},
		{"a null floor is not zero", `{"name":"mine","floors":{"nano":null,"micro":2,"mid":3,"macro":4,"mega":6}}`, Scale{}, true},
		{"no name", `{"floors":{"nano":1,"micro":2,"mid":3,"macro":4,"mega":5}}`, Scale{}, true},
		{"an empty name", `{"name":""}`, Scale{}, true},
		{"member names are exact: Name is not name", `{"Name":"five-tier"}`, Scale{}, true},
		{"a repeated member is not silently the last", `{"name":"mine","name":"five-tier"}`, Scale{}, true},
		{"unknown members are errors", `{"name":"five-tier","extra":1}`, Scale{}, true},
		{"unknown floor names are errors", `{"name":"mine","floors":{"nano":1,"micro":2,"mid":3,"macro":4,"mega":5,"giga":6}}`, Scale{}, true},
		{"a plain string is not a scale", `"five-tier"`, Scale{}, true},
		{"a name that is a number", `{"name":5}`, Scale{}, true},
		{"a floor that is a string", `{"name":"mine","floors":{"nano":"1000","micro":2,"mid":3,"macro":4,"mega":6}}`, Scale{}, true},
		{"a floor past int64", `{"name":"mine","floors":{"nano":99999999999999999999,"micro":2,"mid":3,"macro":4,"mega":6}}`, Scale{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got := MicroUpTo10K
			err := json.Unmarshal([]byte(tt.in), &got)
			if tt.err {
				require.Error(t, err)
				assert.ErrorIs(t, err, ErrInvalidScale)
				assert.Equal(t, MicroUpTo10K, got, "on error the scale is left unchanged")
				// The message is read by callers of other languages: JSON
				// terms only, never Go's types or a Go nil.
				assert.NotRegexp(t, `int64|Go value|<nil>|%!`, err.Error())
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

package adread

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/disclosure/internal/lex"
)

// TestCuesCompile holds every row of the ad reading's phrase table to
// its shape: it compiles in the term tables' pattern language, says why,
// and weighs in the direction of its signal (for an ad up to
// AdBrandInContext, against one after; a hiding row weighs nothing).
func TestCuesCompile(t *testing.T) {
	_, err := lex.Compile([]lex.Pattern{{Text: itemWords}})
	require.NoError(t, err, "the item words are literals")
	for i, row := range cues {
		_, err := lex.ExpandPattern(row.pattern)
		require.NoError(t, err, "row %d", i)
		assert.NotEmpty(t, row.why, "row %d (%q) says why", i, row.pattern)
		switch {
		case row.signal == Unknown:
			assert.Zero(t, row.weight, "row %d hides, it does not weigh", i)
		case row.signal <= BrandInContext:
			assert.Positive(t, row.weight, "row %d argues for an ad", i)
		default:
			assert.Negative(t, row.weight, "row %d argues against an ad", i)
		}
		assert.NotContains(t, strings.ReplaceAll(row.pattern, "@?", ""), "@", "row %d names no account", i)
		assert.False(t, strings.Contains(row.pattern, "{name}"), "row %d: names are no evidence", i)
	}
	require.NotNil(t, Compiled().m)
}

// TestTagSuffix reads brand-role hashtags without a Brand.
func TestTagSuffix(t *testing.T) {
	tests := []struct {
		why  string
		body string
		want string
	}{
		{"a brand's partner tag", "glowcopartner", "partner"},
		{"an ambassador tag", "acmeambassador", "ambassador"},
		{"a tag that starts with sponsored", "sponsoredbutiloveit", "sponsored"},
		{"the bare word is Check's own label, not a brand role", "partner", ""},
		{"an ordinary tag", "salad", ""},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, TagSuffix([]byte(tt.body)))
		})
	}
}

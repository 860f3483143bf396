package enumtext

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var errColour = errors.New("test: unknown colour")

var colours = New("colour", errColour, []string{"unknown", "red", "green", "kelvin", "vermilions"}, Alias{Name: "vermilion", Index: 1})

func TestParse(t *testing.T) {
	tests := []struct {
		why   string
		in    string
		want  uint8
		error bool
	}{
		{"exact name", "red", 1, false},
		{"mixed case is accepted", "GrEeN", 2, false},
		{"alias maps to its value", "Vermilion", 1, false},
		{"the unknown name round-trips", "unknown", 0, false},
		{"empty is not a name", "", 0, true},
		{"surrounding space is not trimmed", " red", 0, true},
		{"prefix of a name is not a name", "re", 0, true},
		{"the Kelvin sign is not a k: only ASCII folds", "\u212Aelvin", 0, true},
		{"long s is not an s: only ASCII folds", "vermilion\u017F", 0, true},
		{"a dotless i is not an i", "vermll\u0131on", 0, true},
		{"upper-case alias", "VERMILION", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			got, err := colours.Parse(tt.in)
			if tt.error {
				require.Error(t, err)
				assert.ErrorIs(t, err, errColour)
				assert.Contains(t, err.Error(), `"`+tt.in+`"`)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestStringAndMarshal(t *testing.T) {
	assert.Equal(t, "green", colours.String(2))
	assert.Equal(t, "colour(9)", colours.String(9), "out of range values still print")
	b, err := colours.Marshal(1)
	require.NoError(t, err)
	assert.Equal(t, "red", string(b))
	_, err = colours.Marshal(9)
	assert.ErrorIs(t, err, errColour, "out of range values do not marshal")
	assert.Equal(t, 5, colours.Len())
}

func TestEqualFoldASCII(t *testing.T) {
	tests := []struct {
		why  string
		a, b string
		want bool
	}{
		{"same text", "tiktok", "tiktok", true},
		{"ASCII case differs", "tiktok", "TikTok", true},
		{"long s folds to s in Unicode, not here", "instagram", "in\u017Ftagram", false},
		{"long s against upper-case S", "US", "U\u017F", false},
		{"Kelvin sign folds to k in Unicode, not here", "k", "\u212A", false},
		{"non-ASCII letters must match exactly", "caf\u00e9", "CAF\u00c9", false},
		{"the same non-ASCII text matches", "caf\u00e9", "CAF\u00e9", true},
		{"different lengths", "x", "xx", false},
		{"punctuation is not folded", "a-b", "a_b", false},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, EqualFoldASCII(tt.a, tt.b))
		})
	}
}

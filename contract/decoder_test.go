package contract_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/contract"
)

// TestStringsDecodeLikeEncodingJSON checks Parse's own JSON reader against
// encoding/json on string literals, so text survives the same way either
// decoder reads it.
func TestStringsDecodeLikeEncodingJSON(t *testing.T) {
	tests := []struct {
		why string
		lit string
	}{
		{"plain ASCII", `"Glow Co"`},
		{"every short escape", `"q\" b\\ s\/ \b\f\n\r\t"`},
		{"a BMP escape", `"caf\u00e9"`},
		{"raw UTF-8", `"café ✨"`},
		{"a surrogate pair is one emoji", `"\uD83D\uDE00"`},
		{"a lone high surrogate becomes U+FFFD", `"a\uD83Db"`},
		{"a lone low surrogate becomes U+FFFD", `"a\uDE00b"`},
		{"a high surrogate before a non-surrogate escape", `"\uD83D\u0041"`},
		{"two high surrogates", `"\uD83D\uD83D\uDE00"`},
		{"invalid UTF-8 becomes U+FFFD", "\"a\xffb\xc3\""},
		{"escapes after raw UTF-8", `"é\n"`},
		{"an empty string", `""`},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var want string
			require.NoError(t, json.Unmarshal([]byte(tt.lit), &want))
			c, err := contract.Parse([]byte(`{"brand": {"name": ` + tt.lit + `}}`))
			require.NoError(t, err)
			assert.Equal(t, want, c.Brand.Name)
		})
	}
}

func TestMalformedJSONIsASyntaxError(t *testing.T) {
	tests := []struct {
		why string
		doc string
	}{
		{"raw control character in a string", "{\"brand\": {\"name\": \"a\tb\"}}"},
		{"unknown escape", `{"brand": {"name": "\x41"}}`},
		{"short unicode escape", `{"brand": {"name": "\u12"}}`},
		{"unterminated string", `{"brand": {"name": "abc`},
		{"unterminated escape", `{"brand": {"name": "abc\`},
		{"leading zero", `{"creator": {"followers": 01}}`},
		{"bare minus", `{"creator": {"followers": -}}`},
		{"point without digits", `{"creator": {"followers": 1.}}`},
		{"leading point", `{"creator": {"followers": .5}}`},
		{"exponent without digits", `{"creator": {"followers": 1e}}`},
		{"misspelt literal", `{"disclosure": {"required": tru}}`},
		{"misspelt null", `{"term": nul}`},
		{"single quotes", `{'term': {}}`},
		{"trailing comma in an object", `{"term": {"start": "2026-01-01",}}`},
		{"trailing comma in an array", `{"brief": {"goals": ["a",]}}`},
		{"missing colon", `{"term" {}}`},
		{"missing comma", `{"brief": {"goals": ["a" "b"]}}`},
		{"unquoted member name", `{term: {}}`},
		{"a byte-order mark", "\xef\xbb\xbf{}"},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			require.False(t, json.Valid([]byte(tt.doc)), "the test document must be invalid JSON")
			_, err := contract.Parse([]byte(tt.doc))
			assert.ErrorIs(t, err, contract.ErrSyntax)
		})
	}
}

func TestNumbersAndLiterals(t *testing.T) {
	c, err := contract.Parse([]byte(`{"creator": {"followers": -0}, "approval": {"review_days": 3, "revision_rounds": null},
		"disclosure": {"required": false, "wording": null},
		"cancellation": {"kill_fee_percent": 2.5E+1}}`))
	require.NoError(t, err)
	assert.Equal(t, int64(0), c.Creator.Followers)
	assert.Equal(t, int64(0), c.Approval.RevisionRounds)
	assert.False(t, c.Disclosure.Required)
	assert.Equal(t, "25", c.Cancellation.KillFeePercent.String())

	_, err = contract.Parse([]byte(`{"creator": {"followers": 1e3}}`))
	assert.ErrorIs(t, err, contract.ErrMalformedNumber, "counts are written as plain integers")
	_, err = contract.Parse([]byte(`{"disclosure": {"wording": true}}`))
	assert.ErrorIs(t, err, contract.ErrWrongType)
	_, err = contract.Parse([]byte(`{"payment": {"total": {"amount": true, "currency": "USD"}}}`))
	assert.ErrorIs(t, err, contract.ErrWrongType)
}

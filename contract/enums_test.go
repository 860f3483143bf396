package contract_test

import (
	"encoding"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/contract"
)

type enum interface {
	fmt.Stringer
	encoding.TextMarshaler
}

// TestTermEnums checks each enum of the new terms: names round-trip, ASCII
// case is ignored, aliases parse, unknown names and out-of-range values are
// errors wrapping the enum's sentinel.
func TestTermEnums(t *testing.T) {
	tests := []struct {
		why     string
		value   enum
		name    string
		parse   func(string) (enum, error)
		alias   string // another spelling of value, or ""
		outside enum
		sentry  error
	}{
		{"side, with mutual as both", contract.BothSides, "both", func(s string) (enum, error) { var v contract.Side; err := v.UnmarshalText([]byte(s)); return v, err }, "Mutual", contract.Side(9), contract.ErrUnknownSide},
		{"extent", contract.Unlimited, "unlimited", func(s string) (enum, error) { var v contract.Extent; err := v.UnmarshalText([]byte(s)); return v, err }, "", contract.Extent(9), contract.ErrUnknownExtent},
		{"trigger, with posting as publication", contract.OnPublication, "publication", func(s string) (enum, error) { var v contract.Trigger; err := v.UnmarshalText([]byte(s)); return v, err }, "POSTING", contract.Trigger(99), contract.ErrUnknownTrigger},
		{"tax", contract.TaxNotCharged, "not-charged", func(s string) (enum, error) { var v contract.Tax; err := v.UnmarshalText([]byte(s)); return v, err }, "", contract.Tax(9), contract.ErrUnknownTax},
		{"basis", contract.ForCause, "cause", func(s string) (enum, error) { var v contract.Basis; err := v.UnmarshalText([]byte(s)); return v, err }, "", contract.Basis(9), contract.ErrUnknownBasis},
		{"settlement", contract.ClawBack, "claw-back", func(s string) (enum, error) {
			var v contract.Settlement
			err := v.UnmarshalText([]byte(s))
			return v, err
		}, "", contract.Settlement(99), contract.ErrUnknownSettlement},
		{"usage kind, with Spark Ads as whitelisting", contract.Whitelisting, "whitelisting", func(s string) (enum, error) {
			var v contract.UsageKind
			err := v.UnmarshalText([]byte(s))
			return v, err
		}, "spark-ads", contract.UsageKind(9), contract.ErrUnknownUsageKind},
		{"channel, with ooh as out-of-home", contract.OutOfHome, "out-of-home", func(s string) (enum, error) { var v contract.Channel; err := v.UnmarshalText([]byte(s)); return v, err }, "OOH", contract.Channel(99), contract.ErrUnknownChannel},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.name, tt.value.String())
			text, err := tt.value.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.name, string(text))
			back, err := tt.parse(string(text))
			require.NoError(t, err)
			assert.Equal(t, tt.value, back)
			if tt.alias != "" {
				v, err := tt.parse(tt.alias)
				require.NoError(t, err)
				assert.Equal(t, tt.value, v)
			}
			_, err = tt.parse("nonsense")
			assert.ErrorIs(t, err, tt.sentry)
			_, err = tt.outside.MarshalText()
			assert.ErrorIs(t, err, tt.sentry)
		})
	}
}

// TestImpossibleDates checks the Date that Parse keeps for a well-formed
// day that does not exist.
func TestImpossibleDates(t *testing.T) {
	c, err := contract.Parse([]byte(`{"term": {"start": "2026-06-31", "end": "2026-07-01"}}`))
	require.NoError(t, err)
	d := c.Term.Start
	assert.False(t, d.IsZero())
	assert.False(t, d.Valid())
	assert.Equal(t, "2026-06-31", d.String())
	assert.Equal(t, 31, d.Day(), "fields as written")
	assert.Equal(t, d, d.AddDays(1), "no arithmetic on a day that does not exist")
	assert.True(t, d.Before(c.Term.End), "sorts before every valid date")
	assert.Equal(t, int64(0), c.Term.Days())
	assert.False(t, c.Term.Contains(c.Term.End))
	text, err := d.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "2026-06-31", string(text), "written back as read")
	_, err = contract.ParseDate("2026-06-31")
	assert.ErrorIs(t, err, contract.ErrMalformedDate, "ParseDate stays strict")

	for _, s := range []string{"0000-00-00", "2026-13-01", "2025-02-29", "9999-99-99"} {
		c, err := contract.Parse([]byte(`{"deliverables": [{"due": "` + s + `"}]}`))
		require.NoError(t, err, s)
		assert.Equal(t, s, c.Deliverables[0].Due.String())
		var found bool
		for _, p := range c.Validate() {
			found = found || (p.Field == "deliverables[0].due" && p.Rule == contract.RuleInvalidDate)
		}
		assert.True(t, found, s)
	}
}

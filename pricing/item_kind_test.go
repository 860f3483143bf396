package pricing_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit/pricing"
)

// TestItemKindNames pins the text of every ItemKind as the hand-written
// methods wrote it before internal/cmd/enumgen generated them: the names,
// the fallback for an undeclared value, and the round trip.
func TestItemKindNames(t *testing.T) {
	tests := []struct {
		kind pricing.ItemKind
		want string
	}{
		{pricing.UnknownItemKind, "unknown"},
		{pricing.DeliverableItem, "deliverable"},
		{pricing.BundleDiscount, "bundle-discount"},
		{pricing.PercentDiscount, "percent-discount"},
		{pricing.FixedDiscount, "fixed-discount"},
		{pricing.UsageRights, "usage-rights"},
		{pricing.ExclusivityPremium, "exclusivity-premium"},
		{pricing.ProductInKind, "product-in-kind"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			assert.Equal(t, tt.want, tt.kind.String())
			text, err := tt.kind.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(text))
			var back pricing.ItemKind
			require.NoError(t, back.UnmarshalText([]byte(tt.want)))
			assert.Equal(t, tt.kind, back)
		})
	}
	assert.Equal(t, "item-kind(200)", pricing.ItemKind(200).String(), "an undeclared value names the enum")
	_, err := pricing.ParseItemKind("deliverab\u017Fle")
	assert.ErrorIs(t, err, pricing.ErrUnknownItemKind, "only ASCII letters fold")
	assert.Equal(t, pricing.DeliverableItem, pricing.Deliverable, "the deprecated name is the same constant")
}

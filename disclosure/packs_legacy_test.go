package disclosure

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPacksReproduceTheTables holds each built-in pack to the Go table it
// replaces: the same rows, row for row, the same brand tags and the same
// table facts.
func TestPacksReproduceTheTables(t *testing.T) {
	old := map[Jurisdiction]*termTable{US: &usTerms, UK: &ukTerms, DE: &deTerms, FR: &frTerms, ES: &esTerms, IT: &itTerms, NL: &nlTerms, IE: &ieTerms}
	for _, j := range Jurisdictions() {
		t.Run(j.String(), func(t *testing.T) {
			p, ok := LookupPack(j)
			require.True(t, ok)
			want, got := old[j], &p.table
			assert.Equal(t, want.jurisdiction, got.jurisdiction)
			assert.Equal(t, want.authority, got.authority)
			assert.Equal(t, want.source, got.source)
			assert.Equal(t, want.claimCitation, got.claimCitation)
			assert.Equal(t, want.claimSource, got.claimSource)
			assert.Equal(t, want.defaultLabel, got.defaultLabel)
			assert.Equal(t, want.editingLabel, got.editingLabel)
			assert.Equal(t, want.language, got.language)
			assert.Equal(t, want.buriedRun, got.buriedRun)
			assert.Equal(t, want.maxTagsBefore, got.maxTagsBefore)
			assert.Equal(t, want.brandTags, got.brandTags)
			require.Len(t, got.terms, len(want.terms))
			for i := range want.terms {
				assert.Equal(t, want.terms[i], got.terms[i], "row %d", i)
			}
		})
	}
}

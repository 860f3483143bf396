package disclosure

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// regulatorDocuments are, per built-in jurisdiction, the current documents
// of its regulators that its pack must be read against: each names a
// label, a wording or a position the pack's rows take over. A new
// built-in pack adds its line here.
var regulatorDocuments = map[Jurisdiction][]string{
	US: {"ftc-101", "ftc-faqs", "ftc-guides", "loeb-2018"},
	UK: {"asa-influencers-guide", "cap-code", "asa-monitoring-2021", "asa-connolly-2021"},
	DE: {"de-leitfaden", "fragzebra-kennzeichnung", "dlm-holsten-2018", "lfm-nrw-kennzeichnung", "dlm-transparenz-2023", "lg-heilbronn-2018", "kg-berlin-2017", "olg-celle-2017"},
	FR: {"fr-loi-2023-451", "fr-ord-2024-978", "arpp-digital", "arpp-observatoire-2021"},
	ES: {"es-autocontrol-code", "es-autocontrol-code-2025"},
	IT: {"it-iap-digital-chart", "adiconsum-agcom-2025", "it-agcom-iap-2025"},
	NL: {"nl-reclamecode-sm", "nl-src-2019", "nl-influencerregels"},
	IE: {"asai-ccpc-guidance", "asai-label-guide", "ccpc-influencer-2023", "asai-code"},
	CA: {"adstandards-ca-disclosure"},
	AU: {"aana-code-ethics"},
	IN: {"asci-influencer-2021"},
	BR: {"conar-guia-influenciadores"},
	BE: {"be-fod-influencers", "be-jep-influencers"},
}

// citedSources returns the SOURCES.md keys t's rows, brand tags,
// thresholds, claim rule and mismatch rule rest on.
func citedSources(t *termTable) map[string]bool {
	cited := map[string]bool{t.source: len(t.brandTags) > 0}
	for i := range t.terms {
		cited[t.rowSource(int32(i))] = true
	}
	for _, k := range t.thresholdSources {
		cited[k] = true
	}
	if t.claimSource != "" {
		cited[t.claimSource] = true
	}
	for _, k := range t.mismatchSourceKeys {
		cited[k] = true
	}
	return cited
}

// TestPacksReadAgainst holds every built-in pack to its regulators'
// documents: its read-against line names each of regulatorDocuments' keys
// (and nothing else), its own source among them, and every one of them
// is cited where the pack uses it: a pack that cites none of its
// regulators' documents, or drops one, fails here.
func TestPacksReadAgainst(t *testing.T) {
	tables := builtinTables()
	require.Len(t, tables, len(regulatorDocuments), "every built-in pack has a line in regulatorDocuments")
	for _, tab := range tables {
		t.Run(tab.jurisdiction.String(), func(t *testing.T) {
			want, ok := regulatorDocuments[tab.jurisdiction]
			require.True(t, ok, "regulatorDocuments has no line for %s", tab.jurisdiction)
			assert.ElementsMatch(t, want, tab.readAgainst, "the pack's read-against line")
			assert.Contains(t, tab.readAgainst, tab.source, "the pack's own source is read against")
			cited := citedSources(tab)
			for _, key := range tab.readAgainst {
				assert.True(t, cited[key], "%s is read against, but no row, threshold or rule of the pack cites it", key)
			}
		})
	}
}

// TestCitedSourcesNoticesADocumentLeftUncited checks the test's own
// reading: a pack whose rows all cite another document does not cite its
// source, and a row citing a document cites it.
func TestCitedSourcesNoticesADocumentLeftUncited(t *testing.T) {
	p, err := ParsePack("x.pack", []byte(`jurisdiction XQ
authority "Q Board"
source ftc-faqs
read-against ftc-faqs ftc-101
suggest "#q"
editing-label "#qedit"
label "#q" clear paid source=ftc-101
editing "#qedit" source=ftc-101
`))
	require.NoError(t, err)
	cited := citedSources(&p.table)
	assert.True(t, cited["ftc-101"], "the row's source")
	assert.False(t, cited["ftc-faqs"], "no row rests on the pack's source")
	assert.Equal(t, []string{"ftc-faqs", "ftc-101"}, p.table.readAgainst)
}

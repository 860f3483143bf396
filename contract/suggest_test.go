package contract

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/influencekit/influencekit/disclosure"
)

// TestSuggestLabelPerJurisdiction pins the label a vague-disclosure-wording
// problem suggests: the first candidate the jurisdiction's rules find clear
// with no finding at all, in its own language where the rules want one.
func TestSuggestLabelPerJurisdiction(t *testing.T) {
	tests := []struct {
		why  string
		j    disclosure.Jurisdiction
		want string
	}{
		{"FTC: #ad is clear", disclosure.US, `use a clear label such as "#ad"`},
		{"ASA/CMA: #ad is clear", disclosure.UK, `use a clear label such as "#ad"`},
		{"Germany: #ad is ambiguous, Werbung is the label", disclosure.DE, `use a clear label such as "Werbung"`},
		{"France: #ad draws a language warning, Publicité does not", disclosure.FR, `use a clear label such as "Publicité"`},
		{"Spain: an English label alone draws a language warning; the ES pack suggests Publicidad", disclosure.ES, `use a clear label such as "Publicidad"`},
		{"Italy: English labels are clear there (SOURCES.md (ftc-faqs) lists Advertising), so #ad is", disclosure.IT, `use a clear label such as "#ad"`},
		{"Netherlands: #ad is clear", disclosure.NL, `use a clear label such as "#ad"`},
		{"Ireland: #ad is a primary label", disclosure.IE, `use a clear label such as "#ad"`},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, suggestLabel("Glow Co", tt.j))
		})
	}
}

// TestSuggestionsComeFromThePacks: every jurisdiction is offered a label
// one of the disclosure packs suggests, so a jurisdiction added as a pack
// is offered its own label without a change here.
func TestSuggestionsComeFromThePacks(t *testing.T) {
	for _, j := range disclosure.Jurisdictions() {
		got := suggestLabel("Glow Co", j)
		found := false
		for _, k := range disclosure.Jurisdictions() {
			p, ok := disclosure.LookupPack(k)
			found = found || ok && got == `use a clear label such as "`+p.SuggestedLabel()+`"`
		}
		assert.True(t, found, "%s: %s", j, got)
	}
}

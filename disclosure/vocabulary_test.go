package disclosure

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestTermsValidation(t *testing.T) {
	rows := []struct {
		why     string
		terms   []Term
		wantErr string // empty: the checker builds
	}{
		{why: "a house hashtag", terms: []Term{{Text: "#glowcopartner", Clarity: Clear, Connection: Paid}}},
		{why: "an override of a built-in term", terms: []Term{{Text: "#gifted", Clarity: Vague, Connection: Gift}}},
		{why: "a phrase in another jurisdiction", terms: []Term{{Jurisdiction: DE, Text: "bezahlte Kooperation", Clarity: Clear, Connection: Paid}}},
		{why: "not a label", terms: []Term{{Text: "ad hoc", NotALabel: true}}},
		{why: "the same term twice, saying the same", terms: []Term{{Text: "#glowpartner", Clarity: Clear}, {Text: "#GlowPartner", Clarity: Clear}}, wantErr: `Terms[1] "#GlowPartner" for US: repeats Terms[0]`},
		{why: "empty text", terms: []Term{{Text: "  ", Clarity: Clear}}, wantErr: "the text is empty"},
		{why: "pattern syntax", terms: []Term{{Text: "#a|#b", Clarity: Clear}}, wantErr: "pattern syntax"},
		{why: "an optional piece", terms: []Term{{Text: "paid collab?", Clarity: Clear}}, wantErr: "optional"},
		{why: "a label without a clarity", terms: []Term{{Text: "#glowpartner"}}, wantErr: "clarity is clear, ambiguous or vague"},
		{why: "a non-label with a clarity", terms: []Term{{Text: "ad hoc", NotALabel: true, Clarity: Clear}}, wantErr: "no clarity or connection"},
		{why: "a declared no-connection", terms: []Term{{Text: "#glowpartner", Clarity: Clear, Connection: NoConnection}}, wantErr: "connection is paid"},
		{why: "an undeclared jurisdiction", terms: []Term{{Jurisdiction: 99, Text: "#x", Clarity: Clear}}, wantErr: "not declared"},
		{why: "a lone emoji never matches", terms: []Term{{Text: "🤝", Clarity: Clear}}, wantErr: "not a literal token"},
		{why: "a link never matches", terms: []Term{{Text: "https://glow.co/partner", Clarity: Clear}}, wantErr: "not a literal token"},
		{why: "only invisible characters never match", terms: []Term{{Text: "\u200b\u200d", Clarity: Clear}}, wantErr: "has no token"},
		{why: "a conflict", terms: []Term{{Text: "#glowpartner", Clarity: Clear, Connection: Paid}, {Text: "#glowpartner", Clarity: Vague}}, wantErr: "conflicts with Terms[0]"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			c, err := NewChecker(Options{Terms: row.terms})
			if row.wantErr == "" {
				require.NoError(t, err)
				assert.NotNil(t, c)
				return
			}
			require.ErrorIs(t, err, ErrInvalidTerm)
			assert.Contains(t, err.Error(), row.wantErr)
		})
	}
}

func TestTermsChangeVerdicts(t *testing.T) {
	c, err := NewChecker(Options{Terms: []Term{
		{Text: "#glowcopartner", Clarity: Clear, Connection: Paid},
		{Text: "#gifted", Clarity: Vague, Connection: Gift},
		{Text: "ad hoc", NotALabel: true},
		{Jurisdiction: UK, Text: "#glowcopartner", Clarity: Ambiguous, Connection: Paid},
	}})
	require.NoError(t, err)
	rows := []struct {
		why     string
		post    Post
		rules   []Rule
		clarity []Clarity
	}{
		{why: "the house hashtag is a clear label", post: Post{Caption: "#glowcopartner New serum"}, clarity: []Clarity{Clear}},
		{why: "the default checker does not know it", post: Post{Caption: "#glowcopartner New serum"}},
		{why: "the override makes #gifted vague", post: Post{Caption: "#gifted New serum"}, rules: []Rule{RuleVagueDisclosure}, clarity: []Clarity{Vague}},
		{why: "ad hoc is no label", post: Post{Caption: "Ad hoc review of a serum"}, rules: []Rule{RuleMissingDisclosure}},
		{why: "the UK term is the UK's own", post: Post{Caption: "#glowcopartner New serum", Jurisdiction: UK}, rules: []Rule{RuleAmbiguousDisclosure}, clarity: []Clarity{Ambiguous}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			r := c.Check(row.post)
			if row.why == "the default checker does not know it" {
				r = Check(row.post)
				assert.Empty(t, r.Disclosures)
				return
			}
			var rules []Rule
			for _, f := range r.Findings {
				rules = append(rules, f.Rule)
			}
			var clarity []Clarity
			for _, l := range r.Disclosures {
				clarity = append(clarity, l.Clarity)
			}
			assert.Equal(t, row.rules, rules)
			assert.Equal(t, row.clarity, clarity)
		})
	}
}

// FuzzTerms builds checkers from a team's term text: NewChecker either
// rejects it with ErrInvalidTerm or accepts a term that is a label in a
// caption of its own text, and never panics.
func FuzzTerms(f *testing.F) {
	for _, s := range []string{"#glowcopartner", "ad hoc", "", "🤝", "a|b", "paid collab?", "Ａd:", "#a\u200bd", "https://x.co"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c, err := NewChecker(Options{Terms: []Term{{Text: text, Clarity: Vague}}})
		if err != nil {
			if !errors.Is(err, ErrInvalidTerm) {
				t.Fatalf("%q: %v does not wrap ErrInvalidTerm", text, err)
			}
			return
		}
		if r := c.Check(Post{Caption: text}); len(r.Disclosures) == 0 {
			t.Fatalf("%q was accepted but is no label in its own caption", text)
		}
	})
}

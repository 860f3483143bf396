package disclosure

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
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
		{why: "a lone emoji cannot stand as a label", terms: []Term{{Text: "🤝", Clarity: Clear}}, wantErr: "cannot stand as a label"},
		{why: "a link alone cannot stand as a label", terms: []Term{{Text: "https://glow.co/partner", Clarity: Clear}}, wantErr: "cannot stand as a label"},
		{why: "a link beside a word never matches as a token", terms: []Term{{Text: "partner https://glow.co/partner", Clarity: Clear}}, wantErr: "not a literal token"},
		{why: "a lone # would make every lone # in a caption a label", terms: []Term{{Text: "#", Clarity: Clear}}, wantErr: "cannot stand as a label"},
		{why: "a lone @ is no handle and no label", terms: []Term{{Text: "@", Clarity: Clear}}, wantErr: "cannot stand as a label"},
		{why: "punctuation only, as a non-label too", terms: []Term{{Text: "...", NotALabel: true}}, wantErr: "cannot stand as a label"},
		{why: "a hashtag without a letter or digit", terms: []Term{{Text: "#_", Clarity: Clear}}, wantErr: "cannot stand as a label"},
		{why: "whitespace of several kinds only", terms: []Term{{Text: "\t\n\u00a0 ", Clarity: Clear}}, wantErr: "the text is empty"},
		{why: "a digit hashtag stands as a label", terms: []Term{{Text: "#1partner", Clarity: Clear}}},
		{why: "a label in another script stands", terms: []Term{{Jurisdiction: DE, Text: "#werbungpartner", Clarity: Clear, Connection: Paid}}},
		{why: "a text of exactly the byte and token bounds builds", terms: []Term{{Text: strings.Repeat("glowpartne ", 23) + "abc", Clarity: Clear}}},
		{why: "over the byte bound", terms: []Term{{Text: "#" + strings.Repeat("a", maxTermBytes), Clarity: Clear}}, wantErr: "bytes long, over the bound of 256"},
		{why: "exactly the token bound builds", terms: []Term{{Text: strings.TrimSpace(strings.Repeat("glow ", maxTermTokens)), Clarity: Clear}}},
		{why: "a pasted 20,000-word text is refused before it is compiled", terms: []Term{{Text: strings.Repeat("glow ", 20000), Clarity: Clear}}, wantErr: "bytes long, over the bound"},
		{why: "one token over the bound", terms: []Term{{Text: strings.TrimSpace(strings.Repeat("glow ", maxTermTokens+1)), Clarity: Clear}}, wantErr: "more than 24 tokens"},
		{why: "only invisible characters never match", terms: []Term{{Text: "\u200b\u200d", Clarity: Clear}}, wantErr: "has no token"},
		{why: "a conflict", terms: []Term{{Text: "#glowpartner", Clarity: Clear, Connection: Paid}, {Text: "#glowpartner", Clarity: Vague}}, wantErr: "conflicts with Terms[0]"},
	}
	require.Len(t, strings.Repeat("glowpartne ", 23)+"abc", maxTermBytes, "the bound row is exactly the bound")
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
			var te *TermError
			require.ErrorAs(t, err, &te, "every term error names its entry")
			assert.Equal(t, row.terms[te.Index], te.Term)
			assert.Contains(t, row.wantErr+te.Reason, te.Reason)
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
	for _, s := range []string{"#glowcopartner", "ad hoc", "", "🤝", "a|b", "paid collab?", "Ａd:", "#a\u200bd", "https://x.co", "#", "@", "...", "#_"} {
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

// houseTerms returns n distinct terms of ten words each, as a team with a
// long house vocabulary writes them.
func houseTerms(n int) []Term {
	terms := make([]Term, n)
	for i := range terms {
		terms[i] = Term{Text: fmt.Sprintf("#house%d glow co spring partner serum collab launch event edition", i), Clarity: Clear, Connection: Paid}
	}
	return terms
}

// fastest returns the shortest of runs timings of f, the figure least
// disturbed by other work on the machine.
func fastest(runs int, f func()) time.Duration {
	best := time.Duration(math.MaxInt64)
	for range runs {
		start := time.Now()
		f()
		best = min(best, time.Since(start))
	}
	return best
}

// TestTermsValidateInLinearTime: ten times the words (2,000 against
// 20,000, in ten-word terms) costs about ten times as much to validate
// and compile, not a hundred times as quadratic work would. The bound,
// 30, leaves room for a noisy machine and still fails for quadratic
// growth; the fixed cost of compiling the US pack only lowers the ratio.
func TestTermsValidateInLinearTime(t *testing.T) {
	small, large := houseTerms(200), houseTerms(2000)
	build := func(terms []Term) func() {
		return func() {
			_, err := NewChecker(Options{Terms: terms})
			require.NoError(t, err)
		}
	}
	build(small)() // the built-in packs compile once, outside the timings
	tSmall, tLarge := fastest(3, build(small)), fastest(3, build(large))
	t.Logf("2,000 words: %v; 20,000 words: %v (%.1fx)", tSmall, tLarge, float64(tLarge)/float64(tSmall))
	assert.Less(t, float64(tLarge)/float64(tSmall), 30.0, "10x the words took %v against %v", tLarge, tSmall)
}

// TestNewCheckerReusesBuiltinTables: a Checker whose options add nothing
// to the built-in packs holds their compiled tables, not copies, and is
// built in well under a millisecond.
func TestNewCheckerReusesBuiltinTables(t *testing.T) {
	b, err := builtins()
	require.NoError(t, err)
	rows := []struct {
		why  string
		opts Options
	}{
		{why: "the zero Options", opts: Options{}},
		{why: "empty, non-nil Terms and Packs add nothing", opts: Options{Terms: []Term{}, Packs: []*Pack{}}},
		{why: "policy options change no table", opts: Options{Off: []Rule{RuleBelowFold}, Fold: map[influencekit.Platform]int{influencekit.Instagram: 100}, VerbalWithin: time.Minute}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			c, err := NewChecker(row.opts)
			require.NoError(t, err)
			for j, m := range b.matchers {
				assert.Same(t, m, c.tables[j], "jurisdiction %d", j)
			}
			for j := len(b.matchers); j < maxJurisdictions; j++ {
				assert.Nil(t, c.tables[j], "no extra table at %d", j)
			}
			took := fastest(5, func() { _, _ = NewChecker(row.opts) })
			assert.Less(t, took, time.Millisecond)
		})
	}
}

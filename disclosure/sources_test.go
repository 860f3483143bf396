package disclosure

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/influencekit/influencekit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSourcesAreInSourcesMD holds the sources table to SOURCES.md: every
// key is filed there, once here, with an authority, a document and a
// year.
func TestSourcesAreInSourcesMD(t *testing.T) {
	md, err := os.ReadFile("../SOURCES.md")
	require.NoError(t, err)
	seen := map[string]bool{}
	for _, s := range sourceTable {
		assert.Contains(t, string(md), "| `"+s.Key+"` |", "%s is not filed in SOURCES.md", s.Key)
		assert.False(t, seen[s.Key], "%s twice", s.Key)
		seen[s.Key] = true
		assert.NotEmpty(t, s.Authority, s.Key)
		assert.NotEmpty(t, s.Document, s.Key)
		row := sourcesMDRow(string(md), s.Key)
		switch {
		case s.Year == 0:
			assert.NotRegexp(t, `\b(19|20)\d\d\b`, row, "%s: SOURCES.md dates it: give its year", s.Key)
		default:
			assert.True(t, s.Year >= 1900 && s.Year <= 2100, "%s: year %d", s.Key, s.Year)
			assert.Contains(t, row, strconv.Itoa(s.Year), "%s: the year is SOURCES.md's", s.Key)
		}
		if s.URL != "" {
			assert.True(t, strings.HasPrefix(s.URL, "https://"), "%s: %s", s.Key, s.URL)
			assert.Contains(t, string(md), s.URL, "%s: the URL is SOURCES.md's", s.Key)
		}
	}
	assert.Len(t, Sources(), len(sourceTable))
	_, ok := LookupSource("no-such-source")
	assert.False(t, ok)
}

// sourcesMDRow returns SOURCES.md's row for key.
func sourcesMDRow(md, key string) string {
	_, row, _ := strings.Cut(md, "| `"+key+"` |")
	row, _, _ = strings.Cut(row, "\n")
	return row
}

// TestEverySourceExists walks every rule, every term row of every table,
// every brand tag and every threshold: each rests on a source the
// package files.
func TestEverySourceExists(t *testing.T) {
	known := func(key, what string) {
		t.Helper()
		_, ok := LookupSource(key)
		assert.True(t, ok, "%s: source %q is not in the sources table", what, key)
	}
	for _, tab := range builtinTables() {
		known(tab.source, tab.jurisdiction.String()+" table")
		known(tab.claimSourceKey(), tab.jurisdiction.String()+" claims")
		for i, row := range tab.terms {
			known(tab.rowSource(int32(i)), tab.jurisdiction.String()+" row "+row.pattern)
		}
		for _, bt := range tab.brandTags {
			known(tab.rowSource(-1), tab.jurisdiction.String()+" brand tag "+bt.suffix)
		}
	}
	for _, th := range thresholds() {
		known(th.source, "threshold "+th.name)
	}
	for id, spec := range ruleSpecs {
		for _, k := range spec.sources {
			known(k, string(ruleTable[id].Rule))
		}
	}
	for _, ri := range Rules() {
		if ri.Rule == RuleJurisdictionFallback {
			assert.Empty(t, ri.Sources(), "jurisdiction-fallback applies no regulator's rule")
			continue
		}
		assert.NotEmpty(t, ri.Sources(), "%s has no source", ri.Rule)
	}
}

func TestFindingsAndLabelsCiteTheirSource(t *testing.T) {
	rows := []struct {
		why      string
		post     Post
		rule     Rule
		source   string
		label    string // the first label's source
		noInText string // text the message must not hold
		inText   string // text it must hold
	}{
		{why: "a US claim cites the FTC's rule", post: Post{Caption: "#ad clinically proven"}, rule: RuleUnsubstantiatedClaim, source: "ftc-guides", label: "ftc-101", inText: "16 CFR 255.1"},
		{why: "a UK claim cites the CAP Code, not a US regulation", post: Post{Caption: "#ad clinically proven", Jurisdiction: UK}, rule: RuleUnsubstantiatedClaim, source: "cap-code", label: "asa-influencers-guide", inText: "CAP Code rule 3.7", noInText: "CFR"},
		{why: "a German claim names the German authority", post: Post{Caption: "Werbung: klinisch getestet, clinically proven", Jurisdiction: DE}, rule: RuleUnsubstantiatedClaim, source: "de-leitfaden", label: "de-leitfaden", inText: "German", noInText: "CFR"},
		{why: "a UK mismatch cites the UK guide, no US document", post: Post{Caption: "#gifted Love it", Connection: Paid, Jurisdiction: UK}, rule: RuleMismatchedDisclosure, source: "asa-influencers-guide", label: "asa-influencers-guide", inText: "(asa-influencers-guide)", noInText: "ftc"},
		{why: "a German vague #ad rests on the ruling that found it not understood", post: Post{Caption: "#ad Tolles Serum", Jurisdiction: DE}, rule: RuleVagueDisclosure, source: "lg-heilbronn-2018", label: "lg-heilbronn-2018"},
		{why: "a US #spon rests on the FTC's answers", post: Post{Caption: "#spon Love it"}, rule: RuleVagueDisclosure, source: "ftc-faqs", label: "ftc-faqs"},
		{why: "a placement finding rests on the jurisdiction's guidance", post: Post{Caption: "Love it #ad", Platform: influencekit.Instagram, Jurisdiction: IT}, rule: RuleNotUpfront, source: "it-iap-digital-chart", label: "it-iap-digital-chart"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			r := Check(row.post)
			require.NotEmpty(t, r.Disclosures)
			assert.Equal(t, row.label, r.Disclosures[0].Source)
			var f *Finding
			for i := range r.Findings {
				if r.Findings[i].Rule == row.rule {
					f = &r.Findings[i]
				}
			}
			require.NotNil(t, f, "no %s in %v", row.rule, r.Findings)
			assert.Equal(t, row.source, f.Source)
			if row.inText != "" {
				assert.Contains(t, f.Message, row.inText)
			}
			if row.noInText != "" {
				assert.NotContains(t, f.Message, row.noInText)
			}
		})
	}
}

func TestSourceJSON(t *testing.T) {
	var l Label
	err := json.Unmarshal([]byte(`{"start":0,"end":3,"text":"#ad","clarity":"clear","connection":"paid","source":"no-such"}`), &l)
	assert.ErrorIs(t, err, ErrUnknownSource)
	require.NoError(t, json.Unmarshal([]byte(`{"start":0,"end":3,"text":"#ad","clarity":"clear","connection":"paid","source":"ftc-101"}`), &l))
	assert.Equal(t, "ftc-101", l.Source)
	var ri RuleInfo
	err = json.Unmarshal([]byte(`{"rule":"below-fold","severity":"error","sources":[]}`), &ri)
	assert.ErrorIs(t, err, ErrUnknownSource, "a rule's sources are the package's")
	require.NoError(t, json.Unmarshal([]byte(`{"rule":"below-fold","severity":"error"}`), &ri))
	assert.Equal(t, RuleBelowFold, ri.Rule)
}

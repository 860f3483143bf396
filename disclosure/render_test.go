package disclosure

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
)

// withoutLabelTexts returns a Checker like c whose tables hold no
// labelTexts: every message and fix text is filled in at report time.
func withoutLabelTexts(t *testing.T, c *Checker) *Checker {
	t.Helper()
	plain, err := NewChecker(Options{})
	require.NoError(t, err)
	for j, m := range c.tables {
		if m != nil {
			bare := *m
			bare.labelRows = nil
			plain.tables[j] = &bare
		}
	}
	return plain
}

// TestLabelTextsAgree checks that the texts made once per table for a
// literal label (labelTexts) are the ones the report fills in without
// them: every literal label of every table, in each place that draws a
// message or fix they hold, and the corpus, give the same Report.
func TestLabelTextsAgree(t *testing.T) {
	c := defaultChecker()
	plain := withoutLabelTexts(t, c)
	places := []struct {
		why, before, after string
	}{
		{"alone: vague and ambiguous findings, replaced where it stands", "", ""},
		{"after text: not-upfront, a move, a replace at the start", "Loving this serum ", ""},
		{"at the end of a hashtag run: buried, a move", "Loving my coffee #coffee #morning ", ""},
		{"in a run of four hashtags, after three", "Loving my coffee #coffee #morning #mood ", ""},
		{"in a run of six hashtags, after five: the last count held", "Loving my coffee #a #b #c #d #e ", ""},
		{"in a run of eight hashtags: past the counts held", "Loving my coffee #a #b #c #d #e #f #g ", ""},
		{"in the middle of a run", "Loving my coffee #coffee ", " #morning #mood"},
		{"glued to a word after it: the fix keeps a space", "", "great"},
		{"after a comma before a full stop: the move takes the comma", "Meine neue Creme, ", "."},
		{"past the fold", "Loving this serum so much, it is the best thing I have tried this year and I will keep using it every morning and evening ", " yes"},
	}
	checked := 0
	for _, j := range Jurisdictions() {
		m, _ := c.tableFor(j)
		for _, ls := range m.labelRows {
			for _, lt := range ls {
				for _, p := range places {
					for _, conn := range []Connection{UnknownConnection, Paid, Gift} {
						post := Post{Caption: p.before + lt.label + p.after, Jurisdiction: j, Platform: influencekit.Instagram, Connection: conn}
						want, got := plain.Check(post), c.Check(post)
						if !assert.Equal(t, want, got, "%s: %q in %s", p.why, post.Caption, j) {
							return
						}
						checked++
					}
				}
			}
		}
	}
	for _, caption := range loadCorpus(t) {
		p := Post{Caption: caption, Platform: influencekit.Instagram, Brand: "Glow Co"}
		require.Equal(t, plain.Check(p), c.Check(p), "%q", caption)
	}
	for _, s := range shortShapes {
		require.Equal(t, plain.Check(s.post), c.Check(s.post), s.name)
	}
	assert.Greater(t, checked, 1000, "posts checked")
}

// TestLabelTextsUsed keeps TestLabelTextsAgree meaningful: the short
// vague caption's message and fix message are the ones its table made
// once, not texts of the report.
func TestLabelTextsUsed(t *testing.T) {
	p := shortShapes[1].post
	require.Equal(t, RuleVagueDisclosure, shortShapes[1].rule)
	r := Check(p)
	require.Len(t, r.Findings, 1)
	m, _ := defaultChecker().tableFor(p.Jurisdiction)
	var lt *labelTexts
	for i := range m.labelRows {
		for k := range m.labelRows[i] {
			if m.labelRows[i][k].label == "#spon" {
				lt = &m.labelRows[i][k]
			}
		}
	}
	require.NotNil(t, lt)
	f := r.Findings[0]
	assert.Equal(t, lt.messages[labelSlots[int(firstLabelSlot[idVagueDisclosure])+vagueReplace].at], f.Message)
	assert.Equal(t, lt.replace, f.Fixes[0].Message)
}

// TestLabelTextsAllocs: the short vague caption, whose texts its table
// made once, costs as many allocations as a compliant caption: the
// report block, no text.
func TestLabelTextsAllocs(t *testing.T) {
	if raceDetector {
		t.Skip("the race detector's instrumentation allocates in the scan; .ci/run counts allocations without -race")
	}
	compliant := testing.AllocsPerRun(20, func() { Check(shortShapes[0].post) })
	assert.Equal(t, compliant, testing.AllocsPerRun(20, func() { Check(shortShapes[1].post) }))
}

// TestRecordOrder checks sortRecords, an insertion sort up to eight
// records and the generic one past them, against a stable sort by start,
// then rule name: equal keys keep the order the rules made them in.
func TestRecordOrder(t *testing.T) {
	found := []foundLabel{{start: 40}, {start: 3}, {start: 40}}
	for n := 2; n <= 12; n++ {
		for seed := range 200 {
			recs := make([]record, n)
			for i := range recs {
				k := seed*31 + i*7
				id := ruleID(k % int(numRules))
				if seed%2 == 0 {
					id = ruleID(k % 2) // equal keys: the rules' order decides
				}
				recs[i] = record{id: id, label: int32(k%4) - 1, line: int16(i)}
			}
			want := slices.Clone(recs)
			slices.SortStableFunc(want, func(a, b record) int {
				return cmp.Or(cmp.Compare(a.start(found), b.start(found)), strings.Compare(string(ruleTable[a.id].Rule), string(ruleTable[b.id].Rule)))
			})
			sortRecords(recs, found)
			require.Equal(t, want, recs, "%d records, seed %d", n, seed)
		}
	}
}

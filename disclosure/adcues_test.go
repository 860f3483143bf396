package disclosure

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAdCuesCompile holds every row of the ad reading's phrase table to
// its shape: it compiles in the term tables' pattern language, says why,
// and weighs in the direction of its signal (for an ad up to
// AdBrandInContext, against one after; a hiding row weighs nothing).
func TestAdCuesCompile(t *testing.T) {
	_, err := compileTable(&termTable{terms: []termRow{{pattern: adItems}}})
	require.NoError(t, err, "the item words are literals")
	for i, row := range adCues {
		_, err := expandPattern(row.pattern)
		require.NoError(t, err, "row %d", i)
		assert.NotEmpty(t, row.why, "row %d (%q) says why", i, row.pattern)
		switch {
		case row.signal == UnknownAdSignal:
			assert.Zero(t, row.weight, "row %d hides, it does not weigh", i)
		case row.signal <= AdBrandInContext:
			assert.Positive(t, row.weight, "row %d argues for an ad", i)
		default:
			assert.Negative(t, row.weight, "row %d argues against an ad", i)
		}
		assert.NotContains(t, strings.ReplaceAll(row.pattern, "@?", ""), "@", "row %d names no account", i)
		assert.False(t, strings.Contains(row.pattern, "{name}"), "row %d: names are no evidence", i)
	}
	require.NotNil(t, compiledAdTable().m)
	for s := AdLabel; s <= AdAppearance; s++ {
		assert.NotEqual(t, "", s.String())
	}
}

// TestAdTagSuffix reads brand-role hashtags without a Brand.
func TestAdTagSuffix(t *testing.T) {
	tests := []struct {
		why  string
		body string
		want string
	}{
		{"a brand's partner tag", "glowcopartner", "partner"},
		{"an ambassador tag", "acmeambassador", "ambassador"},
		{"a tag that starts with sponsored", "sponsoredbutiloveit", "sponsored"},
		{"the bare word is Check's own label, not a brand role", "partner", ""},
		{"an ordinary tag", "salad", ""},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			assert.Equal(t, tt.want, adTagSuffix([]byte(tt.body)))
		})
	}
}

// TestAdLabelsAreChecks holds the mix's labels to Check's: adLabels runs
// Check's scan without its rules, and must find exactly Check's
// Disclosures, less a vague thank-you when the post has no Brand.
func TestAdLabelsAreChecks(t *testing.T) {
	c := defaultChecker()
	var posts []Post
	for _, caption := range loadCorpus(t) {
		posts = append(posts, Post{Caption: caption}, Post{Caption: caption, Brand: "Glow Co", Jurisdiction: UK})
	}
	for _, row := range []string{"Thank you @janedoe for the photos", "Thanks @glowco! #spon", "#ad Paid partnership with @glowco", "Werbung: Danke @glowco",
		"Thanks to my patrons for sponsoring this video", "Thanks to Glow Co for sponsoring this video!", "Meine neue Creme, Werbung"} {
		for j := range IE + 2 {
			posts = append(posts, Post{Caption: row, Jurisdiction: j}, Post{Caption: row, Brand: "Glow Co", Jurisdiction: j})
		}
	}
	for _, p := range posts {
		var want []Label
		for _, l := range c.Check(p).Disclosures {
			if p.Brand == "" && l.Clarity == Vague && isThanks(l.Text) {
				continue
			}
			want = append(want, l)
		}
		brand := newBrandInfos(&p)
		assert.Equal(t, want, c.adLabels(&p, &brand), "%q in %s", p.Caption, p.Jurisdiction)
	}
}

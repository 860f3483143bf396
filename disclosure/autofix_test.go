package disclosure_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

func TestAutofix(t *testing.T) {
	glow := "Glow Co"
	rows := []struct {
		why  string
		post disclosure.Post
		want string
	}{
		{why: "a missing label is inserted at the start", post: disclosure.Post{Caption: "Sunday brunch 🥂"}, want: "#ad Sunday brunch 🥂"},
		{why: "the empty caption gets the label alone, no trailing space", post: disclosure.Post{Caption: ""}, want: "#ad"},
		{why: "a caption of spaces gets the label alone", post: disclosure.Post{Caption: "   "}, want: "#ad"},
		{why: "a compliant caption with invalid UTF-8 comes back byte for byte", post: disclosure.Post{Caption: "#ad Loving \xff\xfe serum"}, want: "#ad Loving \xff\xfe serum"},
		{why: "a fixed caption keeps its invalid bytes", post: disclosure.Post{Caption: "Loving \xff serum #ad"}, want: "#ad Loving \xff serum"},
		{why: "#spon becomes #sponsored, which then moves to the start", post: disclosure.Post{Caption: "new kicks #spon"}, want: "#sponsored new kicks"},
		{why: "#spon at the start is only replaced", post: disclosure.Post{Caption: "#spon new kicks"}, want: "#sponsored new kicks"},
		{why: "\"thanks @brand\" is kept and #ad added", post: disclosure.Post{Caption: "thanks @glowco!", Brand: glow}, want: "#ad thanks @glowco!"},
		{why: "a late label moves to the start with its space", post: disclosure.Post{Caption: "Loving this #ad serum"}, want: "#ad Loving this serum"},
		{why: "a label at the end moves without leaving a trailing space", post: disclosure.Post{Caption: "Loving this serum #ad"}, want: "#ad Loving this serum"},
		{why: "a buried glued tag moves out of its run", post: disclosure.Post{Caption: "Love it!#skincare#ad#glow"}, want: "#ad Love it!#skincare#glow"},
		{why: "a label glued to the next tag keeps the space before it, so the word before is not glued to that tag", post: disclosure.Post{Caption: "love it #ad#sponsored#skin"}, want: "#ad love it #sponsored#skin"},
		{why: "a label glued to an emoji keeps the space before it", post: disclosure.Post{Caption: "love it #ad😀"}, want: "#ad love it 😀"},
		{why: "a label before a comma takes the space before it, so none is left before the comma", post: disclosure.Post{Caption: "love it #ad, truly"}, want: "#ad love it, truly"},
		{why: "a label before a line break takes the space before it", post: disclosure.Post{Caption: "love it #ad\nmore soon"}, want: "#ad love it\nmore soon"},
		{why: "a late phrase label stays in its sentence and #ad goes first", post: disclosure.Post{Caption: "Obsessed. Paid partnership with Glow Co", Brand: glow}, want: "#ad Obsessed. Paid partnership with Glow Co"},
		{why: "a late single-word label moves", post: disclosure.Post{Caption: "New drop. Sponsored"}, want: "Sponsored New drop."},
		{why: "a label word first on a later line moves to the start, where it is still a label", post: disclosure.Post{Caption: "New drop!\nSponsored"}, want: "Sponsored New drop!"},
		{why: "an ordinary advertisement in a sentence is no label: #ad goes first", post: disclosure.Post{Caption: "I saw an advertisement for this serum"}, want: "#ad I saw an advertisement for this serum"},
		{why: "channel support after a purchase is ambiguous: #ad goes first", post: disclosure.Post{Caption: "Shop on the store to support my channel"}, want: "#ad Shop on the store to support my channel"},
		{why: "a stylized label is written plainly", post: disclosure.Post{Caption: "#𝐚𝐝 new drop"}, want: "#ad new drop"},
		{why: "a stylized late label is moved, then written plainly", post: disclosure.Post{Caption: "new drop ＃ａｄ"}, want: "#ad new drop"},
		{why: "an edited post gets #filtered at the end", post: disclosure.Post{Caption: "#ad glass skin", Edited: true}, want: "#ad glass skin #filtered"},
		{why: "a missing label and editing are fixed together", post: disclosure.Post{Caption: "", Edited: true}, want: "#ad #filtered"},
		{why: "an ambiguous label gets a clear one in front", post: disclosure.Post{Caption: "#gifted new palette"}, want: "#ad #gifted new palette"},
		{why: "a claim needs a person: left alone", post: disclosure.Post{Caption: "#ad clinically proven"}, want: "#ad clinically proven"},
		{why: "a compliant caption is unchanged", post: disclosure.Post{Caption: "#ad Loving this serum"}, want: "#ad Loving this serum"},
		// A fix owns a label's own word, never a brand's name, an address
		// or a denial.
		{why: "a vague statement naming the brand keeps the brand: the German label goes before it", post: disclosure.Post{Caption: "Sponsored by Glow Co. Loving this serum", Brand: glow, Jurisdiction: disclosure.DE}, want: "Werbung Sponsored by Glow Co. Loving this serum"},
		{why: "a late vague statement keeps its words too", post: disclosure.Post{Caption: "Meine neue Creme. Sponsored by @glowco", Brand: glow, Jurisdiction: disclosure.DE}, want: "Werbung Meine neue Creme. Sponsored by @glowco"},
		{why: "a one-word vague tag is the fix's own: replaced", post: disclosure.Post{Caption: "Meine neue Creme #spon", Jurisdiction: disclosure.DE}, want: "Werbung Meine neue Creme"},
		{why: "a label asked about is not moved to the front: a label is inserted", post: disclosure.Post{Caption: "Love it #ad? nope, bought it"}, want: "#ad Love it #ad? nope, bought it"},
		{why: "a label on its own line asked about stays in its question", post: disclosure.Post{Caption: "Love it\nAd? Never."}, want: "#ad Love it\nAd? Never."},
		{why: "a negated hashtag is not moved to the front", post: disclosure.Post{Caption: "Love it, not #ad"}, want: "#ad Love it, not #ad"},
		{why: "a negated hashtag is not replaced either", post: disclosure.Post{Caption: "Love it. never #sponsored", Jurisdiction: disclosure.UK}, want: "#ad Love it. never #sponsored"},
		{why: "a German negation, read from the pack's denials", post: disclosure.Post{Caption: "Tolle Creme, kein #werbung", Jurisdiction: disclosure.DE}, want: "Werbung Tolle Creme, kein #werbung"},
		{why: "a label word inside an e-mail address is not rewritten", post: disclosure.Post{Caption: "sponsored@glow.co for questions #spon", Jurisdiction: disclosure.UK}, want: "#ad sponsored@glow.co for questions"}, // the address holds no label: "#spon" is the one label, replaced at the start
		{why: "a label moved from before a link glues nothing to it", post: disclosure.Post{Caption: "Shop now: https://glow.co/serum #ad"}, want: "#ad Shop now: https://glow.co/serum"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			got := disclosure.Autofix(row.post)
			assert.Equal(t, row.want, got)
			again := row.post
			again.Caption = got
			assert.Equal(t, got, disclosure.Autofix(again), "idempotent")
		})
	}
}

// placementRules are the errors Autofix promises to clear.
var placementRules = map[disclosure.Rule]bool{missing: true, vague: true, notUpfront: true, belowFold: true, buried: true}

func TestAutofixMakesPlacementOnlyCaptionsCompliant(t *testing.T) {
	checked := 0
	for _, row := range captionRows() {
		r := disclosure.Check(row.post)
		fixed := row.post
		fixed.Caption = disclosure.Autofix(row.post)
		again := fixed
		again.Caption = disclosure.Autofix(fixed)
		assert.Equal(t, fixed.Caption, again.Caption, "idempotent: %s", row.why)
		placementOnly := true
		for _, f := range r.Findings {
			if f.Severity == influencekit.SeverityError && !placementRules[f.Rule] {
				placementOnly = false
			}
		}
		if !placementOnly {
			continue
		}
		checked++
		after := disclosure.Check(fixed)
		assert.True(t, after.Compliant(), "%s: %q became %q with %v", row.why, row.post.Caption, fixed.Caption, ruleList(after))
	}
	require.Greater(t, checked, 50, "most rows have placement errors only")
}

func TestAutofixSettlesOnCrowdedCaptions(t *testing.T) {
	rows := []struct {
		why     string
		caption string
	}{
		{why: "thirty glued vague tags after text, whose replacements touch", caption: "new kicks " + strings.Repeat("#spon", 30)},
		{why: "a late label in a long run of glued tags", caption: "glow " + strings.Repeat("#skin", 40) + "#ad" + strings.Repeat("#glow", 40)},
		{why: "stylized, late, buried and below the fold at once", caption: prefix(130) + "#sun #fun #glow #𝐚𝐝 #skin"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			p := disclosure.Post{Caption: row.caption, Platform: ig, Edited: true}
			fixed := p
			fixed.Caption = disclosure.Autofix(p)
			r := disclosure.Check(fixed)
			assert.True(t, r.Compliant(), "%q has %v", fixed.Caption, ruleList(r))
			assert.Equal(t, fixed.Caption, disclosure.Autofix(fixed), "idempotent")
		})
	}
}

package disclosure

import (
	"regexp"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCategoryReadFromText: a post that declares no category is judged
// by the first product word of its caption, else of its overlays, else of
// its transcript; the Report says which text showed it and where.
func TestCategoryReadFromText(t *testing.T) {
	second := 5 * time.Second
	rows := []struct {
		why  string
		post Post
		want Category
		from string // "caption", "overlay", "transcript", or "" for none
		word string // the text the report's span covers
		at   int    // the overlay's or segment's index
		// rules are the category findings, in order.
		rules []Rule
	}{
		{why: "the caption wins over an overlay and the transcript",
			post: Post{Caption: "Pubblicità Il mio spritz della sera", Jurisdiction: IT,
				Overlays:   []Overlay{{End: second, Text: "Stasera casinò online"}},
				Transcript: []Segment{{Text: "pubblicità: compro bitcoin"}}},
			want: Alcohol, from: "caption", word: "spritz", rules: []Rule{RuleRestrictedPromotion}},
		{why: "an overlay-only category is restricted like a caption's: Italian alcohol not age-gated",
			post: Post{Caption: "Pubblicità Il mio venerdì sera", Jurisdiction: IT,
				Overlays: []Overlay{{End: second, Text: "Pubblicità"}, {Start: second, End: 2 * second, Text: "Il mio spritz 🍹"}}},
			want: Alcohol, from: "overlay", word: "spritz", at: 1, rules: []Rule{RuleRestrictedPromotion}},
		{why: "an overlay-only category is prohibited like a caption's: French nicotine pouches in a paid post",
			post: Post{Caption: "Publicité Ma routine du matin", Jurisdiction: FR,
				Overlays: []Overlay{{End: second, Text: "Publicité - mes sachets de nicotine préférés"}}},
			want: Nicotine, from: "overlay", word: "sachets de nicotine", rules: []Rule{RuleProhibitedPromotion}},
		{why: "age-gating meets the overlay's restricted category",
			post: Post{Caption: "Pubblicità Il mio venerdì sera", Jurisdiction: IT, AgeGated: true,
				Overlays: []Overlay{{End: second, Text: "Il mio spritz"}}},
			want: Alcohol, from: "overlay", word: "spritz"},
		{why: "an overlay wins over the transcript",
			post: Post{Caption: "Pubblicità Il mio venerdì sera", Jurisdiction: IT,
				Overlays:   []Overlay{{End: second, Text: "Il mio spritz"}},
				Transcript: []Segment{{Text: "pubblicità: stasera casinò online"}}},
			want: Alcohol, from: "overlay", word: "spritz", rules: []Rule{RuleRestrictedPromotion}},
		{why: "a transcript-only category: a UK crypto video, approved, without the FCA's warning",
			post: Post{Caption: "#ad New video", Jurisdiction: UK, Approval: "FRN 123456",
				Transcript: []Segment{{Text: "this is an ad"}, {Start: second, Text: "today I'm staking my coins"}}},
			want: Crypto, from: "transcript", word: "staking", at: 1, rules: []Rule{RuleRestrictedPromotion}},
		{why: "a transcript-only category with the FCA's warning on screen and the approval recorded",
			post: Post{Caption: "#ad New video", Jurisdiction: UK, Approval: "FRN 123456",
				Overlays:   []Overlay{{End: second, Text: "Don't invest unless you're prepared to lose all the money you invest. This is a high-risk investment and you should not expect to be protected if something goes wrong."}},
				Transcript: []Segment{{Text: "this is an ad, today I'm staking my coins"}}},
			want: Crypto, from: "transcript", word: "staking"},
		{why: "a declared category wins over every text",
			post: Post{Caption: "Pubblicità Il mio spritz", Jurisdiction: IT, Category: OtherCategory,
				Overlays:   []Overlay{{End: second, Text: "casinò online"}},
				Transcript: []Segment{{Text: "compro bitcoin"}}},
			want: OtherCategory},
		{why: "a declared restricted category wins, and its findings span the whole caption",
			post: Post{Caption: "Pubblicità Il mio venerdì sera", Jurisdiction: IT, Category: Gambling,
				Overlays: []Overlay{{End: second, Text: "Il mio spritz"}}},
			want: Gambling, rules: []Rule{RuleProhibitedPromotion}},
		{why: "a category outside the constants is read from no text",
			post: Post{Caption: "Pubblicità Il mio venerdì sera", Jurisdiction: IT, Category: Category(200),
				Overlays: []Overlay{{End: second, Text: "Il mio spritz"}}}},
		{why: "an organic post (NoConnection): the category is read, and no ban on paid posts applies",
			post: Post{Caption: "Il mio venerdì sera", Jurisdiction: IT, Connection: NoConnection,
				Overlays:   []Overlay{{End: second, Text: "Il mio spritz"}},
				Transcript: []Segment{{Text: "stasera casinò"}}},
			want: Alcohol, from: "overlay", word: "spritz"},
		{why: "an organic post's transcript is read for its category",
			post: Post{Caption: "Il mio venerdì sera", Jurisdiction: IT, Connection: NoConnection,
				Transcript: []Segment{{Text: "stasera si gioca al casinò online"}}},
			want: Gambling, from: "transcript", word: "casinò"},
		{why: "no text names a product",
			post: Post{Caption: "#ad New running shoes", Overlays: []Overlay{{End: second, Text: "10k done"}},
				Transcript: []Segment{{Text: "this is an ad for my new shoes"}}}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			r := Check(row.post)
			assert.Equal(t, row.want, r.Category)
			var rules []Rule
			for _, f := range r.Findings {
				if f.Rule == RuleProhibitedPromotion || f.Rule == RuleRestrictedPromotion {
					rules = append(rules, f.Rule)
					if row.from != "caption" {
						assert.Equal(t, [2]int{0, 0}, [2]int{f.Start, f.End}, "a category read elsewhere than the caption: the finding is about the whole caption")
					}
				}
			}
			assert.Equal(t, row.rules, rules, "%v", r.Findings)
			var from, word string
			at := 0
			switch {
			case r.CategorySpan != nil:
				from, word = "caption", row.post.Caption[r.CategorySpan.Start:r.CategorySpan.End]
			case r.CategoryOverlay != nil:
				from, at = "overlay", r.CategoryOverlay.Index
				word = row.post.Overlays[at].Text[r.CategoryOverlay.Start:r.CategoryOverlay.End]
			case r.CategoryTranscript != nil:
				from, at = "transcript", r.CategoryTranscript.Index
				word = row.post.Transcript[at].Text[r.CategoryTranscript.Start:r.CategoryTranscript.End]
			}
			assert.Equal(t, row.from, from)
			assert.Equal(t, row.word, word)
			assert.Equal(t, row.at, at)
			set := 0
			for _, p := range []bool{r.CategorySpan != nil, r.CategoryOverlay != nil, r.CategoryTranscript != nil} {
				if p {
					set++
				}
			}
			assert.LessOrEqual(t, set, 1, "at most one text showed the category")
		})
	}
}

// TestCategoryFromTranscriptWithSpokenRulesOff: with every rule that
// reads the spoken labels off, the transcript is still read for the
// category, and for an AI label that a later segment follows with the
// product word.
func TestCategoryFromTranscriptWithSpokenRulesOff(t *testing.T) {
	c, err := NewChecker(Options{Off: []Rule{RuleMissingVerbalDisclosure, RuleLiveDisclosureGap, RuleDeniedConnection}})
	require.NoError(t, err)
	r := c.Check(Post{Caption: "#ad My new look", Jurisdiction: UK, Alteration: Generated,
		Transcript: []Segment{{Text: "this video was created with AI"}, {Start: time.Second, Text: "and I'm staking my coins"}}})
	assert.Equal(t, Crypto, r.Category)
	if assert.NotNil(t, r.CategoryTranscript) {
		assert.Equal(t, TextSpan{Index: 1, Start: 8, End: 15}, *r.CategoryTranscript)
	}
	for _, f := range r.Findings {
		assert.NotEqual(t, RuleUndisclosedAIContent, f.Rule, "the first segment says it is AI-made")
	}
}

// TestCategoryOnScreenAllocs: the overlays' scan hands back their product
// word, so a category read on screen costs what one read in the caption
// does (its finding and the report's span), and no second scan.
func TestCategoryOnScreenAllocs(t *testing.T) {
	if raceDetector {
		t.Skip("the race detector's instrumentation allocates in the scan; .ci/run counts allocations without -race")
	}
	plain := Post{Caption: "Pubblicità Il mio venerdì sera", Jurisdiction: IT}
	caption := Post{Caption: "Pubblicità Il mio spritz venerdì", Jurisdiction: IT}
	base := testing.AllocsPerRun(50, func() { Check(plain) })
	withCaption := testing.AllocsPerRun(50, func() { Check(caption) })
	onScreen := Post{Caption: "Pubblicità Il mio venerdì sera", Jurisdiction: IT, Overlays: []Overlay{{End: time.Second, Text: "Il mio spritz"}}}
	noProduct := Post{Caption: "Pubblicità Il mio venerdì sera", Jurisdiction: IT, Overlays: []Overlay{{End: time.Second, Text: "Il mio venerdì"}}}
	overlayBase := testing.AllocsPerRun(50, func() { Check(noProduct) })
	withOverlay := testing.AllocsPerRun(50, func() { Check(onScreen) })
	assert.Equal(t, withCaption-base, withOverlay-overlayBase, "an overlay's category costs what a caption's does: its TextSpan for the Span")
}

// BenchmarkCategoryText: Check on posts whose category the caption, an
// overlay or the transcript shows, and on one without overlays or
// transcript (which pays nothing for reading them).
func BenchmarkCategoryText(b *testing.B) {
	for _, bc := range []struct {
		name string
		post Post
	}{
		{"caption-only", Post{Caption: "Pubblicità Il mio venerdì sera con @glowbar #aperitivo", Jurisdiction: IT}},
		{"caption", Post{Caption: "Pubblicità Il mio spritz del venerdì con @glowbar #aperitivo", Jurisdiction: IT}},
		{"overlay", Post{Caption: "Pubblicità Il mio venerdì sera con @glowbar #aperitivo", Jurisdiction: IT,
			Overlays: []Overlay{{End: 3 * time.Second, Text: "Pubblicità"}, {Start: 3 * time.Second, End: 12 * time.Second, Text: "Il mio spritz preferito"}}}},
		{"transcript", Post{Caption: "#ad My weekend money routine", Jurisdiction: UK,
			Transcript: []Segment{{Text: "this video is an ad for Glow"}, {Start: 8 * time.Second, Text: "I've been staking my coins every week"}}}},
		{"transcript-organic", Post{Caption: "My weekend money routine", Jurisdiction: UK, Connection: NoConnection,
			Transcript: []Segment{{Text: "hi all"}, {Start: 8 * time.Second, Text: "I've been staking my coins every week"}}}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Check(bc.post)
			}
		})
	}
}

// TestHasNumber: a registration number is one of the prefixes, in any
// case, and exactly the number of digits, standing as a word of its own.
func TestHasNumber(t *testing.T) {
	rows := []struct {
		why, text string
		want      bool
	}{
		{"an investment adviser's number", "SEBI Reg. No. INA000012345", true},
		{"a research analyst's number at the start", "INH000001234 | Priya", true},
		{"in lower case", "ina000012345", true},
		{"in brackets", "(INA000012345)", true},
		{"before a full stop", "Reg INA000012345.", true},
		{"after a colon without a space", "SEBI:INA000012345", true},
		{"eight digits", "INA00001234", false},
		{"ten digits", "INA0000123456", false},
		{"letters after the digits", "INA000012345x", false},
		{"a longer word before the prefix", "XINA000012345", false},
		{"a digit before the prefix", "1INA000012345", false},
		{"a space inside", "INA 000012345", false},
		{"another prefix", "INZ000012345", false},
		{"the prefix at the end of the text", "SEBI INA", false},
		{"no text", "", false},
		{"a second, good number after a bad one", "INA0001 then INH000001234", true},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			assert.Equal(t, row.want, hasNumber(row.text, "INA|INH", 9))
		})
	}
	assert.True(t, hasNumber("AB12", "A|AB", 2), "a later prefix is tried when an earlier one is its start")
}

// TestAppendNumberForm: a registration number's form in words, with an
// example of it.
func TestAppendNumberForm(t *testing.T) {
	rows := []struct {
		why      string
		prefixes string
		digits   int
		want     string
	}{
		{"SEBI's two prefixes", "INA|INH", 9, "INA or INH and 9 digits, such as INA000012345"},
		{"one prefix", "FRN", 6, "FRN and 6 digits, such as FRN012345"},
		{"three prefixes", "INA|INH|INZ", 9, "INA, INH or INZ and 9 digits, such as INA000012345"},
		{"fewer digits than the example's tail", "RSB", 3, "RSB and 3 digits, such as RSB345"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			got := appendNumberForm(nil, &categoryRule{numberPrefixes: row.prefixes, numberDigits: row.digits})
			assert.Equal(t, row.want, string(got))
			assert.True(t, hasNumber(string(got[len(got)-len(row.prefixes[:3])-row.digits:]), row.prefixes, row.digits),
				"the example is a number of the form")
		})
	}
}

// numberPattern is hasNumber's reading written as a regular expression,
// for the fuzz target to compare against.
var numberPattern = regexp.MustCompile(`(?i)(?:^|[^a-z0-9])(?:INA|INH)[0-9]{9}(?:$|[^a-z0-9])`)

// FuzzHasNumber: hasNumber agrees with the regular expression on any text.
func FuzzHasNumber(f *testing.F) {
	for _, s := range []string{"INA000012345", "xINA000012345", "INA0000123456", "(inh000001234)", "INA", "ÉINA000012345", "INA00001234\u00e9"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assert.Equal(t, numberPattern.MatchString(s), hasNumber(s, "INA|INH", 9), "%q", s)
	})
}

// TestRegisteredFinfluencerAllocs: an Indian investment post that shows
// its SEBI number is checked with no more allocations than any compliant
// caption (reading the number allocates nothing), and a pound amount in
// a UK crypto caption that is no offer costs no allocation over the same
// caption without its sign (the warning's comparison allocates for both).
func TestRegisteredFinfluencerAllocs(t *testing.T) {
	in := Post{Caption: "#ad Why I moved my SIP to this mutual fund with Glow Invest. SEBI RIA INA000012345", Jurisdiction: IN,
		Connection: Paid}
	uk := func(amount string) Post {
		return Post{Caption: "#ad Bitcoin passed " + amount + " this week, my thoughts on Glow. " + fcaWarning, Jurisdiction: UK,
			Connection: Paid, Approval: "FRN 123456"}
	}
	plain, pounds := uk("50,000"), uk("£50,000")
	for _, p := range []Post{in, plain, pounds} {
		require.True(t, Check(p).Compliant(), p.Caption)
	}
	if raceDetector {
		t.Skip("the race detector's instrumentation allocates in the scan; .ci/run counts allocations without -race")
	}
	assert.LessOrEqual(t, testing.AllocsPerRun(50, func() { Check(in) }), 3.0)
	assert.Equal(t, testing.AllocsPerRun(50, func() { Check(plain) }), testing.AllocsPerRun(50, func() { Check(pounds) }))
}

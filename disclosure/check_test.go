package disclosure_test

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

const (
	missing    = disclosure.RuleMissingDisclosure
	vague      = disclosure.RuleVagueDisclosure
	ambiguous  = disclosure.RuleAmbiguousDisclosure
	notUpfront = disclosure.RuleNotUpfront
	belowFold  = disclosure.RuleBelowFold
	buried     = disclosure.RuleBuriedDisclosure
	editing    = disclosure.RuleUndisclosedEditing
	claim      = disclosure.RuleUnsubstantiatedClaim
	obfuscated = disclosure.RuleObfuscatedDisclosure
	fallback   = disclosure.RuleJurisdictionFallback
	denied     = disclosure.RuleDeniedConnection
)

// captionRow is one caption and what Check must say about it.
type captionRow struct {
	why    string
	post   disclosure.Post
	rules  []disclosure.Rule // every finding's rule, in report order
	labels []string          // "clarity connection text" of every disclosure
	span   string            // when set: the text under the first finding with a span
}

// prefix returns n characters of filler text, so that a label after it
// starts at character n.
func prefix(n int) string { return strings.Repeat("x", n-1) + " " }

var ig, tt, yt, xx = influencekit.Instagram, influencekit.TikTok, influencekit.YouTube, influencekit.X

func captionRows() []captionRow {
	glow := "Glow Co"
	return []captionRow{
		// Clear paid labels at the start.
		{why: "#ad first is the FTC's model disclosure", post: disclosure.Post{Caption: "#ad Loving this serum from @glowco ✨ glow all day", Platform: ig},
			labels: []string{"clear paid #ad"}},
		{why: "#ads is clear", post: disclosure.Post{Caption: "#ads new drop is here 🎉"}, labels: []string{"clear paid #ads"}},
		{why: "#advertisement is clear", post: disclosure.Post{Caption: "#advertisement Meet the new glow kit"}, labels: []string{"clear paid #advertisement"}},
		{why: "#sponsored is clear", post: disclosure.Post{Caption: "#sponsored My morning routine ☕"}, labels: []string{"clear paid #sponsored"}},
		{why: "capitalised #Sponsored is the same label", post: disclosure.Post{Caption: "#Sponsored My morning routine"}, labels: []string{"clear paid #Sponsored"}},
		{why: "\"Ad:\" at the start is clear", post: disclosure.Post{Caption: "Ad: the comfiest hoodie I own"}, labels: []string{"clear paid Ad:"}},
		{why: "\"AD |\" is the same label with another separator", post: disclosure.Post{Caption: "AD | the comfiest hoodie I own"}, labels: []string{"clear paid AD |"}},
		{why: "\"[Ad]\" in brackets is clear", post: disclosure.Post{Caption: "[Ad] the comfiest hoodie I own"}, labels: []string{"clear paid [Ad]"}},
		{why: "the word Advertisement is clear", post: disclosure.Post{Caption: "Advertisement. Running shoes that actually fit"}, labels: []string{"clear paid Advertisement"}},
		{why: "the word Sponsored with a separator is clear, the separator part of the label", post: disclosure.Post{Caption: "SPONSORED - road trip snacks"}, labels: []string{"clear paid SPONSORED -"}},
		// "Advertisement" and "Sponsored" are ordinary words too: labels
		// only where the FTC puts them, first on a line, as a sentence of
		// their own, with a separator, in brackets or in a disclosure phrase.
		{why: "an advertisement in a sentence is no label: it would hide a missing disclosure", post: disclosure.Post{Caption: "I saw an advertisement for this serum"}, rules: []disclosure.Rule{missing}},
		{why: "sponsored as an adjective in a sentence is no label", post: disclosure.Post{Caption: "The park reflects a new generation of internationally sponsored projects"}, rules: []disclosure.Rule{missing}},
		{why: "Advertisement mid-sentence, capitalised, is still no label", post: disclosure.Post{Caption: "Perfect for Advertisement, wedding films, slide shows"}, rules: []disclosure.Rule{missing}},
		{why: "advertisement in a list of tags is no label", post: disclosure.Post{Caption: "tags: funny, advertisement, cats"}, rules: []disclosure.Rule{missing}},
		{why: "a question about sponsorship is no label", post: disclosure.Post{Caption: "Is this sponsored? No, I bought it"}, rules: []disclosure.Rule{missing}},
		{why: "Sponsored first on a later line is a label, though not upfront", post: disclosure.Post{Caption: "New drop!\nSponsored"}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid Sponsored"}},
		{why: "emoji before the word on its line do not stop it being first", post: disclosure.Post{Caption: "✨ Advertisement ✨ new drop"}, labels: []string{"clear paid Advertisement"}},
		{why: "Sponsored as a sentence of its own is a label", post: disclosure.Post{Caption: "New drop. Sponsored."}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid Sponsored"}},
		{why: "Sponsored followed by a colon is a label anywhere", post: disclosure.Post{Caption: "Loving it, sponsored: Glow Co"}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid sponsored:"}},
		{why: "(sponsored) in brackets is a label anywhere", post: disclosure.Post{Caption: "Loving this serum (sponsored)"}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid (sponsored)"}},
		{why: "\"This video is sponsored\" is a disclosure phrase, the sponsor's name not needed", post: disclosure.Post{Caption: "This video is sponsored by Squarespace"}, labels: []string{"clear paid This video is sponsored"}},
		{why: "\"sponsored by\" in the sentence opening the caption is a disclosure sentence, upfront (issue 12)", post: disclosure.Post{Caption: "I was sponsored by the company, all opinions are my own"}, labels: []string{"clear paid sponsored by"}},
		{why: "\"sponsored links\" says the links are paid; the sentence opens the caption, so it is upfront (issue 12)", post: disclosure.Post{Caption: "This post contains sponsored links."}, labels: []string{"clear paid sponsored links"}},
		{why: "#SP is a hashtag, a label's position: kept vague even before a word it may abbreviate", post: disclosure.Post{Caption: "#SP Widget free download"}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #SP"}},
		{why: "\"Sponsored by @brand\" is one clear label", post: disclosure.Post{Caption: "Sponsored by @glowco: new serum", Brand: glow}, labels: []string{"clear paid Sponsored by @glowco"}},
		{why: "#paidpartnership is clear", post: disclosure.Post{Caption: "#paidpartnership summer edit"}, labels: []string{"clear paid #paidpartnership"}},
		{why: "\"Paid partnership with <brand>\" in words, with the brand set", post: disclosure.Post{Caption: "Paid partnership with Glow Co. My skin has never been this happy", Brand: glow},
			labels: []string{"clear paid Paid partnership with Glow Co"}},
		{why: "\"Paid partnership with @brand\" with the brand's handle", post: disclosure.Post{Caption: "Paid partnership with @glowco 💛", Brand: glow},
			labels: []string{"clear paid Paid partnership with @glowco"}},
		{why: "lower case brand words still match", post: disclosure.Post{Caption: "paid partnership with glow co", Brand: glow},
			labels: []string{"clear paid paid partnership with glow co"}},
		{why: "\"Paid partnership\" without a brand is still clear", post: disclosure.Post{Caption: "Paid partnership: my gym bag essentials"},
			labels: []string{"clear paid Paid partnership"}},
		{why: "#<brand>partner is clear when the brand is set", post: disclosure.Post{Caption: "#glowcopartner sunday reset", Brand: glow},
			labels: []string{"clear paid #glowcopartner"}},
		{why: "#<brand>ambassador in mixed case is clear", post: disclosure.Post{Caption: "#GlowCoAmbassador sunday reset", Brand: glow},
			labels: []string{"clear paid #GlowCoAmbassador"}},
		{why: "#<brand>partner is no label without a brand", post: disclosure.Post{Caption: "#glowcopartner sunday reset"}, rules: []disclosure.Rule{missing}},
		{why: "a brand's \"official\" handle names the brand", post: disclosure.Post{Caption: "Paid partnership with @GlowCoOfficial", Brand: glow},
			labels: []string{"clear paid Paid partnership with @GlowCoOfficial"}},
		{why: "a handle that only starts with the brand's name is another account", post: disclosure.Post{Caption: "thanks @glowcosmetics", Brand: glow}, rules: []disclosure.Rule{missing}},
		{why: "a brand handle with a suffix still names the brand", post: disclosure.Post{Caption: "Paid partnership with @glowco_us", Brand: glow},
			labels: []string{"clear paid Paid partnership with @glowco_us"}},

		// Gift and affiliate labels.
		{why: "\"Thanks to <brand> for the free product\" is a clear gift label", post: disclosure.Post{Caption: "Thanks to Glow Co for the free product! Obsessed with the texture", Brand: glow},
			labels: []string{"clear gift Thanks to Glow Co for the free product"}},
		{why: "the gift label without a brand set takes the words before \"for\"", post: disclosure.Post{Caption: "Thanks to Glow Co for the free product! Obsessed"},
			labels: []string{"clear gift Thanks to Glow Co for the free product"}},
		{why: "\"Thank you @brand for the complimentary <thing>\" is a clear gift label", post: disclosure.Post{Caption: "Thank you @glowco for the complimentary serum 🌿", Brand: glow},
			labels: []string{"clear gift Thank you @glowco for the complimentary serum"}},
		{why: "saying the creator earns a commission is a clear affiliate label", post: disclosure.Post{Caption: "I earn a commission from purchases through my links. Shop my faves below"},
			labels: []string{"clear affiliate I earn a commission"}},
		{why: "\"I may earn a small commission\" is clear", post: disclosure.Post{Caption: "I may earn a small commission if you buy through these links ✨"},
			labels: []string{"clear affiliate I may earn a small commission"}},
		{why: "the Amazon Associates statement opening the caption is a disclosure sentence: upfront (issue 12)", post: disclosure.Post{Caption: "As an Amazon Associate I earn from qualifying purchases."},
			labels: []string{"clear affiliate I earn from qualifying purchases"}},
		{why: "the same statement after other content must still be upfront", post: disclosure.Post{Caption: "New gear video! As an Amazon Associate I earn from qualifying purchases."},
			rules: []disclosure.Rule{notUpfront}, labels: []string{"clear affiliate I earn from qualifying purchases"}, span: "I earn from qualifying purchases"},

		// Vague labels.
		{why: "#sp is vague", post: disclosure.Post{Caption: "#sp new kicks"}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #sp"}, span: "#sp"},
		{why: "#spon is vague", post: disclosure.Post{Caption: "#spon new kicks"}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #spon"}},
		{why: "#collab is vague", post: disclosure.Post{Caption: "#collab with the best team"}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #collab"}},
		{why: "#thanks is vague", post: disclosure.Post{Caption: "Best serum ever #thanks"}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #thanks"}},
		{why: "#ambassador is vague", post: disclosure.Post{Caption: "#ambassador life"}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #ambassador"}},
		{why: "#partner is vague", post: disclosure.Post{Caption: "#partner life"}, rules: []disclosure.Rule{vague}, labels: []string{"vague unknown #partner"}},
		{why: "\"thanks @brand\" alone is vague", post: disclosure.Post{Caption: "thanks @glowco for the glow", Brand: glow},
			rules: []disclosure.Rule{vague}, labels: []string{"vague unknown thanks @glowco"}, span: "thanks @glowco"},
		{why: "\"thanks @someone\" who is not the brand is no label", post: disclosure.Post{Caption: "thanks @mom for the photo", Brand: glow}, rules: []disclosure.Rule{missing}},
		{why: "\"in collaboration with @brand\" is vague", post: disclosure.Post{Caption: "In collaboration with @glowco", Brand: glow},
			rules: []disclosure.Rule{vague}, labels: []string{"vague unknown In collaboration with @glowco"}},
		{why: "a vague label beside a clear upfront one needs nothing", post: disclosure.Post{Caption: "#ad so fun to #collab with this team"},
			labels: []string{"clear paid #ad", "vague unknown #collab"}},
		{why: "two vague labels are each reported", post: disclosure.Post{Caption: "#spon #collab day"}, rules: []disclosure.Rule{vague, vague},
			labels: []string{"vague unknown #spon", "vague unknown #collab"}},

		// Ambiguous labels.
		{why: "#gifted alone is ambiguous under FTC guidance: a warning", post: disclosure.Post{Caption: "#gifted new palette"}, rules: []disclosure.Rule{ambiguous}, labels: []string{"ambiguous gift #gifted"}},
		{why: "a bare \"affiliate links\" is ambiguous", post: disclosure.Post{Caption: "affiliate links below 👇"}, rules: []disclosure.Rule{ambiguous}, labels: []string{"ambiguous affiliate affiliate links"}},
		{why: "\"gifted by @brand\" is ambiguous", post: disclosure.Post{Caption: "gifted by @glowco", Brand: glow}, rules: []disclosure.Rule{ambiguous}, labels: []string{"ambiguous gift gifted by @glowco"}},
		{why: "ambiguous beside vague: the ambiguous one is reported, not vague", post: disclosure.Post{Caption: "#gifted #collab"}, rules: []disclosure.Rule{ambiguous},
			labels: []string{"ambiguous gift #gifted", "vague unknown #collab"}},

		// Missing labels and words that are never labels.
		{why: "no label at all", post: disclosure.Post{Caption: "Sunday brunch with the girls 🥂 #brunch #weekendvibes"}, rules: []disclosure.Rule{missing}},
		{why: "the empty caption has no label", post: disclosure.Post{Caption: ""}, rules: []disclosure.Rule{missing}},
		{why: "emoji only", post: disclosure.Post{Caption: "☀️😎🌴"}, rules: []disclosure.Rule{missing}},
		{why: "made is not ad", post: disclosure.Post{Caption: "handmade and made with love"}, rules: []disclosure.Rule{missing}},
		{why: "read is not ad", post: disclosure.Post{Caption: "read this before you buy"}, rules: []disclosure.Rule{missing}},
		{why: "bad is not ad", post: disclosure.Post{Caption: "not bad at all"}, rules: []disclosure.Rule{missing}},
		{why: "ad-free is not ad", post: disclosure.Post{Caption: "ad-free living"}, rules: []disclosure.Rule{missing}},
		{why: "#adventure is not #ad", post: disclosure.Post{Caption: "#adventure awaits"}, rules: []disclosure.Rule{missing}},
		{why: "#adidas is not #ad", post: disclosure.Post{Caption: "#adidas fit check"}, rules: []disclosure.Rule{missing}},
		{why: "\"ad\" as a word in prose is not a label", post: disclosure.Post{Caption: "this ad was fun to shoot"}, rules: []disclosure.Rule{missing}},
		{why: "\"not sponsored\" denies, it does not disclose", post: disclosure.Post{Caption: "Not sponsored, I just love it"}, rules: []disclosure.Rule{denied, missing}},
		{why: "#notsponsored is no label", post: disclosure.Post{Caption: "#notsponsored just love it"}, rules: []disclosure.Rule{denied, missing}},
		{why: "a typographic apostrophe in \"isn’t sponsored\" is still a denial", post: disclosure.Post{Caption: "this isn’t sponsored"}, rules: []disclosure.Rule{missing, denied}},
		{why: "\"not an ad\" is no label", post: disclosure.Post{Caption: "not an ad, just a fan"}, rules: []disclosure.Rule{denied, missing}},

		// Glued hashtags.
		{why: "glued tags at the start are found and upfront", post: disclosure.Post{Caption: "#ad#sponsored#skin new serum"},
			labels: []string{"clear paid #ad", "clear paid #sponsored"}},
		{why: "a label glued into a run of tags after text is buried", post: disclosure.Post{Caption: "Love it!#skincare#ad#glow", Platform: ig},
			rules: []disclosure.Rule{buried, notUpfront}, labels: []string{"clear paid #ad"}, span: "#ad"},
		{why: "a tag glued to a full stop starts a tag", post: disclosure.Post{Caption: "new masterpieces.#ad"}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid #ad"}},

		// Stylized and invisible characters.
		{why: "mathematical bold #𝐚𝐝 is seen through, and flagged", post: disclosure.Post{Caption: "#𝐚𝐝 new drop"}, rules: []disclosure.Rule{obfuscated}, labels: []string{"clear paid #𝐚𝐝"}, span: "#𝐚𝐝"},
		{why: "fullwidth ＃ａｄ is seen through, and flagged", post: disclosure.Post{Caption: "＃ａｄ new drop"}, rules: []disclosure.Rule{obfuscated}, labels: []string{"clear paid ＃ａｄ"}},
		{why: "a zero-width space inside #ad is seen through, and flagged", post: disclosure.Post{Caption: "#a\u200bd new drop"}, rules: []disclosure.Rule{obfuscated}, labels: []string{"clear paid #a\u200bd"}},
		{why: "a soft hyphen inside Sponsored is seen through", post: disclosure.Post{Caption: "Spon\u00adsored new drop"}, rules: []disclosure.Rule{obfuscated}, labels: []string{"clear paid Spon\u00adsored"}},
		{why: "bold serif words are seen through", post: disclosure.Post{Caption: "𝐒𝐩𝐨𝐧𝐬𝐨𝐫𝐞𝐝 new drop"}, rules: []disclosure.Rule{obfuscated}, labels: []string{"clear paid 𝐒𝐩𝐨𝐧𝐬𝐨𝐫𝐞𝐝"}},
		{why: "upper case alone is not obfuscation", post: disclosure.Post{Caption: "#AD new drop"}, labels: []string{"clear paid #AD"}},
		{why: "a zero-width space after the label is outside it", post: disclosure.Post{Caption: "#ad\u200b new drop"}, labels: []string{"clear paid #ad"}},

		// Placement.
		{why: "emoji and punctuation before the label do not make it late", post: disclosure.Post{Caption: "✨🎉 — #ad new drop", Platform: ig}, labels: []string{"clear paid #ad"}},
		{why: "text before the label: not upfront", post: disclosure.Post{Caption: "Loving this serum #ad", Platform: ig}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid #ad"}, span: "#ad"},
		{why: "a @mention before the label is other text", post: disclosure.Post{Caption: "@glowco #ad"}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid #ad"}},
		{why: "a URL before the label is other text", post: disclosure.Post{Caption: "https://glow.co #ad"}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid #ad"}},
		{why: "another label before the clear one is not other text", post: disclosure.Post{Caption: "#gifted #ad new palette"}, labels: []string{"ambiguous gift #gifted", "clear paid #ad"}},
		{why: "once one clear label is upfront later ones need no placement", post: disclosure.Post{Caption: "#ad new serum " + prefix(200) + "#sun #fun #sponsored", Platform: ig},
			labels: []string{"clear paid #ad", "clear paid #sponsored"}},
		{why: "Instagram: a label starting at character 124 (0-based) is above the fold", post: disclosure.Post{Caption: prefix(124) + "#ad", Platform: ig},
			rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid #ad"}},
		{why: "Instagram: at character 125 it is below the fold, reported instead of not-upfront", post: disclosure.Post{Caption: prefix(125) + "#ad", Platform: ig},
			rules: []disclosure.Rule{belowFold}, labels: []string{"clear paid #ad"}},
		{why: "TikTok: character 149 is above the fold", post: disclosure.Post{Caption: prefix(149) + "#ad", Platform: tt}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid #ad"}},
		{why: "TikTok: character 150 is below the fold", post: disclosure.Post{Caption: prefix(150) + "#ad", Platform: tt}, rules: []disclosure.Rule{belowFold}, labels: []string{"clear paid #ad"}},
		{why: "YouTube: character 100 is below the fold", post: disclosure.Post{Caption: prefix(100) + "#ad", Platform: yt}, rules: []disclosure.Rule{belowFold}, labels: []string{"clear paid #ad"}},
		{why: "X shows the whole post: never below the fold", post: disclosure.Post{Caption: prefix(270) + "#ad", Platform: xx}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid #ad"}},
		{why: "an unknown platform has no fold", post: disclosure.Post{Caption: prefix(400) + "#ad"}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid #ad"}},
		{why: "Instagram counts an emoji as two: 62 emoji and a space push the label past 125", post: disclosure.Post{Caption: strings.Repeat("😀", 62) + " #ad", Platform: ig},
			rules: []disclosure.Rule{belowFold}, labels: []string{"clear paid #ad"}},
		{why: "YouTube counts code points: the same 63 characters are above its 100", post: disclosure.Post{Caption: strings.Repeat("😀", 62) + " #ad", Platform: yt},
			labels: []string{"clear paid #ad"}},
		{why: "three hashtags with the label among them after text: buried", post: disclosure.Post{Caption: "Great day #sun #fun #ad"}, rules: []disclosure.Rule{buried, notUpfront}, labels: []string{"clear paid #ad"}},
		{why: "two hashtags are not a run of three", post: disclosure.Post{Caption: "Great day #fun #ad"}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid #ad"}},
		{why: "a run at the start is upfront, not buried", post: disclosure.Post{Caption: "#ad #sun #fun great day"}, labels: []string{"clear paid #ad"}},
		{why: "a label buried past the fold gets both", post: disclosure.Post{Caption: prefix(140) + "#sun #fun #glow #ad #skin", Platform: ig},
			rules: []disclosure.Rule{belowFold, buried}, labels: []string{"clear paid #ad"}},
		{why: "a word between tags breaks the run", post: disclosure.Post{Caption: "Great #sun and #fun with #ad"}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid #ad"}},
		{why: "a gift label after text is not upfront", post: disclosure.Post{Caption: "Obsessed! Thanks to Glow Co for the free product", Brand: glow},
			rules: []disclosure.Rule{notUpfront}, labels: []string{"clear gift Thanks to Glow Co for the free product"}},

		// Editing.
		{why: "an edited post must say so", post: disclosure.Post{Caption: "#ad glass skin in one step", Edited: true}, rules: []disclosure.Rule{editing}, labels: []string{"clear paid #ad"}},
		{why: "#filtered discloses the edit", post: disclosure.Post{Caption: "#ad glass skin #filtered", Edited: true}, labels: []string{"clear paid #ad"}},
		{why: "\"retouched\" discloses the edit", post: disclosure.Post{Caption: "#ad photo retouched, serum real", Edited: true}, labels: []string{"clear paid #ad"}},
		{why: "\"filtered\" as an ordinary word does not disclose an edit", post: disclosure.Post{Caption: "#ad glass skin, filtered water only", Edited: true}, rules: []disclosure.Rule{editing}, labels: []string{"clear paid #ad"}},
		{why: "\"edited by\" a person is not an editing label", post: disclosure.Post{Caption: "#ad my routine, edited by my sister", Edited: true}, rules: []disclosure.Rule{editing}, labels: []string{"clear paid #ad"}},
		{why: "\"Edited\" first on a line discloses the edit", post: disclosure.Post{Caption: "#ad glass skin in one step\nEdited: light filter", Edited: true}, labels: []string{"clear paid #ad"}},
		{why: "a bracketed (filtered) discloses the edit", post: disclosure.Post{Caption: "#ad glass skin (filtered)", Edited: true}, labels: []string{"clear paid #ad"}},
		{why: "\"this photo is edited\" discloses the edit", post: disclosure.Post{Caption: "#ad glass skin, this photo is edited", Edited: true}, labels: []string{"clear paid #ad"}},
		{why: "#nofilter says the opposite", post: disclosure.Post{Caption: "#ad #nofilter glow", Edited: true}, rules: []disclosure.Rule{editing}, labels: []string{"clear paid #ad"}},
		{why: "an unedited post needs no editing label", post: disclosure.Post{Caption: "#ad #nofilter glow"}, labels: []string{"clear paid #ad"}},

		// Claims.
		{why: "\"clinically proven\" is a claim to substantiate", post: disclosure.Post{Caption: "#ad clinically proven to calm redness"}, rules: []disclosure.Rule{claim}, labels: []string{"clear paid #ad"}, span: "clinically proven"},
		{why: "\"guaranteed results\" is a claim", post: disclosure.Post{Caption: "#ad guaranteed results in a week"}, rules: []disclosure.Rule{claim}, labels: []string{"clear paid #ad"}},
		{why: "\"guaranteed\" on its own promises a result", post: disclosure.Post{Caption: "#ad glowing skin in 3 days, guaranteed"}, rules: []disclosure.Rule{claim}, labels: []string{"clear paid #ad"}, span: "guaranteed"},
		{why: "\"100% effective\" is a claim", post: disclosure.Post{Caption: "#ad 100% effective against frizz"}, rules: []disclosure.Rule{claim}, labels: []string{"clear paid #ad"}, span: "100% effective"},
		{why: "\"cures\" is a claim", post: disclosure.Post{Caption: "#ad this tea cures bloating"}, rules: []disclosure.Rule{claim}, labels: []string{"clear paid #ad"}},
		{why: "manicure is not cure", post: disclosure.Post{Caption: "#ad fresh manicure, secure clasp"}, labels: []string{"clear paid #ad"}},

		// RTL and other scripts.
		{why: "Arabic text after an upfront #ad", post: disclosure.Post{Caption: "#ad منتج رائع للبشرة"}, labels: []string{"clear paid #ad"}},
		{why: "Hebrew letters before the label are other text", post: disclosure.Post{Caption: "מוצר מעולה #ad"}, rules: []disclosure.Rule{notUpfront}, labels: []string{"clear paid #ad"}},
		{why: "a right-to-left mark before the label is invisible", post: disclosure.Post{Caption: "\u200f#ad מוצר מעולה"}, labels: []string{"clear paid #ad"}},
		{why: "an invalid byte before the label is not text", post: disclosure.Post{Caption: "\xff#ad new"}, labels: []string{"clear paid #ad"}},

		// Jurisdictions with their own tables (issue 6): no fallback any more.
		{why: "UK has its own tables: #ad is clear there, with no fallback finding", post: disclosure.Post{Caption: "#ad new serum", Jurisdiction: disclosure.UK}, labels: []string{"clear paid #ad"}},
		{why: "DE has its own tables: a missing label is an error, with no fallback finding", post: disclosure.Post{Caption: "neues Serum", Jurisdiction: disclosure.DE}, rules: []disclosure.Rule{missing}},
	}
}

func labelStrings(r disclosure.Report) []string {
	var out []string
	for _, l := range r.Disclosures {
		out = append(out, fmt.Sprintf("%s %s %s", l.Clarity, l.Connection, l.Text))
	}
	return out
}

func ruleList(r disclosure.Report) []disclosure.Rule {
	var out []disclosure.Rule
	for _, f := range r.Findings {
		out = append(out, f.Rule)
	}
	return out
}

func TestCheckCaptions(t *testing.T) {
	rows := captionRows()
	require.GreaterOrEqual(t, len(rows), 80, "issue 5 asks for at least 80 captions")
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			r := checkCaptionRow(t, row)
			wantCompliant := true
			for _, rule := range row.rules {
				for _, info := range disclosure.Rules() {
					if info.Rule == rule && info.Severity == influencekit.SeverityError {
						wantCompliant = false
					}
				}
			}
			assert.Equal(t, wantCompliant, r.Compliant(), "compliant")
		})
	}
}

// checkCaptionRow checks row's post and asserts the rules, the labels, the
// span of the first finding with one, and that the report is well formed.
func checkCaptionRow(t *testing.T, row captionRow) disclosure.Report {
	t.Helper()
	r := disclosure.Check(row.post)
	assert.Equal(t, row.rules, ruleList(r), "rules")
	assert.Equal(t, row.labels, labelStrings(r), "labels")
	assertWellFormed(t, row.post, r)
	if row.span != "" {
		for _, f := range r.Findings {
			if f.End > f.Start {
				assert.Equal(t, row.span, row.post.Caption[f.Start:f.End], "span of %s", f.Rule)
				break
			}
		}
	}
	return r
}

// assertWellFormed checks what every report promises: spans inside the
// caption on UTF-8 boundaries, labels' Text matching their span, findings
// sorted, messages and fixes present, edits inside the caption and not
// overlapping.
func assertWellFormed(t *testing.T, p disclosure.Post, r disclosure.Report) {
	t.Helper()
	c := p.Caption
	boundaries := map[int]bool{len(c): true}
	for i := 0; i < len(c); {
		boundaries[i] = true
		_, size := utf8.DecodeRuneInString(c[i:])
		i += size
	}
	onBoundary := func(i int) bool { return boundaries[i] }
	for i, f := range r.Findings {
		assert.True(t, 0 <= f.Start && f.Start <= f.End && f.End <= len(c), "finding %d span [%d,%d)", i, f.Start, f.End)
		assert.True(t, onBoundary(f.Start) && onBoundary(f.End), "finding %d on rune boundaries", i)
		assert.NotEmpty(t, f.Message)
		if i > 0 {
			prev := r.Findings[i-1]
			assert.True(t, prev.Start < f.Start || prev.Start == f.Start && prev.Rule <= f.Rule, "findings sorted")
		}
		for _, fix := range f.Fixes {
			assert.NotEmpty(t, fix.Message)
			for j, e := range fix.Edits {
				assert.True(t, 0 <= e.Start && e.Start <= e.End && e.End <= len(c), "edit span")
				if j > 0 {
					assert.LessOrEqual(t, fix.Edits[j-1].End, e.Start, "edits sorted and not overlapping")
				}
			}
		}
	}
	for i, f := range r.Findings {
		ts := f.Transcript
		if ts == nil {
			continue
		}
		assert.Equal(t, 0, f.Start, "finding %d about the transcript has caption span 0, 0", i)
		assert.Equal(t, 0, f.End)
		assert.LessOrEqual(t, ts.From, ts.To, "finding %d stretch", i)
		if ts.Segment == -1 {
			assert.Equal(t, 0, ts.Start)
			assert.Equal(t, 0, ts.End)
			continue
		}
		if assert.True(t, 0 <= ts.Segment && ts.Segment < len(p.Transcript), "finding %d segment %d", i, ts.Segment) {
			text := p.Transcript[ts.Segment].Text
			assert.True(t, 0 <= ts.Start && ts.Start < ts.End && ts.End <= len(text), "finding %d spoken span", i)
		}
	}
	for i, l := range r.Disclosures {
		assert.True(t, 0 <= l.Start && l.Start < l.End && l.End <= len(c), "label span")
		assert.Equal(t, c[l.Start:l.End], l.Text)
		assert.True(t, onBoundary(l.Start) && onBoundary(l.End), "label on rune boundaries")
		if i > 0 {
			assert.Less(t, r.Disclosures[i-1].Start, l.Start, "labels sorted")
		}
	}
}

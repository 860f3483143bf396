package disclosure

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/influencekit/influencekit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const micaStatement = "This crypto-asset marketing communication has not been reviewed or approved by any competent authority in any Member State of the European Union. The offeror of the crypto-asset is solely responsible for the content of this crypto-asset marketing communication."

// The FCA's risk warning for crypto-asset promotions and the CNMV's for
// crypto-asset advertising, as the UK and Spanish packs word them.
const (
	// ASCI's disclaimer for virtual digital assets (asci-vda-2022).
	asciVDADisclaimer = "Crypto products and NFTs are unregulated and can be highly risky. There may be no regulatory recourse for any loss from such transactions."
	fcaWarning        = "Don't invest unless you're prepared to lose all the money you invest. This is a high-risk investment and you should not expect to be protected if something goes wrong."
	cnmvWarning       = "La inversión en criptoactivos no está regulada, puede no ser adecuada para inversores minoristas y perderse la totalidad del importe invertido."
)

// TestRuleRestrictedPromotion: a category allowed only to adults, only
// with the warning the law words, only with an approval, only without a
// reward for investing, or from a threshold of followers only once
// notified.
func TestRuleRestrictedPromotion(t *testing.T) {
	runRuleCases(t, RuleRestrictedPromotion, []ruleCase{
		{why: "Italy: alcohol not age-gated", post: Post{Caption: "Pubblicità Il mio spritz della sera", Jurisdiction: IT}, want: []string{"spritz"}},
		{why: "Italy: alcohol age-gated", post: Post{Caption: "Pubblicità Il mio spritz della sera", Jurisdiction: IT, AgeGated: true}},
		{why: "Spain: crypto without either warning", post: Post{Caption: "Publicidad Compra bitcoin en Glow", Jurisdiction: ES}, want: []string{"bitcoin", "bitcoin"}},
		{why: "Spain: crypto with both warnings, spaced and cased otherwise",
			post: Post{Caption: "Publicidad Compra bitcoin en Glow. LA INVERSIÓN EN CRIPTOACTIVOS NO ESTÁ REGULADA, puede no ser adecuada para inversores minoristas y  perderse la totalidad del importe invertido",
				Jurisdiction: ES, Overlays: []Overlay{{End: time.Second, Text: micaStatement}}}},
		{why: "UK: crypto without the FCA's warning or an approval", post: Post{Caption: "#ad Staking made simple", Jurisdiction: UK},
			want: []string{"Staking", "Staking"}},
		{why: "UK: approved crypto with the FCA's warning spoken", post: Post{Caption: "#ad Staking made simple", Jurisdiction: UK,
			Approval:   "FRN 123456",
			Transcript: []Segment{{Text: "this is an ad. " + fcaWarning}}}},
		{why: "UK: crypto with the FCA's warning but no approval", post: Post{Caption: "#ad Staking made simple. " + fcaWarning,
			Jurisdiction: UK}, want: []string{"Staking"}},
		{why: "UK: an approval of only spaces records none", post: Post{Caption: "#ad Staking made simple. " + fcaWarning,
			Jurisdiction: UK, Approval: "  "}, want: []string{"Staking"}},
		{why: "UK: a declared investment needs an approval, and no warning", post: Post{Caption: "#ad My ISA picks", Jurisdiction: UK,
			Category: Investment}, want: []string{""}},
		{why: "UK: an approved investment", post: Post{Caption: "#ad My ISA picks", Jurisdiction: UK, Category: Investment,
			Approval: "FRN 123456"}},
		{why: "UK: a refer-a-friend bonus on approved crypto with the warning is reported on the offer",
			post: Post{Caption: "#ad Staking made simple, refer a friend and you both get £20. " + fcaWarning, Jurisdiction: UK,
				Approval: "FRN 123456"}, want: []string{"refer a friend"}},
		{why: "UK: a sign-up bonus offered with a crypto hashtag", post: Post{Caption: "#ad Join today for a sign-up bonus #crypto " + fcaWarning,
			Jurisdiction: UK, Approval: "FRN 123456"}, want: []string{"sign-up bonus"}},
		{why: "UK: cash for joining, in a declared crypto post", post: Post{Caption: "#ad Get $50 when you join the app. " + fcaWarning,
			Jurisdiction: UK, Approval: "FRN 123456", Category: Crypto}, want: []string{"Get $50 when you join"}},
		{why: "UK: pounds for joining, the sign a symbol the {money} slot reads", post: Post{Caption: "#ad Get £50 when you join the app. " + fcaWarning,
			Jurisdiction: UK, Approval: "FRN 123456", Category: Crypto}, want: []string{"Get £50 when you join"}},
		{why: "UK: euros after the number", post: Post{Caption: "#ad Earn 50€ if you sign up today. " + fcaWarning,
			Jurisdiction: UK, Approval: "FRN 123456", Category: Crypto}, want: []string{"Earn 50€ if you sign up"}},
		{why: "UK: a refer-a-friend offer for a post that promotes no category is not judged",
			post: Post{Caption: "#ad My gym: refer a friend and get a free month", Jurisdiction: UK}},
		{why: "UK: an organic crypto post is not judged, its referral link neither",
			post: Post{Caption: "Staking is fun, refer a friend", Jurisdiction: UK, Connection: NoConnection}},
		{why: "Spain: a warned crypto campaign from 100,000 followers is one to notify",
			post: Post{Caption: "Publicidad Compra bitcoin en Glow. " + cnmvWarning, Jurisdiction: ES, Followers: 100000,
				Overlays: []Overlay{{End: time.Second, Text: micaStatement}}}, want: []string{"bitcoin"}},
		{why: "Spain: 99,999 followers make no mass campaign",
			post: Post{Caption: "Publicidad Compra bitcoin en Glow. " + cnmvWarning, Jurisdiction: ES, Followers: 99999,
				Overlays: []Overlay{{End: time.Second, Text: micaStatement}}}},
		{why: "Spain: an unknown follower count (0) never fires",
			post: Post{Caption: "Publicidad Compra bitcoin en Glow. " + cnmvWarning, Jurisdiction: ES,
				Overlays: []Overlay{{End: time.Second, Text: micaStatement}}}},
		{why: "Spain: an organic post by a big account is no campaign",
			post: Post{Caption: "Bought some bitcoin today", Jurisdiction: ES, Connection: NoConnection, Followers: 2_000_000}},
		{why: "the UK has no notice threshold", post: Post{Caption: "#ad Staking made simple. " + fcaWarning, Jurisdiction: UK,
			Approval: "FRN 123456", Followers: 5_000_000}},
		{why: "an organic crypto post is not judged", post: Post{Caption: "Bought some bitcoin today", Jurisdiction: ES, Connection: NoConnection}},
		{why: "a disclosed post for running shoes", post: Post{Caption: "#ad New running shoes for my morning 10k", Jurisdiction: IT}},
		{why: "India: a sponsored mutual-fund post without a SEBI registration number",
			post: Post{Caption: "#ad My favourite mutual fund for 2026 with Glow Invest", Jurisdiction: IN}, want: []string{"mutual fund"}},
		{why: "India: an investment adviser's number in the caption",
			post: Post{Caption: "#ad My favourite mutual fund for 2026 with Glow Invest. SEBI Reg. No. INA000012345", Jurisdiction: IN}},
		{why: "India: a research analyst's number in brackets, in lower case",
			post: Post{Caption: "#ad My stock tips this week (SEBI RA inh000001234)", Jurisdiction: IN}},
		{why: "India: the number on screen",
			post: Post{Caption: "#ad My favourite mutual fund with Glow Invest", Jurisdiction: IN,
				Overlays: []Overlay{{End: 5 * time.Second, Text: "Priya Shah, CFA | SEBI RIA INA000012345"}}}},
		{why: "India: the number only spoken is not shown in the post",
			post: Post{Caption: "#ad My favourite mutual fund with Glow Invest", Jurisdiction: IN,
				Transcript: []Segment{{Text: "I am registered with SEBI, INA000012345"}}}, want: []string{"mutual fund"}},
		{why: "India: a recorded approval reference does not show the number to the follower",
			post: Post{Caption: "#ad My favourite mutual fund with Glow Invest", Jurisdiction: IN, Approval: "INA000012345"},
			want: []string{"mutual fund"}},
		{why: "India: eight digits are no SEBI number",
			post: Post{Caption: "#ad My favourite mutual fund. INA00001234", Jurisdiction: IN}, want: []string{"mutual fund"}},
		{why: "India: ten digits are no SEBI number",
			post: Post{Caption: "#ad My favourite mutual fund. INA0000123456", Jurisdiction: IN}, want: []string{"mutual fund"}},
		{why: "India: a prefix inside a longer word is no SEBI number",
			post: Post{Caption: "#ad My favourite mutual fund. XINA000012345", Jurisdiction: IN}, want: []string{"mutual fund"}},
		{why: "India: a stock broker's INZ number is not an adviser's registration",
			post: Post{Caption: "#ad My favourite mutual fund. INZ000012345", Jurisdiction: IN}, want: []string{"mutual fund"}},
		{why: "India: a declared investment post", post: Post{Caption: "#ad How I plan my retirement", Jurisdiction: IN, Category: Investment},
			want: []string{""}},
		{why: "India: an organic investment post is not judged",
			post: Post{Caption: "My favourite mutual fund this year", Jurisdiction: IN, Connection: NoConnection}},
		{why: "India: a sponsored crypto post without ASCI's disclaimer, and no SEBI number asked",
			post: Post{Caption: "#ad Staking made simple with Glow", Jurisdiction: IN}, want: []string{"Staking"}},
		{why: "India: a crypto post with ASCI's disclaimer",
			post: Post{Caption: "#ad Staking made simple with Glow. " + asciVDADisclaimer, Jurisdiction: IN}},
	})
}

// TestRestrictedPromotionQuotesTheWarning: the message quotes the text the
// law requires.
func TestRestrictedPromotionQuotesTheWarning(t *testing.T) {
	r := Check(Post{Caption: "#ad Staking made simple", Jurisdiction: DE, Category: Crypto})
	if assert.Len(t, r.Findings, 2, "%v", r.Findings) {
		for _, f := range r.Findings {
			if f.Rule == RuleRestrictedPromotion {
				assert.Contains(t, f.Message, `"`+micaStatement+`"`)
				assert.Equal(t, "eu-mica", f.Source)
			}
		}
	}
}

// TestRestrictedPromotionSaysWhatIsMissing: each financial-promotion
// condition's finding says what the post lacks, cites the pack line's
// source, and the notice is an info.
func TestRestrictedPromotionSaysWhatIsMissing(t *testing.T) {
	rows := []struct {
		why      string
		post     Post
		severity influencekit.Severity
		source   string
		message  []string
	}{
		{"UK crypto without an approval reference",
			Post{Caption: "#ad Staking made simple. " + fcaWarning, Jurisdiction: UK}, influencekit.SeverityError, "fca-crypto-routes",
			[]string{`UK FCA rules require a sponsored post for crypto-assets to have the approval of "an FCA-authorised person (FSMA s21)`,
				"records none", "approval's reference"}},
		{"UK investment without an approval reference",
			Post{Caption: "#ad My ISA picks", Jurisdiction: UK, Category: Investment}, influencekit.SeverityError, "fca-fg24-1",
			[]string{"a sponsored post for financial instruments", `"an FCA-authorised person (FSMA s21)"`}},
		{"UK crypto with a refer-a-friend bonus",
			Post{Caption: "#ad Staking: refer a friend! " + fcaWarning, Jurisdiction: UK, Approval: "FRN 1"}, influencekit.SeverityError,
			"fca-crypto-promotions", []string{"UK FCA rules for crypto-assets bar offers of a reward for investing",
				`"refer a friend" is one`, "remove the offer"}},
		{"Indian mutual-fund post without a SEBI registration number",
			Post{Caption: "#ad My favourite mutual fund with Glow Invest", Jurisdiction: IN}, influencekit.SeverityError,
			"asci-finfluencers-2023", []string{"ASCI rules for financial instruments (CFDs, forex, shares) ask that " +
				`"a creator who gives investment-related advice is registered with SEBI and shows their SEBI registration number, ` +
				`name and qualifications prominently in the post"`, "neither the caption nor an overlay shows a registration number",
				"(INA or INH and 9 digits, such as INA000012345)", "add it to the post"}},
		{"Spanish crypto from 100,000 followers",
			Post{Caption: "Publicidad Compra bitcoin. " + cnmvWarning + " " + micaStatement, Jurisdiction: ES, Followers: 100000},
			influencekit.SeverityInfo, "es-cnmv-circular-1-2022",
			[]string{"Spanish CNMV rules require", "100,000 followers or more",
				`"the CNMV 10 working days before the campaign starts"`}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			var got []Finding
			for _, f := range Check(row.post).Findings {
				if f.Rule == RuleRestrictedPromotion {
					got = append(got, f)
				}
			}
			if assert.Len(t, got, 1, "%v", got) {
				assert.Equal(t, row.severity, got[0].Severity)
				assert.Equal(t, row.source, got[0].Source)
				for _, m := range row.message {
					assert.Contains(t, got[0].Message, m)
				}
			}
		})
	}
}

// categoryLineAuthorities names, for each source a built-in pack's
// category line cites, the authority whose rule that source states, as
// the findings' messages must name it: the regulator or law, not the
// pack's advertising authority (the UK pack's is the ASA/CMA, its crypto
// warning the FCA's). A law firm's commentary (fca-crypto-promotions,
// uk-lhf-2026) states the rule of the body it reports on.
var categoryLineAuthorities = map[string]string{
	"eu-mica":                 "European Union (MiCA)",
	"eu-avmsd":                "European Union (AVMSD)",
	"es-cnmv-circular-1-2022": "Spanish CNMV",
	"fr-loi-2023-451":         "French (Loi 2023-451)",
	"it-agcom-2025":           "Italian AGCOM",
	"fca-crypto-promotions":   "UK FCA",
	"fca-crypto-routes":       "UK FCA",
	"fca-fg24-1":              "UK FCA",
	"uk-lhf-2026":             "UK Government",
	"asci-finfluencers-2023":  "ASCI",
	"asci-vda-2022":           "ASCI",
}

// TestCategoryMessagesNameTheLineAuthority walks every category line of
// every built-in pack: a sponsored post that meets none of its
// category's lines gets one finding per line, and each finding's message
// starts with the authority of the source its line cites
// (categoryLineAuthorities), not the pack's.
func TestCategoryMessagesNameTheLineAuthority(t *testing.T) {
	tables := builtinTables()
	require.Len(t, tables, len(Jurisdictions()))
	lines := 0
	for _, tb := range tables {
		perCategory := map[Category]int{}
		for _, line := range tb.categories {
			perCategory[line.category]++
			want, ok := categoryLineAuthorities[line.source]
			if assert.True(t, ok, "%s: a category line cites %s, which categoryLineAuthorities lacks", tb.jurisdiction, line.source) {
				assert.Equal(t, want, tb.lineAuthority(int16(slices.Index(tb.categories, line))), "%s %s", tb.jurisdiction, line.source)
			}
		}
		for c, n := range perCategory {
			post := Post{Caption: tb.defaultLabel + " My pick this week, refer a friend", Jurisdiction: tb.jurisdiction,
				Connection: Paid, Category: c, Followers: 1e12}
			var got []Finding
			for _, f := range Check(post).Findings {
				if f.Rule == RuleProhibitedPromotion || f.Rule == RuleRestrictedPromotion {
					got = append(got, f)
				}
			}
			assert.Len(t, got, n, "%s %s: one finding per category line: %v", tb.jurisdiction, c, got)
			for _, f := range got {
				lines++
				want := categoryLineAuthorities[f.Source]
				assert.True(t, want != "" && strings.HasPrefix(f.Message, want+" rules "),
					"%s %s (%s): the message names %q first: %s", tb.jurisdiction, c, f.Source, want, f.Message)
			}
		}
	}
	assert.Positive(t, lines)
}

package disclosure

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
)

// minimalPack is the smallest pack that reads: the required directives.
const minimalPack = "jurisdiction XQ\nauthority \"Q Board\"\nsource ftc-faqs\nsuggest \"#q\"\nediting-label \"#qedit\"\nlabel \"#q\" clear paid\nediting \"#qedit\"\n"

// TestParsePackErrors: every way a pack can fail to read names the file,
// line and column and says what was expected.
func TestParsePackErrors(t *testing.T) {
	rows := []struct {
		why  string
		text string
		want string // the error text after "disclosure: invalid pack: "
	}{
		{why: "an unknown directive", text: minimalPack + "colour blue\n", want: `x.pack:8:1: expected a directive (`},
		{why: "a directive twice", text: minimalPack + "source ftc-101\n", want: `x.pack:8:1: a second "source"`},
		{why: "a required directive missing", text: "jurisdiction XQ\n", want: `x.pack:1:1: expected a line "authority ..."; the pack has none`},
		{why: "a lower-case code", text: strings.Replace(minimalPack, "XQ", "xq", 1), want: `x.pack:1:14: expected a code of two or three upper-case letters, found "xq"`},
		{why: "an unquoted authority", text: strings.Replace(minimalPack, `"Q Board"`, "Q", 1), want: `x.pack:2:11: expected a non-empty quoted string`},
		{why: "a value too many", text: strings.Replace(minimalPack, "source ftc-faqs", "source ftc-faqs ftc-101", 1), want: `x.pack:3:17: expected the end of the line after source's value`},
		{why: "an unknown source", text: strings.Replace(minimalPack, "ftc-faqs", "no-such-key", 1), want: `x.pack:3:8: expected a key of SOURCES.md that LookupSource knows, found "no-such-key"`},
		{why: "a misspelt source", text: strings.Replace(minimalPack, "ftc-faqs", "FTC_FAQs", 1), want: `x.pack:3:8: expected a SOURCES.md key (lower-case letters, digits and hyphens), found "FTC_FAQs"`},
		{why: "an unclosed string", text: minimalPack + "label \"#q clear paid\n", want: `x.pack:8:7: expected a closing "\""`},
		{why: "a bad escape", text: minimalPack + `label "#q\n" clear` + "\n", want: `x.pack:8:10: expected \" or \\ after a backslash`},
		{why: "no space after a string", text: minimalPack + "label \"#q\"clear\n", want: `x.pack:8:11: expected a space after a quoted string`},
		{why: "an unquoted pattern", text: minimalPack + "label #q clear paid\n", want: `x.pack:8:7: expected a quoted pattern after "label"`},
		{why: "a pattern without a literal start", text: minimalPack + "label \"{brand} partner\" clear paid\n", want: `x.pack:8:7: "{brand} partner": must start with a literal`},
		{why: "a label without a clarity", text: minimalPack + "label \"#q\" paid\n", want: `x.pack:8:16: expected a clarity (clear, ambiguous or vague) in a label row`},
		{why: "a misspelt clarity", text: minimalPack + "label \"#q\" cler paid\n", want: `x.pack:8:12: expected a clarity, a connection, a position, gift-clear, brand-named, lang=, source= or fix=, found "cler"`},
		{why: "two clarities", text: minimalPack + "label \"#q\" clear vague\n", want: `x.pack:8:18: a second clarity`},
		{why: "a clarity on a claim", text: minimalPack + "claim \"cures\" clear\n", want: `x.pack:8:15: expected a position (line-start, after-purchase, creator-voice, same-line), lang=, source= or fix=, found "clear"`},
		{why: "an unknown key", text: minimalPack + "label \"#q\" clear colour=red\n", want: `x.pack:8:18: expected lang=, source= or fix=, found "colour="`},
		{why: "a three-letter language", text: minimalPack + "label \"#q\" clear lang=eng\n", want: `x.pack:8:18: expected an ISO 639-1 code of two lower-case letters, found "eng"`},
		{why: "a trailing row with a position", text: minimalPack + "trailing \"q\" clear paid line-start\n", want: `x.pack:8:1: a trailing row takes only a clarity, a connection, lang= and source=`},
		{why: "an unknown shared section", text: minimalPack + "include en/nothing\n", want: `x.pack:8:9: expected a shared section (`},
		{why: "a bad regrading", text: minimalPack + "include en/claims loud\n", want: `x.pack:8:19: expected a clarity (clear, ambiguous or vague) to regrade the rows, found "loud"`},
		{why: "a brand tag without a clarity", text: minimalPack + "brand-tag \"partner\" paid\n", want: `x.pack:8:21: expected a clarity (clear, ambiguous or vague), found "paid"`},
		{why: "a brand tag with a hashtag", text: minimalPack + "brand-tag \"#partner\" clear\n", want: `x.pack:8:11: expected a suffix of letters and digits, found "#partner"`},
		{why: "an unknown document read against", text: minimalPack + "read-against ftc-faqs no-such-key\n", want: `x.pack:8:23: expected a key of SOURCES.md that LookupSource knows, found "no-such-key"`},
		{why: "a document read against twice", text: minimalPack + "read-against ftc-faqs ftc-faqs\n", want: `x.pack:8:23: "ftc-faqs" twice`},
		{why: "a buried run out of range", text: minimalPack + "buried-run 0\n", want: `x.pack:8:12: expected a whole number from 1 to 30, found "0"`},
		{why: "a duration without a unit", text: minimalPack + "verbal-within 30\n", want: `x.pack:8:15: expected a duration in whole seconds or minutes ("30s", "15m"), found "30"`},
		{why: "an unknown gift policy", text: minimalPack + "gift-without-control maybe\n", want: `x.pack:8:22: expected enough or not-enough, found "maybe"`},
		{why: "a key=value where a directive goes", text: minimalPack + "lang=de\n", want: `x.pack:8:1: expected a directive or a row, found "lang=de"`},
		{why: "a suggested label the pack does not call clear", text: strings.Replace(minimalPack, `suggest "#q"`, `suggest "#qq"`, 1), want: `x.pack:4:9: expected a clear label of the pack, found "#qq", which the pack reads otherwise`},
		{why: "an editing label the pack does not read as one", text: strings.Replace(minimalPack, `editing-label "#qedit"`, `editing-label "#q"`, 1), want: `x.pack:5:15: expected an editing row of the pack, found "#q", which the pack reads otherwise`},
		{why: "a threshold's unknown source", text: minimalPack + "buried-run 2 source=nope\n", want: `x.pack:8:14: expected a key of SOURCES.md that LookupSource knows, found "nope"`},
		{why: "a source on a directive that is no threshold", text: minimalPack + "language eo source=ftc-101\n", want: `x.pack:8:13: expected the end of the line after language's value`},
		{why: "a fold for an unknown platform", text: minimalPack + "fold myspace 100\n", want: `x.pack:8:6: expected a platform (instagram, tiktok, youtube, ...), found "myspace"`},
		{why: "a fold twice for a platform", text: minimalPack + "fold instagram 100\nfold Instagram 90\n", want: `x.pack:9:6: a second fold for instagram`},
		{why: "a fold without characters", text: minimalPack + "fold instagram\n", want: `x.pack:8:15: expected fold <platform> <characters>, such as fold instagram 125`},
		{why: "a category line with an unknown condition", text: minimalPack + "category crypto approve \"x\"\n",
			want: `x.pack:8:17: expected a condition (banned, banned-paid, adults-only, warning, approval, notify-from, no-inducement, registration-number), found "approve"`},
		{why: "an approval without whom it needs", text: minimalPack + "category crypto approval source=ftc-101\n",
			want: `x.pack:8:26: expected who must approve the post, quoted, after approval`},
		{why: "an approval at the end of the line", text: minimalPack + "category investment approval\n",
			want: `x.pack:8:29: expected who must approve the post, quoted, after approval`},
		{why: "a notice without a threshold", text: minimalPack + "category crypto notify-from \"the Board\"\n",
			want: `x.pack:8:29: expected a number of followers after notify-from`},
		{why: "a notice's threshold with a separator", text: minimalPack + "category crypto notify-from 100,000 \"the Board\"\n",
			want: `x.pack:8:29: expected a number of followers from 1 to 1000000000000, digits only, found "100,000"`},
		{why: "a notice's threshold of 0 would fire on an unknown count", text: minimalPack + "category crypto notify-from 0 \"the Board\"\n",
			want: `x.pack:8:29: expected a number of followers from 1 to 1000000000000, digits only, found "0"`},
		{why: "a notice's threshold with a sign", text: minimalPack + "category crypto notify-from +5 \"the Board\"\n",
			want: `x.pack:8:29: expected a number of followers from 1 to 1000000000000, digits only, found "+5"`},
		{why: "a notice without whom to notify", text: minimalPack + "category crypto notify-from 100000\n",
			want: `x.pack:8:35: expected whom to notify, and when, quoted, after notify-from`},
		{why: "no-inducement takes no text", text: minimalPack + "category crypto no-inducement \"bonus\"\n",
			want: `x.pack:8:31: expected exemption="..." (after a ban), approval-exempts (after an exemption), authority="..." (once, not empty) or source=key, found "bonus"`},
		{why: "an exemption belongs to a ban only", text: minimalPack + "category crypto approval \"the Board\" exemption=\"small firms\"\n",
			want: `x.pack:8:38: expected exemption="..." (after a ban), approval-exempts (after an exemption), authority="..." (once, not empty) or source=key, found "small firms"`},
		{why: "approval-exempts needs an exemption before it", text: minimalPack + "category crypto banned-paid approval-exempts\n",
			want: `x.pack:8:29: expected exemption="..." (after a ban), approval-exempts (after an exemption), authority="..." (once, not empty) or source=key, found "approval-exempts"`},
		{why: "approval-exempts twice", text: minimalPack + "category crypto banned-paid exemption=\"PSAN\" approval-exempts approval-exempts\n",
			want: `x.pack:8:63: expected exemption="..." (after a ban), approval-exempts (after an exemption), authority="..." (once, not empty) or source=key, found "approval-exempts"`},
		{why: "a line's authority twice", text: minimalPack + "category crypto no-inducement authority=\"A\" authority=\"B\"\n",
			want: `x.pack:8:45: expected exemption="..." (after a ban), approval-exempts (after an exemption), authority="..." (once, not empty) or source=key, found "B"`},
		{why: "a line's authority that names no one", text: minimalPack + "category crypto no-inducement authority=\" \"\n",
			want: `x.pack:8:31: expected exemption="..." (after a ban), approval-exempts (after an exemption), authority="..." (once, not empty) or source=key, found " "`},
		{why: "a registration number without its prefixes", text: minimalPack + "category investment registration-number 9 \"show it\"\n",
			want: `x.pack:8:41: expected the registration number's prefixes after registration-number, quoted, letters with | between them: "INA|INH"`},
		{why: "a registration number's prefix with a digit", text: minimalPack + "category investment registration-number \"IN1|INH\" 9 \"show it\"\n",
			want: `x.pack:8:41: expected the registration number's prefixes after registration-number, quoted, letters with | between them: "INA|INH"`},
		{why: "a registration number's empty alternative", text: minimalPack + "category investment registration-number \"INA|\" 9 \"show it\"\n",
			want: `x.pack:8:41: expected the registration number's prefixes`},
		{why: "a registration number without its digits", text: minimalPack + "category investment registration-number \"INA\" \"show it\"\n",
			want: `x.pack:8:47: expected how many digits follow the prefix, 1 to 20`},
		{why: "a registration number of no digits", text: minimalPack + "category investment registration-number \"INA\" 0 \"show it\"\n",
			want: `x.pack:8:47: expected how many digits follow the prefix, 1 to 20, found "0"`},
		{why: "a registration number of too many digits", text: minimalPack + "category investment registration-number \"INA\" 21 \"show it\"\n",
			want: `x.pack:8:47: expected how many digits follow the prefix, 1 to 20, found "21"`},
		{why: "a registration number without the requirement", text: minimalPack + "category investment registration-number \"INA\" 9\n",
			want: `x.pack:8:48: expected what the post must show, as the rule words it, quoted, after registration-number`},
		{why: "a registration number at the end of the line", text: minimalPack + "category investment registration-number\n",
			want: `x.pack:8:40: expected the registration number's prefixes`},
		{why: "an inducement row's pattern must be quoted", text: minimalPack + "inducement refer\n",
			want: `x.pack:8:12: expected a quoted pattern after "inducement"`},
		{why: "a CRLF line counts columns without the CR", text: strings.ReplaceAll(minimalPack, "\n", "\r\n") + "buried-run x\r\n", want: `x.pack:8:12: expected a whole number from 1 to 30, found "x"`},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			_, err := ParsePack("x.pack", []byte(row.text))
			require.Error(t, err)
			assert.ErrorIs(t, err, ErrInvalidPack)
			var pe *PackError
			require.True(t, errors.As(err, &pe))
			assert.Equal(t, "x.pack", pe.File)
			assert.Contains(t, err.Error(), "disclosure: invalid pack: "+row.want)
		})
	}
}

// TestParseRowsErrors: a shared rows file's problems name its own file and
// line.
func TestParseRowsErrors(t *testing.T) {
	rows := []struct {
		why, text, want string
	}{
		{why: "a row before any section", text: "claim \"cures\"\n", want: "en.rows:1:1: expected a [section] before the first row"},
		{why: "a section twice", text: "[a]\n[a]\n", want: `en.rows:2:1: a second section "[a]"`},
		{why: "an unclosed section", text: "[a\n", want: "en.rows:1:1: expected a section name in brackets: [name]"},
		{why: "a directive in a rows file", text: "[a]\nsource ftc-101\n", want: `en.rows:2:1: expected a row (label, not-label, denial, negation, answer, opener, editing, claim, cue, trailing, clause) or [section], found "source"`},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			err := parseRows("en.rows", row.text, map[string][]termRow{})
			require.ErrorIs(t, err, ErrInvalidPack)
			assert.Contains(t, err.Error(), row.want)
		})
	}
}

// TestParsePackReadsEveryField reads a pack that uses every directive and
// row attribute and checks what each became.
func TestParsePackReadsEveryField(t *testing.T) {
	text := minimalPack + `# a comment line
language eo
claim-citation "Q Code 3"
claim-source ftc-guides
mismatch-sources asa-influencers-guide ftc-faqs
buried-run 4
max-tags-before 2
verbal-within 20s
live-gap 10m source=ftc-101
gift-without-control enough
fold instagram 60 source=caption-truncation
fold tiktok 0

label "#q" clear paid lang=eo source=ftc-101 fix="#qq" line-start gift-clear brand-named
label "q \"quoted\" \\ {brand}" ambiguous affiliate after-purchase
not-label "ne q" same-line
editing "#qedit"
claim "cures" creator-voice
cue "shop"
trailing "q" vague gift lang=eo
brand-tag "q" clear paid
brand-tag "qpartner" vague
include en/claims
`
	p, err := ParsePack("q.pack", []byte(text))
	require.NoError(t, err)
	tab := &p.table
	assert.Equal(t, "XQ", p.Code())
	assert.Equal(t, "Q Board", p.Authority())
	assert.Equal(t, "ftc-faqs", p.Source())
	assert.Equal(t, "#q", p.SuggestedLabel())
	assert.Equal(t, "eo", p.Language())
	assert.True(t, p.GiftWithoutControl())
	assert.Equal(t, "#qedit", tab.editingLabel)
	assert.Equal(t, "Q Code 3", tab.claimCitation)
	assert.Equal(t, "ftc-guides", tab.claimSource)
	assert.Equal(t, "asa-influencers-guide, ftc-faqs", tab.mismatchSources())
	assert.Equal(t, 4, tab.buriedRun)
	assert.Equal(t, 2, tab.maxTagsBefore)
	assert.Equal(t, 20*time.Second, tab.verbalWithin)
	assert.Equal(t, 10*time.Minute, tab.liveGap)
	assert.Equal(t, map[string]string{"live-gap": "ftc-101"}, tab.thresholdSources)
	assert.Equal(t, []packFold{{platform: influencekit.Instagram, chars: 60, source: "caption-truncation"}, {platform: influencekit.TikTok, chars: 0, source: "ftc-faqs"}}, tab.folds)
	want := []termRow{
		{pattern: "#q", kind: termLabel, clarity: Clear, connection: Paid},
		{pattern: "#qedit", kind: termEditing},
		{pattern: "#q", kind: termLabel, clarity: Clear, connection: Paid, lang: "eo", source: "ftc-101", fix: "#qq", position: lineStart, giftClear: true, brandNamed: true},
		{pattern: `q "quoted" \ {brand}`, kind: termLabel, clarity: Ambiguous, connection: Affiliate, position: afterPurchase},
		{pattern: "ne q", kind: termNotLabel, position: sameLine},
		{pattern: "#qedit", kind: termEditing},
		{pattern: "cures", kind: termClaim, position: creatorVoice},
		{pattern: "shop", kind: termCue},
	}
	want = append(want, trailingLabelRows("q", Vague, Gift, "eo", "")...)
	shared, err := sharedRows()
	require.NoError(t, err)
	want = append(want, shared["en/claims"]...)
	assert.Equal(t, want, tab.terms)
	assert.Equal(t, []brandTagRow{{suffix: "q", clarity: Clear, connection: Paid}, {suffix: "qpartner", clarity: Vague}}, tab.brandTags)
}

// TestIncludeRegrades: "include <section> <clarity>" regrades every row
// of the section, as the UK pack reads the affiliate mentions as vague.
func TestIncludeRegrades(t *testing.T) {
	p, err := ParsePack("q.pack", []byte(minimalPack+"include en/affiliate-mentions vague\n"))
	require.NoError(t, err)
	shared, err := sharedRows()
	require.NoError(t, err)
	require.Len(t, p.table.terms, 2+len(shared["en/affiliate-mentions"]))
	for i, row := range p.table.terms[2:] {
		assert.Equal(t, Vague, row.clarity, row.pattern)
		row.clarity = shared["en/affiliate-mentions"][i].clarity
		assert.Equal(t, shared["en/affiliate-mentions"][i], row)
	}
}

// packSourceKey finds the SOURCES.md keys a pack or rows file names.
var packSourceKey = regexp.MustCompile(`(?m)(?:\bsource=|^source |^claim-source )([a-z0-9-]+)|^(?:mismatch-sources|read-against) (.+)$`)

// TestPackSourcesAreInSourcesMD: every SOURCES.md key a built-in pack or
// rows file names is filed in SOURCES.md.
func TestPackSourcesAreInSourcesMD(t *testing.T) {
	md, err := os.ReadFile("../SOURCES.md")
	require.NoError(t, err)
	names, err := fs.Glob(packFiles, "packs/*")
	require.NoError(t, err)
	keys := 0
	for _, name := range names {
		if path.Ext(name) != ".pack" && path.Ext(name) != ".rows" {
			continue
		}
		data, err := packFiles.ReadFile(name)
		require.NoError(t, err)
		for _, m := range packSourceKey.FindAllStringSubmatch(string(data), -1) {
			for _, key := range strings.Fields(m[1] + " " + m[2]) {
				keys++
				assert.Contains(t, string(md), "| `"+key+"` |", "%s names %s, which SOURCES.md does not file", name, key)
			}
		}
	}
	assert.Greater(t, keys, 8, "every pack names its source")
}

// TestBuiltinPacks: each declared jurisdiction's pack is read once, and
// its facts are those the other packages read.
func TestBuiltinPacks(t *testing.T) {
	rows := []struct {
		j                  Jurisdiction
		label, authority   string
		giftWithoutControl bool
	}{
		{j: US, label: "#ad", authority: "US FTC"},
		{j: UK, label: "#ad", authority: "UK ASA/CMA", giftWithoutControl: true},
		{j: DE, label: "Werbung", authority: "German media authorities'"},
		{j: FR, label: "Publicité", authority: "French (Loi 2023-451)"},
		{j: ES, label: "Publicidad", authority: "Spanish Autocontrol"},
		{j: IT, label: "Pubblicità", authority: "Italian IAP Digital Chart"},
		{j: NL, label: "#ad", authority: "Dutch Reclame Code"},
		{j: IE, label: "#ad", authority: "Irish ASAI/CCPC"},
		{j: CA, label: "#ad", authority: "Ad Standards Canada"},
		{j: AU, label: "#ad", authority: "AANA Code of Ethics (Ad Standards)"},
		{j: IN, label: "#ad", authority: "ASCI"},
		{j: BR, label: "#publi", authority: "CONAR"},
		{j: BE, label: "#reclame", authority: "Belgian JEP / FOD Economie", giftWithoutControl: true},
	}
	require.Len(t, rows, len(Jurisdictions()), "a row per declared jurisdiction")
	for _, row := range rows {
		t.Run(row.j.String(), func(t *testing.T) {
			p, ok := LookupPack(row.j)
			require.True(t, ok)
			assert.Equal(t, row.j.String(), p.Code())
			assert.Equal(t, row.label, p.SuggestedLabel())
			assert.Equal(t, row.authority, p.Authority())
			assert.Equal(t, row.giftWithoutControl, p.GiftWithoutControl())
			again, _ := LookupPack(row.j)
			assert.Same(t, p, again, "read once")
		})
	}
	_, ok := LookupPack(Jurisdiction(200))
	assert.False(t, ok, "no pack for an undeclared value")
}

// TestCheckersShareTheBuiltinTables: a Checker whose options add no pack
// and no term uses the built-in packs' compiled tables, not copies; one
// that overrides a pack or adds a term recompiles only that jurisdiction.
func TestCheckersShareTheBuiltinTables(t *testing.T) {
	a, err := NewChecker(Options{})
	require.NoError(t, err)
	b, err := NewChecker(Options{Off: []Rule{RuleNotUpfront}})
	require.NoError(t, err)
	for _, j := range Jurisdictions() {
		assert.Same(t, a.tables[j], b.tables[j], "%s", j)
	}
	c, err := NewChecker(Options{Terms: []Term{{Jurisdiction: DE, Text: "#werbepartner", Clarity: Clear, Connection: Paid}}})
	require.NoError(t, err)
	for _, j := range Jurisdictions() {
		if j == DE {
			assert.NotSame(t, a.tables[j], c.tables[j], "DE has the team's term")
		} else {
			assert.Same(t, a.tables[j], c.tables[j], "%s", j)
		}
	}
}

// TestPackForAMarketTheLibraryLacks loads a pack for a fictional market at
// run time: a Checker with it checks posts of that market by its own
// rules, and Checkers without it do not know the market.
func TestPackForAMarketTheLibraryLacks(t *testing.T) {
	data, err := os.ReadFile("testdata/packs/xr.pack")
	require.NoError(t, err)
	p, err := ParsePack("xr.pack", data)
	require.NoError(t, err)
	c, err := NewChecker(Options{Packs: []*Pack{p}})
	require.NoError(t, err)
	xr, err := c.Jurisdiction("xr")
	require.NoError(t, err)
	assert.GreaterOrEqual(t, int(xr), len(Jurisdictions()), "a value no built-in jurisdiction has")
	de, err := c.Jurisdiction("DE")
	require.NoError(t, err)
	assert.Equal(t, DE, de)
	_, err = defaultChecker().Jurisdiction("XR")
	assert.ErrorIs(t, err, ErrUnknownJurisdiction, "only the Checker with the pack knows the market")

	r := c.Check(Post{Caption: "#reklamo Mia nova serumo", Jurisdiction: xr})
	assert.True(t, r.Compliant())
	assert.Empty(t, r.Findings, "no fallback finding: the market has its pack")
	require.Len(t, r.Disclosures, 1)
	assert.Equal(t, Clear, r.Disclosures[0].Clarity)
	assert.Equal(t, "Reklamo Mia nova serumo", c.Autofix(Post{Caption: "Mia nova serumo", Jurisdiction: xr}))

	r = Check(Post{Caption: "#reklamo Mia nova serumo", Jurisdiction: xr})
	assert.False(t, r.Compliant(), "without the pack the market falls back to the US rules")

	// Terms join the team's own market too.
	c, err = NewChecker(Options{Packs: []*Pack{p}, Terms: []Term{{Jurisdiction: xr, Text: "#rk", Clarity: Clear, Connection: Paid}}})
	require.NoError(t, err)
	assert.True(t, c.Check(Post{Caption: "#rk Mia nova serumo", Jurisdiction: xr}).Compliant())
}

// TestPackOverridesABuiltinPack: a team's pack for a built-in code replaces
// that pack in its Checker only.
func TestPackOverridesABuiltinPack(t *testing.T) {
	p, err := ParsePack("de.pack", []byte("jurisdiction DE\nauthority \"Team DE\"\nsource de-leitfaden\nsuggest \"#anzeige\"\nediting-label \"#bearbeitet\"\nlabel \"#anzeige\" clear paid\nediting \"#bearbeitet\"\n"))
	require.NoError(t, err)
	c, err := NewChecker(Options{Packs: []*Pack{p}})
	require.NoError(t, err)
	r := c.Check(Post{Caption: "Werbung: Mein Serum", Jurisdiction: DE})
	assert.False(t, r.Compliant(), "the team's pack knows only #anzeige")
	assert.Equal(t, "#anzeige Werbung: Mein Serum", c.Autofix(Post{Caption: "Werbung: Mein Serum", Jurisdiction: DE}))
	assert.True(t, c.Check(Post{Caption: "#anzeige Mein Serum", Jurisdiction: DE}).Compliant())
	assert.True(t, Check(Post{Caption: "Werbung: Mein Serum", Jurisdiction: DE}).Compliant(), "the built-in pack is untouched")
}

// TestOptionsPacksErrors: unusable Packs entries.
func TestOptionsPacksErrors(t *testing.T) {
	p, err := ParsePack("q.pack", []byte(minimalPack))
	require.NoError(t, err)
	rows := []struct {
		why   string
		packs []*Pack
		want  string
	}{
		{why: "one code twice", packs: []*Pack{p, p}, want: "Packs[1] repeats the code XQ of Packs[0]"},
		{why: "a nil pack", packs: []*Pack{nil}, want: "Packs[0] is not a pack ParsePack read"},
		{why: "a zero pack", packs: []*Pack{{}}, want: "Packs[0] is not a pack ParsePack read"},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			_, err := NewChecker(Options{Packs: row.packs})
			require.ErrorIs(t, err, ErrInvalidPack)
			assert.Contains(t, err.Error(), row.want)
		})
	}
}

// FuzzPack reads arbitrary text as a pack: ParsePack either returns a
// pack that a Checker compiles and checks with, or a *PackError whose
// line and column lie inside the text.
func FuzzPack(f *testing.F) {
	// The fictional market's pack, not the built-in ones: each of those
	// includes hundreds of shared rows, and compiling them would leave the
	// fuzzer a few runs a second. testdata/fuzz/FuzzPack holds more seeds.
	xr, err := os.ReadFile("testdata/packs/xr.pack")
	require.NoError(f, err)
	f.Add(string(xr))
	f.Add(minimalPack)
	f.Add(minimalPack + "label \"#q\" clear paid\ninclude en/claims vague\n")
	f.Add(minimalPack + "clause subject \"mi\"\nclause recipient \"al+mi\"\nclause gives \"sendis\" gift participle alone\n")
	f.Add(minimalPack + "category crypto approval \"the Board\"\ncategory crypto notify-from 50000 \"the Board\" source=ftc-101\n" +
		"category crypto no-inducement\ninducement \"refer a friend\"\nproduct \"bitcoin\" crypto\n" +
		"category investment registration-number \"INA|INH\" 9 \"show it\" authority=\"SEBI\"\n")
	f.Fuzz(func(t *testing.T, text string) {
		p, err := ParsePack("f.pack", []byte(text))
		if err != nil {
			var pe *PackError
			require.ErrorAs(t, err, &pe)
			lines := strings.Split(text, "\n")
			require.LessOrEqual(t, pe.Line, len(lines), "%v", err)
			require.GreaterOrEqual(t, pe.Line, 1)
			require.GreaterOrEqual(t, pe.Col, 1)
			require.LessOrEqual(t, pe.Col, len(lines[pe.Line-1])+1, "%v", err)
			return
		}
		c, err := NewChecker(Options{Packs: []*Pack{p}})
		require.NoError(t, err, "a pack that reads compiles")
		j, err := c.Jurisdiction(p.Code())
		require.NoError(t, err)
		c.Check(Post{Caption: "#ad " + p.SuggestedLabel() + " serum", Jurisdiction: j})
	})
}

// TestReadmeExampleReads: the complete example in packs/README.md is a
// pack that reads, and the package doc's example is a part of it.
func TestReadmeExampleReads(t *testing.T) {
	md, err := os.ReadFile("packs/README.md")
	require.NoError(t, err)
	_, after, ok := strings.Cut(string(md), "## A complete example\n\n```\n")
	require.True(t, ok, "the README has its complete example")
	example, _, ok := strings.Cut(after, "```")
	require.True(t, ok)
	p, err := ParsePack("README.md", []byte(example))
	require.NoError(t, err)
	assert.Equal(t, "XR", p.Code())
	for _, directive := range directiveNames() {
		assert.Contains(t, example, "\n"+directive+" ", "the complete example uses %s", directive)
	}
	for kind := range rowKinds {
		assert.Contains(t, example, "\n"+kind+" ", "the complete example has a %s row", kind)
	}
	for _, line := range []string{"trailing", "brand-tag", "include", "fold", "clause"} {
		assert.Contains(t, example, "\n"+line+" ", "the complete example has a %s line", line)
	}
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	_, docExample, ok := strings.Cut(string(doc), "// # Packs\n")
	require.True(t, ok)
	docExample, _, _ = strings.Cut(docExample, "\n// # ")
	lines := 0
	for _, line := range strings.Split(docExample, "\n") {
		line, ok := strings.CutPrefix(line, "//\t")
		if !ok {
			continue
		}
		lines++
		assert.Contains(t, example, "\n"+line+"\n", "the package doc's example line %q is the README's", line)
	}
	assert.Greater(t, lines, 10, "the package doc has its example")
}

// TestDocListsEveryPack: the package doc's table of jurisdictions has a
// line for each built-in pack and none for another code.
func TestDocListsEveryPack(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	require.NoError(t, err)
	_, section, ok := strings.Cut(string(doc), "// # Jurisdictions\n")
	require.True(t, ok)
	section, _, _ = strings.Cut(section, "// # ")
	var codes []string
	for _, line := range strings.Split(section, "\n") {
		if m := regexp.MustCompile(`^//\t([A-Z]{2,3})  `).FindStringSubmatch(line); m != nil {
			codes = append(codes, m[1])
		}
	}
	var want []string
	for _, j := range Jurisdictions() {
		want = append(want, j.String())
	}
	assert.Equal(t, want, codes)
}

// TestPackFoldAndOptions: a pack's fold applies to its jurisdiction's
// posts on that platform; Options.Fold overrides it.
func TestPackFoldAndOptions(t *testing.T) {
	p, err := ParsePack("q.pack", []byte(minimalPack+"fold instagram 10\nfold x 10\n"))
	require.NoError(t, err)
	caption := "My new serum, so good #q"
	rows := []struct {
		why      string
		opts     Options
		platform influencekit.Platform
		want     []Rule
	}{
		{why: "the pack's fold puts the label below it", platform: influencekit.Instagram, want: []Rule{RuleBelowFold}},
		{why: "a platform without a fold of its own gets the pack's", platform: influencekit.X, want: []Rule{RuleBelowFold}},
		{why: "a platform the pack does not name keeps its own fold", platform: influencekit.TikTok, want: []Rule{RuleNotUpfront}},
		{why: "Options.Fold wins over the pack's", opts: Options{Fold: map[influencekit.Platform]int{influencekit.Instagram: 125}}, platform: influencekit.Instagram, want: []Rule{RuleNotUpfront}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			row.opts.Packs = []*Pack{p}
			c, err := NewChecker(row.opts)
			require.NoError(t, err)
			xq, err := c.Jurisdiction("XQ")
			require.NoError(t, err)
			var got []Rule
			for _, f := range c.Check(Post{Caption: caption, Jurisdiction: xq, Platform: row.platform}).Findings {
				got = append(got, f.Rule)
			}
			assert.Equal(t, row.want, got)
		})
	}
}

// TestCategoryLineAuthority: a loaded pack's category line that names
// its authority has its findings' messages start with it; one that names
// none, with the pack's.
func TestCategoryLineAuthority(t *testing.T) {
	p, err := ParsePack("xr.pack", []byte(minimalPack+"category crypto warning \"Riskas.\" source=ftc-101\n"+
		"category crypto notify-from 50000 \"the Board\" authority=\"Ruritanian Securities Board\" source=ftc-101\n"))
	require.NoError(t, err)
	c, err := NewChecker(Options{Packs: []*Pack{p}})
	require.NoError(t, err)
	j, err := c.Jurisdiction("XQ")
	require.NoError(t, err)
	r := c.Check(Post{Caption: "#q my coins", Jurisdiction: j, Connection: Paid, Category: Crypto, Followers: 50000})
	var got []string
	for _, f := range r.Findings {
		if f.Rule == RuleRestrictedPromotion {
			got = append(got, f.Message)
		}
	}
	if assert.Len(t, got, 2, "%v", r.Findings) {
		assert.True(t, strings.HasPrefix(got[0], p.Authority()+" rules require this warning"), got[0])
		assert.True(t, strings.HasPrefix(got[1], "Ruritanian Securities Board rules require a campaign"), got[1])
	}
}

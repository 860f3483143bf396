package disclosure_test

import (
	"errors"
	"slices"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/disclosure"
)

func TestNewCheckerOptions(t *testing.T) {
	late := disclosure.Post{Caption: "Loving this serum #ad", Platform: ig}
	farLate := disclosure.Post{Caption: prefix(130) + "#ad", Platform: ig}
	rows := []struct {
		why   string
		opts  disclosure.Options
		post  disclosure.Post
		rules []disclosure.Rule
		sev   []influencekit.Severity
		ok    bool
	}{
		{why: "default policy: a late label is an error", post: late,
			rules: []disclosure.Rule{notUpfront}, sev: []influencekit.Severity{influencekit.SeverityError}},
		{why: "a team that only needs the label above the fold demotes not-upfront", post: late,
			opts:  disclosure.Options{Severity: map[disclosure.Rule]influencekit.Severity{notUpfront: influencekit.SeverityInfo}},
			rules: []disclosure.Rule{notUpfront}, sev: []influencekit.Severity{influencekit.SeverityInfo}, ok: true},
		{why: "that team still fails a label below the fold", post: farLate,
			opts:  disclosure.Options{Severity: map[disclosure.Rule]influencekit.Severity{notUpfront: influencekit.SeverityInfo}},
			rules: []disclosure.Rule{belowFold}, sev: []influencekit.Severity{influencekit.SeverityError}},
		{why: "a rule turned off is not reported", post: late,
			opts: disclosure.Options{Off: []disclosure.Rule{notUpfront}}, ok: true},
		{why: "a wider fold moves the cut", post: farLate,
			opts:  disclosure.Options{Fold: map[influencekit.Platform]int{influencekit.Instagram: 200}},
			rules: []disclosure.Rule{notUpfront}, sev: []influencekit.Severity{influencekit.SeverityError}},
		{why: "a fold of 0 turns below-fold off for the platform", post: farLate,
			opts:  disclosure.Options{Fold: map[influencekit.Platform]int{influencekit.Instagram: 0}},
			rules: []disclosure.Rule{notUpfront}, sev: []influencekit.Severity{influencekit.SeverityError}},
		{why: "a fold for a platform without one adds it, in code points", post: disclosure.Post{Caption: prefix(30) + "#ad", Platform: influencekit.Threads},
			opts:  disclosure.Options{Fold: map[influencekit.Platform]int{influencekit.Threads: 30}},
			rules: []disclosure.Rule{belowFold}, sev: []influencekit.Severity{influencekit.SeverityError}},
		{why: "below-fold turned off leaves the late label to not-upfront, not to silence", post: farLate,
			opts:  disclosure.Options{Off: []disclosure.Rule{belowFold}},
			rules: []disclosure.Rule{notUpfront}, sev: []influencekit.Severity{influencekit.SeverityError}},
		{why: "claims can be raised to errors", post: disclosure.Post{Caption: "#ad clinically proven"},
			opts:  disclosure.Options{Severity: map[disclosure.Rule]influencekit.Severity{claim: influencekit.SeverityError}},
			rules: []disclosure.Rule{claim}, sev: []influencekit.Severity{influencekit.SeverityError}},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			c, err := disclosure.NewChecker(row.opts)
			require.NoError(t, err)
			r := c.Check(row.post)
			assert.Equal(t, row.rules, ruleList(r))
			var sev []influencekit.Severity
			for _, f := range r.Findings {
				sev = append(sev, f.Severity)
			}
			assert.Equal(t, row.sev, sev)
			assert.Equal(t, row.ok, r.Compliant())
		})
	}
}

func TestNewCheckerErrors(t *testing.T) {
	rows := []struct {
		why  string
		opts disclosure.Options
		want error
	}{
		{why: "a misspelt rule in Severity", opts: disclosure.Options{Severity: map[disclosure.Rule]influencekit.Severity{"not-up-front": influencekit.SeverityInfo}}, want: disclosure.ErrUnknownRule},
		{why: "a misspelt rule in Off", opts: disclosure.Options{Off: []disclosure.Rule{"burried-disclosure"}}, want: disclosure.ErrUnknownRule},
		{why: "a severity above error", opts: disclosure.Options{Severity: map[disclosure.Rule]influencekit.Severity{notUpfront: 7}}, want: disclosure.ErrInvalidOption},
		{why: "a negative fold", opts: disclosure.Options{Fold: map[influencekit.Platform]int{influencekit.TikTok: -1}}, want: disclosure.ErrInvalidOption},
	}
	for _, row := range rows {
		t.Run(row.why, func(t *testing.T) {
			c, err := disclosure.NewChecker(row.opts)
			assert.Nil(t, c)
			assert.ErrorIs(t, err, row.want)
		})
	}
}

func TestCheckerIgnoresLaterChangesToOptions(t *testing.T) {
	opts := disclosure.Options{Severity: map[disclosure.Rule]influencekit.Severity{notUpfront: influencekit.SeverityInfo}}
	c, err := disclosure.NewChecker(opts)
	require.NoError(t, err)
	opts.Severity[notUpfront] = influencekit.SeverityError
	assert.True(t, c.Check(disclosure.Post{Caption: "Loving this #ad"}).Compliant(), "the Checker copied its policy")
}

func TestCheckConcurrent(t *testing.T) {
	rows := captionRows()
	want := make([]disclosure.Report, len(rows))
	for i, row := range rows {
		want[i] = disclosure.Check(row.post)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i, row := range rows {
				assert.Equal(t, want[i], disclosure.Check(row.post))
			}
		})
	}
	wg.Wait()
}

func TestRulesDefaults(t *testing.T) {
	want := map[disclosure.Rule]influencekit.Severity{
		missing: influencekit.SeverityError, vague: influencekit.SeverityError, ambiguous: influencekit.SeverityWarning,
		notUpfront: influencekit.SeverityError, belowFold: influencekit.SeverityError, buried: influencekit.SeverityError,
		disclosure.RuleMissingVerbalDisclosure: influencekit.SeverityError, disclosure.RuleLiveDisclosureGap: influencekit.SeverityError,
		editing: influencekit.SeverityError, claim: influencekit.SeverityWarning, obfuscated: influencekit.SeverityWarning,
		disclosure.RuleLanguageMismatch: influencekit.SeverityWarning, fallback: influencekit.SeverityInfo,
		disclosure.RuleMismatchedDisclosure: influencekit.SeverityError, disclosure.RuleUndisclosedAIContent: influencekit.SeverityError,
		disclosure.RuleLabelNotThroughout: influencekit.SeverityError, disclosure.RuleMissingPlatformLabel: influencekit.SeverityWarning,
		disclosure.RuleProhibitedPromotion: influencekit.SeverityError, disclosure.RuleRestrictedPromotion: influencekit.SeverityError,
		disclosure.RuleIncentivizedReview: influencekit.SeverityError, disclosure.RuleDeniedConnection: influencekit.SeverityError,
	}
	got := map[disclosure.Rule]influencekit.Severity{}
	for _, info := range disclosure.Rules() {
		got[info.Rule] = info.Severity
	}
	assert.Equal(t, want, got, "API.md's rule table")
	rs := disclosure.Rules()
	rs[0].Severity = influencekit.SeverityInfo
	assert.Equal(t, influencekit.SeverityError, disclosure.Rules()[0].Severity, "Rules returns a copy")
}

// TestContractWordings pins what package contract relies on: the wordings a
// contract requires are clear labels on their own in the US, and how each
// other jurisdiction grades them (on purpose: the UK calls "Sponsored"
// risky, Germany "#ad", France wants French, Italy's Digital Chart wants
// the sponsor named after "Sponsored").
func TestContractWordings(t *testing.T) {
	wordings := []string{"#ad", "#sponsored", "Ad:", "Advertisement", "Sponsored", "Paid partnership with Glow Co", "#glowcopartner"}
	// notClear lists, per jurisdiction, the wordings that are not clear
	// there; every other wording is clear and compliant.
	notClear := map[disclosure.Jurisdiction][]string{
		disclosure.UK: {"#sponsored", "Sponsored", "#glowcopartner"},
		disclosure.DE: {"#ad", "#sponsored", "Ad:", "Advertisement", "Sponsored", "#glowcopartner"},
		disclosure.FR: {"#glowcopartner"},
		disclosure.ES: {"#glowcopartner"},
		disclosure.IT: {"#sponsored", "Advertisement", "Sponsored", "#glowcopartner"},
		disclosure.IE: {"#sponsored", "Sponsored", "#glowcopartner"},
		disclosure.AU: {"#glowcopartner"},
		disclosure.IN: {"#glowcopartner"},
		disclosure.BR: {"#glowcopartner"},
		disclosure.BE: {"#ad", "#sponsored", "Ad:", "Advertisement", "Sponsored", "Paid partnership with Glow Co", "#glowcopartner"},
	}
	for _, j := range disclosure.Jurisdictions() {
		for _, wording := range wordings {
			r := disclosure.Check(disclosure.Post{Caption: wording, Brand: "Glow Co", Jurisdiction: j})
			if slices.Contains(notClear[j], wording) {
				for _, l := range r.Disclosures {
					assert.NotEqual(t, disclosure.Clear, l.Clarity, "%q in %s", wording, j)
				}
				continue
			}
			require.NotEmpty(t, r.Disclosures, "%q in %s", wording, j)
			assert.Equal(t, disclosure.Clear, r.Disclosures[0].Clarity, "%q in %s", wording, j)
			assert.True(t, r.Compliant(), "%q in %s", wording, j)
		}
	}
	// Without a Brand the generic wordings stay clear; "Paid partnership"
	// is the label then. A brand hashtag needs the Brand to be known.
	for _, wording := range []string{"#ad", "Ad:", "Sponsored", "Paid partnership with Glow Co"} {
		r := disclosure.Check(disclosure.Post{Caption: wording})
		require.NotEmpty(t, r.Disclosures, "%q without a brand", wording)
		assert.Equal(t, disclosure.Clear, r.Disclosures[0].Clarity, "%q without a brand", wording)
	}
	assert.Empty(t, disclosure.Check(disclosure.Post{Caption: "#glowcopartner"}).Disclosures, "a brand tag without the Brand is not a label")
	for _, wording := range []string{"#spon", "#collab", "thanks @glowco", "#gifted"} {
		r := disclosure.Check(disclosure.Post{Caption: wording, Brand: "Glow Co"})
		for _, l := range r.Disclosures {
			assert.NotEqual(t, disclosure.Clear, l.Clarity, "%q is not clear", wording)
		}
	}
}

func TestEnumsText(t *testing.T) {
	for _, j := range disclosure.Jurisdictions() {
		b, err := j.MarshalText()
		require.NoError(t, err)
		var back disclosure.Jurisdiction
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, j, back)
	}
	assert.Equal(t, []disclosure.Jurisdiction{disclosure.US, disclosure.UK, disclosure.DE, disclosure.FR, disclosure.ES, disclosure.IT, disclosure.NL, disclosure.IE, disclosure.CA, disclosure.AU, disclosure.IN, disclosure.BR, disclosure.BE}, disclosure.Jurisdictions())
	assert.Equal(t, "US", disclosure.Jurisdiction(0).String(), "the zero value is US")
	j, err := disclosure.ParseJurisdiction("gb")
	require.NoError(t, err)
	assert.Equal(t, disclosure.UK, j, "GB is an alias of UK")
	for code, want := range map[string]disclosure.Jurisdiction{"ca": disclosure.CA, "AU": disclosure.AU, "In": disclosure.IN, "br": disclosure.BR, "BE": disclosure.BE} {
		j, err := disclosure.ParseJurisdiction(code)
		require.NoError(t, err, code)
		assert.Equal(t, want, j, "%s: the new markets' codes read in any case", code)
	}
	_, err = disclosure.ParseJurisdiction("MX")
	assert.ErrorIs(t, err, disclosure.ErrUnknownJurisdiction, "a market without a pack is no jurisdiction")
	j = disclosure.FR
	err = j.UnmarshalText([]byte("Atlantis"))
	assert.ErrorIs(t, err, disclosure.ErrUnknownJurisdiction)
	assert.Equal(t, disclosure.FR, j, "left unchanged on error")
	_, err = disclosure.Jurisdiction(99).MarshalText()
	assert.ErrorIs(t, err, disclosure.ErrUnknownJurisdiction)
	assert.Equal(t, "jurisdiction(99)", disclosure.Jurisdiction(99).String())

	for _, c := range []disclosure.Clarity{disclosure.UnknownClarity, disclosure.Clear, disclosure.Ambiguous, disclosure.Vague} {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back disclosure.Clarity
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back)
	}
	assert.Equal(t, "clear", disclosure.Clear.String())
	_, err = disclosure.ParseClarity("crystal")
	assert.True(t, errors.Is(err, disclosure.ErrUnknownClarity))

	for _, c := range []disclosure.Connection{disclosure.UnknownConnection, disclosure.Paid, disclosure.Gift, disclosure.Affiliate} {
		b, err := c.MarshalText()
		require.NoError(t, err)
		var back disclosure.Connection
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, c, back)
	}
	assert.Equal(t, "affiliate", disclosure.Affiliate.String())
	_, err = disclosure.ParseConnection("barter")
	assert.ErrorIs(t, err, disclosure.ErrUnknownConnection)
}

func TestCheckOutOfRangeJurisdiction(t *testing.T) {
	r := disclosure.Check(disclosure.Post{Caption: "#ad hi", Jurisdiction: 200})
	assert.Equal(t, []disclosure.Rule{fallback}, ruleList(r), "an undeclared jurisdiction falls back like the others")
	assert.NotContains(t, r.Findings[0].Message, "jurisdiction(200)", "a message never shows an undeclared value raw")
	assert.Contains(t, r.Findings[0].Message, "not a declared one")
}

package influencekit_test

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/pricing"
	"github.com/influencekit/influencekit/tier"
)

const (
	maxI = math.MaxInt64
	minI = math.MinInt64
)

// invalidUTF8 holds a stray continuation byte, a truncated sequence and an
// overlong encoding of '/', each able to trip code that assumes valid text.
const invalidUTF8 = "\x80 #ad \xe2\x82 caf\xc3 \xc0\xaf \xff"

// badInput is one call with input a careless or hostile caller could send,
// and whether the call must fail with an error.
type badInput struct {
	why       string
	call      func() error
	wantError bool
}

// deeplyNested returns n opening brackets of JSON arrays under key, never
// closed: the shape that overflows recursive parsers.
func deeplyNested(key string, n int) []byte {
	return []byte(`{"` + key + `":` + strings.Repeat("[", n))
}

// hugeJSON returns a syntactically valid contract of about size bytes: one
// very long brief goal.
func hugeJSON(size int) []byte {
	return []byte(`{"brief":{"goals":["` + strings.Repeat("x", size) + `"]}}`)
}

func TestBadInputReturnsErrorsNotPanics(t *testing.T) {
	tenMB := strings.Repeat("Loving this serum from @glowco ✨ #skincare #glow #ad ", 10<<20/55)
	usd := pricing.MustNew("100.00", "USD")
	jan1 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []badInput{
		// The shared vocabulary and tiers.
		{"invalid UTF-8 is no platform", func() error { _, err := influencekit.ParsePlatform(invalidUTF8); return err }, true},
		{"invalid UTF-8 is no format", func() error { _, err := influencekit.ParseFormat(invalidUTF8); return err }, true},
		{"invalid UTF-8 is no severity", func() error { _, err := influencekit.ParseSeverity(invalidUTF8); return err }, true},
		{"invalid UTF-8 is no tier", func() error { _, err := tier.Parse(invalidUTF8); return err }, true},
		{"a scale with floors at the int64 extremes", func() error { _, err := tier.NewScale("x", minI, 0, 0, 0, maxI); return err }, true},
		{"a scale topping out at MaxInt64 is valid", func() error { _, err := tier.NewScale("x", 0, 1, 2, 3, maxI); return err }, false},

		// Engagement counts at the int64 extremes.
		{"likes plus comments overflow int64", func() error {
			_, err := engagement.ERR(engagement.Interactions{Likes: maxI, Comments: 1}, 1)
			return err
		}, true},
		{"the most negative reach", func() error { _, err := engagement.ERR(engagement.Interactions{Likes: 1}, minI); return err }, true},
		{"the most negative like count", func() error { _, err := engagement.ByFollowers(engagement.Interactions{Likes: minI}, 10); return err }, true},
		{"every count at MaxInt64 overflows by views", func() error {
			_, err := engagement.ByViews(engagement.Interactions{Likes: maxI, Comments: maxI, Saves: maxI, Shares: maxI}, maxI)
			return err
		}, true},
		{"MaxInt64 of MaxInt64 is a valid rate of 1", func() error {
			r, err := engagement.ERR(engagement.Interactions{Likes: maxI}, maxI)
			if err == nil && r != 1 {
				return fmt.Errorf("got %v, want 1", r)
			}
			return err
		}, false},
		{"CTR with the most negative clicks", func() error { _, err := engagement.CTR(minI, maxI); return err }, true},
		{"story frames at both extremes", func() error { _, err := engagement.StoryCompletion(maxI, minI); return err }, true},
		{"a story that starts at MaxInt64 and holds", func() error { _, err := engagement.StoryCompletion(maxI, maxI, maxI); return err }, false},
		{"pooled rate whose bases overflow", func() error {
			_, err := engagement.PooledRate(engagement.FormulaERR, []engagement.PostCounts{{Base: maxI}, {Base: maxI}})
			return err
		}, true},
		{"a follower history at the extremes", func() error {
			day := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
			_, err := engagement.FollowerSpikes([]engagement.FollowerSample{
				{Date: day, Followers: minI}, {Date: day.AddDate(0, 0, 1), Followers: maxI}, {Date: day.AddDate(0, 0, 2), Followers: 0},
			})
			return err
		}, true},
		{"audience signals for a profile with no followers", func() error {
			_, err := engagement.AudienceSignals(engagement.Profile{Platform: influencekit.Instagram, Followers: 0, Comments: []string{invalidUTF8}})
			return err
		}, true},
		{"a platform export with a count beyond int64", func() error {
			var v engagement.TikTokVideo
			return json.Unmarshal([]byte(`{"like_count":92233720368547758070}`), &v)
		}, true},
		{"a platform export nested 100,000 deep", func() error {
			var v engagement.InstagramInsights
			return json.Unmarshal(deeplyNested("likes", 100_000), &v)
		}, true},

		// Goals and follower growth.
		{"a goal whose target is NaN", func() error {
			g := engagement.Goal{KPI: engagement.KPIReach, Target: math.NaN(), Start: jan1, Deadline: jan1.AddDate(1, 0, 0)}
			_, err := g.Evaluate([]engagement.Measurement{{Date: jan1, Value: 1}}, jan1)
			return err
		}, true},
		{"a measurement of +Inf", func() error {
			g := engagement.Goal{KPI: engagement.KPIReach, Target: 100, Start: jan1, Deadline: jan1.AddDate(1, 0, 0)}
			_, err := g.Evaluate([]engagement.Measurement{{Date: jan1, Value: math.Inf(1)}}, jan1)
			return err
		}, true},
		{"a goal spanning the whole of time.Time", func() error {
			g := engagement.Goal{KPI: engagement.KPIClicks, Target: math.MaxFloat64, Start: time.Time{}, Deadline: time.Unix(1<<62, 0)}
			_, err := g.Evaluate([]engagement.Measurement{{Date: jan1, Value: math.MaxFloat64}}, jan1)
			return err
		}, false},
		{"follower growth from the most negative count", func() error {
			_, err := engagement.FollowerGrowth([]engagement.FollowerSample{{Date: jan1, Followers: minI}, {Date: jan1.AddDate(0, 0, 1), Followers: maxI}})
			return err
		}, true},

		// Money from text, JSON and counts.
		{"an amount in invalid UTF-8", func() error { _, err := pricing.New(invalidUTF8, "USD"); return err }, true},
		{"a currency code in invalid UTF-8", func() error { _, err := pricing.New("1.00", invalidUTF8); return err }, true},
		{"a 1 MB amount", func() error { _, err := pricing.New(strings.Repeat("9", 1<<20), "USD"); return err }, true},
		{"an exponent that would expand to a billion digits", func() error { _, err := pricing.New("1e999999999", "USD"); return err }, true},
		{"money JSON nested 100,000 deep", func() error {
			var m pricing.Money
			return json.Unmarshal(deeplyNested("amount", 100_000), &m)
		}, true},
		{"money JSON with an amount beyond any bound", func() error {
			var m pricing.Money
			return json.Unmarshal([]byte(`{"amount":`+strings.Repeat("9", 1<<20)+`,"currency":"USD"}`), &m)
		}, true},
		{"the most negative minor units are representable", func() error { _, err := pricing.FromMinor(minI, currency.USD); return err }, false},
		{"weights summing past int64 are fine: the sum is decimal", func() error { _, err := usd.Allocate(maxI, maxI, maxI); return err }, false},
		{"the most negative weight", func() error { _, err := usd.Allocate(1, minI); return err }, true},
		{"a split into more parts than memory allows", func() error { _, err := usd.Split(math.MaxInt); return err }, true},
		{"a split into the most negative count", func() error { _, err := usd.Split(math.MinInt); return err }, true},
		{"CPM over the most negative impressions", func() error { _, err := pricing.CPM(usd, minI); return err }, true},
		{"CPM over MaxInt64 impressions is a tiny, valid figure", func() error { _, err := pricing.CPM(usd, maxI); return err }, false},
		{"CPA over zero conversions", func() error { _, err := pricing.CPA(usd, 0); return err }, true},
		{"a market check at the most negative follower count", func() error {
			_, _, err := pricing.CheckMarketPrice(influencekit.Instagram, minI, usd)
			return err
		}, true},
		{"formatting the largest amount for a locale", func() error {
			m, err := pricing.New(strings.Repeat("9", 30)+".99", "USD")
			if err != nil {
				return err
			}
			if s := m.Format(language.German); !utf8.ValidString(s) || s == "" {
				return fmt.Errorf("format gave %q", s)
			}
			return nil
		}, false},

		{"an order with a negative amount", func() error {
			_, err := pricing.Attribute([]pricing.Order{{ID: "1", Amount: pricing.MustNew("-1", "USD")}}, nil)
			return err
		}, true},
		{"orders in two currencies are never summed", func() error {
			_, err := pricing.Attribute([]pricing.Order{
				{ID: "1", Amount: pricing.MustNew("1", "USD")}, {ID: "2", Amount: pricing.MustNew("1", "EUR")},
			}, nil)
			return err
		}, true},
		{"codes and ids in invalid UTF-8 are matched as bytes", func() error {
			_, err := pricing.Attribute(
				[]pricing.Order{{ID: invalidUTF8, Amount: usd, Code: invalidUTF8}},
				[]pricing.CreatorTracking{{Creator: "@a", Codes: []string{invalidUTF8}, Fee: usd}})
			return err
		}, false},

		// Captions and rules.
		{"a rule name in invalid UTF-8", func() error {
			_, err := disclosure.NewChecker(disclosure.Options{Severity: map[disclosure.Rule]influencekit.Severity{disclosure.Rule(invalidUTF8): influencekit.SeverityError}})
			return err
		}, true},
		{"a jurisdiction in invalid UTF-8", func() error { _, err := disclosure.ParseJurisdiction(invalidUTF8); return err }, true},

		// Contracts from JSON.
		{"invalid UTF-8 in a contract string becomes U+FFFD, as in encoding/json", func() error {
			c, err := contract.Parse([]byte(`{"brand":{"name":"` + invalidUTF8 + `"}}`))
			if err == nil && !utf8.ValidString(c.Brand.Name) {
				return fmt.Errorf("brand name %q is not valid UTF-8", c.Brand.Name)
			}
			return err
		}, false},
		{"a contract nested 100,000 deep", func() error { _, err := contract.Parse(deeplyNested("brief", 100_000)); return err }, true},
		{"a contract of nothing but open braces", func() error { _, err := contract.Parse([]byte(strings.Repeat("{", 1<<20))); return err }, true},
		{"a 10 MB contract is read, not refused", func() error { _, err := contract.Parse(hugeJSON(10 << 20)); return err }, false},
		{"a follower count beyond int64", func() error {
			_, err := contract.Parse([]byte(`{"creator":{"name":"a","followers":92233720368547758070}}`))
			return err
		}, true},
		{"a kill fee with a huge exponent", func() error {
			_, err := contract.Parse([]byte(`{"cancellation":{"notice_days":1,"kill_fee_percent":"1e999999999"}}`))
			return err
		}, true},
		{"a date in invalid UTF-8", func() error { _, err := contract.ParseDate(invalidUTF8); return err }, true},
		{"a date in the year 292277026596", func() error { _, err := contract.NewDate(math.MaxInt, time.December, 31); return err }, true},
		{"an equal split over no dates", func() error { _, err := contract.SplitEqual(usd); return err }, true},
	}
	for _, tt := range tests {
		t.Run(tt.why, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() { err = tt.call() })
			if tt.wantError {
				assert.Error(t, err)
			} else {
				assert.NoError(t, err)
			}
		})
	}

	// Check and Autofix return no error: they must stay within the caption
	// and finish in time on the largest and least valid text.
	for _, tt := range []struct {
		why     string
		caption string
	}{
		{"a 10 MB caption", tenMB},
		{"invalid UTF-8", invalidUTF8},
		{"10 MB of invalid UTF-8", strings.Repeat(invalidUTF8, 10<<20/len(invalidUTF8))},
		{"10 MB of zero-width joiners", strings.Repeat("\u200d", 10<<20/3)},
		{"a single hashtag 1 MB long", "#" + strings.Repeat("ad", 1<<19)},
	} {
		t.Run("Check/"+tt.why, func(t *testing.T) {
			p := disclosure.Post{Caption: tt.caption, Platform: influencekit.Instagram, Brand: "Glow Co", Edited: true}
			var r disclosure.Report
			require.NotPanics(t, func() { r = disclosure.Check(p) })
			for _, f := range r.Findings {
				assert.True(t, 0 <= f.Start && f.Start <= f.End && f.End <= len(tt.caption), "finding %s span %d-%d", f.Rule, f.Start, f.End)
			}
			for _, l := range r.Disclosures {
				assert.True(t, 0 <= l.Start && l.Start <= l.End && l.End <= len(tt.caption), "label span %d-%d", l.Start, l.End)
			}
			if len(tt.caption) <= 1<<20 {
				require.NotPanics(t, func() { disclosure.Autofix(p) })
			}
			require.NotPanics(t, func() {
				_, err := disclosure.SponsoredMix([]disclosure.Post{p})
				assert.NoError(t, err)
			})
		})
	}
}

// TestUnicodeFoldingIsNotAName: "U\u017F" folds to "US" and "in\u017Ftagram"
// to "instagram" under Unicode simple folding; every enum in the library
// parses ASCII case-insensitively and nothing else, so both are errors.
func TestUnicodeFoldingIsNotAName(t *testing.T) {
	_, err := disclosure.ParseJurisdiction("U\u017F")
	assert.ErrorIs(t, err, disclosure.ErrUnknownJurisdiction)
	_, err = influencekit.ParsePlatform("in\u017Ftagram")
	assert.ErrorIs(t, err, influencekit.ErrUnknownPlatform)
	_, err = tier.Parse("mi\u212Aro")
	assert.ErrorIs(t, err, tier.ErrUnknownTier)
	_, err = engagement.ParseKPI("\u017Fales")
	assert.ErrorIs(t, err, engagement.ErrUnknownKPI)
	j, err := disclosure.ParseJurisdiction("us")
	require.NoError(t, err, "ASCII case still folds")
	assert.Equal(t, disclosure.US, j)
}

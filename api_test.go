package influencekit_test

import (
	"io"
	"math"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"

	"github.com/influencekit/influencekit"
	"github.com/influencekit/influencekit/contract"
	"github.com/influencekit/influencekit/creator"
	"github.com/influencekit/influencekit/disclosure"
	"github.com/influencekit/influencekit/engagement"
	"github.com/influencekit/influencekit/pricing"
	"github.com/influencekit/influencekit/tier"
)

// The declarations below restate the surface ../shared/API.md fixes, so that
// any drift from it (a renamed function, a changed signature, a missing
// field) stops the build. Semantics are tested in each package; this file
// pins names and types only.

var (
	_ func(string) (influencekit.Platform, error) = influencekit.ParsePlatform
	_ func(string) (influencekit.Format, error)   = influencekit.ParseFormat
	_ [3]influencekit.Severity                    = [3]influencekit.Severity{influencekit.SeverityInfo, influencekit.SeverityWarning, influencekit.SeverityError}

	_ func(int64) tier.Tier                                               = tier.Of
	_ func(string, int64, int64, int64, int64, int64) (tier.Scale, error) = tier.NewScale
	_ func(tier.Scale, int64) tier.Tier                                   = tier.Scale.Of
	_ func(tier.Scale, tier.Tier) (min int64, max int64, ok bool)         = tier.Scale.Range
	_ func(string) (tier.Tier, error)                                     = tier.Parse
	_ [2]tier.Scale                                                       = [2]tier.Scale{tier.Standard, tier.FiveTier}
	_ [6]tier.Tier                                                        = [6]tier.Tier{tier.Unranked, tier.Nano, tier.Micro, tier.Mid, tier.Macro, tier.Mega}

	_                                                               = engagement.Interactions{Likes: 0, Comments: 0, Saves: 0, Shares: 0}
	_ func(engagement.Rate) float64                                 = engagement.Rate.Percent
	_ func(engagement.Rate) string                                  = engagement.Rate.String
	_ func(engagement.Interactions, int64) (engagement.Rate, error) = engagement.ERR
	_ func(engagement.Interactions, int64) (engagement.Rate, error) = engagement.ByFollowers
	_ func(engagement.Interactions, int64) (engagement.Rate, error) = engagement.ByViews
	_ func(int64, int64) (engagement.Rate, error)                   = engagement.CTR
	_ func(engagement.Rate) engagement.Grade                        = engagement.GradeERR
	_ [3]engagement.Grade                                           = [3]engagement.Grade{engagement.Low, engagement.Solid, engagement.Exceptional}
	_ [4]engagement.Industry                                        = [4]engagement.Industry{engagement.Beauty, engagement.Fashion, engagement.FoodBeverage, engagement.Tech}
	_                                                               = engagement.Range{Low: 0, High: 0}
	_ func(engagement.Industry) (engagement.Range, bool)            = engagement.CTRBenchmark
	_                                                               = engagement.Story{Completion: 0, Strong: false, Retention: []engagement.Rate{}, WorstFrame: 0}
	_ func(...int64) (engagement.Story, error)                      = engagement.StoryCompletion

	_ func(string, string) (pricing.Money, error)                 = pricing.New
	_ func(string, string) pricing.Money                          = pricing.MustNew
	_ func(pricing.Money) decimal.Decimal                         = pricing.Money.Amount
	_ func(pricing.Money) currency.Unit                           = pricing.Money.Currency
	_ func(pricing.Money, pricing.Money) (pricing.Money, error)   = pricing.Money.Add
	_ func(pricing.Money, pricing.Money) (pricing.Money, error)   = pricing.Money.Sub
	_ func(pricing.Money, decimal.Decimal) pricing.Money          = pricing.Money.Mul
	_ func(pricing.Money) pricing.Money                           = pricing.Money.Round
	_ func(pricing.Money, ...int64) ([]pricing.Money, error)      = pricing.Money.Allocate
	_ func(pricing.Money, int) ([]pricing.Money, error)           = pricing.Money.Split
	_ func(pricing.Money, pricing.Money) bool                     = pricing.Money.Equal
	_ func(pricing.Money) string                                  = pricing.Money.String
	_ func(pricing.Money, int64) (pricing.Money, error)           = pricing.CPM
	_ func(pricing.Money, int64) (pricing.Money, error)           = pricing.CPE
	_ func(pricing.Money, int64) (pricing.Money, error)           = pricing.CPC
	_ func(pricing.Money, int64) (pricing.Money, error)           = pricing.CPA
	_ func(pricing.Money, pricing.Money) (decimal.Decimal, error) = pricing.ROI
	_ func(pricing.Money, pricing.Money) (decimal.Decimal, error) = pricing.ROAS
	_ error                                                       = pricing.ErrCurrencyMismatch

	_ [13]disclosure.Jurisdiction = [13]disclosure.Jurisdiction{disclosure.US, disclosure.UK, disclosure.DE, disclosure.FR, disclosure.ES, disclosure.IT, disclosure.NL, disclosure.IE, disclosure.CA, disclosure.AU, disclosure.IN, disclosure.BR, disclosure.BE}
	_                             = disclosure.Post{
		Caption: "", Platform: influencekit.UnknownPlatform, Format: influencekit.UnknownFormat, Brand: "",
		Jurisdiction: disclosure.US, Transcript: []disclosure.Segment{{Start: time.Duration(0), Text: ""}},
		Duration: time.Duration(0), Edited: false,
	}
	_ func(disclosure.Post) disclosure.Report = disclosure.Check
	_                                         = disclosure.Report{Findings: []disclosure.Finding{}, Disclosures: []disclosure.Label{}}
	_ func(disclosure.Report) bool            = disclosure.Report.Compliant
	_ disclosure.Rule                         = disclosure.RuleDeniedConnection // API.md "Sentences, not phrases"
	_                                         = disclosure.Finding{Rule: disclosure.Rule(""), Severity: influencekit.SeverityError, Start: 0, End: 0, Message: "", Fixes: []disclosure.Fix{}}
	_                                         = disclosure.Label{Start: 0, End: 0, Text: "", Clarity: disclosure.Clear, Connection: disclosure.UnknownConnection}
	_                                         = [3]disclosure.Clarity{disclosure.Clear, disclosure.Ambiguous, disclosure.Vague}
	_                                         = [3]disclosure.Connection{disclosure.Paid, disclosure.Gift, disclosure.Affiliate}
	_                                         = disclosure.Fix{Message: "", Edits: []disclosure.Edit{{Start: 0, End: 0, Text: ""}}}
	_ func(disclosure.Post) string            = disclosure.Autofix

	// One pack per jurisdiction, a team's own through Options (API.md,
	// "More jurisdictions, each one pack").
	_ func() []disclosure.Jurisdiction                                   = disclosure.Jurisdictions
	_ func(string, []byte) (*disclosure.Pack, error)                     = disclosure.ParsePack
	_ func(disclosure.Jurisdiction) (*disclosure.Pack, bool)             = disclosure.LookupPack
	_                                                                    = disclosure.Options{Packs: []*disclosure.Pack{}}
	_ func(*disclosure.Checker, string) (disclosure.Jurisdiction, error) = (*disclosure.Checker).Jurisdiction
	_ error                                                              = &disclosure.PackError{File: "", Line: 0, Col: 0, Msg: ""}
	_ error                                                              = disclosure.ErrInvalidPack
	_ error                                                              = &disclosure.TermError{Index: 0, Term: disclosure.Term{}, Reason: ""}
	_ [5]func(*disclosure.Pack) string                                   = [5]func(*disclosure.Pack) string{(*disclosure.Pack).Code, (*disclosure.Pack).Authority, (*disclosure.Pack).Source, (*disclosure.Pack).SuggestedLabel, (*disclosure.Pack).Language}
	_ func(*disclosure.Pack) bool                                        = (*disclosure.Pack).GiftWithoutControl

	// What a post may promote and show (API.md, "Beyond the label").
	_ = disclosure.Post{Alteration: disclosure.NoAlteration, VirtualCreator: false, Category: disclosure.UnknownCategory,
		AgeGated: false, PlatformLabel: false, Overlays: []disclosure.Overlay{{Start: time.Duration(0), End: time.Duration(0), Text: ""}}}
	_ = [4]disclosure.Alteration{disclosure.NoAlteration, disclosure.Retouched, disclosure.Generated, disclosure.DeepFake}
	_ = [10]disclosure.Category{disclosure.UnknownCategory, disclosure.OtherCategory, disclosure.LessHealthyFood, disclosure.Alcohol,
		disclosure.Nicotine, disclosure.Gambling, disclosure.Investment, disclosure.Crypto, disclosure.CosmeticProcedure, disclosure.PrescriptionMedicine}
	_ func(string) (disclosure.Alteration, error) = disclosure.ParseAlteration
	_ func(string) (disclosure.Category, error)   = disclosure.ParseCategory
	_ [3]error                                    = [3]error{disclosure.ErrUnknownAlteration, disclosure.ErrUnknownCategory, disclosure.ErrInvalidPost}
	_ func(disclosure.Post) error                 = disclosure.Post.Validate

	// What a financial promotion rests on: the approval reference and the
	// posting account's followers.
	_                                              = disclosure.Post{Approval: "", Followers: int64(0)}
	_ func(*disclosure.Post) disclosure.Alteration = (*disclosure.Post).EffectiveAlteration
	_ error                                        = &disclosure.PostError{Field: "", Err: nil}
	_                                              = disclosure.Report{Category: disclosure.UnknownCategory, CategorySpan: &disclosure.Span{Start: 0, End: 0, StartUTF16: 0, EndUTF16: 0}}
	_                                              = [6]disclosure.Rule{disclosure.RuleUndisclosedAIContent, disclosure.RuleLabelNotThroughout, disclosure.RuleMissingPlatformLabel, disclosure.RuleProhibitedPromotion, disclosure.RuleRestrictedPromotion, disclosure.RuleIncentivizedReview}

	_ func([]byte) (contract.Contract, error)                                    = contract.Parse
	_ func(contract.Contract) []contract.Problem                                 = contract.Contract.Validate
	_                                                                            = contract.Problem{Field: "", Rule: "", Severity: influencekit.SeverityError, Message: ""}
	_ func(io.Writer, contract.Contract) error                                   = contract.Render
	_ func() []contract.RuleInfo                                                 = contract.Rules
	_                                                                            = contract.RuleInfo{Rule: contract.RuleMissingClause, Severity: influencekit.SeverityError, Source: ""}
	_ func(contract.Rule) (influencekit.Severity, bool)                          = contract.Rule.Severity
	_ func(io.Writer, contract.Contract, []contract.Problem, language.Tag) error = contract.RenderDraft
	_ func(contract.Contract) (pricing.Money, bool, error)                       = contract.Contract.Value
	_ func([]contract.Contract, string, int) (pricing.Money, bool, error)        = contract.AdvertiserYearValue
	_ func() pricing.Money                                                       = contract.FrenchWrittenContractThreshold
	_ func(contract.Contract, pricing.Money) []contract.Problem                  = contract.Contract.ValidateWithYearValue
	_                                                                            = contract.Brand{BrandIdentity: disclosure.BrandIdentity{}, Contact: contract.Contact{Address: "", Email: "", TaxResidence: ""}}
	_                                                                            = contract.Creator{Region: "", BirthDate: contract.Date{}, Guardian: "", EarningsSetAsidePercent: nil, EURepresentative: "", Insurance: ""}
	_                                                                            = contract.Contract{SignedOn: contract.Date{}, JointLiability: false}
	_                                                                            = contract.UsageGrant{DigitalReplica: false, IntendedUses: "", FromTermEnd: false, EndsWithTerm: false, CreatorApproval: false, Revocable: false, Edit: false}
	_                                                                            = [2]contract.Settlement{contract.DeliveredWork, contract.BrandDiscretion}
	_                                                                            = [2]contract.Trigger{contract.AfterMonthEnd, contract.OnProductArrival}
	_                                                                            = [5]contract.MoralsTrigger{contract.MoralsConduct, contract.MoralsConviction, contract.MoralsCharge, contract.MoralsAccusation, contract.MoralsControversy}
	_                                                                            = [2]contract.CarveOut{contract.ArchiveCarveOut, contract.InternalCarveOut}
	_                                                                            = [5]contract.Rule{contract.RuleUnlimitedTerm, contract.RuleForfeitedWorkPay, contract.RuleBroadMoralsTrigger, contract.RuleOneSidedLiabilityCap, contract.RuleUnsubstantiatedClaim}
	_                                                                            = contract.PostWindow{HoursBefore: 0, HoursAfter: 0, PostsBefore: 0, PostsAfter: 0}
	_                                                                            = [4]contract.Rule{contract.RuleMissingMention, contract.RuleForeignGoverningLaw, contract.RuleMinorWithoutGuardian, contract.RuleVagueLikenessGrant}

	// creator (API.md, additions of 2026-12-07), then what the package adds
	// around it.
	_ = creator.Profile{
		Country: "", Audiences: []creator.Audience{{Platform: influencekit.UnknownPlatform, Followers: 0, AvgMonthlyViews: 0}},
		VideosPerYear: 0, AnnualIncome: (*pricing.Money)(nil), Bio: "",
		Registrations: []creator.Registration{{Authority: "", Number: "", Expires: time.Time{}}},
		BirthDate:     time.Time{}, Virtual: false, Region: "",
	}
	_ func(creator.Profile, ...disclosure.Jurisdiction) []creator.Duty = creator.Duties
	_                                                                  = creator.Duty{Code: "", Jurisdiction: disclosure.US, Status: creator.Unknown, Message: "", Source: ""}
	_                                                                  = [3]creator.DutyStatus{creator.Met, creator.Unmet, creator.Unknown}

	_ func(time.Time, creator.Profile, ...disclosure.Jurisdiction) ([]creator.Duty, error) = creator.DutiesOn
	_ func(creator.Profile) error                                                          = creator.Profile.Validate
	_ func(creator.Profile, time.Time) (int, bool)                                         = creator.Profile.AgeOn
	_                                                                                      = creator.FieldError{Field: "", Err: error(nil)}
	_ [3]error                                                                             = [3]error{creator.ErrInvalidProfile, creator.ErrInvalidJSON, creator.ErrUnknownDutyStatus}
	_ func(string) (creator.DutyStatus, error)                                             = creator.ParseDutyStatus
	_ [12]int64                                                                            = [12]int64{creator.AGCOMFollowers, creator.AGCOMAvgMonthlyViews, creator.CvdMFollowers, creator.CvdMVideosPerYear, creator.SpainIncomeEUR, creator.SpainFollowersOnePlatform, creator.SpainFollowersTotal, creator.SpainVideosPerYear, creator.FranceChildAge, creator.IllinoisMinorAge, creator.MinnesotaMinAge, creator.CaliforniaMinorAge}
	_ [9]string                                                                            = [9]string{creator.AGCOMBioLine, creator.AGCOMVirtualBioLine, creator.AuthorityAGCOM, creator.AuthorityCvdM, creator.AuthorityKvK, creator.AuthoritySpain, creator.AuthorityFranceChild, creator.AuthorityTrust, creator.AuthorityCoogan}
)

// TestRuleNamesAndSeverities pins API.md's rule table: names and default
// severities.
func TestRuleNamesAndSeverities(t *testing.T) {
	want := map[string]influencekit.Severity{
		"missing-disclosure":        influencekit.SeverityError,
		"vague-disclosure":          influencekit.SeverityError,
		"ambiguous-disclosure":      influencekit.SeverityWarning,
		"not-upfront":               influencekit.SeverityError,
		"below-fold":                influencekit.SeverityError,
		"buried-disclosure":         influencekit.SeverityError,
		"missing-verbal-disclosure": influencekit.SeverityError,
		"live-disclosure-gap":       influencekit.SeverityError,
		"undisclosed-editing":       influencekit.SeverityError,
		"unsubstantiated-claim":     influencekit.SeverityWarning,
		"obfuscated-disclosure":     influencekit.SeverityWarning,
		"language-mismatch":         influencekit.SeverityWarning,
		"denied-connection":         influencekit.SeverityError,
		"undisclosed-ai-content":    influencekit.SeverityError,
		"label-not-throughout":      influencekit.SeverityError,
		"missing-platform-label":    influencekit.SeverityWarning,
		"prohibited-promotion":      influencekit.SeverityError,
		"restricted-promotion":      influencekit.SeverityError,
		"incentivized-review":       influencekit.SeverityError,
	}
	got := map[string]influencekit.Severity{}
	for _, r := range disclosure.Rules() {
		got[string(r.Rule)] = r.Severity
	}
	for name, sev := range want {
		s, ok := got[name]
		if assert.True(t, ok, "rule %s is missing", name) {
			assert.Equal(t, sev, s, "rule %s", name)
		}
	}
}

// TestZeroValuesAPIFixes pins the zero values API.md names.
func TestZeroValuesAPIFixes(t *testing.T) {
	var j disclosure.Jurisdiction
	assert.Equal(t, disclosure.US, j)
	var tr tier.Tier
	assert.Equal(t, tier.Unranked, tr)
	lo, hi, ok := tier.Standard.Range(tier.Mega)
	assert.Equal(t, [3]any{int64(1_000_000), int64(math.MaxInt64), true}, [3]any{lo, hi, ok})
}

package disclosure

import (
	"errors"
	"fmt"
	"slices"

	"github.com/influencekit/influencekit"
)

// Rule is the stable name of a check, such as "missing-disclosure".
type Rule string

// The rules Check applies, with their default severities in Rules.
const (
	// RuleMissingDisclosure (error): no disclosure label at all. Reported
	// for the whole caption (0, 0).
	RuleMissingDisclosure Rule = "missing-disclosure"
	// RuleVagueDisclosure (error): only vague labels (US: #sp, #spon,
	// #collab, #thanks, "thanks @brand", #ambassador, #partner).
	RuleVagueDisclosure Rule = "vague-disclosure"
	// RuleAmbiguousDisclosure (warning): no clear label, and a label the
	// jurisdiction calls risky (US: #gifted, a bare "affiliate link"; UK:
	// "Sponsored"; DE: "Advertisement").
	RuleAmbiguousDisclosure Rule = "ambiguous-disclosure"
	// RuleNotUpfront (error): a letter or digit of other text comes before
	// the post's best label: the earliest clear label, or where there is
	// none, the earliest ambiguous one. A disclosure sentence that opens
	// the caption is upfront (see the package doc, "Placement").
	RuleNotUpfront Rule = "not-upfront"
	// RuleBelowFold (error): the best label starts past the platform's
	// visible prefix. It replaces not-upfront for that label; with
	// below-fold in [Options.Off], not-upfront is reported instead.
	RuleBelowFold Rule = "below-fold"
	// RuleBuriedDisclosure (error): the best label is a hashtag in a run of
	// 3 or more hashtags (Germany: 2), and not upfront.
	RuleBuriedDisclosure Rule = "buried-disclosure"
	// RuleMissingVerbalDisclosure (error): a transcript has no clear spoken
	// label starting in its first 30 seconds ([Options.VerbalWithin]).
	// [Finding.Transcript] says where the first label is, if any.
	RuleMissingVerbalDisclosure Rule = "missing-verbal-disclosure"
	// RuleLiveDisclosureGap (error): in a Live post's transcript, clear
	// spoken labels are more than 15 minutes ([Options.LiveGap]) apart, or
	// that far from the start or the end. One finding per gap.
	RuleLiveDisclosureGap Rule = "live-disclosure-gap"
	// RuleUndisclosedEditing (error): [Post.Edited] and no "#filtered",
	// "edited" or "retouched" label. Reported for the whole caption.
	RuleUndisclosedEditing Rule = "undisclosed-editing"
	// RuleUnsubstantiatedClaim (warning): "cure", "guaranteed results",
	// "clinically proven", "100% effective" and similar claims. The message
	// cites the post's jurisdiction's rule (US: 16 CFR 255.1, 255.2; UK:
	// CAP Code rule 3.7) or names its authority.
	RuleUnsubstantiatedClaim Rule = "unsubstantiated-claim"
	// RuleObfuscatedDisclosure (warning): a label is only found after
	// normalizing stylized letters or invisible characters.
	RuleObfuscatedDisclosure Rule = "obfuscated-disclosure"
	// RuleLanguageMismatch (warning): every clear label is in another
	// language than the jurisdiction's (France wants "Publicité" or
	// "Collaboration commerciale", not "#ad" alone).
	RuleLanguageMismatch Rule = "language-mismatch"
	// RuleJurisdictionFallback (info): the post's Jurisdiction is not one
	// of the declared constants, so the US tables were applied.
	RuleJurisdictionFallback Rule = "jurisdiction-fallback"
	// RuleMismatchedDisclosure (error): the labels do not disclose the
	// connection [Post.Connection] declares: a Paid or Affiliate post whose
	// only labels are gift labels ("#gifted", "thanks for the free
	// product"), or a Paid post whose only labels are affiliate labels.
	// Per asa-influencers-guide, "#gifted" fits only where nothing was paid
	// and the brand had no control over the content.
	RuleMismatchedDisclosure Rule = "mismatched-disclosure"
)

// RuleInfo describes a rule: its name and default severity.
type RuleInfo struct {
	Rule     Rule
	Severity influencekit.Severity
}

// The rule registry: every rule is a ruleID, its RuleInfo in ruleTable
// and its function in ruleID.check, the one switch that runs it. Each
// rule's function is in rule_<name>.go with its doc, and its table test
// in rule_<name>_test.go; TestRuleRegistry fails when one is missing. To
// add a rule: a Rule constant above, an id below (before numRules), a row
// in ruleTable, a case in check, and the two files.

// ruleTable is the rule set as data, in a fixed order; ruleID indexes it.
var ruleTable = [numRules]RuleInfo{
	idMissing:           {RuleMissingDisclosure, influencekit.SeverityError},
	idVague:             {RuleVagueDisclosure, influencekit.SeverityError},
	idAmbiguous:         {RuleAmbiguousDisclosure, influencekit.SeverityWarning},
	idNotUpfront:        {RuleNotUpfront, influencekit.SeverityError},
	idBelowFold:         {RuleBelowFold, influencekit.SeverityError},
	idBuried:            {RuleBuriedDisclosure, influencekit.SeverityError},
	idMissingVerbal:     {RuleMissingVerbalDisclosure, influencekit.SeverityError},
	idLiveGap:           {RuleLiveDisclosureGap, influencekit.SeverityError},
	idUndisclosedEdit:   {RuleUndisclosedEditing, influencekit.SeverityError},
	idClaim:             {RuleUnsubstantiatedClaim, influencekit.SeverityWarning},
	idObfuscated:        {RuleObfuscatedDisclosure, influencekit.SeverityWarning},
	idLanguageMismatch:  {RuleLanguageMismatch, influencekit.SeverityWarning},
	idJurisdictionFallb: {RuleJurisdictionFallback, influencekit.SeverityInfo},
	idMismatched:        {RuleMismatchedDisclosure, influencekit.SeverityError},
}

// ruleID indexes the registry.
type ruleID uint8

const (
	idMissing ruleID = iota
	idVague
	idAmbiguous
	idNotUpfront
	idBelowFold
	idBuried
	idMissingVerbal
	idLiveGap
	idUndisclosedEdit
	idClaim
	idObfuscated
	idLanguageMismatch
	idJurisdictionFallb
	idMismatched
	numRules
)

// check runs rule id over the facts, writing its findings to out; it
// reports false for an id outside the registry. The calls are direct
// (not through a table of functions) so that in and out stay on Check's
// stack.
func (id ruleID) check(in *captionFacts, out *findingSet) bool {
	switch id {
	case idMissing:
		checkMissingDisclosure(in, out)
	case idVague:
		checkVagueDisclosure(in, out)
	case idAmbiguous:
		checkAmbiguousDisclosure(in, out)
	case idNotUpfront:
		checkNotUpfront(in, out)
	case idBelowFold:
		checkBelowFold(in, out)
	case idBuried:
		checkBuriedDisclosure(in, out)
	case idMissingVerbal:
		checkMissingVerbalDisclosure(in, out)
	case idLiveGap:
		checkLiveDisclosureGap(in, out)
	case idUndisclosedEdit:
		checkUndisclosedEditing(in, out)
	case idClaim:
		checkUnsubstantiatedClaim(in, out)
	case idObfuscated:
		checkObfuscatedDisclosure(in, out)
	case idLanguageMismatch:
		checkLanguageMismatch(in, out)
	case idJurisdictionFallb:
		checkJurisdictionFallback(in, out)
	case idMismatched:
		checkMismatchedDisclosure(in, out)
	default:
		return false
	}
	return true
}

// ruleSourceKey returns the SOURCES.md key a finding of rule id rests on
// under table t: the jurisdiction's main guidance, the rule that asks for
// evidence of a claim, or none for jurisdiction-fallback.
func ruleSourceKey(id ruleID, t *termTable) string {
	switch id {
	case idClaim:
		return t.claimSourceKey()
	case idJurisdictionFallb:
		return ""
	}
	return t.source
}

// ruleThresholdSources lists, by rule, the sources of the thresholds and
// readings a rule applies beyond its jurisdictions' guidance (see
// thresholds).
var ruleThresholdSources = [numRules][]string{
	idBelowFold:     {"caption-truncation", "ftc-faqs"},
	idBuried:        {"mighty-micro", "olg-celle-2017", "kg-berlin-2017", "it-iap-digital-chart"},
	idMissingVerbal: {"mighty-micro"},
	idLiveGap:       {"ftc-faqs"},
	idMismatched:    {"asa-influencers-guide", "ftc-faqs"},
	idVague:         {"ftc-faqs", "lg-heilbronn-2018"},
	idAmbiguous:     {"mathur-2018"},
}

// Sources returns the sources rule ri rests on in every jurisdiction,
// sorted by key: each jurisdiction's guidance and the sources of the
// thresholds it applies. It is empty for jurisdiction-fallback and for a
// rule the package does not know.
func (ri RuleInfo) Sources() []Source {
	id, err := lookupRule(ri.Rule)
	if err != nil || id == idJurisdictionFallb {
		return nil
	}
	keys := slices.Clone(ruleThresholdSources[id])
	for _, t := range builtinTables() {
		keys = append(keys, ruleSourceKey(id, t))
		// A vague or ambiguous label's finding rests on its row's source.
		for i, row := range t.terms {
			if row.kind == termLabel && (id == idVague && row.clarity == Vague || id == idAmbiguous && row.clarity == Ambiguous) {
				keys = append(keys, t.rowSource(int32(i)))
			}
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	out := make([]Source, 0, len(keys))
	for _, k := range keys {
		if s, ok := LookupSource(k); ok {
			out = append(out, s)
		}
	}
	return out
}

// Rules returns every rule with its default severity; [RuleInfo.Sources]
// lists the sources each rests on.
func Rules() []RuleInfo {
	rs := make([]RuleInfo, len(ruleTable))
	copy(rs, ruleTable[:])
	return rs
}

// ErrUnknownRule is wrapped by errors for a rule name Check does not know.
var ErrUnknownRule = errors.New("disclosure: unknown rule")

func lookupRule(r Rule) (ruleID, error) {
	for i, info := range ruleTable {
		if info.Rule == r {
			return ruleID(i), nil
		}
	}
	return 0, fmt.Errorf("%w %q", ErrUnknownRule, string(r))
}

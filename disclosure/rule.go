package disclosure

import (
	"errors"
	"fmt"
	"slices"

	"github.com/influencekit/influencekit"
)

//go:generate go run github.com/influencekit/influencekit/internal/cmd/rulegen

// Rule is the stable name of a check, such as "missing-disclosure". Each
// rule's constant is declared, with its default severity and what it
// reports, in the rule's own file; [Rules] lists them all.
type Rule string

// RuleInfo describes a rule: its name and default severity.
type RuleInfo struct {
	Rule     Rule
	Severity influencekit.Severity
}

// The rule registry. A rule is declared as go/analysis declares an
// Analyzer: its file rule_<name>.go holds its Rule constant, its ruleSpec
// (rule<Name>: default severity, sources, the facts it needs, the facts
// one of which it fires on, the rules it yields to, its message templates)
// and its check function (check<Name>), with its table test in
// rule_<name>_test.go. A check function reads the [ruleContext] and
// appends a [record] per finding: the rule, the label, which of its
// templates and which fix plan; it calls nothing, and the report stage
// makes the texts and fixes of only the records a caller gets.
// internal/cmd/rulegen writes ruleset_gen.go from the files: the ids,
// ruleTable, ruleSpecs and the switch that calls each check function
// directly. Adding a rule is its file, its test, a case
// file row and `go generate`; TestRuleRegistry fails on a rule without
// doc, source or case-file rows, or on a cycle of yields.

// ruleSpec is a rule's declaration.
type ruleSpec struct {
	rule     Rule
	severity influencekit.Severity
	// sources are the SOURCES.md keys of the thresholds and readings the
	// rule applies beyond its jurisdictions' guidance (see thresholds).
	sources []string
	// needs lists the facts Check must derive for the rule beyond the
	// labels the scan finds.
	needs ruleFacts
	// yieldsTo lists the rules whose finding replaces this rule's on the
	// same label: the rule reports only where they are off
	// (ruleContext.off) or silent.
	yieldsTo []Rule
	// rowClarity, when set, makes a finding cite the source of the row
	// of the label it reports, a label of this clarity (vague and
	// ambiguous labels rest on the documents that grade them).
	rowClarity Clarity
	// cites says what else a finding rests on.
	cites citation
	// when lists the facts of which one must be present for the rule to
	// fire: a post without them does not run it (ruleContext.present).
	when factSet
	// directive names the pack directive whose source a finding cites,
	// with cites citeDirective.
	directive string
	// messages are the rule's message templates, which its records name
	// by index (record.msg): text with {placeholders} the report fills
	// from the record, its label and the table (see appendTemplate).
	messages []string
}

// ruleFacts is a set of the facts a rule needs.
type ruleFacts uint8

const (
	// needSpoken: the transcript's clear spoken labels
	// (ruleContext.spoken), found by reading the transcript.
	needSpoken ruleFacts = 1 << iota
	// needFold: where the best label stands against the platform's fold
	// (ruleContext.fold).
	needFold
	// needSpokenDenial: the transcript's first denial
	// (captionFacts.spokenDenial), read with its spoken labels.
	needSpokenDenial
)

// citation says what a rule's findings cite besides its rows.
type citation uint8

const (
	citeGuidance     citation = iota // the pack's main guidance (its source)
	citeClaimRule                    // the rule that asks for evidence of a claim (the pack's claim-source)
	citeAIRule                       // the rule that asks for an AI label (the pack's ai-source)
	citeDirective                    // the source of the pack directive the rule applies (ruleSpec.directive)
	citeCategoryLine                 // the source of the pack's category line the finding applies (record.line)
	citeNothing                      // no document: the finding reports the package's own behaviour
)

// ruleSourceKey returns the SOURCES.md key a finding of rule id rests on
// under table t: the jurisdiction's main guidance, the rule that asks for
// evidence of a claim, or none (see citation).
func ruleSourceKey(id ruleID, t *termTable) string {
	switch ruleSpecs[id].cites {
	case citeClaimRule:
		return t.claimSourceKey()
	case citeAIRule:
		return t.aiSourceKey()
	case citeDirective:
		return t.directiveSourceKey(ruleSpecs[id].directive)
	case citeNothing:
		return ""
	}
	return t.source
}

// Sources returns the sources rule ri rests on in every jurisdiction,
// sorted by key: each jurisdiction's guidance and the sources of the
// thresholds it applies. It is empty for jurisdiction-fallback and for a
// rule the package does not know.
func (ri RuleInfo) Sources() []Source {
	id, err := lookupRule(ri.Rule)
	spec := ruleSpecs[id]
	if err != nil || spec.cites == citeNothing {
		return nil
	}
	keys := slices.Clone(spec.sources)
	for _, t := range builtinTables() {
		if spec.cites == citeCategoryLine {
			for _, line := range t.categories {
				keys = append(keys, line.source)
			}
			continue
		}
		keys = append(keys, ruleSourceKey(id, t))
		if spec.rowClarity == UnknownClarity {
			continue
		}
		for i, row := range t.terms {
			if row.kind == termLabel && row.clarity == spec.rowClarity {
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

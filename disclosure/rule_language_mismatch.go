package disclosure

import "github.com/influencekit/influencekit"

// RuleLanguageMismatch (warning): every clear label is in another
// language than the jurisdiction's (France wants "Publicité" or
// "Collaboration commerciale", not "#ad" alone).
const RuleLanguageMismatch Rule = "language-mismatch"

// ruleLanguageMismatch declares language-mismatch.
var ruleLanguageMismatch = ruleSpec{
	rule:     RuleLanguageMismatch,
	severity: influencekit.SeverityWarning,
	when:     factClear,
	messages: []string{"{label} is not in the jurisdiction's language: {authority} rules ask for a label such as {default}"},
}

// checkLanguageMismatch applies [RuleLanguageMismatch]: every clear label
// is in another language than the jurisdiction's (France: "Publicité" or
// "Collaboration commerciale", not "#ad"). One finding, on the earliest
// clear label; a table without a language has no such rule (no label
// is foreign to it). A clear label in the jurisdiction's language on
// screen ([Post.Overlays]) satisfies it.
func checkLanguageMismatch(in *ruleContext, out []record) []record {
	if !in.clear || in.screen.clearInLanguage {
		return out
	}
	first := -1
	for i, f := range in.found {
		if f.kind != termLabel || f.clarity != Clear {
			continue
		}
		if !f.foreign {
			return out
		}
		if first < 0 {
			first = i
		}
	}
	r := record{id: idLanguageMismatch, label: int32(first), fixes: fixInsert}
	if in.found[first].fixable {
		r.fixes = fixReplace
	}
	return append(out, r)
}

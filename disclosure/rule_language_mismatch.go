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
	messages: []string{
		languageCaption:  "{label} is not in the jurisdiction's language: {authority} rules ask for a label such as {default}",
		languageOnScreen: "{label} on screen is not in the jurisdiction's language: {authority} rules ask for a label such as {default}",
	},
}

// language-mismatch's messages.
const (
	languageCaption  = iota // the label is the caption's
	languageOnScreen        // the label is shown on screen ([Post.Overlays])
)

// checkLanguageMismatch applies [RuleLanguageMismatch]: every clear label
// is in another language than the jurisdiction's (France: "Publicité" or
// "Collaboration commerciale", not "#ad"). One finding, on the earliest
// clear label; a table without a language has no such rule (no label
// is foreign to it). A clear label in the jurisdiction's language on
// screen ([Post.Overlays]) satisfies it. When the caption has no clear
// label and every clear label on screen is foreign, the first of them
// gets the finding, with an Overlay span and no fix.
func checkLanguageMismatch(in *ruleContext, out []record) []record {
	if in.screen.clearInLanguage {
		return out
	}
	if !in.clear {
		if r, ok := in.onScreenRecord(idLanguageMismatch, onScreenClear, languageOnScreen); ok {
			out = append(out, r)
		}
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

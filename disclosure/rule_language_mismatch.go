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
}

// checkLanguageMismatch applies [RuleLanguageMismatch]: every clear label
// is in another language than the jurisdiction's (France: "Publicité" or
// "Collaboration commerciale", not "#ad"). One finding, on the earliest
// clear label; a table without a language has no such rule. A clear
// label in the jurisdiction's language on screen ([Post.Overlays])
// satisfies it.
func checkLanguageMismatch(in *captionFacts, out *findingSet) {
	t := in.table
	if !in.clear || t.language == "" || in.screen.clearInLanguage {
		return
	}
	first := -1
	for i, f := range in.found {
		if f.kind != termLabel || f.clarity != Clear {
			continue
		}
		if lang := t.langOf(f); lang == "" || lang == t.language {
			return
		}
		if first < 0 {
			first = i
		}
	}
	if first < 0 {
		return
	}
	caption := in.post.Caption
	f := in.found[first]
	msg := out.message("%q is not in the jurisdiction's language: %s rules ask for a label such as %q", caption[f.start:f.end], t.authority, t.defaultLabel)
	if fix := t.fixFor(f); fix != "" {
		out.add(idLanguageMismatch, f.start, f.end, msg, out.replaceFix(caption, f, fix), out.insertLabelFix())
		return
	}
	out.add(idLanguageMismatch, f.start, f.end, msg, out.insertLabelFix())
}
